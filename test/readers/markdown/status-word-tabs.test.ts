/**
 * Docusaurus' response tabs titled by words under a response's title (`<TabItem value="200"
 * label="OK">`, `label="Bad Request"`, `label="Success"`, `label="Limit Error"`): each tab holds
 * the answer its words name, never one more sample of the first status. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/status-word-tabs/kettles.md'), 'utf8');
const read = readGeneral(page, 'api/kettles.md');
/** Each status and the keys of its samples. */
const answers = (op: Operation) =>
  op.responses.map((r) => [r.status, r.content.flatMap((c) => c.examples.map((e) => Object.keys((e.value ?? {}) as object)))]);

describe('general reader: response tabs titled by words', () => {
  it('should read a tab whose value is a status, or whose label (a string or `{"…"}`) is a status’s words, as that status’s answer', () => {
    expect(answers(operation(read, 'GET /kettles/{kettle_id}'))).toEqual([
      ['200', [['kettle_id', 'litres']]],
      ['404', [['problem']]],
    ]);
  });

  it('should read a reason phrase as its status, and keep an error of no status out of the success', () => {
    expect(answers(operation(read, 'POST /kettles'))).toEqual([
      ['2XX', [['kettle_id', 'litres']]],
      ['400', [['problem', 'hint']]],
    ]);
  });

  it('should give the success tab after an error tab the response’s title back', () => {
    expect(answers(operation(read, 'DELETE /kettles/{kettle_id}'))).toEqual([['2XX', [['retired']]]]);
  });

  it('should leave tabs of other words, a tab of two statuses, and a request’s tabs as they were', () => {
    const lid = operation(read, 'PUT /kettles/{kettle_id}/lid');
    // "Lid shut" and value 200 labelled "Conflict" state no status of their own: the title's samples, as before.
    expect(answers(lid)).toEqual([['2XX', [['lid'], ['lid']]]]);
    expect(JSON.stringify(lid.responses)).not.toContain('boiled');
  });

  it('should read thousands of tabs, and tags of long runs of blanks, in seconds', () => {
    const tabs = Array.from(
      { length: 3000 },
      (_, i) =>
        `<TabItem value="${i % 2 ? 'bad' : '200'}" label="${i % 2 ? 'Bad Request' : 'OK'}">\n\n\`\`\`json\n{ "n${i}": 1 }\n\`\`\`\n\n</TabItem>`,
    ).join('\n');
    const blanks = ' '.repeat(300_000);
    const text = [
      '## GET /kettles',
      '### Response',
      `<Tabs>\n${tabs}\n</Tabs>`,
      `<TabItem${blanks}label="OK"${blanks}value="200"${blanks}>`,
      `<TabItem value="200" label="${'x'.repeat(60_000)}">`,
      `<Tab${blanks}x`,
      `${'<'.repeat(60_000)}TabItem`,
    ].join('\n\n');
    const big = readGeneral(text, 'api/big.md');
    expect(operation(big, 'GET /kettles').responses.map((r) => r.status)).toEqual(['200', '400']);
  }, 60_000);
});
