/**
 * A whole `.html` page reads by the markdown page's conventions that read the tree alone: each
 * fixture is an HTML page (ours, as a docs site would render its markdown source) beside its
 * markdown twin, and both give the same operations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('general reader: a whole HTML page reads as its markdown twin', () => {
  it('should read a call-style page (the URL scheme once, each method a heading of its name) as the markdown page', () => {
    const html = readGeneral(fixture('html-conventions/library_bot.html'), 'api/library_bot.html');
    const markdown = readGeneral(fixture('url-schemes/library_bot.md'), 'api/library_bot.md');
    expect(html.routes).toEqual([
      'GET /bot{key}/getShelf',
      'GET /bot{key}/lendBook',
      'GET /bot{key}/listShelves',
      'GET /bot{key}/moveShelf',
    ]);
    expect(html.routes).toEqual(markdown.routes);
    expect(html.root.data?.page?.servers).toEqual(['https://bots.library.example']);
    expect(parameterNames(operation(html, 'GET /bot{key}/lendBook'))).toEqual([
      'query:reader_id*',
      'query:book_ids*',
      'query:shelves',
      'query:notify',
      'path:key*',
    ]);
    for (const route of markdown.routes) {
      const [ours, twin] = [operation(html, route), operation(markdown, route)];
      expect(strip(ours.parameters)).toEqual(strip(twin.parameters));
      expect(ours.summary).toBe(twin.summary);
      expect(strip(ours.responses)).toEqual(strip(twin.responses));
    }
    // "Returns an Array of <a href="#shelf">Shelf</a> objects.": the section the link goes to.
    expect(strip(operation(html, 'GET /bot{key}/listShelves').responses[0]?.content[0]?.schema)).toEqual({
      kind: 'array',
      items: { kind: 'ref', name: 'Shelf' },
    });
    expect(codes(html)).toEqual(codes(markdown));
  });

  it('should read tables with the type at the head of the second cell (`Parameters | `) as the markdown page', () => {
    const html = readGeneral(fixture('html-conventions/shelves-list.html'), 'shelves/list.html');
    const markdown = readGeneral(fixture('html-conventions/shelves-list.md'), 'shelves/list.md');
    expect(html.routes).toEqual(['GET /v1/{parent}/shelves']);
    const [ours, twin] = [operation(html, 'GET /v1/{parent}/shelves'), operation(markdown, 'GET /v1/{parent}/shelves')];
    expect(strip(ours.parameters.map((p) => p.schema))).toEqual([{ kind: 'string' }, { kind: 'integer' }, { kind: 'boolean' }]);
    expect(strip(ours.parameters)).toEqual(strip(twin.parameters));
    expect(strip(ours.responses)).toEqual(strip(twin.responses));
    expect(codes(html)).toEqual([]);
  });
  it('should read a rendered cell, the type in code a paragraph over the description (`<p><code>string</code></p><p>Required. …</p>`), so too', () => {
    const page = fixture('html-conventions/shelves-list.html').replace(
      /<td>(<code>[^<]*<\/code>) (.*?)<\/td><\/tr>/g,
      '<td>\n<p>$1</p>\n<p>$2</p>\n</td></tr>',
    );
    expect(page).toContain('<p><code>integer</code></p>');
    const html = readGeneral(page, 'shelves/list.html');
    const markdown = readGeneral(fixture('html-conventions/shelves-list.md'), 'shelves/list.md');
    const [ours, twin] = [operation(html, 'GET /v1/{parent}/shelves'), operation(markdown, 'GET /v1/{parent}/shelves')];
    expect(strip(ours.parameters)).toEqual(strip(twin.parameters));
    expect(strip(ours.responses)).toEqual(strip(twin.responses));
  });

  it('should read method headings under a path heading, and parameters one block each under their title, as the markdown page', () => {
    const html = readGeneral(fixture('html-conventions/shelves.html'), 'api/shelves.html');
    const markdown = readGeneral(fixture('html-conventions/shelves.md'), 'api/shelves.md');
    expect(html.routes).toEqual(['GET /shelves', 'POST /shelves']);
    expect(html.routes).toEqual(markdown.routes);
    const [ours, twin] = [operation(html, 'GET /shelves'), operation(markdown, 'GET /shelves')];
    expect(parameterNames(ours)).toEqual(['query:limit', 'query:cursor']);
    expect(strip(ours.parameters)).toEqual(strip(twin.parameters));
    expect(codes(html)).toEqual([]);
  });

  it('should read definition lists (`<dl>`: a term a name, its definition the type, the flag and the description) as the markdown page', () => {
    const html = readGeneral(fixture('html-conventions/loans.html'), 'api/loans.html');
    const markdown = readGeneral(fixture('html-conventions/loans.md'), 'api/loans.md');
    expect(html.routes).toEqual(['GET /v1/loans', 'POST /v1/loans']);
    expect(html.routes).toEqual(markdown.routes);
    const list = operation(html, 'GET /v1/loans');
    expect(parameterNames(list)).toEqual(['query:reader_id*', 'query:limit', 'query:cursor']);
    // `integer, optional. The page size.`; `<code>cursor</code> <em>string</em>`: the type the term states.
    expect(strip(list.parameters.map((p) => [p.schema, p.description]))).toEqual([
      [{ kind: 'string' }, 'The reader whose loans are listed.'],
      [{ kind: 'integer' }, 'The page size.'],
      [{ kind: 'string' }, 'Where the page starts.'],
    ]);
    const lend = operation(html, 'POST /v1/loans');
    expect(bodySchema(lend)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'book_id', required: true, schema: { kind: 'string' } },
        { name: 'days', required: false, schema: { kind: 'integer', default: 14 }, description: 'How long the loan lasts.' },
      ],
    });
    for (const route of markdown.routes) {
      const [ours, twin] = [operation(html, route), operation(markdown, route)];
      expect(strip(ours.parameters)).toEqual(strip(twin.parameters));
      expect(strip(ours.requestBody)).toEqual(strip(twin.requestBody));
      expect(strip(ours.responses)).toEqual(strip(twin.responses));
    }
    expect(codes(html)).toEqual([]);
  });

  it('should leave a `<dl>` whose terms are no names (a glossary) as the list it is', () => {
    const page = fixture('html-conventions/loans.html').replace('<dt>limit</dt>', '<dt>The page limit</dt>');
    expect(operation(readGeneral(page, 'api/loans.html'), 'GET /v1/loans').parameters).toEqual([]);
  });

  it('should read a cell\'s badge (`<span class="badge">required</span>`, `<i class="label">read-only</i>`) as the markdown page', () => {
    const html = readGeneral(fixture('html-conventions/shelf-labels.html'), 'api/shelves.html');
    const markdown = readGeneral(fixture('html-conventions/shelf-labels.md'), 'api/shelves.md');
    const [ours, twin] = [operation(html, 'POST /v1/shelves'), operation(markdown, 'POST /v1/shelves')];
    expect(bodySchema(ours)).toMatchObject({
      properties: [
        { name: 'code', required: true, description: 'The shelf code.' },
        { name: 'room', required: true, description: 'The room the shelf stands in.' },
        { name: 'label', required: false, description: 'The label on the shelf.' },
        { name: 'created_at', required: false, schema: { kind: 'string', readOnly: true }, description: 'When the shelf was added.' },
      ],
    });
    expect(strip(ours.requestBody)).toEqual(strip(twin.requestBody));
    // The badge opening the cell: the words after it, one space each.
    const opening = fixture('html-conventions/shelf-labels.html').replace(
      '<td>The label on the shelf.</td>',
      '<td><span class="badge">required</span> The label on the shelf.</td>',
    );
    expect(bodySchema(operation(readGeneral(opening, 'api/shelves.html'), 'POST /v1/shelves'))).toMatchObject({
      properties: [{ name: 'code' }, { name: 'room' }, { name: 'label', required: true, description: 'The label on the shelf.' }, {}],
    });
  });

  it("should read a link to another HTML page's section (`../types/objects.html#shelf-object`) as the markdown pages read theirs", async () => {
    const folder = path.join(import.meta.dirname, 'fixtures/html-conventions/linked');
    const [html, markdown] = await Promise.all([
      generate({ input: path.join(folder, 'html') }),
      generate({ input: path.join(folder, 'md') }),
    ]);
    expect(strip(html.document.operations)).toEqual(strip(markdown.document.operations));
    expect(strip(html.document.schemas)).toEqual(strip(markdown.document.schemas));
    expect(html.document.schemas.map((schema) => schema.name)).toEqual(['Shelf', 'ShelfData']);
    expect(strip(html.document.operations.find((op) => op.method === 'get')?.responses[0]?.content[0]?.schema)).toEqual({
      kind: 'ref',
      name: 'Shelf',
    });
  });
});
