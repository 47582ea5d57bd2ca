/**
 * A call's heading of its name alone (`## open`), its URL under a `Resource URL:` label, and its
 * example URLs alone under `**Example Requests:**`, as BigBlueButton's older API pages write each
 * call: the address a browser opens, so a GET of the label's URL. Before, no method was stated
 * anywhere the reader looked, and the page had no operation. A call whose section shows no example
 * URL of its route states no method: none is made up. The fixture is a greenhouse API of ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/example-url-methods/greenhouse.md'), 'utf8');

describe('general reader: a URL under a label whose example URLs a browser opens', () => {
  const read = readGeneral(page, 'api/greenhouse.md');

  it('should read a GET of the label’s URL where the call’s example URLs open it', () => {
    expect(read.routes).toEqual(['GET /glass/api/open', 'GET /glass/api/vent']);
    expect(parameterNames(operation(read, 'GET /glass/api/open'))).toEqual(['query:houseID*', 'query:minutes', 'query:seal']);
    expect(parameterNames(operation(read, 'GET /glass/api/vent'))).toEqual(['query:houseID', 'query:angle']);
    expect(operation(read, 'GET /glass/api/open').summary).toBe('Opens the greenhouse for visitors.');
  });

  it('should state no method where no example URL of the route is shown', () => {
    expect(read.routes.some((route) => route.includes('/close') || route.includes('/shut'))).toBe(false);
  });

  it('should read thousands of calls, and long runs of blanks around a label, in seconds', () => {
    const calls = Array.from(
      { length: 3000 },
      (_, i) =>
        `## call${i}\n\n**Resource URL:**\n\nhttp://h.example.com/api/call${i}?[parameters]\n\n**Example Requests:**\n\n* http://h.example.com/api/call${i}?a=${i}`,
    ).join('\n\n');
    const blanks = ' '.repeat(300_000);
    const text = [
      calls,
      '## odd',
      `**Resource URL:**${blanks}http://h.example.com/api/odd${blanks}x`,
      `http://h.example.com/${'/'.repeat(60_000)}?${blanks}`,
      `* http://h.example.com/api/odd?${'a'.repeat(60_000)}`,
    ].join('\n\n');
    const big = readGeneral(text, 'api/big.md');
    expect(big.routes.length).toBe(3000);
  }, 120_000);
});
