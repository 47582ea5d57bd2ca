/**
 * How a page's new reading differs from its last one, when the difference is of the one kind a
 * run can patch instead of merging everything again: the same fragment, except
 *
 * - positions (`source`, `sources`, `related`, `inferred.from`) that moved in order — text added
 *   or removed above them — so every comparison of positions comes out as before, and
 * - the prose of its operations (summary, description), and
 * - the format of a row (a property or parameter: `int32` → `int64`), the kind and all else of it
 *   the same: whether nothing but the row's own merged node reads it is patch-merged.ts's to tell
 *   (infer/format-reads.ts), and
 * - the description of a row, stated before and after (patch-descriptions.ts places it), and
 * - the required flag of a row (patch-required.ts tells whether nothing but the row's merged node reads it), and
 * - the kind of a row (`int32` → `double`): a scalar kind and its format, nothing else, on both sides
 *   (patch-kinds.ts tells whether the merge reads it otherwise).
 *
 * The merge reads positions only to order and tell them apart (compareSources, uniqueSources)
 * and an operation's prose only for whether it has any, when another page documents the same
 * route (same-route.ts; patch-merged.ts checks that case), so the merged document
 * of such a page differs from the last one only in those positions and that prose, where they
 * landed (patch-merged.ts). Anything else that differs, and the page is merged again with all the others.
 */

import type { Source } from '../../ir/source.js';
import type { NamedSchema } from '../../ir/types.js';
import type { PageResult } from '../read-page.js';

interface ProseChange {
  /** The operation's position in the last reading (how the merged document knows it). */
  source: Source;
  /** The last and the new text of each field that changed (undefined: none). */
  fields: Array<{ field: 'summary' | 'description'; before: string | undefined; after: string | undefined }>;
}

export interface FormatChange {
  /** The row's position in the last reading (how the merged document knows it). */
  source: Source;
  /** The property's or parameter's name. */
  name: string;
  kind: string;
  before: string;
  after: string;
}

/** A row's description reworded (stated before and after: whether a row has one is what the merge reads). */
export interface DescriptionChange {
  /** The row's position in the last reading. */
  source: Source;
  name: string;
  before: string;
  after: string;
  /** The named schema whose table the row is a property of (top level), if it is one. */
  entity?: string;
}

/** A row's required flag turned on or off. */
export interface RequiredChange {
  /** The row's position in the last reading. */
  source: Source;
  name: string;
  before: boolean;
  after: boolean;
  /** The named schema whose table the row is a property of (top level), if it is one. */
  entity?: string;
}

/** A row's scalar type changed kind (`int32` → `string`): its schema was and is a kind and a format alone. */
export interface KindChange {
  /** The row's position in the last reading. */
  source: Source;
  name: string;
  before: ScalarType;
  after: ScalarType;
  /** The named schema whose table the row is a property of (top level), if it is one. */
  entity?: string;
}

export interface ScalarType {
  kind: string;
  format?: string;
}

export interface PageDelta {
  file: string;
  /** `positionKey` of each position in the last reading → the same place in the new one. */
  positions: Map<string, Source>;
  prose: ProseChange[];
  formats: FormatChange[];
  descriptions: DescriptionChange[];
  required: RequiredChange[];
  kinds: KindChange[];
}

/** Keys under which an array's items are positions. */
const POSITION_LISTS = new Set(['sources', 'related', 'from']);
const PROSE = ['summary', 'description'] as const;
/** The kinds whose format a row may change (the JSON type stays). */
const FORMATTED = new Set(['string', 'integer', 'number']);
/** The kinds a row may change between (sample inference compares values with them alone: infer/kind-reads.ts). */
const SCALAR = new Set(['string', 'integer', 'number', 'boolean']);

/** A position's identity: file, start and end (offsets and line:column). */
export function positionKey(source: Source): string {
  const { start, end } = source;
  return `${source.file}\0${start.offset}\0${end.offset}\0${start.line}:${start.column}\0${end.line}:${end.column}`;
}

export function isSource(value: unknown): value is Source {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { file, start, end } = value as Record<string, unknown>;
  return typeof file === 'string' && isPoint(start) && isPoint(end) && Object.keys(value).length === 3;
}

