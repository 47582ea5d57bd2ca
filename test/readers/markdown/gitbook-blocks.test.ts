/**
 * GitBook's API method blocks, both generations (`{% swagger %}` and the older `{% api-method %}`),
 * its `{% openapi %}` blocks and its `{% tab title=… %}` labels: pages written in GitBook's editor
 * and synced to a repository. The fixtures are ours, written in that syntax.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/gitbook', name), 'utf8');

describe('general reader: GitBook’s API blocks', () => {
  it('should read a `{% swagger %}` block as its operation: route, parameters, body, responses', () => {
    const read = readGeneral(fixture('loans.md'), 'loans.md');
    expect(read.routes).toEqual(['GET /loans/{loanId}', 'POST /loans']);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    const get = operation(read, 'GET /loans/{loanId}');
    expect(parameterNames(get)).toEqual(['path:loanId*', 'query:expand', 'header:X-Library-Key*']);
    expect(get.parameters.map((p) => [p.description, strip(p.schema)])).toEqual([
      ["The loan's ID.", { kind: 'string' }],
      ["Whether to include the book's details.", { kind: 'boolean' }],
      ['Your API key.', { kind: 'string' }],
    ]);
    expect(get.summary).toBe('Get a loan');
    // The page's words after the block are no part of it.
    expect(get.description).toBe('Returns one loan, with its book and member.');
    expect(get.responses.map((r) => [r.status, r.description, r.content[0]?.examples.length ?? 0])).toEqual([
      ['200', 'The loan.', 1],
      ['404', 'No loan has this ID.', 1],
    ]);
    const post = operation(read, 'POST /loans');
    expect(bodySchema(post)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'bookId', required: true, description: 'The book to lend.', schema: { kind: 'string' } },
        { name: 'days', required: false, description: 'How long the loan runs. At most 60.', schema: { kind: 'integer' } },
      ],
    });
    // Tags with words on their line (`{% swagger-description %}Lends a book.{% end… %}`) are read as the paragraph they hold.
    expect(post.summary).toBe('Lend a book');
    expect(post.description).toBe('Lends a book to a member.');
    // A response the block states without a sample is still documented, with no body.
    expect(post.responses.map((r) => [r.status, r.description, r.content.length])).toEqual([
      ['201', 'The loan.', 1],
      ['409', 'The book is out.', 0],
    ]);
    expect(read.root.data?.page?.servers).toEqual(['https://library.example/api']);
  });

  it('should read the older `{% api-method %}` blocks: groups of parameters give their location', () => {
    const read = readGeneral(fixture('members.md'), 'members.md');
    expect(read.routes).toEqual(['DELETE /members/{memberId}', 'POST /members']);
    const remove = operation(read, 'DELETE /members/{memberId}');
    expect(parameterNames(remove)).toEqual(['path:memberId*', 'header:X-Library-Key*']);
    expect(strip(remove.parameters[0]?.schema)).toEqual({ kind: 'integer' });
    expect(remove.summary).toBe('Remove a member');
    expect(remove.description).toBe('Removes a member who has no open loans.');
    expect(remove.responses.map((r) => [r.status, r.description])).toEqual([
      ['204', 'The member is removed.'],
      ['409', 'The member has open loans.'],
    ]);
    const add = operation(read, 'POST /members');
    expect(add.summary).toBe('Add a member');
    expect(bodySchema(add)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'name', required: true, schema: { kind: 'string' } },
        { name: 'email', required: false, schema: { kind: 'string' } },
      ],
    });
    expect(add.responses.map((r) => r.status)).toEqual(['201']);
  });

  it('should read an `{% openapi %}` block’s route alone, and tab titles that are a section’s as labels', () => {
    const read = readGeneral(fixture('catalogue.md'), 'catalogue.md');
    expect(read.routes).toEqual(['GET /books', 'POST /returns']);
    // The link to the spec inside the block is no prose of the operation.
    expect(operation(read, 'GET /books').description).toBeUndefined();
    const returns = operation(read, 'POST /returns');
    // The `Example request` tab's JSON is the body's sample, the `Example response` tab's the answer's; the Python tab is neither.
    expect(returns.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ loanId: 'ln_1' }]);
    expect(returns.responses.map((r) => [r.status, r.content[0]?.examples.length])).toEqual([['2XX', 1]]);
  });

  it('should say what it found, and keep each route under the one base URL a page’s blocks state', async () => {
    const dir = makeTempDir();
    for (const name of ['loans.md', 'members.md', 'catalogue.md']) writeFileSync(path.join(dir, name), fixture(name));
    const result = await generate({ input: dir });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const reasons = Object.fromEntries(result.files.map((file) => [file.file, file.reason]));
    expect(reasons['loans.md']).toBe(
      'general reader (markdown no dialect claims): 2 request lines in GitBook API blocks; 2 GitBook block status tables, 1 GitBook block parameter table, 1 GitBook block request body table; 3 response samples',
    );
    expect(result.document.servers).toEqual([{ url: 'https://library.example/api' }]);
  });

  it('should keep each block’s base path where a page’s blocks state different base URLs (the host is the server)', () => {
    const page = [
      '{% swagger method="get" path="/users" baseUrl="https://api.example.com/v1" %}',
      '{% endswagger %}',
      '',
      '{% swagger method="get" path="/users" baseUrl="https://api.example.com/v2/" %}',
      '{% endswagger %}',
    ].join('\n');
    const read = readGeneral(page);
    expect(read.routes).toEqual(['GET /v1/users', 'GET /v2/users']);
    expect(read.root.data?.page?.servers).toEqual(['https://api.example.com']);
  });

  it('should leave a block that states no HTTP method or no path as the page wrote it, and read one left open to the page’s end', () => {
    const page = [
      '# Odd blocks',
      '',
      '{% swagger method="fetch" path="/things" %}',
      'Fetches things.',
      '{% endswagger %}',
      '',
      '{% api-method method="get" %}',
      '{% endapi-method %}',
      '',
      '{% swagger method="put" path="/things/:id" summary="Replace a thing" %}',
      '{% swagger-parameter in="path" name="id" type="String" required="true" %}',
      'The thing.',
    ].join('\n');
    const read = readGeneral(page);
    expect(read.routes).toEqual(['PUT /things/{id}']);
    const put = operation(read, 'PUT /things/{id}');
    expect(parameterNames(put)).toEqual(['path:id*']);
    expect(put.parameters[0]?.description).toBe('The thing.');
  });

  it('should keep hostile attribute text inside its cell and its tag', () => {
    const page = [
      '{% swagger method="post" path="/notes" summary="*/ export const x = 1; /*" %}',
      '{% swagger-parameter in="body" name="__proto__" type="String" required="true" %}',
      '</script> `})` <!-- -->',
      '{% endswagger-parameter %}',
      '{% endswagger %}',
    ].join('\n');
    const read = readGeneral(page);
    const post = operation(read, 'POST /notes');
    expect(post.summary).toBe('*/ export const x = 1; /*');
    // One body row is one field of the body, never the body itself.
    expect(bodySchema(post)).toMatchObject({
      kind: 'object',
      properties: [{ name: '__proto__', required: true, schema: { kind: 'string' } }],
    });
    // The words stay in the cell (an HTML comment is noise, as anywhere).
    expect(bodySchema(post)).toMatchObject({ properties: [{ description: '</script> `})`' }] });
  });
});
