/** Safe reading of parsed spec values: own keys only, plain JSON copies. */
import type { JsonValue } from '../ir/types.js';

export type JsonMap = Record<string, unknown>;

export function isMap(value: unknown): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` when `key` is an own property (never `constructor`, `__proto__` of the prototype). */
export function own(value: unknown, key: string): unknown {
  return isMap(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

export function ownString(value: unknown, key: string): string | undefined {
  const found = own(value, key);
  return typeof found === 'string' ? found : undefined;
}

export function ownNumber(value: unknown, key: string): number | undefined {
  const found = own(value, key);
  return typeof found === 'number' && Number.isFinite(found) ? found : undefined;
}

export function ownMap(value: unknown, key: string): JsonMap | undefined {
  const found = own(value, key);
  return isMap(found) ? found : undefined;
}

/** Sets `key` as an own data property, even `__proto__`. */
export function setOwn(target: JsonMap, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** A plain JSON copy of a parsed value: cycles (YAML aliases) and non-JSON values become `null`. */
export function toJson(value: unknown, seen: Set<object> = new Set(), depth = 0): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || seen.has(value) || depth > 256) return null;
  seen.add(value);
  let copy: JsonValue;
  if (Array.isArray(value)) copy = value.map((item) => toJson(item, seen, depth + 1));
  else {
    const entries = Object.keys(value).map((key): [string, JsonValue] => [key, toJson((value as JsonMap)[key], seen, depth + 1)]);
    copy = Object.fromEntries(entries);
  }
  seen.delete(value);
  return copy;
}

/** The `x-…` keys of a map as a JSON record, minus `consumed`; undefined when none. */
export function extensionsOf(value: JsonMap, consumed?: ReadonlySet<string>): Record<string, JsonValue> | undefined {
  // Asked of every schema read: allocate only when there are extensions.
  let keys: string[] | undefined;
  for (const key of Object.keys(value)) {
    if (key.startsWith('x-') && !consumed?.has(key)) {
      keys ??= [];
      keys.push(key);
    }
  }
  if (!keys) return undefined;
  return Object.fromEntries(keys.sort().map((key) => [key, toJson(value[key])]));
}
