import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/run/read-page.js';
import { readGeneral } from './helpers.js';

describe('general reader: what it found, in words', () => {
  it('should count request lines by where they stand, tables by origin and section, prose names and samples', () => {
    const read = readGeneral(
      [
        '## List',
        '```\nGET /projects/:id/things\n```',
        'This endpoint supports the optional offset and count [#pagination](#p) query parameters.',
        '| Attribute | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | integer | yes | Project |',
        '## Make',
        '`POST /projects/:id/things`',
        '<table><tr><th>Key</th><th>Description</th></tr><tr><td><code>name</code></td><td>Name</td></tr></table>',
        '```bash\ncurl -X POST https://h.example/projects/5/things -d \'{"name": "x"}\'\n```',
        'Example response:',
        '```json\n{"id": 1}\n```',
      ].join('\n\n'),
    );
    expect(read.root.data?.found).toBe(
      '2 request lines (1 in a fence, 1 in inline code); 1 GFM attribute table, 1 HTML attribute table; 2 parameters named in prose; 1 request sample (1 from curl), 1 response sample',
    );
  });

  it('should say a page states no endpoint signature, and give it as the file’s reason', () => {
    const result = readPage({ file: 'notes.md', text: '# Changelog\n\nWe fixed things.\n' });
    expect(result.reader).toEqual({
      id: 'markdown',
      reason:
        'general reader (markdown no dialect claims): no endpoint signature (no `METHOD /path` in a fence, heading, inline code, method/URL table or `Method:` line, and no curl command)',
    });
  });

  it('should keep the dialects’ detection reasons as they are', () => {
    const result = readPage({ file: 'a.md', text: '---\ntitle: x\nuid: y\n---\n# GET Thing\n\n```http\nGET Thing\n```\n' });
    expect(result.reader).toEqual({
      id: 'docfx',
      reason: 'front matter with a DocFX uid; `# METHOD path` heading followed by an ```http block; front matter with a title',
    });
  });
});
