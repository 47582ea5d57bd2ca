/**
 * An answer written as a whole HTTP message whose body is a sketch of placeholders (`200 OK` ⏎
 * headers ⏎ `{"name": <name>}`): the status and a stated media type from the message, the body's
 * fields from the sketch, no example; a message whose body is real JSON is a sample, as before.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/message-sketches/crates.md'), 'utf8');
const unknown = { kind: 'unknown' };

describe('general reader: a response message whose body is a sketch of placeholders', () => {
  it("should read the message's status and media type and the sketch's fields, with no example", () => {
    const read = readGeneral(PAGE, 'api/crates.md');
    expect(codes(read)).not.toContain('invalid-sample');
    const [crate] = operation(read, 'GET /v1/crates/{crate}').responses;
    expect(crate?.status).toBe('200');
    expect(crate?.content.map((c) => c.mediaType)).toEqual(['application/json']);
    expect(crate?.content[0]?.examples).toEqual([]);
    expect(strip(crate?.content[0]?.schema)).toEqual({
      kind: 'object',
      properties: [
        { name: 'name', schema: unknown, required: false },
        { name: 'label', schema: unknown, required: false },
        {
          name: 'boxes',
          schema: { kind: 'array', items: { kind: 'object', properties: [{ name: 'digest', schema: unknown, required: false }] } },
          required: false,
        },
      ],
    });
    // With its protocol, and a JSON media type of the vendor's.
    const [labels] = operation(read, 'GET /v1/crates/{crate}/labels').responses;
    expect(labels?.status).toBe('200');
    expect(labels?.content.map((c) => c.mediaType)).toEqual(['application/vnd.crates.labels+json']);
    expect(labels?.content[0]?.examples).toEqual([]);
    expect(strip(labels?.content[0]?.schema)).toEqual({
      kind: 'object',
      properties: [
        { name: 'name', schema: unknown, required: false },
        { name: 'labels', schema: { kind: 'array', items: unknown }, required: false },
      ],
    });
    // Real JSON: the sample, as before.
    const [owner] = operation(read, 'GET /v1/crates/{crate}/owner').responses;
    expect(owner?.content[0]?.examples.map((e) => e.value)).toEqual([{ owner: 'ada', since: 2019 }]);
  });
});
