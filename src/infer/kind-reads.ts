/**
 * What sample inference read of the documented rows' kinds (`int32` is an integer, `string` a
 * string): recorded by a full merge, kept by the cache, so that a later run in which one row's kind
 * changed (`int32` → `double`) can tell whether the merge would read it otherwise
 * (run/cache/patch-kinds.ts). Beyond the row's own node, sample inference reads a kind
 *
 * - when a sample's value is walked down to the row (sample-walk.ts): a value of a JSON type the
 *   kind does not accept is a `sample-type-mismatch`, whose message names the kind;
 * - when a shape is matched with a documented entity (documented-match.ts `fits`): the entity fits
 *   only where each key's values are of JSON types its property's kind accepts;
 * - by property name, through the property hints (property-hints.ts): `FormatReads.hints`.
 *
 * The first two are recorded per schema node as the JSON types of the values compared with it, the
 * walk's apart from the matches' (`FIT`): the kind of a row whose values are all of types both its
 * old and its new kind accept reads the same to them. Kept by the row's entity and name
 * (`Entity\0Property`, top-level properties of named schemas: what sample inference walks into),
 * which no edit of text above or below moves.
 *
 * Where the walk's values are of a type one of the kinds refuses, only the messages change: a
 * full merge also keeps, for each such row and JSON type, what the `sample-type-mismatch` a kind
 * refusing them says (`KindWalks`: the places' labels with the least value shown at each, and the
 * samples), so that the patch can give the diagnostics a cold run gives (run/cache/patch-kinds.ts).
 */
import { compareSources, type Source } from '../ir/source.js';
import type { ApiDocument, JsonValue, Schema } from '../ir/types.js';

/** JSON types as bits: what values a row's kind was compared with. */
const BOOLEAN = 1;
const INTEGER = 2;
const NUMBER = 4;
const STRING = 8;
const ARRAY = 16;
const OBJECT = 32;

/** A match's reads sit above the walk's: `types << FIT`. */
const FIT = 6;
const TYPES = (1 << FIT) - 1;

/** The JSON types of the values compared with each schema node's kind, as bits (the walk's, then the matches' `<< FIT`). */
export type KindReads = Map<Schema, number>;

/** Records that `schema`'s kind was compared with values of the JSON types `types` (bits); `fit`: by a match (documented-match.ts). */
export function recordKindRead(reads: KindReads | undefined, schema: Schema, types: number, fit = false): void {
  if (reads) reads.set(schema, (reads.get(schema) ?? 0) | (fit ? types << FIT : types));
}

/** The JSON types of the values a sample's walk compared with the row (the reads' low bits). */
export function walkedTypes(bits: number): number {
  return bits & TYPES;
}

/** The JSON types of the values a match compared with the row. */
export function fittedTypes(bits: number): number {
  return (bits >> FIT) & TYPES;
}

/** The values of one JSON type a walk compared with a scalar node: the least shown at each label, and the samples. */
interface WalkedType {
  labels: Map<string, string>;
  /** By file and start offset (how a finding tells its samples apart). */
  sources: Map<string, Source>;
  /** Two samples at one start with different ends: a finding keeps the first walked, which the store cannot tell. */
  clash: boolean;
}

/** The values each scalar node was walked with, by JSON type (bit). */
export type KindWalks = Map<Schema, Map<number, WalkedType>>;

/** Records that a walk compared `value` (shown as `shown`) at `label`, from the sample at `source`, with `schema`'s kind. */
export function recordKindWalk(
  walks: KindWalks | undefined,
  schema: Schema,
  value: JsonValue,
  shown: () => string,
  label: string,
  source: Source,
): void {
  if (!walks || value === null) return;
  const type = valueType(value);
  let types = walks.get(schema);
  if (!types) {
    types = new Map();
    walks.set(schema, types);
  }
  let walked = types.get(type);
  if (!walked) {
    walked = { labels: new Map(), sources: new Map(), clash: false };
    types.set(type, walked);
  }
  const text = shown();
  const least = walked.labels.get(label);
  if (least === undefined || text < least) walked.labels.set(label, text);
  const key = `${source.file}\0${source.start.offset}`;
  const known = walked.sources.get(key);
  if (!known) walked.sources.set(key, source);
  else if (known.end.offset !== source.end.offset) walked.clash = true;
}

/** The kind walks as the store keeps them (see `storedKindWalks`). */
export interface StoredKindWalks {
  files: string[];
  /** The samples the rows name, each once: file (index), start line, column, offset, end line, column, offset. */
  samples: number[][];
  /** `Entity\0Property` → its walked values by JSON type; null where the store cannot say what a finding there would hold. */
  rows: Record<string, StoredKindWalk[] | null>;
}

/** One JSON type's walked values at a row. */
export interface StoredKindWalk {
  /** The JSON type, as a bit. */
  type: number;
  /** Label → the least value shown there (`an integer (855)`); a string: the one label, the row's own (`Entity.Property`). */
  shown: string | Record<string, string>;
  /** How many samples (each place once). */
  count: number;
  /** The first `MAX_SHOWN` of them, sorted: indexes into `samples`. */
  at: number[];
}

