/**
 * A schema's own facets (not its sub-schemas') as one canonical string: two schemas whose
 * signatures differ differ by meaning right there; equal signatures leave only the sub-schemas
 * to compare.
 */
import type { Schema } from './schema.js';

/** Keywords that change what a schema accepts or promises, or its lifecycle. */
const FACETS = [
  'type',
  'format',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minContains',
  'maxContains',
  'minProperties',
  'maxProperties',
  'multipleOf',
  'dependentRequired',
  'contentMediaType',
  'contentEncoding',
  'default',
  'readOnly',
  'writeOnly',
  'deprecated',
  'discriminator',
  'additionalProperties',
  'items',
  'unevaluatedItems',
  'unevaluatedProperties',
  'x-sunset',
  'x-stability-level',
  'x-extensible-enum',
] as const;

export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

const signatures = new WeakMap<Schema, string>();

/** The schema's own facets (not its children's) as a canonical string, memoised per schema. */
export function signature(s: Schema): string {
  let sig = signatures.get(s);
  if (sig === undefined) {
    sig = computeSignature(s);
    signatures.set(s, sig);
  }
  return sig;
}

const SET_VALUED = new Set(['enum', 'x-extensible-enum']);

function computeSignature(s: Schema): string {
  const facets: Record<string, unknown> = { nullable: s.nullable };
  for (const f of FACETS) {
    const v = s.kw[f];
    if (v === undefined || (typeof v === 'object' && v !== null && !Array.isArray(v) && (f === 'additionalProperties' || f === 'items')))
      continue;
    facets[f] = SET_VALUED.has(f) && Array.isArray(v) ? [...v].map(stableStringify).sort() : v;
  }
  facets.properties = [...s.properties.keys()].sort();
  facets.required = [...s.required].sort();
  facets.alternatives = s.alternatives.length;
  facets.applicators = [...s.applicators.keys()].sort();
  if (s.allOf.length > 0) facets.allOf = s.allOf.length; // names aside: inlining a member is no change
  if (s.prefixItems.length > 0) facets.prefixItems = s.prefixItems.length;
  return stableStringify(facets);
}
