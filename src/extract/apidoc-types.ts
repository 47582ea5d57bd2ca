/**
 * apiDoc's type notation (`@apiParam {String{2..30}} name`), as pages that print the raw type write it →
 *
 *     String{2..30} → string, minLength 2, maxLength 30     String{..5}  → string, maxLength 5
 *     Number{1-100} → number, minimum 1, maximum 100        Number{0..}  → number, minimum 0
 *     String="a","b" → string enum a, b                     Number=1,2,3 → number enum 1, 2, 3
 *
 * apidoc-markdown prints the size apart, as a `_Size range: 2..30_` line of the description
 * (`constraints.ts` reads it with `withSizeRange`). A size is a string's length and a number's
 * value; an array's (`String[]{1..3}`) says neither plainly, so it sets nothing.
 */
import type { Schema } from '../ir/types.js';

export interface ApidocType {
  /** The type word without its size and values: `String`, `Number`, `String[]`. */
  type: string;
  size?: string;
  values?: string[];
}

const APIDOC_TYPE = /^([A-Za-z][\w.]*(?:\[\])?)(?:\{([^{}]+)\})?(?:=(\S.*))?$/;
/** `2..30`, `..5`, `0..`, `1-100`, `-5..5`: the bounds, either one left out. */
const SIZE = /^\s*(-?\d+(?:\.\d+)?)?\s*(?:\.\.|-)\s*(-?\d+(?:\.\d+)?)?\s*$/;
/** One allowed value: double- or single-quoted, else as written up to the next comma. */
const VALUE = /\s*(?:"([^"]*)"|'([^']*)'|([^,"']+?))\s*(?:,|$)/gy;

/** The parts of an apiDoc type that states a size or values; undefined for any other type text. */
export function apidocType(text: string): ApidocType | undefined {
  const match = APIDOC_TYPE.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) return undefined;
  const [, type, size, list] = match;
  if (size !== undefined && !SIZE.test(size)) return undefined;
  const values = list === undefined ? undefined : valuesOf(list);
  if (list !== undefined && !values) return undefined;
  return { type: type!, ...(size === undefined ? {} : { size }), ...(values ? { values } : {}) };
}

function valuesOf(list: string): string[] | undefined {
  const values: string[] = [];
  VALUE.lastIndex = 0;
  for (let match = VALUE.exec(list); match; match = VALUE.exec(list)) {
    values.push((match[1] ?? match[2] ?? match[3]!).trim());
    if (VALUE.lastIndex >= list.length) return values;
  }
  return undefined;
}

/** The base type with the size and values the apiDoc type states (values make it an enum of the base's kind). */
export function withApidocParts(base: Schema, parts: ApidocType): Schema {
  const sized = parts.size === undefined ? base : withSizeRange(base, parts.size);
  if (!parts.values) return sized;
  if (base.kind === 'string') return { kind: 'enum', base: 'string', values: parts.values.map((value) => ({ value })) };
  if (base.kind !== 'integer' && base.kind !== 'number') return sized;
  const numbers = parts.values.map((value) => (/^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : Number.NaN));
  if (!numbers.every((value) => Number.isFinite(value) && (base.kind === 'number' || Number.isSafeInteger(value)))) return sized;
  return { kind: 'enum', base: base.kind, values: numbers.map((value) => ({ value })) };
}

/** A string with the size's lengths, a number with its values as bounds; any other schema as it is. */
export function withSizeRange(schema: Schema, size: string): Schema {
  const match = SIZE.exec(size);
  if (!match || (match[1] === undefined && match[2] === undefined)) return schema;
  const [low, high] = [match[1], match[2]].map((bound) => (bound === undefined ? undefined : Number(bound)));
  if (schema.kind === 'string') {
    const count = (bound: number | undefined) => bound !== undefined && Number.isSafeInteger(bound) && bound >= 0;
    if ((low !== undefined && !count(low)) || (high !== undefined && !count(high))) return schema;
    return { ...schema, ...(low === undefined ? {} : { minLength: low }), ...(high === undefined ? {} : { maxLength: high }) };
  }
  if (schema.kind !== 'integer' && schema.kind !== 'number') return schema;
  return { ...schema, ...(low === undefined ? {} : { minimum: low }), ...(high === undefined ? {} : { maximum: high }) };
}
