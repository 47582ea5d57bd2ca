/**
 * A line announcing the answer's sample wrapped over two lines, as pages kept at 80 columns write
 * it ("The call returns the level the lamp was left at, as a number of steps ⏎ from dark:"): the
 * sample under it is the response's, and the body's sample above it stays the request's. A
 * wrapped line announcing the body ("It takes a JSON body naming the ⏎ room:") is read the same way.
 * Only the paragraph's last sentence counts: an earlier "returns" makes no request's sample an answer.
 * The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/wrapped-response-cues/lamps.md'), 'utf8');

describe('general reader: a response cue wrapped over lines', () => {
  const read = readGeneral(page, 'api/lamps.md');

  it("should read the sample under a wrapped cue as the answer's, the one above as the body's", () => {
    const dim = operation(read, 'POST /admin/v1/lamps/{lamp_id}/dim');
    expect(dim.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ steps: 2, fade: true }]);
    const answer = dim.responses.find((r) => r.status.startsWith('2'));
    expect(answer?.content[0]?.examples.map((e) => e.value)).toEqual([{ level: 5 }]);
  });

  it("should read wrapped cues by their last sentences: the body's, then the result's", () => {
    const count = operation(read, 'POST /admin/v1/lamps/count');
    expect(count.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ room: 'east' }]);
    const answer = count.responses.find((r) => r.status.startsWith('2'));
    expect(answer?.content[0]?.examples.map((e) => e.value)).toEqual([{ count: 3 }]);
  });

  it("should leave a request's sample the request's when only an earlier sentence says returns", () => {
    const rename = operation(read, 'PUT /admin/v1/lamps/{lamp_id}/name');
    expect(rename.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ name: 'Porch light' }]);
    expect(rename.responses.flatMap((r) => r.content.flatMap((c) => c.examples))).toEqual([]);
  });
});
