/**
 * A sentence that says a call answers in plain text, over a text fence (as Home Assistant's REST
 * reference and the references written like it do): "Retrieve all errors … as a plaintext
 * response." ⏎ ```` ```text ````, "Returns the rendered label in plain text." ⏎ ```` ```text ````.
 * The fence is the response's sample, as `text/plain`; a text fence under a sentence that names no
 * format says nothing of it. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/plain-text-answers/library.md'), 'utf8');

describe('general reader: a plain-text answer a sentence states, over a text fence', () => {
  const read = readGeneral(PAGE, 'library/rest.md');

  it('should read "… as a plaintext response." over a text fence as the response’s text/plain sample', () => {
    const log = operation(read, 'GET /api/error_log');
    expect(log.responses).toHaveLength(1);
    const [content] = log.responses[0]!.content;
    expect(content).toMatchObject({ mediaType: 'text/plain', schema: { kind: 'string' } });
    expect(content?.examples[0]?.raw).toBe(
      '15-12-20 11:02:50 library.shelves: Found unfinished sessions\n15-12-20 11:03:12 library.loans: Overdue scan took 4s',
    );
    expect(content?.examples[0]?.source).toMatchObject({ start: { line: 11 } });
    // The sentence stays the operation's words.
    expect(log.summary ?? log.description ?? '').toContain('plaintext response');
  });

  it('should read "Returns … in plain text." over a text fence as the answer, after JSON of its own', () => {
    const template = operation(read, 'POST /api/template');
    expect(template.responses.map((r) => r.content.map((c) => [c.mediaType, c.examples[0]?.raw]))).toEqual([[['text/plain', 'Shelf 7']]]);
  });

  it('should read nothing of a text fence under a sentence that names no format', () => {
    const motd = operation(read, 'GET /api/motd');
    expect(motd.responses.flatMap((r) => r.content)).toEqual([]);
  });
});
