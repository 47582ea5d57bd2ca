/**
 * A row's scalar kind changed (`int32` → `double`, `bool` → `string`: page-delta.ts) carried into
 * the last run's merged items, where nothing but the row's own merged node reads it. What the merge
 * and the emitters read of a row's kind beyond the row:
 *
 * - a name several tables define: its rows fall into families of compatible types, the largest
 *   wins (unify-entities.ts, table-conflicts.ts; `StoredFormatReads.shared`);
 * - a request body compared with an entity: the body becomes its ref when their types agree
 *   (request-bodies.ts; `compared`);
 * - property hints: a vote per property name, of which sample inference reads some (`hints`);
 * - sample inference: a sample's value walked down to the row is checked against its kind (a
 *   `sample-type-mismatch` names it), and a shape fits an entity only where each key's values are
 *   of types the property's kind accepts (documented-match.ts): the JSON types of the values
 *   compared with each row, kept by the store apart from the index (infer/kind-reads.ts);
 * - two pages documenting one route: the first's parameter is kept (same-route.ts; the cache's `sameRoute`);
 * - zod's discriminated unions: a variant's discriminator must be a literal (emit/zod/kinds/union.ts),
 *   and no scalar kind is one.
 *
 * So the new type is placed in a top-level property of a named schema no other table defines and
 * no body was compared with, whose name no hint was looked up for, and every value a match
 * compared with which both the old and the new kind accept (then no fit changes); or in a
 * parameter of an operation no other page documents. Where a sample's value walked down to the
 * row fails one kind and not the other (`int32` → `string` beside a sample's `855`), only the
 * row's `sample-type-mismatch`es change: they are given for the old kind from the store's kind
 * walks (what a mismatch at the row says: its labels, the least value shown at each, its samples)
 * and must be among the last run's diagnostics, then taken out and given for the new kind, placed
 * where sample inference reports them (`patchKindFindings`). Rendering the patched items proves the
 * rest (emit/item-pieces.ts). Anything else is merged again.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { compareFindings, findingDiagnostic } from '../../infer/fill-from-samples.js';
import {
  acceptedTypes,
  fittedTypes,
  kindReadKey,
  type StoredKindWalk,
  type StoredKindWalks,
  walkedSample,
  walkedTypes,
} from '../../infer/kind-reads.js';
import { mismatchMessage, scalarExpected } from '../../infer/sample-walk.js';
import { compareSources, type Source } from '../../ir/source.js';
import type { Parameter, Property, Schema } from '../../ir/types.js';
import { itemValue, type MergedItem, type StoredFormatReads } from './merged-store.js';
import { type KindChange, type PageDelta, positionKey, type ScalarType } from './page-delta.js';
import { type Hit, rowsIn } from './patch-merged.js';

/** The store's reads a kind patch checks: the index's, the kind reads it keeps apart (undefined: none kept) and, where needed, the kind walks. */
export interface KindPatchReads {
  formats: StoredFormatReads | undefined;
  kinds: Readonly<Record<string, number>> | undefined;
  walks?: StoredKindWalks | undefined;
}

/** What the kind changes change in the last run's diagnostics and format reads. */
export interface KindFindings {
  /** The rows' mismatches under the old kinds, to be taken out. */
  remove: Diagnostic[];
  /** Under the new kinds, to be put in. */
  add: Diagnostic[];
  /** `positionKey`s of rows whose new format a mismatch quotes. */
  quoted: string[];
}

