/**
 * The "REST API docs template"'s parts under a request line the page states above them, as GitHub
 * wikis and `API.md` files write it (`### `GET` /gardens/:id` ⏎ `* **URL Params**` …,
 * `* **Success Response:**` ⏎ `* **Code:** 200 <br /> **Content:** `{…}``) with no `**URL**` or
 * `**Method:**` item: the parameters, the data and the statuses of that operation, as under the
 * template's own URL and method. Before, the list stayed the operation's description. The fixture
 * is a "garden" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/template-parts/API.md'), 'utf8');

describe('general reader: the REST API docs template under a heading’s request line', () => {
  const read = readGeneral(page, 'wiki/API.md');

  it('should read URL Params as the parameters, placed by the route, and the responses with their samples', () => {
    const get = operation(read, 'GET /gardens/{id}');
    expect(parameterNames(get)).toEqual(['path:id*', 'query:fields']);
    expect(get.parameters[0]?.schema).toMatchObject({ kind: 'integer' });
    expect(get.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['200', { id: 12, name: 'Rose bed' }],
      ['404', { error: "Garden doesn't exist" }],
    ]);
    expect(get.description).toContain('Gardens shared with you are returned too.');
  });

  it('should read Data Params’ JSON in a code span as the request’s sample', () => {
    const post = operation(read, 'POST /gardens');
    expect(post.requestBody?.content[0]?.examples[0]?.value).toEqual({ name: 'Herb corner', size: 12 });
    expect(post.responses.map((r) => r.status)).toEqual(['201']);
  });

  it('should leave a list of other labels under a request line as it is', () => {
    const remove = operation(read, 'DELETE /gardens/{id}');
    expect(remove.responses).toEqual([]);
    expect(remove.description).toContain('the beds go with it');
  });
});

describe('general reader: the REST API docs template’s responses written as paragraphs', () => {
  const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/template-parts/paragraphs.md'), 'utf8'), 'wiki/API.md');

  it('should read `**Success Response:**` and `**Error Response:**` paragraphs over `**Code:**` paragraphs as the statuses, their content the samples', () => {
    const remove = operation(read, 'DELETE /sheds/{id}');
    expect(remove.responses.map((r) => [r.status, r.description, r.content[0]?.examples[0]?.value])).toEqual([
      ['204', 'No Content', undefined],
      ['404', 'Not Found', { error: 'no such shed' }],
    ]);
  });

  it('should read an unmarked `Code: 200` ⏎ `Content:` over a fence, and a list of codes under a label paragraph', () => {
    const patch = operation(read, 'PATCH /sheds/{id}');
    expect(patch.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['200', { id: 4, colour: 'green' }],
      ['422', { error: 'unknown colour' }],
    ]);
  });

  it('should leave a response label over words that state no status as it is', () => {
    const list = operation(read, 'GET /sheds');
    expect(list.responses).toEqual([]);
    expect(list.summary).toBe('Lists the sheds.');
  });
});
