/**
 * A query value written as a placeholder of a type word (`?n=<integer>`, `{boolean}`) in an
 * example call: the parameter's type, no example; another placeholder (`<last shelf>`) neither.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/query-placeholders/shelves.md'), 'utf8');
const LAMPS = readFileSync(path.join(import.meta.dirname, 'fixtures/query-placeholders/lamps.md'), 'utf8');

describe('general reader: query placeholders that are type words', () => {
  it('should type a query parameter by its placeholder where it is a type word, and take no placeholder for an example', () => {
    const read = readGeneral(PAGE, 'api/shelves.md');
    const query = (route: string) =>
      Object.fromEntries(
        strip(operation(read, route).parameters)
          .filter((p) => p.in === 'query')
          .map((p) => [p.name, p.schema]),
      );
    expect(query('GET /v1/shelves')).toEqual({ n: { kind: 'integer' }, last: { kind: 'string' } });
    expect(query('GET /v1/shelves/{shelf}/books')).toEqual({
      all: { kind: 'boolean' },
      q: { kind: 'string' },
      weight: { kind: 'number' },
      sort: { kind: 'string', examples: ['title'] },
    });
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('unknown-type');
  });

  it('should type a query parameter by any type word a Type cell reads, in a request line or an example call', () => {
    const read = readGeneral(LAMPS, 'api/lamps.md');
    const query = (route: string) =>
      Object.fromEntries(
        strip(operation(read, route).parameters)
          .filter((p) => p.in === 'query')
          .map((p) => [p.name, p.schema]),
      );
    expect(query('GET /lamps')).toEqual({
      limit: { kind: 'integer', format: 'int32' },
      cursor: { kind: 'string' },
      since: { kind: 'string', format: 'date-time' },
      lit: { kind: 'boolean' },
      key: { kind: 'string' },
      page: { kind: 'integer', examples: [2] },
    });
    expect(query('GET /lamps/{lamp}/readings')).toEqual({
      from: { kind: 'string', format: 'date' },
      count: { kind: 'integer' },
      level: { kind: 'number', format: 'float' },
      after: { kind: 'string' },
    });
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('unknown-type');
  });
});
