/**
 * The limits a row states for its value, in the fixed forms docs write them →
 *
 *     Constraints | Length Constraints: Minimum length of 1. Maximum length of 64.   → minLength 1, maxLength 64
 *                 | Valid Range: Minimum value of 1. Maximum value of 100.            → minimum 1, maximum 100
 *                 | Pattern: `^[a-z]+$`                                               → pattern (its line, as written)
 *                 | Array Members: Maximum number of 50 items.                        → maxItems 50
 *     Min · Max (a number's)  | 1 · 100                                               → minimum 1, maximum 100
 *     Min length · Max length | 1 · 64                                                → minLength 1, maxLength 64
 *     Description (apiDoc's)  | _Size range: 2..30_                                   → a string's length, a number's value
 *
 * (The AWS reference writes the first four as lines under an entry; `action-pages.ts` puts them in
 * a Constraints cell.) A limit goes where its kind takes it: lengths and patterns to a string,
 * values to a number, item counts to an array, whose string or number members take the others.
 * Prose states a bound only in a sentence of that bound alone ("Must be between 1 and 100.",
 * `worded-limits.ts`), which the value's own limits win over; what a cell does not state is not set.
 */
import type { Schema } from '../ir/types.js';
import { withSizeRange } from './apidoc-types.js';
import { cellText, type TableRow } from './columns.js';
import { describedFormats, INTEGER_FORMATS, NUMBER_FORMATS, STRING_FORMATS } from './described-formats.js';
import { describedLimits } from './described-limits.js';
import { type WordedLimits, wordedLimits } from './worded-limits.js';

