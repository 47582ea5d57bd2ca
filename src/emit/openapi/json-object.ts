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
  // Called for every schema and operation written: no intermediate arrays for the common case.
  let known = orderSets.get(order);
  if (!known) {
    known = new Set(order);
    orderSets.set(order, known);
  }
  const out: JsonObject = {};
  for (const key of order) {
    if (Object.hasOwn(source, key) && source[key] !== undefined) setEntry(out, key, source[key]);
  }
  let plain: string[] | undefined;
  let extensions: string[] | undefined;
  for (const key of Object.keys(source)) {
    if (known.has(key)) continue;
    if (key.startsWith('x-')) {
      extensions ??= [];
      extensions.push(key);
    } else {
      plain ??= [];
      plain.push(key);
    }
  }
  for (const key of [...(plain?.sort(compareCodeUnits) ?? []), ...(extensions?.sort(compareCodeUnits) ?? [])]) {
    if (source[key] !== undefined) setEntry(out, key, source[key]);
  }
  return out;
}

const orderSets = new WeakMap<readonly string[], Set<string>>();

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
    return objectFromEntries(
      Object.keys(value).map((key) => [key, copyJson(Object.getOwnPropertyDescriptor(value, key)?.value)] as const),
    ) as T;
  }
  return value;
}
