/**
 * What the merge read of the documented rows' formats (`int32`, `date-time`) beyond the row
 * itself: recorded by a full merge, kept by the cache, so that a later run in which one row's
 * format changed can tell whether anything but that row's own merged node depends on it
 * (run/cache/patch-merged.ts; the merge records them: merge/index.ts). A format is read
 *
 * - by property hints (property-hints.ts): a vote per property name, of which sample
 *   inference reads the names in `hints` only;
 * - when one name's tables are merged (merge/unify-entities.ts, merge/table-conflicts.ts): the names in `shared`;
 *   of those, an integer property whose versions all agree (one family) is folded from its
 *   versions' formats alone (the widest wins), so its versions are kept in `families`;
 * - when a request body's properties are compared with an entity's (merge/request-bodies.ts): the entities in `compared`;
 * - in a sample's type mismatch message (sample-walk.ts): the rows in `quoted` (their
 *   positions), `unplaced` when a quoted format was not a row's;
 * - when two documents of one route are merged (merge/same-route.ts): the cache's `sameRoute`.
 *
 * Beside the formats, which row a merged property took its description from, where it is not the
 * row whose position it keeps (`borrowed`, `blended`): run/cache/patch-descriptions.ts; and the
 * entities whose required flags sample inference compared with a body's keys (`requires`:
 * documented-match.ts), which with `shared` is all the merge reads of a row's required flag beyond
 * the row (run/cache/patch-required.ts): a property several tables define is required when a row
 * of its winning family is, so the full merge keeps each such property's rows, their flags and
 * which of them won (`folds`). The kinds sample inference compared values with: `typed`
 * (kind-reads.ts).
 */
import { foldIntegerFormat } from '../ir/integer-formats.js';
import type { Source } from '../ir/source.js';
import type { ApiDocument, Parameter, Property, Schema } from '../ir/types.js';
import type { KindReads, KindWalks } from './kind-reads.js';
import { type ListReads, newListReads } from './list-reads.js';
import { newRequiredFolds, type RequiredFolds } from './required-folds.js';

export interface FormatReads {
  hints: Set<string>;
  shared: Set<string>;
  compared: Set<string>;
  /** The schema nodes whose format a message quoted; `quotedRows` turns them into their rows' positions. */
  quotedSchemas: Set<Schema>;
  /** The integer properties of names several tables define whose versions fall in one family, in merge order. */
  families: IntegerFamily[];
  /** The positions kept by merged properties whose description is another row's than that position's (unify-entities.ts). */
  borrowed: Source[];
  /** The names whose definitions were not all objects: their properties merged by schema-merge.ts, their descriptions unrecorded. */
  blended: Set<string>;
  /** The entities whose properties' required flags decided whether a sample's body is theirs (documented-match.ts). */
  requires: Set<string>;
  /** The properties of names several tables define, with the rows merged into each, their flags and which won (required-folds.ts). */
  folds: RequiredFolds;
  /** The schema nodes whose kind sample inference compared values with (kind-reads.ts). */
  typed: KindReads;
  /** The values sample inference walked each scalar node with (kind-reads.ts). */
  walks: KindWalks;
  /** What the merge and sample inference read of the entities' property lists (list-reads.ts). */
  lists: ListReads;
}

/** One merged integer property and the rows it was folded from (unify-entities.ts). */
interface IntegerFamily {
  entity: string;
  property: string;
  rows: Array<{ source: Source; format: string | undefined }>;
}

/**
 * The format `mergeSchemas` gives integer rows of `formats`, merged in order: the narrowest
 * registered format holding each stated one (`foldIntegerFormat`), and none for a family no row of
 * which states one.
 */
export function foldIntegerFormats(formats: ReadonlyArray<string | undefined>): string | undefined {
  let merged: string | undefined;
  for (const format of formats) {
    if (!format) continue;
    if (!merged) merged = format;
    else merged = foldIntegerFormat(merged, format);
  }
  return merged;
}

export function newFormatReads(): FormatReads {
  return {
    hints: new Set(),
    shared: new Set(),
    compared: new Set(),
    quotedSchemas: new Set(),
    families: [],
    borrowed: [],
    blended: new Set(),
    requires: new Set(),
    folds: newRequiredFolds(),
    typed: new Map(),
    walks: new Map(),
    lists: newListReads(),
  };
}

/** `hints` whose every lookup by name is recorded in `read`. */
export function recordingLookups<T>(hints: Map<string, T>, read: Set<string> | undefined): Map<string, T> {
  if (!read) return hints;
  const get = hints.get.bind(hints);
  const has = hints.has.bind(hints);
  hints.get = (name: string) => {
    read.add(name);
    return get(name);
  };
  hints.has = (name: string) => {
    read.add(name);
    return has(name);
  };
  return hints;
}

/** The names defined by more than one table (of one page or several). */
export function sharedNames(names: Iterable<string>, into: Set<string>): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) into.add(name);
    seen.add(name);
  }
}

/**
 * The positions of the rows (properties, parameters) whose schema is one of `schemas`; `unplaced`
 * when one of them is no row's, or a row without a position.
 */
export function quotedRows(document: ApiDocument, schemas: ReadonlySet<Schema>): { rows: Source[]; unplaced: boolean } {
  const rows: Source[] = [];
  if (schemas.size === 0) return { rows, unplaced: false };
  const found = new Set<Schema>();
  const row = (owner: Property | Parameter): void => {
    if (!schemas.has(owner.schema)) return;
    found.add(owner.schema);
    if (owner.source) rows.push(owner.source);
    else found.delete(owner.schema);
  };
  const visit = (schema: Schema | undefined, depth: number): void => {
    if (!schema || depth > 64) return;
    switch (schema.kind) {
      case 'object':
        for (const property of schema.properties) {
          row(property);
          visit(property.schema, depth + 1);
        }
        if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, depth + 1);
        return;
      case 'array':
        visit(schema.items, depth + 1);
        return;
      case 'map':
        visit(schema.values, depth + 1);
        return;
      case 'union':
        for (const variant of schema.variants) visit(variant, depth + 1);
        return;
      case 'intersection':
        for (const part of schema.parts) visit(part, depth + 1);
        return;
      default:
        return;
    }
  };
  for (const named of document.schemas) visit(named.schema, 0);
  for (const operation of document.operations) {
    for (const parameter of operation.parameters) row(parameter);
    for (const content of operation.requestBody?.content ?? []) visit(content.schema, 0);
    for (const response of operation.responses) for (const content of response.content) visit(content.schema, 0);
  }
  return { rows, unplaced: found.size !== schemas.size };
}
