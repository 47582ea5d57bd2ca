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

  it("should leave the documented operation's summary its own, and read the routes of an index with a rate limit column", () => {
    const limits = readGeneral(fixture('rate-limits.md'), 'api/rate-limits.md');
    const shelves = readGeneral(fixture('shelves.md'), 'api/shelves.md');
    const fragments = [limits.fragment, shelves.fragment].filter((fragment) => fragment !== undefined);
    const merged = mergeFragments(fragments, new DiagnosticBag(), { version: '1' });
    expect(merged.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`)).toEqual(['GET /shelves', 'PUT /shelves/{id}']);
    expect(merged.operations[0]?.summary).toBe('List shelves');
    // Its Description cell beside the limit is the route's description, no summary (before, "Update a shelf" was the summary).
    expect([merged.operations[1]?.summary, merged.operations[1]?.description]).toEqual([undefined, 'Update a shelf']);
  });

  it('should leave a route its own page’s summary whichever page comes first, the limits table’s Description cell at most its description', () => {
    const index = readGeneral(fixture('limits-index.md'), 'api/limits.md');
    const lamps = readGeneral(fixture('lamps.md'), 'api/lamps.md');
    const words = (fragments: (typeof index.fragment)[]) =>
      mergeFragments(
        fragments.filter((fragment) => fragment !== undefined),
        new DiagnosticBag(),
        { version: '1' },
      ).operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o.summary, o.description]);
    // Before: the index first, "Counted per account" and "Counted per lamp" summarised the routes, and "Rate limits"
    // (the page's title) the route of no words in the table, over the one its own page documents under a heading of the route alone.
    const expected = [
      ['GET /v1/lamps', 'List lamps', 'Counted per account'],
      ['DELETE /v1/lamps/{lamp_id}', 'Delete a lamp', 'Counted per lamp'],
      ['POST /v1/lamps/{lamp_id}/dim', undefined, undefined],
    ];
    expect(words([index.fragment, lamps.fragment])).toEqual(expected);
    expect(words([lamps.fragment, index.fragment])).toEqual(expected);
  });
});