/** The samples a finding names: its first and ten related (fill-from-samples.ts). */
const MAX_SHOWN = 11;

/**
 * The walks of `walks` at top-level properties of the document's named objects, by
 * `Entity\0Property`: null where two nodes are under one key or samples clash.
 */
export function storedKindWalks(walks: KindWalks, document: ApiDocument): StoredKindWalks {
  const out: StoredKindWalks = { files: [], samples: [], rows: {} };
  if (walks.size === 0) return out;
  const files = new Map<string, number>();
  const samples = new Map<string, number>();
  const sampleIndex = (source: Source): number => {
    let file = files.get(source.file);
    if (file === undefined) {
      file = out.files.length;
      files.set(source.file, file);
      out.files.push(source.file);
    }
    const { start, end } = source;
    const sample = [file, start.line, start.column, start.offset, end.line, end.column, end.offset];
    const key = sample.join(' ');
    let index = samples.get(key);
    if (index === undefined) {
      index = out.samples.length;
      out.samples.push(sample);
      samples.set(key, index);
    }
    return index;
  };
  for (const { key, own, value: types } of namedProperties(document, walks)) {
    if (key in out.rows || [...types.values()].some((walked) => walked.clash)) {
      out.rows[key] = null;
      continue;
    }
    out.rows[key] = [...types]
      .sort(([a], [b]) => a - b)
      .map(([type, walked]) => {
        const sources = [...walked.sources.values()].sort(compareSources);
        const labels = [...walked.labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const shown = labels.length === 1 && labels[0]![0] === own ? labels[0]![1] : Object.fromEntries(labels);
        return { type, shown, count: sources.length, at: sources.slice(0, MAX_SHOWN).map(sampleIndex) };
      });
  }
  return out;
}

/** The sample `index` of the walks. */
export function walkedSample(walks: StoredKindWalks, index: number): Source {
  const [file, startLine, startColumn, startOffset, endLine, endColumn, endOffset] = walks.samples[index]!;
  return {
    file: walks.files[file!]!,
    start: { line: startLine!, column: startColumn!, offset: startOffset! },
    end: { line: endLine!, column: endColumn!, offset: endOffset! },
  };
}

/** Puts `source` in the walks as sample `index` (a sample moved with its page). */
export function moveWalkSample(walks: StoredKindWalks, index: number, source: Source): void {
  const { start, end } = source;
  walks.samples[index] = [walks.samples[index]![0]!, start.line, start.column, start.offset, end.line, end.column, end.offset];
}

/** The JSON type of a sample value, as a bit (null: none, it fits any kind). */
export function valueType(value: JsonValue): number {
  if (value === null) return 0;
  if (Array.isArray(value)) return ARRAY;
  if (typeof value === 'object') return OBJECT;
  if (typeof value === 'number') return Number.isInteger(value) ? INTEGER : NUMBER;
  return typeof value === 'string' ? STRING : BOOLEAN;
}

/** The bits of JSON type names (`fits`' kinds). */
export function typeBits(kinds: readonly string[]): number {
  let bits = 0;
  for (const kind of kinds) bits |= TYPE_BITS[kind] ?? 0;
  return bits;
}

const TYPE_BITS: Readonly<Record<string, number>> = {
  boolean: BOOLEAN,
  integer: INTEGER,
  number: NUMBER,
  string: STRING,
  array: ARRAY,
  object: OBJECT,
};

/** The JSON types a scalar kind accepts, as bits (0: not a scalar kind). */
export function acceptedTypes(kind: string): number {
  switch (kind) {
    case 'string':
      return STRING;
    case 'integer':
      return INTEGER;
    case 'number':
      return INTEGER | NUMBER;
    case 'boolean':
      return BOOLEAN;
    default:
      return 0;
  }
}

/**
 * The reads of `reads` at top-level properties of the document's named objects, by
 * `Entity\0Property`: the form the cache keeps (a node elsewhere is no row a kind patch places).
 */
export function storedKindReads(reads: KindReads, document: ApiDocument): Record<string, number> {
  const out: Record<string, number> = {};
  if (reads.size === 0) return out;
  for (const { key, value: types } of namedProperties(document, reads)) out[key] = (out[key] ?? 0) | types;
  return out;
}

/**
 * Each top-level property of the document's named objects whose node `byNode` holds a value for:
 * its `Entity\0Property` key, its `Entity.Property` label and that value, in the document's order.
 */
function* namedProperties<T>(document: ApiDocument, byNode: ReadonlyMap<Schema, T>): Generator<{ key: string; own: string; value: T }> {
  for (const { name, schema } of document.schemas) {
    if (schema.kind !== 'object') continue;
    for (const property of schema.properties) {
      const value = byNode.get(property.schema);
      if (value !== undefined) yield { key: kindReadKey(name, property.name), own: `${name}.${property.name}`, value };
    }
  }
}

export function kindReadKey(entity: string, property: string): string {
  return `${entity}\0${property}`;
}
