/**
 * The first JSON with no label under a call's heading, where the response's part points at the
 * example ("See JSON code example.") and shows none of its own: the response's sample, no words of
 * the operation (Slate pages write the right column's sample first). Where the part shows its own
 * sample, or points at none, the JSON stays as it was. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/pointed-samples/porches.md'), 'utf8');
const samples = (op: Operation) => op.responses.map((r) => [r.status, r.content.flatMap((c) => c.examples.map((e) => e.value))]);

describe('general reader: a leading JSON the response points at', () => {
  const read = readGeneral(page, 'api/porches.md');

  it("should read the JSON as the response's sample, out of the operation's words", () => {
    const add = operation(read, 'POST /porches/{PORCH_ID}/lamps/{LAMP_ID}/add');
    expect(samples(add)).toEqual([['200', [{ success: true }]]]);
    expect(add.description ?? '').not.toContain('success');
    expect(add.summary).toBe('Manually add a lamp to a porch.');
  });

  it('should leave the JSON where the response shows its own sample or points at none', () => {
    expect(samples(operation(read, 'POST /porches/{PORCH_ID}/paint'))).toEqual([['200', [{ painted: true }]]]);
    expect(samples(operation(read, 'POST /porches/{PORCH_ID}/sweep'))).toEqual([['204', []]]);
  });
});
