/**
 * A request and its answer in one fence (`GET /v2/lamps/porch HTTP/1.1` ⏎ headers ⏎ a blank line ⏎
 * `HTTP/1.1 200 OK` ⏎ headers ⏎ the body): two messages, the request the call's sample, the answer
 * that status's sample. Before, the answer was read as the request's body: no status, an
 * `invalid-sample` warning. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/exchange-fences/lamps.md'), 'utf8'), 'api/lamps.md');
/** Each status, its media types and the examples' values (or raw text). */
const answers = (op: Operation) =>
  op.responses.map((r) => [r.status, r.content.map((c) => [c.mediaType, c.examples.map((e) => e.value ?? e.raw)])]);

describe('general reader: a request and its answer in one fence', () => {
  it('should read the answer as its status’s sample, the request as no body of a GET', () => {
    const get = operation(read, 'GET /v2/lamps/porch');
    expect(answers(get)).toEqual([['200', [['application/json', [{ name: 'porch', watts: 40, lit: true }]]]]]);
    expect(get.requestBody).toBeUndefined();
  });

  it('should keep the request’s body the request’s and the answer’s the answer’s', () => {
    const put = operation(read, 'PUT /v2/lamps/porch/name');
    expect(put.requestBody?.content.map((c) => [c.mediaType, c.examples.map((e) => e.value)])).toEqual([
      ['application/json', [{ name: 'gate' }]],
    ]);
    expect(answers(put)).toEqual([['201', [['application/json', [{ name: 'gate', watts: 40 }]]]]]);
  });

  it('should read an answer that is no JSON as its media type states, with no warning', () => {
    const watch = operation(read, 'GET /v2/lamps/porch/events');
    expect(answers(watch)).toEqual([['200', [['text/event-stream', ['event: lit\ndata: {"lit": false}']]]]]);
    expect(read.diagnostics.items.filter((d) => d.code === 'invalid-sample')).toEqual([]);
  });
});