export interface Limits {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** A `Format:` line's word (`described-formats.ts`), set where it fits the value's kind. */
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  /** apiDoc's size range (`2..30`, `1-100`): a string's length or a number's value (`withSizeRange`). */
  size?: string;
  /** Limits the description states in words ("Max 100.", `worded-limits.ts`): the value's own, never an array's members'. */
  worded?: WordedLimits;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const SIZE_RANGE = /\bsize range:[ \t]*(-?[\d.]*(?:\.\.|-)-?[\d.]*)/i;
const COUNT = /^\d+$/;
/** The note in parentheses that closes a type cell: `String (max 255)` → `max 255`. */
const TYPE_NOTE = /\(([^()\n]*)\)[ \t]*$/;
const EXAMPLE_NOTE = /\be\.?g\.?(?=\s|$)|\bexamples?\b|\bsuch as\b/i;

const SENTENCES: ReadonlyArray<[RegExp, Array<keyof Limits>]> = [
  [/\bminimum length of (\d+)\b/i, ['minLength']],
  [/\bmaximum length of (\d+)\b/i, ['maxLength']],
  [/\bfixed length of (\d+)\b/i, ['minLength', 'maxLength']],
  [/\bminimum value of (-?\d+(?:\.\d+)?)/i, ['minimum']],
  [/\bmaximum value of (-?\d+(?:\.\d+)?)/i, ['maximum']],
  [/\bminimum number of (\d+) items?\b/i, ['minItems']],
  [/\bmaximum number of (\d+) items?\b/i, ['maxItems']],
  [/\bfixed number of (\d+) items?\b/i, ['minItems', 'maxItems']],
];

/** The schema with the limits the row's Constraints, Min/Max and Min/Max length cells state. */
export function withStatedConstraints(schema: Schema, row: TableRow): Schema {
  return withLimits(schema, statedLimits(row));
}

/** The limits the row's Constraints, Min/Max and Min/Max length cells state (a body row keeps them till its schema is made). */
export function statedLimits(row: TableRow): Limits {
  // `Min length: 1`, `Maximum: 100`, `Format: int32`, `Pattern: ^[a-z]+$` on lines of the description
  // (described-limits.ts, described-formats.ts), then the cells'.
  const limits: Limits = {
    ...describedLimits(cellText(row, 'description')),
    ...describedFormats(row.cells.get('description'), row.markdown),
    ...limitsIn(cellText(row, 'constraints')),
  };
  // apidoc-markdown's `_Size range: 2..30_` line under the description.
  const size = SIZE_RANGE.exec(cellText(row, 'description'))?.[1];
  if (size) limits.size = size;
  // A Constraints cell's words (`| 限制 |` ⏎ `长度1~32`, `1~100`, `Max 100`) as a description's, its own winning.
  // A Type cell's note in parentheses closing it (`String (max 255)`, `int (1–100)`) too, the description's and Constraints' winning.
  const note = TYPE_NOTE.exec(cellText(row, 'type'))?.[1];
  const worded = {
    ...(note ? noteLimits(note) : {}),
    ...wordedLimits(cellText(row, 'description')),
    ...wordedLimits(cellText(row, 'constraints')),
  };
  if (Object.keys(worded).length > 0) limits.worded = worded;
  const minLength = cellText(row, 'minLength');
  const maxLength = cellText(row, 'maxLength');
  const minimum = cellText(row, 'minimum');
  const maximum = cellText(row, 'maximum');
  const lengths = { minLength: countOf(minLength), maxLength: countOf(maxLength) };
  const values = { minimum: finiteOf(minimum), maximum: finiteOf(maximum) };
  return { ...limits, ...defined(lengths), ...defined(values) };
}

/**
 * The limits a type's note states (`max 255`, `1–100`): a number's value, and a string's length,
 * as `String(255)` states it (a count only: `string (max 2.5)` states no length).
 */
function noteLimits(note: string): WordedLimits {
  // `integer (e.g. 1-100)`: an example, no bound.
  if (EXAMPLE_NOTE.test(note)) return {};
  const limits = wordedLimits(note);
  const length = (value: number | undefined): number | undefined =>
    value !== undefined && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  return {
    ...defined({ minLength: length(limits.minimum), maxLength: length(limits.maximum) }),
    ...limits,
  };
}

/** A count as written (`64`), where a number can hold it exactly: `9…9` past 2^53 states none the output could carry. */
function countOf(text: string): number | undefined {
  const count = COUNT.test(text) ? Number(text) : undefined;
  return count !== undefined && Number.isSafeInteger(count) ? count : undefined;
}

/** A value as written (`-1.5`), where it is a finite number (400 nines are none). */
function finiteOf(text: string): number | undefined {
  const value = NUMBER.test(text) ? Number(text) : undefined;
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** The limits a constraints text states: its sentences in the fixed forms, its `Pattern:` line. */
function limitsIn(text: string): Limits {
  const limits: Limits = {};
  if (!text) return limits;
  for (const [sentence, keys] of SENTENCES) {
    const found = sentence.exec(text)?.[1];
    // A value (`minimum`, `maximum`) may be any finite number; a length or an item count is a count.
    const stated =
      found === undefined ? undefined : keys.includes('minimum') || keys.includes('maximum') ? finiteOf(found) : countOf(found);
    if (stated !== undefined) for (const key of keys) (limits as Record<string, number>)[key] = stated;
  }
  const pattern = /^[ \t]*pattern:[ \t]*(\S.*?)[ \t]*$/im.exec(text)?.[1];
  if (pattern) limits.pattern = pattern;
  return limits;
}

export function withLimits(schema: Schema, limits: Limits | undefined): Schema {
  if (!limits) return schema;
  const { minLength, maxLength, pattern, minimum, maximum, minItems, maxItems, size, format, worded = {} } = limits;
  const sized = withFormat(size === undefined ? schema : withSizeRange(schema, size), format);
  if (sized.kind === 'string')
    return {
      ...sized,
      ...defined({ minLength: worded.minLength, maxLength: worded.maxLength }),
      ...defined({ minLength, maxLength, pattern }),
    };
  if (sized.kind === 'integer' || sized.kind === 'number')
    return { ...sized, ...defined({ minimum: worded.minimum, maximum: worded.maximum }), ...defined({ minimum, maximum }) };
  if (schema.kind === 'array') {
    const { minItems: _min, maxItems: _max, size: _size, worded: _worded, ...members } = limits;
    const items = withLimits(schema.items, members);
    return { ...schema, items, ...defined({ minItems, maxItems }) };
  }
  return schema;
}

/** The schema with a stated format where it fits its kind and it has none: a string's on a value of no type too. */
function withFormat(schema: Schema, format: string | undefined): Schema {
  if (format === undefined) return schema;
  if (schema.kind === 'unknown' && STRING_FORMATS.has(format)) return { ...schema, kind: 'string', format };
  const fits =
    (schema.kind === 'string' && STRING_FORMATS.has(format)) ||
    (schema.kind === 'integer' && INTEGER_FORMATS.has(format)) ||
    (schema.kind === 'number' && NUMBER_FORMATS.has(format));
  return fits && schema.format === undefined ? { ...schema, format } : schema;
}

/** The keys whose value is stated. */
function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
