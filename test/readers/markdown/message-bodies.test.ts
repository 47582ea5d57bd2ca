/**
 * HTTP messages whose bodies are no JSON document: an answer of a JSON Lines type
 * (`Content-Type: application/x-ndjson`, `application/jsonl`) is that type's sample as written,
 * and a request's body of words with no `Content-Type` (`Porch light`) a text one — neither is
 * reported as JSON that does not parse. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/message-bodies/lamps.md'), 'utf8');

describe('general reader: message bodies that are no JSON document', () => {
  const read = readGeneral(PAGE, 'api/lamps.md');

  it('should report no sample of theirs as invalid', () => {
    expect(codes(read)).not.toContain('invalid-sample');
  });

  it('should keep a JSON Lines answer as its stated type’s sample, as written', () => {
    const [content, ...others] = operation(read, 'GET /lamps/stream').responses.find((r) => r.status === '200')?.content ?? [];
    expect(others).toEqual([]);
    expect(content?.mediaType).toBe('application/x-ndjson');
    expect(content?.examples.map((e) => e.raw ?? e.value)).toEqual(['{"id": "l1", "lit": true}\n{"id": "l2", "lit": false}']);
  });

  it('should read a request’s body of words as text, and a JSON one as JSON', () => {
    const [text] = operation(read, 'POST /lamps/l1/label').requestBody?.content ?? [];
    expect(text?.mediaType).toBe('text/plain');
    expect(text?.examples.map((e) => e.raw ?? e.value)).toEqual(['Porch light']);
    expect(operation(read, 'POST /lamps/l1/dim').requestBody?.content.map((c) => c.mediaType)).toEqual(['application/json']);
  });
});
