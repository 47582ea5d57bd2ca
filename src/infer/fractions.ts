/**
 * The numbers a sample writes with a fraction whose value is whole (`"price": 13.0`), which its
 * parsed value holds as integers: the example's `fractions` (JSON pointers, extract/json-fractions.ts)
 * marked on the arrays and objects that hold them, so that the walks over a sample's values read
 * each such number as the number the sample states, never an integer (`"count": 13` stays one).
 */
import { unescapePointerToken } from '../ir/json-pointer.js';
import type { Example, JsonValue } from '../ir/types.js';

/** An array or object of a sample → the keys (an array's indices as text) of its members written so. */
const MARKED = new WeakMap<object, Set<string>>();

/** Marks the containers of the example's value that hold the numbers its `fractions` point at. */
export function markFractions(example: Example): void {
  const value = example.value;
  if (!example.fractions || value === undefined) return;
  for (const pointer of example.fractions) {
    const tokens = pointer.split('/').slice(1).map(unescapePointerToken);
    const last = tokens.pop();
    if (last === undefined) continue;
    let container: JsonValue | undefined = value;
    for (const token of tokens) container = member(container, token);
    if (container === null || typeof container !== 'object') continue;
    const keys = MARKED.get(container) ?? new Set<string>();
    keys.add(last);
    MARKED.set(container, keys);
  }
}

/** The keys of `container`'s members written with a fraction; undefined where none is. */
export function fractionKeys(container: object): ReadonlySet<string> | undefined {
  return MARKED.get(container);
}

/** Whether the example's value itself is such a number (a body of `13.0` alone). */
export function wholeFraction(example: Example): boolean {
  return example.fractions?.includes('') === true;
}

function member(container: JsonValue | undefined, token: string): JsonValue | undefined {
  if (Array.isArray(container)) return /^\d+$/.test(token) ? container[Number(token)] : undefined;
  if (container !== null && typeof container === 'object' && Object.hasOwn(container, token)) return container[token];
  return undefined;
}
