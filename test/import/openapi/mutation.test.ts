/**
 * Mutation fuzzing: each fixture with one node replaced by a value of the wrong shape, a few
 * hundred times (seeded, so every run is the same). The import must never fail internally and
 * must always give valid IR.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ApiDocumentSchema } from '../../../src/ir/ir-schema.js';
import { seededRandom } from '../../helpers/seeded-random.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { documentOf, FIXTURES, importFixture } from './helpers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const REPLACEMENTS: Json[] = [
  null,
  7,
  -1.5,
  'x',
  '',
  true,
  [],
  [1, 'a'],
  {},
  { $ref: '#/nope' },
  { $ref: 42 },
  { $ref: '#' },
  { type: ['string', 'bogus'] },
  { enum: [] },
  { __proto__: 1 } as Json,
];
const MUTANTS_PER_SPEC = 60;

/** Every [holder, key] pair of a parsed document. */
function slots(
  value: Json,
  out: [Json[] | Record<string, Json>, string | number][] = [],
): [Json[] | Record<string, Json>, string | number][] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      out.push([value, index]);
      slots(item, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([value, key]);
      slots(value[key]!, out);
    }
  }
  return out;
}

describe('importSpec on mutated specs', () => {
  it.each(['petstore-3.0.json', 'store-3.1.yaml', 'petstore-2.0.yaml', 'round-trip-3.1.yaml'])(
    'should read every mutant of %s without an internal error',
    async (file) => {
      const dir = makeTempDir('specdown-mutants-');
      const next = seededRandom(file.length * 7919);
      const source = readFileSync(path.join(FIXTURES, file), 'utf8');
      for (let n = 0; n < MUTANTS_PER_SPEC; n++) {
        const doc = parse(source) as Json;
        const keys: string[] = [];
        for (let m = 0; m < 1 + (n % 3); m++) {
          const all = slots(doc);
          const [holder, key] = all[Math.floor(next() * all.length)]!;
          (holder as Record<string, Json>)[key as string] = structuredClone(REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)]!);
          keys.push(String(key));
        }
        const key = keys.join(',');
        const name = `mutant-${n}.json`;
        writeFileSync(path.join(dir, name), JSON.stringify(doc));
        const { spec, lines } = await importFixture(name, { rootDir: dir });
        expect(
          lines.filter((line) => line.includes('internal error')),
          `${name}: ${String(key)}`,
        ).toEqual([]);
        if (spec) expect(ApiDocumentSchema.safeParse(documentOf(spec)).error?.issues ?? [], `${name}: ${String(key)}`).toEqual([]);
      }
    },
  );
});
