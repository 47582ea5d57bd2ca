/**
 * SpecPositions' record of a map read whole (`spanRun` + `setMapRun`: the map's span and its keys'
 * in one run of the table, its keys in an array): every question asked of it answers as the
 * record of a `Map` of key spans (`setMap`) does, for small maps (keys scanned) and large ones
 * (keys indexed), and after the places change (`set`, `setKey`, `copy`).
 */
import { describe, expect, it } from 'vitest';
import type { Point } from '../../../src/ir/source.js';
import { type SpanId, SpecPositions } from '../../../src/openapi/positions.js';

const FILE = 'spec.yaml';
/** Offset n is at line n + 1, column 1 (a text of empty lines). */
const place = (offset: number): Point => ({ line: offset + 1, column: 1, offset });

/** A map of `keys` recorded both ways: key i spans 10i+1 to 10i+5, the map 0 to 10n. */
function recorded(keys: string[]) {
  const value = Object.fromEntries(keys.map((key) => [key, null]));
  const offsets = keys.flatMap((_, index) => [10 * index + 1, 10 * index + 5]);
  const run = new SpecPositions();
  const runFile = run.addFile(FILE, place);
  const runMap = { ...value };
  run.setMapRun(runMap, run.spanRun(runFile, 0, 10 * keys.length, [99, 99, ...offsets], 2, keys.length), keys);
  const spans = new SpecPositions();
  const spansFile = spans.addFile(FILE, place);
  const spansMap = { ...value };
  const keySpans = new Map<string, SpanId>(keys.map((key, index) => [key, spans.span(spansFile, 10 * index + 1, 10 * index + 5)]));
  spans.setMap(spansMap, spans.span(spansFile, 0, 10 * keys.length), keySpans);
  return { run, runMap, spans, spansMap };
}

/** Everything SpecPositions answers about `map`, for `asked` keys. */
function answers(positions: SpecPositions, map: Record<string, unknown>, asked: string[]) {
  return {
    has: positions.has(map),
    of: positions.of(map, 'other.yaml'),
    fileOf: positions.fileOf(map, 'other.yaml'),
    keys: positions.keysOf(map),
    ofKey: asked.map((key) => positions.ofKey(map, key, 'other.yaml')),
    hasKey: asked.map((key) => positions.hasKey(map, key)),
  };
}

const names = (count: number) => Array.from({ length: count }, (_, index) => `key${index}`);

describe('SpecPositions: a map recorded as a run of spans', () => {
  it.each([
    ['no keys', []],
    ['a few keys', ['type', 'description', 'properties']],
    ['integer-like keys, in document order', ['default', '404', '200', 'x-a']],
    ['more keys than are scanned', names(40)],
  ])('should answer as a Map of key spans does (%s)', (_, keys) => {
    const { run, runMap, spans, spansMap } = recorded(keys);
    const asked = [...keys, 'missing'];
    expect(answers(run, runMap, asked)).toEqual(answers(spans, spansMap, asked));
    expect(run.keysOf(runMap)).toEqual(keys);
    if (keys.length > 0) expect(run.ofKey(runMap, keys.at(-1)!, FILE).start.line).toBe(10 * (keys.length - 1) + 2);
  });

  it('should keep its key places when its own span is replaced, and add a key set later', () => {
    for (const keys of [['a', 'b'], names(20)]) {
      const { run, runMap, spans, spansMap } = recorded(keys);
      for (const positions of [run, spans]) {
        const map = positions === run ? runMap : spansMap;
        positions.set(map, { file: 'built.yaml', start: place(7), end: place(8) });
        positions.setKey(map, 'added', { file: 'built.yaml', start: place(9), end: place(9) });
        (map as Record<string, unknown>).added = 1;
      }
      const asked = [...keys, 'added', 'missing'];
      expect(answers(run, runMap, asked)).toEqual(answers(spans, spansMap, asked));
      expect(run.of(runMap, FILE).file).toBe('built.yaml');
      expect(run.ofKey(runMap, keys[1]!, FILE)).toEqual({ file: FILE, start: place(11), end: place(15) });
    }
  });

  it('should give a copy the same places, which a change to the copy leaves on the original alone', () => {
    const { run, runMap } = recorded(names(30));
    const copy = { ...runMap };
    run.copy(runMap, copy);
    expect(answers(run, copy, [...names(30), 'missing'])).toEqual(answers(run, runMap, [...names(30), 'missing']));
    run.setKey(copy, 'key3', { file: 'built.yaml', start: place(1), end: place(2) });
    expect(run.ofKey(copy, 'key3', FILE).file).toBe('built.yaml');
    expect(run.ofKey(runMap, 'key3', FILE)).toEqual({ file: FILE, start: place(31), end: place(35) });
  });

  it("should list keys the map no longer holds or gained since, as a Map's record does", () => {
    const { run, runMap, spans, spansMap } = recorded(['a', 'b', 'c']);
    for (const map of [runMap, spansMap] as Record<string, unknown>[]) {
      delete map.b;
      map.z = 1;
    }
    expect(run.keysOf(runMap)).toEqual(['a', 'c', 'z']);
    expect(run.keysOf(runMap)).toEqual(spans.keysOf(spansMap));
  });
});
