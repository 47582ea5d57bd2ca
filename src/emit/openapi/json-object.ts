/**
 * Plain JSON objects for the OpenAPI output, built so that key order is fixed and no key can
 * reach `Object.prototype`: documented names (`__proto__`, `constructor`) become own properties.
 */

/** A JSON object under construction. */
export type JsonObject = { [key: string]: unknown };

/** Orders strings by UTF-16 code units: the same on every machine, unlike `localeCompare`. */
export function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Sets an own, enumerable property, even for `__proto__`. */
export function setEntry(target: JsonObject, key: string, value: unknown): void {
  // Plain assignment makes an own property for every key but `__proto__` (whose setter would
  // change the prototype instead); defineProperty is several times slower, so only for that key.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** An object from entries, in the given order; `undefined` values are left out. */
export function objectFromEntries(entries: Iterable<readonly [string, unknown]>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of entries) {
    if (value !== undefined) setEntry(out, key, value);
  }
  return out;
}

/** A record's entries sorted by key. */
export function sortedEntries<T>(record: Record<string, T>): Array<[string, T]> {
  return Object.entries(record).sort(([a], [b]) => compareCodeUnits(a, b));
}

/**
 * A copy of `source` with keys in canonical order: first the keys of `order` that are present,
 * then any other keys sorted, then `x-…` extensions sorted. `undefined` values are dropped.
 */
export function orderKeys(source: JsonObject, order: readonly string[]): JsonObject {
  // Called for every schema and operation written: the object's few keys are ranked and sorted in
  // place (an insertion sort), rather than every key of `order` looked up in the object.
  let ranks = orderRanks.get(order);
  if (!ranks) {
    ranks = new Map();
    for (const [index, key] of order.entries()) if (!ranks.has(key)) ranks.set(key, index);
    orderRanks.set(order, ranks);
  }
  const keys = Object.keys(source);
  const unranked = order.length;
  const rankOf = (key: string) => ranks.get(key) ?? (key.startsWith('x-') ? unranked + 1 : unranked);
  const rank = keys.map(rankOf);
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    const keyRank = rank[i]!;
    let j = i - 1;
    while (j >= 0 && (rank[j]! > keyRank || (rank[j] === keyRank && keyRank >= unranked && keys[j]! > key))) {
      keys[j + 1] = keys[j]!;
      rank[j + 1] = rank[j]!;
      j--;
    }
    keys[j + 1] = key;
    rank[j + 1] = keyRank;
  }
  const out: JsonObject = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined) setEntry(out, key, value);
  }
  return out;
}

/** Each key order's keys → their index in it. */
const orderRanks = new WeakMap<readonly string[], Map<string, number>>();

/** Copies `x-…` extensions onto `target`; keys without the `x-` prefix are not extensions and are skipped. */
export function copyExtensions(target: JsonObject, extensions: Record<string, unknown> | undefined): void {
  if (!extensions) return;
  for (const [key, value] of sortedEntries(extensions)) {
    if (key.startsWith('x-') && value !== undefined) setEntry(target, key, copyJson(value));
  }
}

/** A deep copy of JSON data (own keys kept, `__proto__` included), so the output shares nothing with the IR. */
export function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => copyJson(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: JsonObject = {};
    for (const key of Object.keys(value)) {
      // (An own `__proto__` is read as the data it holds, not as the prototype.)
      const item = key === '__proto__' ? Object.getOwnPropertyDescriptor(value, key)?.value : (value as JsonObject)[key];
      const copy = copyJson(item);
      if (copy !== undefined) setEntry(out, key, copy);
    }
    return out as T;
  }
  return value;
}
