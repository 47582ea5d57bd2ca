/**
 * Sphinx's HTTP domain as Sphinx renders it (`<dl class="http get">`, Read the Docs-hosted
 * references): the fixture is a "library" API written by us in that HTML.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDialect } from '../../../src/readers/detect-dialect.js';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/sphinx-html/shelves.html'), 'utf8');
/** The same page's text as a browser copies it (`innerText`: a paragraph's blank lines around each row). */
const copied = readFileSync(path.join(import.meta.dirname, 'fixtures/sphinx-html/shelves.txt'), 'utf8');

describe('general reader: Sphinx-rendered HTTP domain pages', () => {
  it('should read each rendered directive as an operation, its route converters as typed path parameters', () => {
    const read = readGeneral(page, 'api/shelves.html');
    expect(read.routes).toEqual(['GET /api/v3/shelves/{shelf_slug}', 'POST /api/v3/shelves', 'GET /api/v3/shelves']);
    const one = operation(read, 'GET /api/v3/shelves/{shelf_slug}');
    expect(parameterNames(one)).toEqual(['path:shelf_slug*', 'query:expand', 'query:limit']);
    expect(one.parameters.map((p) => p.schema.kind)).toEqual(['string', 'string', 'integer']);
    expect(one.summary).toBe('Retrieve details of a single shelf.');
  });

  it('should read the field list groups: statuses, request and response JSON objects, a one-row group written as a paragraph', () => {
    const read = readGeneral(page, 'api/shelves.html');
    const one = operation(read, 'GET /api/v3/shelves/{shelf_slug}');
    expect(one.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'Success'],
      ['404', 'There is no shelf with this slug'],
    ]);
    expect(one.responses[0]?.content[0]?.examples[0]?.value).toEqual({ id: 12345, name: 'Poetry' });
    const create = operation(read, 'POST /api/v3/shelves');
    const body = bodySchema(create);
    expect(body?.kind === 'object' && body.properties.map((p) => p.name)).toEqual(['name', 'label']);
    expect(create.responses.map((r) => [r.status, r.description])).toEqual([['201', 'Shelf created']]);
    const list = operation(read, 'GET /api/v3/shelves');
    const items = list.responses[0]?.content[0]?.schema;
    expect(items?.kind).toBe('array');
    expect(items?.kind === 'array' && items.items.kind === 'object' && items.items.properties.map((p) => [p.name, p.schema.kind])).toEqual([
      ['slug', 'string'],
      ['books', 'integer'],
    ]);
  });

  it('should leave lists whose terms are no request lines as they are', () => {
    const read = readGeneral(
      '<h1>Shelves</h1><dl><dt>GET the shelves</dt><dd><p>First list them.</p></dd></dl><p><code>DELETE /shelves/{id}</code></p>',
      'api/a.html',
    );
    expect(read.routes).toEqual(['DELETE /shelves/{id}']);
  });

  it('should read the page copied as text as its HTML: the groups by their titles, rows `name (type) – words`, the route converters', () => {
    const html = readGeneral(page, 'api/shelves.html');
    const text = readGeneral(copied, 'api/shelves.txt');
    expect(text.routes).toEqual(html.routes);
    for (const route of html.routes) {
      const [fromText, fromHtml] = [operation(text, route), operation(html, route)];
      expect(strip(fromText.parameters)).toEqual(strip(fromHtml.parameters));
      expect(strip(fromText.requestBody)).toEqual(strip(fromHtml.requestBody));
      expect(strip(fromText.responses)).toEqual(strip(fromHtml.responses));
    }
    // The text dialect (a DocFX page's scraped text) reads one request line and its titles: the field lists' rows outweigh them.
    expect(detectDialect({ file: 'api/shelves.txt', text: copied })?.reason).toContain('11 field list row(s)');
  });

  it("should read a group whose rows run on under its title (a table's row: a tab after it), a row's words going on over lines", () => {
    const text = [
      'Lamps',
      'GET /lamps/(int:lamp_id)',
      'One lamp.',
      '',
      'Parameters:\t',
      'lamp_id – the lamp',
      'Request Headers:\t',
      'Accept –',
      'application/json',
      'Query Parameters:\t',
      'bulbs (boolean) – with its bulbs',
      'Status Codes:\t',
      '200 OK – the lamp',
      '404 Not Found – no such lamp',
      '',
      'Response:',
      '',
      'The lamp is on.',
    ].join('\n');
    const read = readGeneral(text, 'api/lamps.txt');
    expect(read.routes).toEqual(['GET /lamps/{lamp_id}']);
    const lamp = operation(read, 'GET /lamps/{lamp_id}');
    expect(lamp.parameters.map((p) => [p.in, p.name, p.schema.kind, p.description])).toEqual([
      ['path', 'lamp_id', 'integer', 'the lamp'],
      ['query', 'bulbs', 'boolean', 'with its bulbs'],
    ]);
    expect(lamp.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'the lamp'],
      ['404', 'no such lamp'],
    ]);
    // A line that is no row under a group's title leaves the run as words.
    const prose = readGeneral(text.replace('bulbs (boolean) – with its bulbs', 'Pass bulbs to see them.'), 'api/lamps.txt');
    expect(parameterNames(operation(prose, 'GET /lamps/{lamp_id}'))).toEqual(['path:lamp_id*']);
  });
});