/** Applies the deltas' kind changes to `items` in place (before their positions move); undefined when one cannot be placed. */
export function placeKinds(
  items: readonly MergedItem[],
  deltas: readonly PageDelta[],
  sameRoute: ReadonlySet<string>,
  reads: KindPatchReads,
): KindFindings | undefined {
  const findings: KindFindings = { remove: [], add: [], quoted: [] };
  const changes = new Map(deltas.flatMap((delta) => delta.kinds.map((change) => [positionKey(change.source), change] as const)));
  if (changes.size === 0) return findings;
  const { formats, kinds } = reads;
  if (!formats?.typed || !kinds) return undefined;
  for (const change of changes.values()) if (formats.hints.includes(change.name)) return undefined;
  const found = new Map<KindChange, Property | Parameter>();
  const stale = new Set(formats.walkStale);
  for (const item of items) {
    const hits: Array<Hit<KindChange>> = [];
    rowsIn(itemValue(item), changes, hits, false, '');
    for (const { wanted, row } of hits) {
      if (found.has(wanted) || !ownRow(item, row, wanted, sameRoute, reads, stale, findings)) return undefined;
      found.set(wanted, row);
    }
  }
  if (found.size !== changes.size) return undefined;
  for (const [change, row] of found) {
    if (!sameType(row.schema, change.before)) return undefined;
    row.schema = { ...change.after } as Schema;
  }
  return findings;
}

/**
 * False when a kind change cannot be patched, as far as the kind reads alone tell (none kept, or
 * values a match compared with the row that one of its kinds refuses): checked before anything
 * else of the last run is loaded, so a change that takes the long way costs it little more than
 * before. `'walks'`: values a sample's walk compared with the row that one of its kinds refuses,
 * whose messages the kind walks give.
 */
export function kindsMayPatch(deltas: readonly PageDelta[], kinds: Readonly<Record<string, number>> | undefined): boolean | 'walks' {
  const changes = deltas.flatMap((delta) => delta.kinds);
  if (changes.length === 0) return true;
  if (!kinds) return false;
  let walks = false;
  for (const change of changes) {
    if (change.entity === undefined) continue;
    const bits = kinds[kindReadKey(change.entity, change.name)] ?? 0;
    if ((fittedTypes(bits) & ~bothAccept(change)) !== 0) return false;
    if ((walkedTypes(bits) & ~bothAccept(change)) !== 0) walks = true;
  }
  return walks ? 'walks' : true;
}

/** The JSON types both the old and the new kind accept, as bits. */
function bothAccept(change: KindChange): number {
  return acceptedTypes(change.before.kind) & acceptedTypes(change.after.kind);
}

/** The row is one whose merged node alone reads its kind, or whose mismatches `findings` now holds (see above). */
function ownRow(
  item: MergedItem,
  row: Property | Parameter,
  change: KindChange,
  sameRoute: ReadonlySet<string>,
  { formats, kinds, walks }: KindPatchReads,
  stale: ReadonlySet<string>,
  findings: KindFindings,
): boolean {
  const quoted = formats!.quoted.includes(positionKey(change.source));
  if ('schema' in item) {
    const { name, schema } = item.schema;
    if (schema.kind !== 'object' || !schema.properties.includes(row as Property)) return false;
    if (formats!.shared.includes(name) || formats!.compared.includes(name)) return false;
    const key = kindReadKey(name, row.name);
    const bits = kinds![key] ?? 0;
    // Every value a match compared with the row is of a type both kinds accept: no fit changes.
    if ((fittedTypes(bits) & ~bothAccept(change)) !== 0) return false;
    // Every value a walk compared with it likewise (no finding changes), or the walks say what changes.
    if ((walkedTypes(bits) & ~bothAccept(change)) === 0 && !quoted) return true;
    const walked = walks?.rows[key];
    return walked != null && rowFindings(walks!, walked, `${name}.${row.name}`, change, stale, findings);
  }
  if (!('operations' in item) || quoted) return false;
  const holder = item.operations.find((operation) => operation.parameters.includes(row as Parameter));
  return holder?.source !== undefined && !sameRoute.has(positionKey(holder.source));
}

/**
 * The row's mismatches under its old kind (into `remove`) and its new one (`add`), each JSON type
 * of the values walked to it that a kind refuses giving one (sample-walk.ts `mismatch`): its
 * message the least of its labels' (each with the least value shown there), at its first sample.
 * False when a sample of one is in a file whose places in the walks are stale.
 */
