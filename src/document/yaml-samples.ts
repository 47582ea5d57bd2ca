/**
 * A body sample written in YAML → its JSON value, for the reader (is this fence a body's sample?)
 * and the extractor (the sample's value) alike:
 *
 *     ```yaml
 *     name: Porch              → { "name": "Porch", "brightness": 40, "tags": ["front"] }
 *     brightness: 40
 *     tags:
 *       - front
 *     ```
 *
 * Only a mapping or a sequence is a body: a scalar alone (`Porch`), text that is no YAML, several
 * documents, a value JSON cannot hold (`.inf`, `.nan`) or one nested deeper than any sample is none.
 */
import { type Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { escapePointerToken } from '../ir/json-pointer.js';
import type { JsonValue } from '../ir/types.js';

/** Samples nested deeper than this are not used (as JSON samples are not). */
const MAX_DEPTH = 64;
/** The YAML parser's time grows faster than the nesting: a line indented past this, or brackets nested deeper, is no sample. */
const MAX_INDENT = 2 * MAX_DEPTH;

/** The JSON value a YAML body sample states, or `undefined` where the text is no mapping or sequence of JSON values. */
export function yamlSampleValue(text: string): JsonValue | undefined {
  return yamlSample(text)?.value;
}

/**
 * The JSON value a YAML body sample states, and where it writes a whole number with a fraction
 * (`fade: 2.0`: a number, as JSON samples' `fractions` say, not the integer the parse gives).
 */
export function yamlSample(text: string): { value: JsonValue; fractions: string[] } | undefined {
  if (!/\S/.test(text) || deepText(text)) return undefined;
  let value: unknown;
  let document: Document;
  try {
    // No check that keys are unique (it compares each key with all before it: quadratic); the later wins, as in `JSON.parse`.
    document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
    if (document.errors.length > 0) return undefined;
    value = document.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || !jsonValue(value, 0)) return undefined;
  const fractions: string[] = [];
  if (FRACTION.test(text)) wholeFractions(document.contents, '', fractions);
  return { value: value as JsonValue, fractions };
}

/** A digit, a point and a digit somewhere: a fraction may be written. */
const FRACTION = /\d\.\d/;

/** The pointers of the numbers under `node` written with a fraction whose value is whole (`2.0`, `2.50e1`). */
function wholeFractions(node: unknown, pointer: string, found: string[]): void {
  if (isScalar(node)) {
    if (typeof node.value === 'number' && Number.isInteger(node.value) && /\.\d/.test(node.source ?? '')) found.push(pointer);
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) wholeFractions(item, `${pointer}/${index}`, found);
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof key === 'string' || typeof key === 'number')
        wholeFractions(pair.value, `${pointer}/${escapePointerToken(String(key))}`, found);
    }
  }
}

/** Whether a line is indented past `MAX_INDENT`, or brackets nest deeper than `MAX_DEPTH` (quotes not skipped: a guard, not a reader). */
function deepText(text: string): boolean {
  let indent = 0;
  let counting = true;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      indent = 0;
      counting = true;
      continue;
    }
    if (counting && (c === 0x20 || c === 0x09 || c === 0x2d)) {
      if (++indent > MAX_INDENT) return true;
      continue;
    }
    counting = false;
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return true;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return false;
}

/** Whether a parsed value is JSON's: finite numbers, strings, booleans, null, arrays and plain objects of them. */
function jsonValue(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => jsonValue(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((item) => jsonValue(item, depth + 1));
}
