/**
 * rspec_api_documentation's pages (markdown and HTML): `## Get a shelf` over `### GET
 * /shelves/:id`, a `Name | Description | Required | Scope` table, then the recorded call, each part
 * under its own heading (`### Request` ⏎ `#### Headers` / `#### Route` / `#### Body`, `### Response`
 * ⏎ `#### Headers` / `#### Status` / `#### Body`), every part in a `<pre>`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/recorded-exchanges', name), 'utf8');

describe('general reader: recorded requests and responses (rspec_api_documentation)', () => {
  it('should read the parts of a recorded call as one sample request and one sample answer', () => {
    const read = readGeneral(fixture('get-shelf.md'));
    // `<pre>GET /shelves/7</pre>` under `#### Route` is the sample call, no operation.
    expect(read.routes).toEqual(['GET /shelves/{id}']);
    const get = operation(read, 'GET /shelves/{id}');
    // The example's title over its route is the operation's summary.
    expect(get.summary).toBe('Get a shelf');
    expect(parameterNames(get)).toEqual(['path:id*']);
    // `#### Status` ⏎ `<pre>200 OK</pre>` and `#### Body` are the answer's; nothing is sent.
    expect(get.requestBody).toBeUndefined();
    expect(get.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['200', { id: 7, name: 'Poetry', books_count: 12 }],
    ]);
  });

  it('should send the recorded body and answer with the recorded status', () => {
    const create = operation(readGeneral(fixture('create-shelf.md')), 'POST /shelves');
    expect(create.requestBody?.content.map((c) => [c.mediaType, c.examples[0]?.value])).toEqual([
      ['application/json', { shelf: { name: 'Poetry', position: 3 }, notify: true }],
    ]);
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['201', { id: 8, name: 'Poetry', position: 3 }],
    ]);
  });

  it('should name a scoped parameter within its scope (`shelf` → `shelf[name]`)', () => {
    const read = readGeneral(fixture('create-shelf.md'));
    expect(read.routes).toEqual(['POST /shelves']);
    const body = bodySchema(operation(read, 'POST /shelves'));
    expect(body?.kind).toBe('object');
    const properties = body?.kind === 'object' ? body.properties : [];
    expect(properties.map((p) => `${p.name}${p.required ? '*' : ''}`)).toEqual(['shelf', 'notify']);
    const shelf = properties[0]?.schema;
    expect(shelf?.kind === 'object' ? shelf.properties.map((p) => `${p.name}${p.required ? '*' : ''}`) : []).toEqual(['name*', 'position']);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should read the tool’s HTML page alike, a `<td class="required">` cell stating the flag', () => {
    const read = readGeneral(fixture('create-shelf.html'), 'api/create-shelf.html');
    expect(read.routes).toEqual(['POST /shelves']);
    const create = operation(read, 'POST /shelves');
    const body = bodySchema(create);
    const shelf = body?.kind === 'object' ? body.properties[0]?.schema : undefined;
    expect(shelf?.kind === 'object' ? shelf.properties.map((p) => `${p.name}${p.required ? '*' : ''}`) : []).toEqual(['name*', 'position']);
    expect(create.requestBody?.content[0]?.examples[0]?.value).toEqual({ shelf: { name: 'Poetry', position: 3 } });
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['201', { id: 8, name: 'Poetry', position: 3 }],
    ]);
  });

  it('should read the older pages’ `Name : name *- required -*` ⏎ `Description : …` paragraphs as a table of those rows', () => {
    const read = readGeneral(fixture('create-shelf-entries.md'));
    expect(read.routes).toEqual(['POST /shelves']);
    const create = operation(read, 'POST /shelves');
    const body = bodySchema(create);
    expect(body?.kind === 'object' ? body.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${p.description}`) : []).toEqual([
      "name*:The shelf's name",
      'position:Where it stands',
    ]);
    // The recorded form body is sent as its Content-Type says.
    expect(create.requestBody?.content.map((c) => c.mediaType)).toEqual(['application/x-www-form-urlencoded']);
    const created = create.responses[0]?.content[0]?.schema;
    expect(created?.kind === 'object' ? created.properties.map((p) => `${p.name}:${p.description}`) : []).toEqual([
      "id:The new shelf's id",
    ]);
  });

  it('should read the Slate pages’ answer (its header lines, the status last, then the JSON) and its Fields as the answer’s', () => {
    const read = readGeneral(fixture('slate-shelves.md'));
    expect(read.routes).toEqual(['POST /shelves', 'GET /shelves/{id}']);
    const create = operation(read, 'POST /shelves');
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['201', { id: 8, name: 'Poetry' }]]);
    // `#### Fields` under `### Response` lists the answer's fields, none of the request's.
    const body = bodySchema(create);
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : []).toEqual(['shelf']);
    const answer = create.responses[0]?.content[0]?.schema;
    expect(answer?.kind === 'object' ? answer.properties.map((p) => `${p.name}:${p.description}`) : []).toEqual([
      "id:The new shelf's id",
      "name:The shelf's name",
    ]);
    expect(operation(read, 'GET /shelves/{id}').responses.map((r) => r.status)).toEqual(['200']);
  });
});
