/**
 * What the tables say about a property NAME across the whole API: `TableRight` is typed
 * `TableRight` by every table that lists it, `FieldProperties` `object`. A property that samples
 * show only as `null` (nothing learnt) takes that type when the tables agree on it: one type given
 * by at least MIN_SHARE (60%) of the rows naming the property (rows typed otherwise — seed 001's
 * `TableRight | RecurrenceInfo` — does not silence ten that agree). On a split, a row typing the
 * property as the type of its own name wins; a property no row names, but named as a type a table
 * defines, is that type. Samples that show only `null` never decide a type the tables define.
 */

import { compareText } from '../ir/order.js';
import type { ApiDocument, Schema } from '../ir/types.js';

const MIN_SHARE = 0.6;
const DROPPED_KEYS: ReadonlySet<string> = new Set([
  'readOnly',
  'writeOnly',
  'nullable',
  'deprecated',
  'default',
  'examples',
  'extensions',
  'description',
  'title',
  'source',
  'inferred',
]);

export function documentedPropertyTypes(document: ApiDocument): Map<string, Schema> {
  const seen = new Map<string, Map<string, { schema: Schema; count: number }>>();
  const visit = (schema: Schema | undefined, depth: number): void => {
    if (!schema || depth > 8) return;
    if (schema.kind === 'array') visit(schema.items, depth + 1);
    if (schema.kind === 'map') visit(schema.values, depth + 1);
    if (schema.kind !== 'object') return;
    for (const property of schema.properties) {
      visit(property.schema, depth + 1);
      if (property.schema.kind === 'unknown') continue;
      const key = plainKey(property.schema);
      const votes = seen.get(property.name) ?? new Map<string, { schema: Schema; count: number }>();
      seen.set(property.name, votes);
      const vote = votes.get(key);
      if (vote) vote.count += 1;
      else votes.set(key, { schema: stripAnnotations(property.schema), count: 1 });
    }
  };
  for (const named of document.schemas) if (named.origin === 'documented' || named.origin === 'imported') visit(named.schema, 0);
  for (const operation of document.operations) {
    for (const content of operation.requestBody?.content ?? []) visit(content.schema, 0);
    for (const response of operation.responses) for (const content of response.content) visit(content.schema, 0);
  }
  const hints = new Map<string, Schema>();
  for (const [name, votes] of seen) {
    const total = [...votes.values()].reduce((sum, vote) => sum + vote.count, 0);
    const best = [...votes.values()].find((vote) => vote.count >= MIN_SHARE * total);
    // Split votes: a row typing the property with the type of its own name (`TableRight |
    // TableRight`) is the convention the others break (seed 001's `TableRight | RecurrenceInfo`).
    const selfNamed = [...votes.values()].find((vote) => vote.schema.kind === 'ref' && vote.schema.name === name);
    if (best) hints.set(name, best.schema);
    else if (selfNamed) hints.set(name, selfNamed.schema);
  }
  // A property no row types, named as a type a table defines (`VisibleFor[].TableRight`): that type.
  for (const named of document.schemas)
    if (named.origin === 'documented' && !hints.has(named.name)) hints.set(named.name, { kind: 'ref', name: named.name });
  return hints;
}

function stripAnnotations(schema: Schema): Schema {
  const copy = structuredClone(schema) as unknown as Record<string, unknown>;
  const strip = (node: Record<string, unknown>): void => {
    for (const key of DROPPED_KEYS) delete node[key];
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const item of value) if (item && typeof item === 'object') strip(item as Record<string, unknown>);
      if (value && typeof value === 'object' && !Array.isArray(value)) strip(value as Record<string, unknown>);
    }
  };
  strip(copy);
  return copy as unknown as Schema;
}

/**
 * What `stripAnnotations` keeps, as canonical JSON (keys sorted): schemas with the same key vote
 * for the same type. Written out rather than cloned, stripped and stringified per property: that
 * was a third of the whole merge.
 */
function plainKey(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(plainKey).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort(compareText)) {
    const inner = record[key];
    if (DROPPED_KEYS.has(key) || inner === undefined || typeof inner === 'function') continue;
    parts.push(`${JSON.stringify(key)}:${plainKey(inner)}`);
  }
  return `{${parts.join(',')}}`;
}
