/**
 * Pieces of the last run's outputs that a full run takes as they are. A piece renders one merged
 * item in a context — the component keys (openapi.json), the type names and the lowering
 * (types.ts), and for schemas.ts also the reference cycles — and its renderer reads nothing
 * else, so when neither the item (the hash of its JSON, run/cache/merged-store.ts) nor the context
 * changed, its text is the last one. A run that retyped one table row then renders the items
 * that row reaches, not the whole reference. (zod's operation parts are always rendered: which
 * of them alias another depends on every earlier part.)
 *
 * A context that gained or lost a name still renders the unchanged items as before where every
 * name they can refer to reads the same (`sameKeys`, `sameTypeNames`, `sameCycles`): a run whose
 * samples stopped fitting an entity, so that their items became a new named type, takes every
 * piece but those the new type reaches. Likewise an operation only one run has (a page added or
 * removed): the pieces of the others are taken where every operation both runs have keeps its
 * names (an operation's pieces refer to its own names alone).
 */

import type { Lowering } from '../lower/index.js';
import type { OutputLayout } from './layout.js';
import type { EmitNames, OperationNames } from './shared/naming.js';
import type { KeptRange } from './shared/piece-text.js';

export interface LastOutputs {
  layout: OutputLayout;
  /** Output path → the last run's bytes of it, held in memory. */
  bytes?: ReadonlyMap<string, Uint8Array>;
  /**
   * Output path → the file the cache keeps the last run's output in: its pieces are taken as ranges
   * of it (`KeptRange`), and the new output is that file with the rest replaced, none of it read.
   */
  files?: ReadonlyMap<string, LastFile>;
  /** Whether the merged item with this key (`path:/a`, `schema:A`) is the same as in the last run. */
  unchanged: (itemKey: string) => boolean;
}

/** A file of the last outputs: its path, its size (the layout's length) and a reader of its ranges. */
export interface LastFile {
  file: string;
  size: number;
  read(start: number, end: number): Uint8Array;
}

/** Piece key → the last bytes of that piece (or their range of the last output's file), when they can be taken as they are. */
export type Reuse = (pieceKey: string) => Uint8Array | KeptRange | undefined;

/** openapi.json's pieces: Path Items and component schemas, keyed as the merged items are. */
export function openApiReuse(last: LastOutputs, keys: ReadonlyMap<string, string>): Reuse | undefined {
  const lastKeys = last.layout.openapi?.keys;
  if (!lastKeys || !sameKeys(lastKeys, keys)) return undefined;
  return pieces(last, 'openapi.json', (key) => key);
}

/**
 * types.ts's pieces: a named schema (or one of its read/write variants), an operation's declarations and its `operations` member.
 * `keys`: this run's component keys of openapi.json (what tells that no unchanged item refers to a name only one run declares).
 */
export function typesReuse(
  last: LastOutputs,
  names: EmitNames,
  lowering: Lowering,
  paths: ReadonlyMap<string, string>,
  keys?: ReadonlyMap<string, string>,
): Reuse | undefined {
  if (!sameCode(last, names, lowering, keys)) return undefined;
  return pieces(last, 'types.ts', itemOfCode(lowering, paths));
}

/** schemas.ts's named schema consts (their reference cycles decide `z.lazy` and annotations, the file's const count their form). */
export function zodReuse(
  last: LastOutputs,
  names: EmitNames,
  lowering: Lowering,
  cycles: { recursive: ReadonlySet<string>; component: ReadonlyMap<string, number>; functionForm: boolean },
  keys?: ReadonlyMap<string, string>,
): Reuse | undefined {
  const zod = last.layout.zod;
  if (!zod || zod.functionForm !== cycles.functionForm) return undefined;
  if (!sameCode(last, names, lowering, keys) || !sameCycles(zod.component, cycles.component)) return undefined;
  if (zod.recursive.size !== cycles.recursive.size || [...zod.recursive].some((name) => !cycles.recursive.has(name))) return undefined;
  const item = itemOfCode(lowering, new Map());
  return pieces(last, 'schemas.ts', (key) => (key.startsWith('schema:') ? item(key) : undefined));
}

function pieces(last: LastOutputs, output: string, itemOf: (pieceKey: string) => string | undefined): Reuse | undefined {
  const bytes = last.bytes?.get(output);
  const file = last.files?.get(output);
  const ranges = last.layout.pieces.get(output)?.ranges;
  if ((!bytes && !file) || !ranges) return undefined;
  return (key) => {
    const item = itemOf(key);
    const range = ranges.get(key);
    if (item === undefined || range?.length !== 1 || !last.unchanged(item)) return undefined;
    const [start, end] = range[0]!;
    return bytes ? bytes.subarray(start, end) : keptRange(file!, start, end);
  };
}

