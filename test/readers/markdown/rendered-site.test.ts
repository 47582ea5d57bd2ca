/**
 * A reference as a docs site renders it (fixtures/rendered-site: a page written by us in markdown
 * and the HTML a site generator makes of it: a layout of site nav, sidebar, table of contents and
 * footer around the article; anchor links in headings; a copy button by each code block). The
 * general reader reads the HTML page as it reads the markdown: its attribute and status lists
 * (`<li><code>id</code> (required) - …</li>`) as they are written (html-lists.ts), and the site's
 * layout as none of the operation's words (html-content.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/rendered-site', name), 'utf8');
const ROUTE = 'POST /branches/{branch_id}/shelves';

describe('general reader: a page as a docs site renders it', () => {
  it('should read the attribute and status lists of the HTML page as those of its markdown', () => {
    const html = operation(readGeneral(fixture('shelves.html'), 'api/shelves.html'), ROUTE);
    const md = operation(readGeneral(fixture('shelves.md'), 'api/shelves.md'), ROUTE);
    expect(parameterNames(html)).toEqual(['path:branch_id*']);
    expect(bodySchema(html)).toEqual({
      kind: 'object',
      properties: [
        { name: 'name', schema: { kind: 'unknown' }, required: true, description: "The shelf's name" },
        { name: 'capacity', schema: { kind: 'unknown' }, required: false, description: 'How many books it holds' },
      ],
    });
    expect(html.responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'The shelf was created'],
      ['404', 'There is no such branch'],
    ]);
    expect(strip(html.parameters)).toEqual(strip(md.parameters));
    expect(bodySchema(html)).toEqual(bodySchema(md));
    expect(strip(html.responses)).toEqual(strip(md.responses));
  });

  it("should place what a list documents at its item's line in the HTML page", () => {
    const op = operation(readGeneral(fixture('shelves.html'), 'api/shelves.html'), ROUTE);
    const lines = fixture('shelves.html').split('\n');
    const line = (words: string) => lines.findIndex((l) => l.includes(words)) + 1;
    expect(op.parameters[0]?.source?.start.line).toBe(line('<code>branch_id</code>'));
    const body = op.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.map((p) => p.source?.start.line)).toEqual([
      line('<code>name</code>'),
      line('<code>capacity</code>'),
    ]);
  });

  it("should read none of the site's layout (nav, sidebar, table of contents, footer) as the operation's words", () => {
    const read = readGeneral(fixture('shelves.html'), 'api/shelves.html');
    const op = operation(read, ROUTE);
    expect(op.summary).toBe('Creates a shelf in a branch.');
    expect(op.description).toBeUndefined();
    expect(JSON.stringify(read.fragment)).not.toMatch(/On this page|Edit this page|Library docs|Guides/);
    expect(read.diagnostics.items).toEqual([]);
  });

  it('should read a page whole where a heading stands outside its <main> (a title in the site header)', () => {
    const page = fixture('shelves.html')
      .replace(/<h1 id="shelves">.*<\/h1>\n/, '')
      .replace('<a class="logo" href="/">Library docs</a>', '<h1>Shelves</h1><p>Shelves hold the books of a branch.</p>');
    const read = readGeneral(page, 'api/shelves.html');
    expect(read.routes).toEqual([ROUTE]);
    expect(JSON.stringify(read.root)).toContain('Shelves hold the books of a branch.');
  });
});
