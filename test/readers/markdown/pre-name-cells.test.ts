/**
 * A table whose name cells the page set as code blocks (`<td><pre><code>depth</code></pre></td>`):
 * the name is the block's text, in an HTML page, in markdown's inline HTML, and in the text a
 * browser copies of it, where the block's words stand on a line of their own over the row's other
 * cells (`depth` ⏎ `⇥integer⇥How deep.`). The pages are ours, a "shelves" API.
 */
import { describe, expect, it } from 'vitest';
import { detectDialect } from '../../../src/readers/detect-dialect.js';
import { operation, readGeneral, strip } from './helpers.js';

const TABLE =
  '<table>\n<tr><th>Name</th><th>Type</th><th>Description</th></tr>\n<tr><td><pre><code>depth</code></pre></td><td>integer</td><td>How deep.</td></tr>\n<tr><td><pre><code>colour</code></pre></td><td>string</td><td>The colour.</td></tr>\n</table>';

/** `name: kind (description)` of each query parameter of `GET /shelves`. */
function query(read: ReturnType<typeof readGeneral>): string[] {
  return operation(read, 'GET /shelves').parameters.map((p) => `${p.name}: ${strip(p.schema).kind} (${p.description})`);
}

const EXPECTED = ['depth: integer (How deep.)', 'colour: string (The colour.)'];

describe('general reader: a code block in a name cell', () => {
  it('should read the name from the block in an HTML page and in markdown', () => {
    const html = `<html><body><main><h2>List shelves</h2>\n<pre><code>GET /shelves</code></pre>\n<h3>Query parameters</h3>\n${TABLE}\n</main></body></html>`;
    expect(query(readGeneral(html, 'api/shelves.html'))).toEqual(EXPECTED);
    expect(query(readGeneral(`## List shelves\n\n\`GET /shelves\`\n\n### Query parameters\n\n${TABLE}\n`, 'api/shelves.md'))).toEqual(
      EXPECTED,
    );
  });

  it("should read copied text's row whose name copied as a line of its own over the other cells as one row", () => {
    const rows = ['depth', '\tinteger\tHow deep.', 'colour', '\tstring\tThe colour.'];
    for (const [label, lines] of [
      ['no blank line', rows],
      ['a blank line before each name', ['', rows[0]!, rows[1]!, '', rows[2]!, rows[3]!]],
    ] as const) {
      const text = [
        'List shelves',
        '',
        'GET /shelves',
        '',
        'Query parameters',
        '',
        'Name\tType\tDescription',
        ...lines,
        '',
        'Example',
        '',
        'GET /shelves?depth=2',
      ].join('\n');
      expect(detectDialect({ file: 'api/shelves.txt', text })?.id, label).toBe('markdown');
      const read = readGeneral(text, 'api/shelves.txt');
      expect(query(read), label).toEqual(EXPECTED);
      expect(
        read.diagnostics.items.filter((d) => d.severity !== 'info').map((d) => d.code),
        label,
      ).toEqual([]);
    }
  });
});
