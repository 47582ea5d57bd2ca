import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/run/read-page.js';

const page = (statuses: string[]) =>
  [
    '---',
    'title: DELETE Thing/{id}',
    'uid: v1Thing_Delete',
    '---',
    '',
    '# DELETE Thing/{id}',
    '',
    '```http',
    'DELETE /api/v1/Thing/{id}',
    '```',
    '',
    '| Path Part | Type | Description |',
    '|-----------|------|-------------|',
    '| id | int32 | The id **Required** |',
    '',
    '## Response:',
    '',
    '| Response | Description |',
    '|----------------|-------------|',
    ...statuses.map((status) => `| ${status} | Something |`),
    '',
    '### Response body: RecurrenceInfo',
    '',
  ].join('\n');

describe('a response body under a 204', () => {
  it('should report the body heading that no success status can carry, and keep 204 empty', () => {
    const result = readPage({ file: 'delete.md', text: page(['204', '412']) });
    const operation = result.fragment!.operations[0]!;
    expect(operation.responses.map((r) => [r.status, r.content.length])).toEqual([
      ['204', 0],
      ['412', 0],
    ]);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'body-on-no-content',
        severity: 'warning',
        message: 'a response body (RecurrenceInfo) is documented, but the success status 204 has no content; the body was not used',
        source: expect.objectContaining({ start: expect.objectContaining({ line: 23 }) }),
      }),
    );
  });

  it('should attach the body to a 200 without a finding', () => {
    const result = readPage({ file: 'get.md', text: page(['200']) });
    expect(result.fragment!.operations[0]!.responses[0]!.content.length).toBeGreaterThan(0);
    expect(result.diagnostics.map((d) => d.code)).not.toContain('body-on-no-content');
  });

  it('should invent no success status when the page documents only errors (issue 12)', () => {
    const result = readPage({ file: 'delete.md', text: page(['404']) });
    expect(result.fragment!.operations[0]!.responses.map((r) => [r.status, r.content.length])).toEqual([['404', 0]]);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'body-on-no-content',
        message: 'a response body (RecurrenceInfo) is documented, but no success status is (only 404); the body was not used',
      }),
    );
  });
});
