/**
 * A fence titled as the shape of one member of the answer ("The `data` section of the answer has
 * the following format:", as Prometheus' and Loki's references write it) shows that member, which
 * may sit at any depth: no sample of the whole answer. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/member-formats/readings.md'), 'utf8'), 'api/readings.md');
const examples = (op: Operation) => op.responses.flatMap((r) => r.content.flatMap((c) => c.examples.map((e) => e.value)));

describe('general reader: a fence titled as one member’s format', () => {
  it('should read the answer from the whole sample only, the member’s fence no sample of it', () => {
    const range = operation(read, 'GET /api/v2/readings');
    expect(examples(range)).toEqual([{ status: 'ok', data: { kind: 'series', points: [[1700000000, '12.5']] } }]);
    // The fence stays in the operation's prose.
    expect(range.description).toContain('The `data` section of the answer has the following format:');
  });

  it('should read so a title whose words name the result ("… of the query result has the following format:")', () => {
    expect(examples(operation(read, 'GET /api/v2/beds/{bed}/readings'))).toEqual([
      { status: 'ok', data: { bed: 'north', points: [[1700000000, '12.5']] } },
    ]);
  });

  it('should read no answer from a member’s fence alone (`field`, `shape`)', () => {
    expect(operation(read, 'GET /api/v2/readings/latest').responses.flatMap((r) => r.content)).toEqual([]);
  });

  it('should still read a fence titled as the whole answer’s format', () => {
    expect(examples(operation(read, 'GET /api/v2/sensors'))).toEqual([{ sensors: ['moisture', 'light'] }]);
  });
});
