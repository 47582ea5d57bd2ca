/**
 * Pieces of the last run's outputs that a full run takes as they are. A piece renders one merged
 * item in a context — the component keys (openapi.json), the type names and the lowering
 * (types.ts), and for schemas.ts also the reference cycles — and its renderer reads nothing
 * else, so when neither the item (the hash of its JSON, run/cache/merged-store.ts) nor the context
 * changed, its text is the last one. A run that retyped one table row then renders the items
 * that row reaches, not the whole reference. (zod's operation parts are always rendered: which
 * of them alias another depends on every earlier part.)
 */

import type { Lowering } from '../lower/index.js';
import type { OutputLayout } from './layout.js';
import type { EmitNames, OperationNames } from './shared/naming.js';

export interface LastOutputs {
  layout: OutputLayout;
  /** Output path → the last run's bytes of it. */
  bytes: ReadonlyMap<string, Uint8Array>;
  /** Whether the merged item with this key (`path:/a`, `schema:A`) is the same as in the last run. */
  unchanged: (itemKey: string) => boolean;
}

/** Piece key → the last bytes of that piece, when they can be taken as they are. */
export type Reuse = (pieceKey: string) => Uint8Array | undefined;

/** openapi.json's pieces: Path Items and component schemas, keyed as the merged items are. */
export function openApiReuse(last: LastOutputs, keys: ReadonlyMap<string, string>): Reuse | undefined {
  const lastKeys = last.layout.openapi?.keys;
  if (!lastKeys || !sameEntries(lastKeys, keys)) return undefined;
  return pieces(last, 'openapi.json', (key) => key);
}

/** types.ts's pieces: a named schema (or one of its read/write variants), an operation's declarations and its `operations` member. */
export function typesReuse(last: LastOutputs, names: EmitNames, lowering: Lowering, paths: ReadonlyMap<string, string>): Reuse | undefined {
  if (!sameCode(last, names, lowering)) return undefined;
  return pieces(last, 'types.ts', itemOfCode(lowering, paths));
}

/** schemas.ts's named schema consts (their reference cycles decide `z.lazy` and annotations, the file's const count their form). */
export function zodReuse(
  last: LastOutputs,
  names: EmitNames,
  lowering: Lowering,
  cycles: { recursive: ReadonlySet<string>; component: ReadonlyMap<string, number>; functionForm: boolean },
): Reuse | undefined {
  const zod = last.layout.zod;
  if (!zod || zod.functionForm !== cycles.functionForm) return undefined;
  if (!sameCode(last, names, lowering) || !sameEntries(zod.component, cycles.component)) return undefined;
  if (zod.recursive.size !== cycles.recursive.size || [...zod.recursive].some((name) => !cycles.recursive.has(name))) return undefined;
  const item = itemOfCode(lowering, new Map());
  return pieces(last, 'schemas.ts', (key) => (key.startsWith('schema:') ? item(key) : undefined));
}

function pieces(last: LastOutputs, output: string, itemOf: (pieceKey: string) => string | undefined): Reuse | undefined {
  const bytes = last.bytes.get(output);
  const ranges = last.layout.pieces.get(output)?.ranges;
  if (!bytes || !ranges) return undefined;
  return (key) => {
    const item = itemOf(key);
    const range = ranges.get(key);
    if (item === undefined || range?.length !== 1 || !last.unchanged(item)) return undefined;
    return bytes.subarray(range[0]![0], range[0]![1]);
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

function sameCode(last: LastOutputs, names: EmitNames, lowering: Lowering): boolean {
  const code = last.layout.code;
  if (!code || code.lowering.narrowed || lowering.narrowed) return false;
  const { renames } = code.lowering;
  return (
    sameEntries(renames.request, lowering.renames.request) &&
    sameEntries(renames.response, lowering.renames.response) &&
    sameEntries(code.names.types, names.types) &&
    code.names.operations.size === names.operations.size &&
    [...names.operations].every(([id, parts]) => {
      const was = code.names.operations.get(id);
      return was !== undefined && sameOperationNames(was, parts);
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

function sameEntries<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}
