/**
 * Status rows opened by a coloured mark, as Docusaurus references colour them (`🟢 **200 OK**`,
 * `🔴 **401 Unauthorized**`): before, each row was skipped as "not an HTTP status code". The mark
 * is the row's colour; a cell of marks alone states no status. The fixtures are ours.
 */
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from '../readers/markdown/helpers.js';

const page = (rows: string[]) =>
  ['# Dim a lamp\n', '```http\nGET /v1/lamps/dim\n```\n', '**RESPONSES**\n', '| Status | Description |', '|---|---|', ...rows].join('\n');

describe('status rows opened by a coloured mark', () => {
  it('should read the status after the mark', () => {
    const read = readGeneral(
      page(['| 🟢 **200 OK** | The lamp dimmed |', '| 🔴 **401 Unauthorized** | No key |', '| ⚠️ 429 | Slow down |']),
      'api/dim.md',
    );
    const op = operation(read, 'GET /v1/lamps/dim');
    expect(op.responses.map((r) => `${r.status} ${r.description}`)).toEqual(['200 The lamp dimmed', '401 No key', '429 Slow down']);
    expect(codes(read)).not.toContain('invalid-status-code');
  });

  it('should state no status for a cell of marks alone', () => {
    const read = readGeneral(page(['| 🟢 | Dimmed |']), 'api/dim.md');
    expect(operation(read, 'GET /v1/lamps/dim').responses).toEqual([]);
    expect(codes(read)).toContain('invalid-status-code');
  });

  it('should read thousands of marked rows and a run of marks in a moment', () => {
    const rows = Array.from({ length: 3000 }, (_, at) => `| 🟢 **${200 + (at % 99)}** | r${at} |`);
    const marks = `| ${'🟢 '.repeat(100_000)}204 | wide |`;
    const read = readGeneral(page([...rows, marks, '| 🔴 **`*/`** | hostile |']), 'api/many.md');
    expect(operation(read, 'GET /v1/lamps/dim').responses.map((r) => r.status)).toContain('204');
  });
});