/** The piece at [start, end) of a last output's file, as a range of it. */
function keptRange(last: LastFile, start: number, end: number): KeptRange {
  return {
    file: last.file,
    size: last.size,
    start,
    end,
    endsWithNewline: () => end > start && last.read(end - 1, end)[0] === 0x0a,
    bytes: () => last.read(start, end),
  };
}

/** The merged item a piece of types.ts or schemas.ts renders: a variant's named schema, an operation's Path Item. */
function itemOfCode(lowering: Lowering, paths: ReadonlyMap<string, string>): (pieceKey: string) => string | undefined {
  const original = new Map<string, string>();
  for (const renames of [lowering.renames.request, lowering.renames.response])
    for (const [name, variant] of renames) original.set(variant, name);
  return (key) => {
    if (key.startsWith('schema:')) {
      const name = key.slice('schema:'.length);
      return `schema:${original.get(name) ?? name}`;
    }
    const id = key.startsWith('op:') ? key.slice('op:'.length) : key.startsWith('entry:') ? key.slice('entry:'.length) : undefined;
    const path = id === undefined ? undefined : paths.get(id);
    return path === undefined ? undefined : `path:${path}`;
  };
}

function sameCode(last: LastOutputs, names: EmitNames, lowering: Lowering, keys: ReadonlyMap<string, string> | undefined): boolean {
  const code = last.layout.code;
  if (!code || code.lowering.narrowed || lowering.narrowed) return false;
  const { renames } = code.lowering;
  return (
    sameEntries(renames.request, lowering.renames.request) &&
    sameEntries(renames.response, lowering.renames.response) &&
    sameTypeNames(code.names.types, names.types, last.layout.openapi?.keys, keys) &&
    [...names.operations].every(([id, parts]) => {
      const was = code.names.operations.get(id);
      return was === undefined || sameOperationNames(was, parts);
    })
  );
}

function sameOperationNames(a: OperationNames, b: OperationNames): boolean {
  const { statuses: aStatuses, ...aNames } = a;
  const { statuses: bStatuses, ...bNames } = b;
  const keys = Object.keys(aNames) as Array<keyof typeof aNames>;
  return (
    keys.length === Object.keys(bNames).length && keys.every((key) => aNames[key] === bNames[key]) && sameEntries(aStatuses, bStatuses)
  );
}

/**
 * The component keys of two runs give every name the same `$ref` (schema.ts `refOf`: a name
 * without a key is its own): a name one run lacks is keyed as itself in the other.
 */
function sameKeys(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  for (const [name, key] of a) if ((b.get(name) ?? name) !== key) return false;
  for (const [name, key] of b) if ((a.get(name) ?? name) !== key) return false;
  return true;
}

/**
 * Every name an unchanged item can refer to has the same type name in both runs. A name both
 * declare must have the same; one only a run declares is one no item of the other run refers to:
 * the other run's component keys (openapi.json's, `lastKeys` and `keys`) hold every name its
 * document refers to (schema-refs.ts), and an unchanged item refers to the same names in both. A
 * name in a ref that neither declares renders `unknown` in both. Without both runs' keys (no
 * openapi.json), the names must be the same.
 */
function sameTypeNames(
  last: ReadonlyMap<string, string>,
  now: ReadonlyMap<string, string>,
  lastKeys: ReadonlyMap<string, string> | undefined,
  keys: ReadonlyMap<string, string> | undefined,
): boolean {
  if (last.size === now.size && sameEntries(last, now)) return true;
  if (!lastKeys || !keys) return false;
  for (const [name, type] of last) {
    const current = now.get(name);
    if (current === undefined ? keys.has(name) : current !== type) return false;
  }
  for (const name of now.keys()) if (!last.has(name) && lastKeys.has(name)) return false;
  return true;
}

/**
 * The names both runs declare are in the same reference cycles as one another (a const renders a
 * ref as `z.lazy` by whether the two are in one cycle, declarations.ts): the cycles' numbers,
 * which a name more or less shifts, map one to one. An unchanged const refers to names both runs
 * declare only (`sameTypeNames`).
 */
function sameCycles(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  const forth = new Map<number, number>();
  const back = new Map<number, number>();
  for (const [name, cycle] of a) {
    const other = b.get(name);
    if (other === undefined) continue;
    if ((forth.get(cycle) ?? other) !== other || (back.get(other) ?? cycle) !== cycle) return false;
    forth.set(cycle, other);
    back.set(other, cycle);
  }
  return true;
}

function sameEntries<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}