/** The delta from `before` to `after` (readings of `file`), or undefined when it is not one a run can patch. */
export function pageDelta(before: PageResult, after: PageResult, file: string): PageDelta | undefined {
  const beforeOps = before.fragment?.operations ?? [];
  const afterOps = after.fragment?.operations ?? [];
  if (beforeOps.length !== afterOps.length) return undefined;
  const prose: ProseChange[] = [];
  for (const [index, operation] of beforeOps.entries()) {
    const next = afterOps[index]!;
    const fields: ProseChange['fields'] = [];
    for (const field of PROSE) {
      const was = operation[field];
      const now = next[field];
      if (was === now) continue;
      // The merged document knows the operation by its position.
      if (!operation.source) return undefined;
      fields.push({ field, before: was, after: now });
    }
    if (fields.length > 0) prose.push({ source: operation.source!, fields });
  }
  const pairs: Array<[Source, Source]> = [];
  const walk: Walk = { file, pairs, operations: new Set(beforeOps), formats: [], descriptions: [], required: [], kinds: [] };
  if (!compare(before, after, walk, { data: false, key: '' })) return undefined;
  const positions = orderedMap(pairs);
  const descriptions = walk.descriptions.map((change) => withEntity(change, before.fragment?.schemas ?? []));
  const kinds = walk.kinds.map((change) => withEntity(change, before.fragment?.schemas ?? []));
  const required = walk.required.map((change) => withEntity(change, before.fragment?.schemas ?? []));
  return positions && { file, positions, prose, formats: walk.formats, descriptions, required, kinds };
}

/** The change with the named schema whose top-level property its row is, if any. */
function withEntity<T extends { source: Source; entity?: string }>(change: T, schemas: readonly NamedSchema[]): T {
  const key = positionKey(change.source);
  const named = schemas.find(
    ({ schema }) =>
      schema.kind === 'object' && schema.properties.some((property) => property.source && positionKey(property.source) === key),
  );
  return named ? { ...change, entity: named.name } : change;
}

interface Walk {
  file: string;
  pairs: Array<[Source, Source]>;
  formats: FormatChange[];
  descriptions: DescriptionChange[];
  required: RequiredChange[];
  kinds: KindChange[];
  /** The page's operations (last reading): only their prose may differ. */
  operations: ReadonlySet<object>;
}

interface At {
  /** Inside the docs' own JSON (sample values, defaults, extensions): compared as is. */
  data: boolean;
  key: string;
}

function compare(a: unknown, b: unknown, walk: Walk, at: At): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (!at.data && (at.key === 'source' || at.key === '') && isSource(a) && isSource(b)) {
    if (a.file !== walk.file || b.file !== walk.file) return false;
    walk.pairs.push([a, b]);
    return true;
  }
  if (Array.isArray(a)) {
    const list = b as unknown[];
    if (a.length !== list.length) return false;
    // Items of `sources`, `related`, `from` are positions (key ''); others are compared by index.
    const key = !at.data && POSITION_LISTS.has(at.key) ? '' : '[]';
    return a.every((item, index) => compare(item, list[index], walk, { data: at.data, key }));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const format = at.data ? undefined : formatChange(left, right);
  const kind = at.data || format ? undefined : kindChange(left, right);
  const description = at.data || walk.operations.has(left) ? undefined : descriptionChange(left, right);
  const required = at.data ? undefined : requiredChange(left, right);
  if (format || kind || description || required) {
    if (format) walk.formats.push(format);
    if (kind) walk.kinds.push(kind);
    if (description) walk.descriptions.push(description);
    if (required) walk.required.push(required);
    // The rest of the row compared as usual, the format, description and required flag aside.
    const blank = (row: Record<string, unknown>) => ({
      ...row,
      ...(format ? { schema: { ...(row.schema as object), format: '' } } : {}),
      ...(kind ? { schema: {} } : {}),
      ...(description ? { description: '' } : {}),
      ...(required ? { required: false } : {}),
    });
    return compare(blank(left), blank(right), walk, at);
  }
  // An operation's prose was compared apart (and may be there on one side only).
  const prose = walk.operations.has(left) ? (key: string) => !PROSE.includes(key as never) : () => true;
  const keys = Object.keys(left).filter(prose);
  const others = Object.keys(right).filter(prose);
  if (keys.length !== others.length) return false;
  return keys.every(
    (key, index) => others[index] === key && compare(left[key], right[key], walk, { data: at.data || isData(key, left), key }),
  );
}

