/**
 * A markdown page whose sections are written in HTML (`<h2>…</h2>` ⏎ `<p><code>GET …</code></p>` ⏎
 * `<table>…</table>` in one block, as hand-written and exported pages hold them) reads as its
 * markdown twin: the heading delimits the operation, the paragraphs and tables are its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/html-sections', name), 'utf8');

describe('general reader: sections written in HTML inside a markdown page', () => {
  const html = readGeneral(fixture('trowels-html.md'), 'api/trowels-html.md');
  const markdown = readGeneral(fixture('trowels.md'), 'api/trowels.md');

  it('should read each HTML section as the operation its markdown twin documents', () => {
    expect(html.routes).toEqual(['GET /v1/trowels/{trowel_id}', 'POST /v1/trowels/{trowel_id}/sharpen']);
    expect(html.routes).toEqual(markdown.routes);
    const get = operation(html, 'GET /v1/trowels/{trowel_id}');
    expect(get.summary).toBe('Gets one trowel.');
    expect(parameterNames(get)).toEqual(['path:trowel_id*', 'query:expand']);
    expect(get.responses.map((r) => r.status)).toEqual(['200']);
    for (const route of markdown.routes) {
      const [ours, twin] = [operation(html, route), operation(markdown, route)];
      expect(ours.summary).toBe(twin.summary);
      expect(strip(ours.parameters)).toEqual(strip(twin.parameters));
      expect(strip(ours.requestBody)).toEqual(strip(twin.requestBody));
      expect(strip(ours.responses)).toEqual(strip(twin.responses));
    }
    expect(codes(html)).toEqual(codes(markdown));
  });

  it('should leave a section holding anything but blocks markdown writes (a `<div>`) as the HTML it is', () => {
    const root = readGeneral(fixture('trowels-html.md'), 'api/trowels-html.md').root;
    const sections = root.children.flatMap((node) =>
      node.type === 'heading' && node.depth === 2 && node.children[0]?.type === 'text' ? [node.children[0].value] : [],
    );
    expect(sections).toEqual(['Get a trowel', 'Sharpen a trowel']);
    const html = root.children.filter((node) => node.type === 'html').map((node) => node.value);
    expect(html).toEqual(['<h2>Trowel notes</h2>\n<div class="note"><p>Trowels are not sold separately.</p></div>']);
  });
});
