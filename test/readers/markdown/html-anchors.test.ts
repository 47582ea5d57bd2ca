import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { headingAnchors } from '../../../src/readers/markdown/heading-anchors.js';
import { markdownReader } from '../../../src/readers/markdown/index.js';
import { operation, readGeneral, strip } from './helpers.js';

const TABLE =
  '| field | type | Description |\n|---|---|---|\n| `id` | int | ID of the shelf |\n| `label` | string | What the shelf is called |';

/** The anchors of each `##` heading of the page, as the reader marks them. */
function anchorsOf(text: string): string[][] {
  const root = markdownReader.read({ file: 'api/page.md', text: `# Page\n\nText.\n\n${text}` }, new DiagnosticBag());
  return root.children.flatMap((node) => (node.type === 'heading' && node.depth === 2 ? [headingAnchors(node)] : []));
}

describe('general reader: a section named by an HTML anchor', () => {
  it('should name a heading by the HTML anchor in it or alone on the line above it, and by its words', () => {
    expect(anchorsOf('## <a name="shelf"></a>Shelf object')).toEqual([['shelf-object', 'shelf']]);
    expect(anchorsOf('<a id="Shelf-Type"></a>\n## Shelf object')).toEqual([['shelf-object', 'shelf-type']]);
    expect(anchorsOf('<a name="shelf"></a>\n\n## Shelf object')).toEqual([['shelf-object', 'shelf']]);
    // A link in the paragraph above is no anchor of the heading.
    expect(anchorsOf('See <a href="#x">x</a>.\n\n## Shelf object')).toEqual([['shelf-object']]);
    expect(anchorsOf('## Shelf object {#shelf}')).toEqual([['shelf']]);
  });

  it('should type a body by the section a link names by its HTML anchor, and by its words still', () => {
    const read = readGeneral(
      [
        '# Shelves API',
        '## Get a shelf',
        '`GET /shelves/{id}`',
        '### Response',
        'See [Shelf](#shelf) below.',
        '## Get the first shelf',
        '`GET /shelves/first`',
        '### Response',
        'See [Shelf object](#shelf-object) below.',
        '# Objects',
        '<a name="shelf"></a>\n## Shelf object',
        TABLE,
      ].join('\n\n'),
    );
    for (const route of ['GET /shelves/{id}', 'GET /shelves/first'])
      expect(strip(operation(read, route).responses.map((r) => [r.status, r.content[0]?.schema]))).toEqual([
        ['2XX', { kind: 'ref', name: 'Shelf' }],
      ]);
  });
});
