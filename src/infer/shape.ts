/**
 * What many JSON samples show about one value, accumulated: how often each JSON type occurred,
 * the items of arrays and the keys of objects (each key's own shape, whose `count` is how many of
 * the objects had it). Shapes merge (`mergeShape`), so samples from every page add up in any order.
 *
 *     observe(shape, {"Id": 5, "Tags": ["a"]})
 *     observe(shape, {"Id": 6, "Tags": null})
 *     → count 2, object { count 2, keys: Id { integers 2 }, Tags { nulls 1, array { items: strings 1 } } }
 *
 * Hostile samples stay cheap: below MAX_DEPTH levels a value counts as `opaque` (nothing is learnt),
 * only the first MAX_ITEMS elements of an array and MAX_KEYS keys of an object are looked at.
 */
import type { JsonValue } from '../ir/types.js';
import { fractionKeys } from './fractions.js';

export const MAX_DEPTH = 32;
export const MAX_ITEMS = 100;
export const MAX_KEYS = 500;
const MAX_TEXT = 64;

export interface Shape {
  /** Observations, nulls included. */
  count: number;
  nulls: number;
  booleans: number;
  integers: number;
  /** Numbers with a fraction. */
  numbers: number;
  strings: number;
  /** Strings that are RFC 3339 date-times / UUIDs. */
  dateTimes: number;
  uuids: number;
  /** Values below the depth cap: seen, but not looked into. */
  opaque: number;
  /**
   * The one string the samples show here, where they show one (a JSON:API resource's `"type":
   * "lamps"`, which names what its `attributes` are: infer-schema.ts); null where they show two, or
   * one longer than MAX_TEXT.
   */
  text?: string | null;
  array?: { count: number; items: Shape };
  object?: { count: number; keys: Map<string, Shape> };
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function emptyShape(): Shape {
  return { count: 0, nulls: 0, booleans: 0, integers: 0, numbers: 0, strings: 0, dateTimes: 0, uuids: 0, opaque: 0 };
}

/**
 * Adds one sample value to `shape` (in place) and returns it. `fraction`: the value is a whole
 * number the sample writes with a fraction (`13.0`), a number (infer/fractions.ts).
 */
function observe(shape: Shape, value: JsonValue, depth = 0, fraction = false): Shape {
  shape.count += 1;
  if (depth >= MAX_DEPTH) {
    shape.opaque += 1;
    return shape;
  }
  if (value === null) shape.nulls += 1;
  else if (typeof value === 'boolean') shape.booleans += 1;
  else if (typeof value === 'number') {
    if (Number.isInteger(value) && !fraction) shape.integers += 1;
    else shape.numbers += 1;
  } else if (typeof value === 'string') {
    shape.strings += 1;
    if (shape.text !== null) shape.text = (shape.text === undefined || shape.text === value) && value.length <= MAX_TEXT ? value : null;
    if (DATE_TIME.test(value)) shape.dateTimes += 1;
    if (UUID.test(value)) shape.uuids += 1;
  } else if (Array.isArray(value)) {
    shape.array ??= { count: 0, items: emptyShape() };
    shape.array.count += 1;
    const limit = Math.min(value.length, MAX_ITEMS);
    const fractions = fractionKeys(value);
    for (let i = 0; i < limit; i++) observe(shape.array.items, value[i]!, depth + 1, fractions?.has(String(i)) === true);
  } else if (typeof value === 'object') {
    shape.object ??= { count: 0, keys: new Map() };
    shape.object.count += 1;
    let seen = 0;
    const fractions = fractionKeys(value);
    for (const key of Object.keys(value)) {
      if (seen++ >= MAX_KEYS) break;
      let keyShape = shape.object.keys.get(key);
      if (!keyShape) {
        if (shape.object.keys.size >= MAX_KEYS) continue;
        keyShape = emptyShape();
        shape.object.keys.set(key, keyShape);
      }
      observe(keyShape, value[key]!, depth + 1, fractions?.has(key) === true);
    }
  } else shape.opaque += 1;
  return shape;
}

/** The shape of `values` together (`fractions`: which of them are whole numbers written with a fraction). */
export function shapeOf(values: readonly JsonValue[], fractions: readonly boolean[] = []): Shape {
  const shape = emptyShape();
  for (let index = 0; index < values.length; index++) observe(shape, values[index]!, 0, fractions[index] === true);
  return shape;
}

/** A new shape holding both `a`'s and `b`'s observations (keys in `a`'s order, then `b`'s new ones). */
export function mergeShape(a: Shape, b: Shape): Shape {
  const out: Shape = {
    count: a.count + b.count,
    nulls: a.nulls + b.nulls,
    booleans: a.booleans + b.booleans,
    integers: a.integers + b.integers,
    numbers: a.numbers + b.numbers,
    strings: a.strings + b.strings,
    dateTimes: a.dateTimes + b.dateTimes,
    uuids: a.uuids + b.uuids,
    opaque: a.opaque + b.opaque,
  };
  const text = a.text === undefined ? b.text : b.text === undefined || a.text === b.text ? a.text : null;
  if (text !== undefined) out.text = text;
  if (a.array || b.array) {
    const items = a.array && b.array ? mergeShape(a.array.items, b.array.items) : (a.array ?? b.array)!.items;
    out.array = { count: (a.array?.count ?? 0) + (b.array?.count ?? 0), items };
  }
  if (a.object || b.object) {
    const keys = new Map<string, Shape>(a.object?.keys ?? []);
    for (const [key, shape] of b.object?.keys ?? []) {
      const mine = keys.get(key);
      keys.set(key, mine ? mergeShape(mine, shape) : shape);
    }
    out.object = { count: (a.object?.count ?? 0) + (b.object?.count ?? 0), keys };
  }
  return out;
}

/** The merge of every key's shape of an object shape (a map's values). */
export function valuesShape(object: NonNullable<Shape['object']>): Shape {
  let merged = emptyShape();
  for (const shape of object.keys.values()) merged = mergeShape(merged, shape);
  return merged;
}
