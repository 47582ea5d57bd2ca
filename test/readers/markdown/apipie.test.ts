/**
 * apipie-rails' static pages (`rake apipie:static`): per method its routes as headings with their
 * short descriptions (`<h2><a>GET /api/shelves/:id</a><br><small>Show a shelf</small></h2>`),
 * `Errors` as `<code>404</code> Not Found` lines, `Examples` as recorded calls in a `<pre>`, and
 * a `Param name | Description` table whose cells state the flags and validations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/apipie/shelves.html'), 'utf8');
const read = () => readGeneral(PAGE, 'api/shelves.html');

const fields = (schema: Schema | undefined): string[] =>
  schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${JSON.stringify(strip(p.schema))}`) : [];

describe('general reader: apipie-rails’ static pages', () => {
  it('should read each method’s routes, several routes of one method sharing its parts', () => {
    const page = read();
    expect(page.routes).toEqual([
      'GET /api/shelves',
      'GET /api/shelves/{id}',
      'GET /api/libraries/{library_id}/shelves/{id}',
      'POST /api/shelves',
    ]);
    expect(page.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    const show = operation(page, 'GET /api/shelves/{id}');
    expect(show.summary).toBe('Show a shelf');
    const nested = operation(page, 'GET /api/libraries/{library_id}/shelves/{id}');
    expect(nested.parameters.map((p) => `${p.in}:${p.name}:${JSON.stringify(strip(p.schema))}`)).toEqual([
      'path:id:{"kind":"integer"}',
      'path:library_id:{"kind":"string"}',
    ]);
    // `<code>404</code> Not Found` ⏎ `<code>401</code> Unauthorized`: the method's statuses.
    expect(nested.responses.map((r) => `${r.status} ${r.description}`)).toEqual(['404 Not Found', '401 Unauthorized']);
  });

  it('should type each param by its validations and flag it by its name cell', () => {
    const page = read();
    const list = operation(page, 'GET /api/shelves');
    expect(list.parameters.map((p) => `${p.in}:${p.name}${p.required ? '*' : ''}:${JSON.stringify(strip(p.schema))}`)).toEqual([
      'query:page:{"kind":"integer"}',
      'query:sort:{"kind":"enum","base":"string","values":[{"value":"name"},{"value":"position"}]}',
    ]);
    const body = bodySchema(operation(page, 'POST /api/shelves'));
    expect(fields(body).map((f) => f.slice(0, f.indexOf(':')))).toEqual(['shelf*']);
    const shelf = body?.kind === 'object' ? body.properties[0]?.schema : undefined;
    // `Must be a Hash` an object, `Must be a number.` (nil allowed) a nullable number, `Must be an
    // array of any type` an array, `true, false, 1, 0` apipie's boolean, `Must be a decimal number.` a
    // number, `Must be an Array of nested elements` an array.
    expect(fields(shelf).map((f) => f.replace(/"description":"[^"]*",?/, ''))).toEqual([
      'name*:{"kind":"string"}',
      'position:{"kind":"number","nullable":true}',
      'tags:{"kind":"array","items":{"kind":"unknown"}}',
      'public:{"kind":"boolean"}',
      'width:{"kind":"number"}',
      'sections:{"kind":"array","items":{"kind":"unknown"}}',
    ]);
  });

  it('should read a regular expression validator as a pattern, and the values one of which it must be as an enum', () => {
    const page = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/apipie/labels.html'), 'utf8'), 'api/labels.html');
    const body = bodySchema(operation(page, 'POST /api/labels'));
    // `Must match regular expression /…/.`: a string of that pattern, in code or not; Ruby's `\A…\z`,
    // which JavaScript does not read, stays in the words. `Must be one of: draft, published.`: an enum.
    const described = body?.kind === 'object' ? body.properties.map((p, index) => `${fields(body)[index]} ${p.description}`) : [];
    expect(described).toEqual([
      'slug*:{"kind":"string","pattern":"^[a-z0-9_]+$"} The shelf\'s slug',
      'code:{"kind":"string","pattern":"^[A-Z]{2}-\\\\d+$"} Its code on the label',
      'isbn:{"kind":"unknown"} The book it is for\nMust match regular expression `/\\A\\d{13}\\z/`.',
      'state:{"kind":"enum","base":"string","values":[{"value":"draft"},{"value":"published"}]} Whether it is shown\nMust be one of: draft, published.',
      'height:{"kind":"number"} Its height in centimetres',
      'rows:{"kind":"array","items":{"kind":"unknown"}} Its rows of books',
    ]);
  });

  it('should split a recorded example into the sample request and the sample answer of its status', () => {
    const page = read();
    const create = operation(page, 'POST /api/shelves');
    expect(create.requestBody?.content[0]?.examples[0]?.value).toEqual({ shelf: { name: 'Poetry', tags: ['verse'] } });
    // The errors listed are no success: the example's `201` is the success's status, no mismatch.
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['422', undefined],
      ['201', { id: 8, name: 'Poetry' }],
    ]);
    const list = operation(page, 'GET /api/shelves');
    expect(list.requestBody).toBeUndefined();
    expect(list.responses.map((r) => r.status)).toEqual(['200']);
  });

  it('should read a method’s own page: its Returns table the answer’s fields, its Headers table the headers', () => {
    const page = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/apipie/show.html'), 'utf8'), 'api/show.html');
    expect(page.routes).toEqual(['GET /api/shelves/{id}']);
    expect(page.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    const show = operation(page, 'GET /api/shelves/{id}');
    expect(show.summary).toBe('Show a shelf');
    // `Header name | Description`, flagged as params are; the Returns table's rows are no parameters.
    expect(show.parameters.map((p) => `${p.in}:${p.name}${p.required ? '*' : ''}`)).toEqual(['path:id*', 'header:X-Library-Token*']);
    // `<h5>Code: 200</h5>` over the Returns table: that status's fields.
    expect(show.responses.map((r) => r.status)).toEqual(['404', '200']);
    expect(fields(show.responses.find((r) => r.status === '200')?.content[0]?.schema)).toEqual([
      'id*:{"kind":"integer"}',
      'name*:{"kind":"string"}',
    ]);
  });

  it('should read the index’s routes, each linking to its method’s page, as an index of those pages', () => {
    const index = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/apipie/index.html'), 'utf8'), 'apidoc/index.html');
    // `<a href="shelves/show.html">GET /api/shelves/:id</a>`: the method's page documents it (its id an integer there).
    expect(index.routes).toEqual([]);
    expect(index.diagnostics.items.map((d) => d.code)).toEqual(['not-an-endpoint']);
  });
});
