/**
 * A row of a table shared by several operations whose cell names the methods it is for
 * (`Required for PUT, DELETE, and GET operations`, as a `Requirements` column writes it): the row
 * is those methods' operations' only, required there where the cell opens with `Required`; its
 * name spelt as a placeholder (`shelf_id`, `{shelfId}`) is that path parameter, and no query
 * parameter of an operation without it. A description naming a method among other words names
 * none. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/method-rows/shelves.md'), 'utf8');

function bodyFields(read: ReturnType<typeof readGeneral>, route: string): string[] {
  const schema = bodySchema(operation(read, route));
  if (schema?.kind !== 'object') return [];
  return schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}`);
}

describe('general reader: a row whose cell names the methods it is for', () => {
  const read = readGeneral(PAGE, 'api/shelves.md');

  it('should give a row stated for POST and PUT to those operations only, required there', () => {
    expect(bodyFields(read, 'POST /v2/shelves')).toEqual(['label*', 'depth*', 'colour']);
    expect(bodyFields(read, 'PUT /v2/shelves/{shelfId}')).toEqual(['label*', 'colour']);
  });

  it('should give GET and DELETE no query parameter of a row stated for other methods', () => {
    expect(parameterNames(operation(read, 'GET /v2/shelves/{shelfId}'))).toEqual(['path:shelfId*', 'query:colour']);
    expect(parameterNames(operation(read, 'DELETE /v2/shelves/{shelfId}'))).toEqual(['path:shelfId*', 'query:colour']);
  });

  it('should read a row spelt as a placeholder as the path parameter, not a query parameter of the list', () => {
    expect(parameterNames(operation(read, 'PUT /v2/shelves/{shelfId}'))).toEqual(['path:shelfId*']);
    expect(parameterNames(operation(read, 'GET /v2/shelves'))).toEqual(['query:colour']);
  });

  it('should place rows of a table with a location column by their methods too', () => {
    expect(parameterNames(operation(read, 'GET /v2/lamps'))).toEqual(['query:bright']);
    expect(parameterNames(operation(read, 'POST /v2/lamps'))).toEqual(['header:X-Room*']);
  });
});

describe('general reader: method rows on hostile input', () => {
  it('should read 3,000 rows naming methods and a cell of 300,000 blanks in seconds', () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => `| \`f${i}\` | String | Required for POST and PUT operations |`).join('\n');
    const blanks = `| \`g\` | String | Required for${' '.repeat(300_000)}POST operations |`;
    const runs = `| \`h\` | String | Required for ${'POST, '.repeat(60_000)}x |`;
    const text = `# Shelves\n\n\`\`\`http\nPOST /shelves\nGET /shelves\n\`\`\`\n\n| Name | Type | Requirements |\n| --- | --- | --- |\n${rows}\n${blanks}\n${runs}\n`;
    // In seconds: the test's limit (the page reads as long without the rows' methods, under load).
    const read = readGeneral(text, 'api/hostile.md');
    expect(bodyFields(read, 'POST /shelves')).toHaveLength(3_002);
    expect(parameterNames(operation(read, 'GET /shelves'))).toEqual(['query:g', 'query:h']);
  }, 60_000);
});