/** The change of a row's format (a property or parameter with a position), the kind the same and both formats stated. */
function formatChange(left: Record<string, unknown>, right: Record<string, unknown>): FormatChange | undefined {
  if (typeof left.name !== 'string' || left.name !== right.name || !isSource(left.source)) return undefined;
  const was = left.schema as Record<string, unknown> | undefined;
  const now = right.schema as Record<string, unknown> | undefined;
  if (typeof was !== 'object' || was === null || typeof now !== 'object' || now === null) return undefined;
  const { kind, format: before } = was;
  const after = now.format;
  if (typeof kind !== 'string' || kind !== now.kind || !FORMATTED.has(kind)) return undefined;
  if (typeof before !== 'string' || typeof after !== 'string' || before === after) return undefined;
  return { source: left.source, name: left.name, kind, before, after };
}

/** The change of a row's scalar kind (a property or parameter with a position), its schema a kind and a format alone on both sides. */
function kindChange(left: Record<string, unknown>, right: Record<string, unknown>): KindChange | undefined {
  if (typeof left.name !== 'string' || left.name !== right.name || !isSource(left.source)) return undefined;
  const before = scalarType(left.schema);
  const after = scalarType(right.schema);
  if (!before || !after || before.kind === after.kind) return undefined;
  // The new type as the reader wrote it (its keys' order is a cold run's).
  return { source: left.source, name: left.name, before, after: { ...(right.schema as ScalarType) } };
}

function scalarType(value: unknown): ScalarType | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { kind, format, ...rest } = value as Record<string, unknown>;
  if (typeof kind !== 'string' || !SCALAR.has(kind) || Object.keys(rest).length > 0) return undefined;
  if (format === undefined) return { kind };
  return typeof format === 'string' ? { kind, format } : undefined;
}

/** The change of a row's description (a property, parameter or header with a position), stated on both sides. */
function descriptionChange(left: Record<string, unknown>, right: Record<string, unknown>): DescriptionChange | undefined {
  if (typeof left.name !== 'string' || left.name !== right.name || !isSource(left.source) || !('schema' in left)) return undefined;
  const { description: before } = left;
  const { description: after } = right;
  if (typeof before !== 'string' || typeof after !== 'string' || !before || !after || before === after) return undefined;
  return { source: left.source, name: left.name, before, after };
}

/** The change of a row's required flag (a property, parameter or header with a position). */
function requiredChange(left: Record<string, unknown>, right: Record<string, unknown>): RequiredChange | undefined {
  if (typeof left.name !== 'string' || left.name !== right.name || !isSource(left.source) || !('schema' in left)) return undefined;
  const { required: before } = left;
  const { required: after } = right;
  if (typeof before !== 'boolean' || typeof after !== 'boolean' || before === after) return undefined;
  return { source: left.source, name: left.name, before, after };
}

/** Keys whose values are the docs' own JSON: sample values, constants, defaults, schema examples, extensions. */
function isData(key: string, parent: Record<string, unknown>): boolean {
  return key === 'value' || key === 'default' || key === 'extensions' || (key === 'examples' && 'kind' in parent);
}

/**
 * The map of last positions to new ones, if it keeps every comparison the merge makes of them:
 * their order by start offset (ties included), and which of them are the same place.
 */
function orderedMap(pairs: ReadonlyArray<[Source, Source]>): Map<string, Source> | undefined {
  const map = new Map<string, Source>();
  const moves: Array<[Source, Source]> = [];
  for (const [before, after] of pairs) {
    const key = positionKey(before);
    const known = map.get(key);
    if (known) {
      if (positionKey(known) !== positionKey(after)) return undefined;
      continue;
    }
    map.set(key, after);
    moves.push([before, after]);
  }
  moves.sort(([x], [y]) => x.start.offset - y.start.offset || x.end.offset - y.end.offset);
  const place = (source: Source) => `${source.start.offset}:${source.end.offset}`;
  const places = new Map<string, string>();
  const reached = new Set<string>();
  for (const [index, [before, after]] of moves.entries()) {
    const known = places.get(place(before));
    if (known === undefined) {
      if (reached.has(place(after))) return undefined;
      places.set(place(before), place(after));
      reached.add(place(after));
    } else if (known !== place(after)) return undefined;
    if (index === 0) continue;
    const [previousBefore, previousAfter] = moves[index - 1]!;
    if (Math.sign(before.start.offset - previousBefore.start.offset) !== Math.sign(after.start.offset - previousAfter.start.offset))
      return undefined;
  }
  return map;
}

function isPoint(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const { line, column, offset } = value as Record<string, unknown>;
  return typeof line === 'number' && typeof column === 'number' && typeof offset === 'number' && Object.keys(value).length === 3;
}
