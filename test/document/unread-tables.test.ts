import { writeFileSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { reportUnreadTables } from '../../src/document/unread-tables.js';
import { generate } from '../../src/run/generate.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const markdown = unified().use(remarkParse).use(remarkGfm);

/** [line, column, message] of each finding in `text` read as GFM. */
function unread(text: string): Array<[number, number, string]> {
  const diagnostics = new DiagnosticBag();
  reportUnreadTables(markdown.parse(text), text, 'page.md', diagnostics);
  return diagnostics.items.map((d) => {
    expect(d.code).toBe('malformed-table');
    expect(d.severity).toBe('error');
    return [d.source.start.line, d.source.start.column, d.message];
  });
}

describe('reportUnreadTables', () => {
  it('should report a delimiter row with fewer cells than the header at its line and column', () => {
    const text = 'Intro.\n\n| Name | Type | Description |\n|------|------|\n| Id | int | key |\n';
    expect(unread(text)).toEqual([[4, 1, expect.stringContaining('delimiter row has 2 cells for 3 header cells')]]);
  });

  it('should report a delimiter row with more cells than the header', () => {
    expect(unread('| Name |\n|---|---|\n| a |\n')).toEqual([[2, 1, expect.stringContaining('2 cells for 1 header cell')]]);
  });

  it('should report one inside a block quote, at the column after the quote marker', () => {
    expect(unread('> | a | b |\n> |---|\n> | 1 | 2 |\n')).toEqual([[2, 3, expect.stringContaining('1 cell for 2 header cells')]]);
  });

  it('should count escaped pipes as text and outer pipes as no cell', () => {
    expect(unread('a \\| b | c\n--- |\n')).toEqual([[2, 1, expect.stringContaining('1 cell for 2 header cells')]]);
  });

  it.each([
    ['a table', '| a | b |\n|---|:-:|\n| 1 | 2 |\n'],
    ['a table without outer pipes', 'a | b\n--|--\n'],
    ['a malformed table inside a code block', '```\n| a | b |\n|---|\n```\n'],
    ['a setext heading under a line with a pipe', 'a | b\n---\n'],
    ['prose with pipes and no delimiter row', 'a | b\nc | d\n'],
    ['a thematic break after a paragraph', 'text\n\n---\n'],
  ])('should report nothing for %s', (_, text) => {
    expect(unread(text)).toEqual([]);
  });

  it('should make a request body table with a short delimiter row an error of the run, not an unknown body', async () => {
    const dir = makeTempDir('specdown-unread-');
    const page = [
      '# POST Thing',
      '',
      '```http',
      'POST /api/Thing',
      '```',
      '',
      '## Request Body: entity',
      '',
      '| Property Name | Type | Description |',
      '|---------------|------|',
      '| Id | Integer | Primary key |',
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'post.md'), page);
    const result = await generate({ input: dir });
    expect(result.failed).toBe(true);
    expect(result.outputs).toEqual([]);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'malformed-table',
        source: expect.objectContaining({ file: 'post.md', start: expect.objectContaining({ line: 10, column: 1 }) }),
      }),
    );
  });
});
