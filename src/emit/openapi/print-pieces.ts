/**
 * The OpenAPI document printed exactly as `printJson` prints it (JSON, two-space indentation,
 * trailing newline), with each Path Item and each component schema a keyed piece
 * (`path:<key>`, `schema:<name>`): a later run that changed a few of them prints just those
 * (`printPathItem`, `printComponentSchema`) and splices them in.
 */
import type { Reuse } from '../reuse.js';
import { PieceText } from '../shared/piece-text.js';
import type { JsonObject } from './json-object.js';

/** Depth of the Path Items (`paths.<key>`) and component schemas (`components.schemas.<key>`) in the document. */
const PATH_ITEM_DEPTH = 2;
const COMPONENT_DEPTH = 3;

/**
 * Path Items and component schemas may be functions that build them: each is built as it is
 * printed, unless `reuse` has its last text.
 */
export function printOpenApiPieces(
  document: JsonObject,
  schemaNameOf: (key: string) => string,
  reuse?: Reuse,
  expectedBytes?: number,
): PieceText {
  const out = new PieceText(expectedBytes);
  printObject(out, document, 0, (key, value) => {
    if (key === 'paths') printObject(out, value as JsonObject, 1, undefined, (path) => `path:${path}`, reuse);
    else if (key === 'components')
      printObject(out, value as JsonObject, 1, (inner, schemas) => {
        if (inner !== 'schemas') return false;
        printObject(out, schemas as JsonObject, 2, undefined, (component) => `schema:${schemaNameOf(component)}`, reuse);
        return true;
      });
    else return false;
    return true;
  });
  return out.add('\n');
}

/** A Path Item's text as it stands in the document. */
export function printPathItem(item: JsonObject): string {
  return nested(item, PATH_ITEM_DEPTH);
}

/** A component schema's text as it stands in the document. */
export function printComponentSchema(schema: JsonObject): string {
  return nested(schema, COMPONENT_DEPTH);
}

/**
 * `object` as `JSON.stringify(…, null, 2)` writes it at `depth`. `own` prints an entry's value
 * itself (returning true); `pieceKey` keys each entry's value.
 */
function printObject(
  out: PieceText,
  object: JsonObject,
  depth: number,
  own?: (key: string, value: unknown) => boolean,
  pieceKey?: (key: string) => string,
  reuse?: Reuse,
): void {
  // JSON.stringify's order (Object.keys: integer-like keys first) and its omissions; pieces may be built lazily.
  const keys = Object.keys(object).filter((key) => {
    const value = object[key];
    return value !== undefined && (typeof value !== 'function' || pieceKey !== undefined) && typeof value !== 'symbol';
  });
  if (keys.length === 0) {
    out.add('{}');
    return;
  }
  const pad = '  '.repeat(depth + 1);
  out.add('{\n');
  keys.forEach((key, index) => {
    if (index > 0) out.add(',\n');
    out.add(`${pad}${JSON.stringify(key)}: `);
    const value = object[key];
    if (own?.(key, value)) return;
    const piece = pieceKey?.(key);
    const reused = piece === undefined ? undefined : reuse?.(piece);
    out.add(reused ?? nested(typeof value === 'function' ? value() : value, depth + 1), piece);
  });
  out.add(`\n${'  '.repeat(depth)}}`);
}

/**
 * `value` as JSON.stringify writes it inside a document at `depth`: stringified inside `depth`
 * arrays, which indent it just so, and cut out (one pass, where re-indenting its lines was a
 * second over every byte of the document).
 */
function nested(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, 2);
  let wrapped: unknown = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each array level puts `[`, a newline and the next level's indentation before the value (for
  // depth 2: `[\n  [\n    `), and a newline, its own indentation and `]` after it (`\n  ]\n]`).
  return text.slice(depth * depth + 3 * depth, text.length - (depth * depth + depth));
}
