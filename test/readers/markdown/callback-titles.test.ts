/**
 * A section titled by a callback (`### Closed callback URL`, `Callback`, `Callback request`, as
 * BigBlueButton's older pages title what the server sends to an address the caller gave): the codes
 * the caller's own endpoint answers with are no statuses of the call, set aside. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/callback-titles/greenhouse.md'), 'utf8');

const statuses = (read: ReturnType<typeof readGeneral>, route: string) => operation(read, route).responses.map((r) => r.status);

describe('general reader: a callback section under a call', () => {
  const read = readGeneral(PAGE, 'api/greenhouse.md');

  it('should give the call its own parameters and answer, no code of the callback', () => {
    expect(read.routes).toEqual(['GET /glass/api/open', 'GET /glass/api/status']);
    expect(parameterNames(operation(read, 'GET /glass/api/open'))).toEqual(['query:houseID*', 'query:closedURL', 'query:seal']);
    expect(statuses(read, 'GET /glass/api/open')).toEqual(['2XX']);
  });

  it('should still read a code table under the next call as its statuses', () => {
    expect(statuses(read, 'GET /glass/api/status')).toEqual(['200', '404']);
  });
});

describe('general reader: callback titles on hostile input', () => {
  it('should read 3,000 callback sections and titles of long runs of blanks', () => {
    const sections = Array.from(
      { length: 3_000 },
      (_, i) => `### Callback ${i} callback URL\n\n| Response Code | Description |\n| --- | --- |\n| 41${i % 10} | Gone. |\n`,
    ).join('\n');
    const odd = `### Callback${' '.repeat(300_000)}URL\n\n### ${'callback '.repeat(60_000)}x\n\n### ${' '.repeat(300_000)}callback\n`;
    const text = `## Open\n\n\`GET /v1/open\`\n\n| Response Code | Description |\n| --- | --- |\n| 200 | Open. |\n\n${sections}\n${odd}`;
    const read = readGeneral(text, 'api/hostile.md');
    expect(statuses(read, 'GET /v1/open')).toEqual(['200']);
  }, 60_000);
});
