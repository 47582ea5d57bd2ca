/**
 * A table of routes and their rate limits (`| Route | Method | Limit | Window |`, `| Endpoint |
 * Requests per hour |`, a "Rate limits" page's) states the limits of routes documented elsewhere:
 * no operations. A table of routes with a description beside the limit is an index, read as before.
 * The fixtures are a "lamps and shelves" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { codes, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/rate-limit-tables', name), 'utf8');

describe('general reader: a table of routes and their rate limits', () => {
  it('should read no operation from a page of rate limits', () => {
    const read = readGeneral(fixture('rate-limits.md'), 'api/rate-limits.md');
    expect(read.routes).toEqual([]);
    expect(codes(read)).not.toContain('path-parameter-undocumented');
  });

  it("should leave the documented operation's summary its own, and read an index with a rate limit column as before", () => {
    const limits = readGeneral(fixture('rate-limits.md'), 'api/rate-limits.md');
    const shelves = readGeneral(fixture('shelves.md'), 'api/shelves.md');
    const fragments = [limits.fragment, shelves.fragment].filter((fragment) => fragment !== undefined);
    const merged = mergeFragments(fragments, new DiagnosticBag(), { version: '1' });
    expect(merged.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`)).toEqual(['GET /shelves', 'PUT /shelves/{id}']);
    expect(merged.operations[0]?.summary).toBe('List shelves');
  });
});
