/**
 * The request-line patterns name every method the IR knows (`METHOD_WORDS`, from HTTP_METHODS):
 * OPTIONS and TRACE in a route written once under several methods (`OPTIONS | TRACE /lamps/{id}`,
 * `GET, TRACE /bulbs`) and in the request line over a response's JSON (`TRACE /switches/7` ⏎ `{…}`).
 * The fixture is a "lamps" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/method-words/lamps.md'), 'utf8');

describe('general reader: every method in the request-line patterns', () => {
  const read = readGeneral(page, 'api/lamps.md');

  it('should read a route under several methods, OPTIONS and TRACE among them, an operation a method', () => {
    expect(read.routes).toEqual(['OPTIONS /lamps/{id}', 'TRACE /lamps/{id}', 'GET /bulbs', 'TRACE /bulbs', 'TRACE /switches/{id}']);
    expect(operation(read, 'TRACE /lamps/{id}').parameters.map((p) => [p.name, p.schema])).toEqual([['id', { kind: 'integer' }]]);
  });

  it("should read the JSON under a TRACE request line as the response's sample", () => {
    const examples = operation(read, 'TRACE /switches/{id}').responses[0]?.content[0]?.examples ?? [];
    expect(examples.map((e) => e.value)).toEqual([{ echo: 'TRACE /switches/7' }]);
  });
});
