/**
 * A flat field table whose names the body's sample nests: a row not at the sample's top level but at
 * exactly one nested place, under an object the table lists, is that object's field
 * (src/extract/sample-nesting.ts). The pages are ours, about an invented lamp API.
 */
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

/** `name:type` of every property, nested ones by their dotted path. */
function paths(schema: Schema | undefined, prefix = ''): string[] {
  if (schema?.kind !== 'object') return [];
  return schema.properties.flatMap((p) => [`${prefix}${p.name}:${p.schema.kind}`, ...paths(p.schema, `${prefix}${p.name}.`)]);
}

function page(sample: string, rows: string): string {
  return [
    '# Delete lamp',
    '',
    '## Endpoint',
    '',
    '```json',
    'DELETE /shelves/<shelf>/_lamp/<id>',
    '```',
    '',
    '#### Example response',
    '',
    '```json',
    sample,
    '```',
    '',
    '## Response body fields',
    '',
    'Field | Type | Description',
    ':--- | :--- | :---',
    rows,
    '',
  ].join('\n');
}

const SAMPLE = '{"result": "deleted", "_copies": {"total": 2, "successful": 1, "failed": 0}, "_version": 3}';
const ROWS = [
  'result | String | The outcome.',
  '_copies | Object | Copy counts.',
  'total | Integer | Copies tried.',
  'successful | Integer | Copies that succeeded.',
  'failed | Integer | Copies that failed.',
  '_version | Integer | The lamp version.',
].join('\n');

function responsePaths(text: string): string[] {
  const op = operation(readGeneral(text), 'DELETE /shelves/{shelf}/_lamp/{id}');
  return paths(strip(op.responses.find((r) => r.content.length > 0)?.content[0]?.schema));
}

describe('general reader: flat table rows the sample nests', () => {
  it('should read the rows found under one sample object as that object fields', () => {
    expect(responsePaths(page(SAMPLE, ROWS))).toEqual([
      'result:string',
      '_copies:object',
      '_copies.total:integer',
      '_copies.successful:integer',
      '_copies.failed:integer',
      '_version:integer',
    ]);
  });

  it('should keep a row the sample does not show where the table has it', () => {
    const rows = `${ROWS}\nwarning | String | A note, when any.`;
    expect(responsePaths(page(SAMPLE, rows))).toContain('warning:string');
  });

  it('should keep a row the sample shows at two nested places at the top', () => {
    const sample = '{"_copies": {"total": 2}, "_spares": {"total": 1}, "result": "deleted"}';
    const rows = [
      '_copies | Object | Copy counts.',
      '_spares | Object | Spare counts.',
      'total | Integer | A count.',
      'result | String | The outcome.',
    ].join('\n');
    expect(responsePaths(page(sample, rows))).toContain('total:integer');
  });

  it('should keep a row nested under a key the table does not list at the top', () => {
    const sample = '{"_copies": {"total": 2}, "result": "deleted"}';
    const rows = ['total | Integer | A count.', 'result | String | The outcome.'].join('\n');
    expect(responsePaths(page(sample, rows))).toEqual(['total:integer', 'result:string']);
  });

  it('should nest a request body table the same way by its request sample', () => {
    const text = [
      '# Light lamp',
      '',
      '```json',
      'POST /lamps/<id>/_light',
      '{"colour": "red", "timer": {"minutes": 5}}',
      '```',
      '',
      '## Request body fields',
      '',
      'Field | Type | Description',
      ':--- | :--- | :---',
      'colour | String | The colour.',
      'timer | Object | When to switch off.',
      'minutes | Integer | Minutes until off.',
      '',
    ].join('\n');
    const op = operation(readGeneral(text), 'POST /lamps/{id}/_light');
    expect(paths(bodySchema(op))).toEqual(['colour:string', 'timer:object', 'timer.minutes:integer']);
  });

  it('should read thousands of rows and a line of 300,000 blanks around the sample', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `"k${i}": ${i}`).join(', ');
    const sample = `{"result": "x", "_copies": {${keys}}}${' '.repeat(300_000)}`;
    const rows = [
      'result | String | R.',
      '_copies | Object | C.',
      ...Array.from({ length: 3000 }, (_, i) => `k${i} | Integer | ${'x'.repeat(20)}`),
    ].join('\n');
    const found = responsePaths(page(sample, rows));
    expect(found.length).toBe(3002);
    expect(found[2]).toBe('_copies.k0:integer');
    expect(responsePaths(page(`{"a": {"b": 1}}${'{'.repeat(60_000)}`, 'a | Object | A.\nb | Integer | B.'))).toBeDefined();
  });
});
