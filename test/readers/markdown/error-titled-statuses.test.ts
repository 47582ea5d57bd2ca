/**
 * Statuses an errors title lists (`**Errors**` over `| 404 Not Found | … |`, `#### Errors` over
 * `- `409` — …` items) are the operation's failures alone: the answer's fields the page documents
 * beside them are still the success's (`2XX`, which success the page does not say). Statuses
 * listed as the answers (`**Responses**`) with none a success keep the body off (no success is
 * invented). The fixture is a "benches" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/error-titled-statuses/benches.md'), 'utf8');

describe('general reader: error statuses under an errors title beside the answer fields', () => {
  const read = readGeneral(page, 'api/benches.md');
  const answers = (route: string) =>
    operation(read, route).responses.map((r) => [
      r.status,
      r.content.map((c) => (c.schema?.kind === 'object' ? c.schema.properties.map((p) => p.name) : [])),
    ]);

  it("should keep a table's errors (a reason phrase after each code) and give the fields to the success", () => {
    expect(answers('GET /v1/benches/{bench_id}')).toEqual([
      ['404', []],
      ['2XX', [['id', 'material', 'seats']]],
    ]);
    expect(operation(read, 'GET /v1/benches/{bench_id}').responses[0]!.description).toBe('The bench does not exist');
  });

  it("should keep a list's errors and give the fields to the success", () => {
    expect(answers('POST /v1/benches/{bench_id}/paint')).toEqual([
      ['404', []],
      ['409', []],
      ['2XX', [['colour']]],
    ]);
  });

  it('should still invent no success where the answers listed are errors alone', () => {
    expect(answers('DELETE /v1/benches/{bench_id}')).toEqual([['404', []]]);
    expect(codes(read).filter((code) => code === 'body-on-no-content')).toHaveLength(1);
  });
});
