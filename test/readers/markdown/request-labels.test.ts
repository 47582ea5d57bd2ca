/**
 * `## Request` ⏎ `Method: get` ⏎ `Path: /20200101/crates` (Oracle's REST reference): labelled
 * lines under a bare `Request` title state the call; under an example's title or label they show one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/request-labels', name), 'utf8');

describe('general reader: `Method:` and `Path:` lines under a `Request` title', () => {
  it('should read the labelled lines as the request line, the sections below as its parts', () => {
    const read = readGeneral(fixture('list-crates.md'), 'list-crates.md');
    expect(read.routes).toEqual(['GET /20200101/crates']);
    const op = operation(read, 'GET /20200101/crates');
    expect(op.summary).toBe('Lists the crates in a warehouse.');
    expect(parameterNames(op)).toEqual(['query:warehouseId*']);
    expect(op.responses.map((r) => r.status)).toEqual(['200']);
  });

  it('should leave labelled lines under an example label as the example they are', () => {
    const read = readGeneral(fixture('example-call.md'), 'example-call.md');
    expect(read.routes).toEqual(['GET /crates/{crateId}']);
  });
});