function rowFindings(
  walks: StoredKindWalks,
  walked: readonly StoredKindWalk[],
  own: string,
  change: KindChange,
  stale: ReadonlySet<string>,
  findings: KindFindings,
): boolean {
  const give = (walk: StoredKindWalk, sources: Source[], type: ScalarType): Diagnostic => {
    const expected = scalarExpected(type);
    const labels = typeof walk.shown === 'string' ? [[own, walk.shown] as const] : Object.entries(walk.shown);
    // The least message, as sample inference keeps (code unit order, as `<` compares).
    const message = labels.map(([label, shown]) => mismatchMessage(label, expected, shown)).sort()[0]!;
    return findingDiagnostic('sample-type-mismatch', message, sources, walk.count);
  };
  for (const walk of walked) {
    const old = (acceptedTypes(change.before.kind) & walk.type) === 0;
    const now = (acceptedTypes(change.after.kind) & walk.type) === 0;
    if (!old && !now) continue;
    const sources = walk.at.map((index) => walkedSample(walks, index));
    if (
      sources.length === 0 ||
      sources.some((source) => stale.has(source.file)) ||
      (typeof walk.shown !== 'string' && Object.keys(walk.shown).length === 0)
    )
      return false;
    if (old) findings.remove.push(give(walk, sources, change.before));
    if (now) {
      findings.add.push(give(walk, sources, change.after));
      const { kind, format } = change.after;
      if ((kind === 'integer' && format !== undefined) || (kind === 'string' && format)) findings.quoted.push(positionKey(change.source));
    }
  }
  return true;
}

const SAMPLE_CODES = new Set(['sample-unknown-property', 'sample-type-mismatch']);
/** The count a finding's message ends with (fill-from-samples.ts `findingDiagnostic`). */
const MORE = / \(and \d+ more samples?\)$/;

/**
 * The diagnostics with `findings` applied: each removed one found among the findings sample
 * inference reported (a contiguous run, in `compareFindings` order) and taken out, each added one
 * put in its place in that order. Undefined when a removed one is not there, or an added one
 * orders the same as one there (sample inference would order them by what the store does not keep).
 */
export function patchKindFindings(diagnostics: readonly Diagnostic[], findings: KindFindings): Diagnostic[] | undefined {
  if (findings.remove.length === 0 && findings.add.length === 0) return [...diagnostics];
  const first = diagnostics.findIndex((diagnostic) => SAMPLE_CODES.has(diagnostic.code));
  const start = first < 0 ? diagnostics.length : first;
  let end = start;
  while (end < diagnostics.length && SAMPLE_CODES.has(diagnostics[end]!.code)) end++;
  if (diagnostics.slice(end).some((diagnostic) => SAMPLE_CODES.has(diagnostic.code))) return undefined;
  const block = diagnostics.slice(start, end);
  for (const gone of findings.remove) {
    const index = block.findIndex((diagnostic) => sameDiagnostic(diagnostic, gone));
    if (index < 0) return undefined;
    block.splice(index, 1);
  }
  for (const added of findings.add) {
    let index = 0;
    while (index < block.length) {
      const order = compareReported(added, block[index]!);
      if (order === 0) return undefined;
      if (order < 0) break;
      index++;
    }
    block.splice(index, 0, added);
  }
  return [...diagnostics.slice(0, start), ...block, ...diagnostics.slice(end)];
}

/** Two reported findings in the order sample inference reported them (by the messages without their counts). */
function compareReported(a: Diagnostic, b: Diagnostic): number {
  const finding = (d: Diagnostic) => ({ code: d.code, message: d.message.replace(MORE, ''), sources: [d.source] });
  return compareFindings(finding(a), finding(b));
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  const related = (d: Diagnostic) => d.related ?? [];
  return (
    a.code === b.code &&
    a.severity === b.severity &&
    a.message === b.message &&
    samePlace(a.source, b.source) &&
    related(a).length === related(b).length &&
    related(a).every((source, index) => samePlace(source, related(b)[index]!))
  );
}

function samePlace(a: Source, b: Source): boolean {
  return compareSources(a, b) === 0 && positionKey(a) === positionKey(b);
}

/** The merged row's type is the one the page gave it: its kind and format, nothing else. */
function sameType(schema: Schema, type: ScalarType): boolean {
  const { kind, format, ...rest } = schema as Schema & { format?: string };
  return kind === type.kind && format === type.format && Object.keys(rest).length === 0;
}
