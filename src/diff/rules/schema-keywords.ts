/**
 * The JSON Schema 2020-12 keywords beyond OpenAPI 3.0's: `const`, `contains` (and its
 * `minContains`/`maxContains`), `if`/`then`/`else`, `not`, `dependentRequired`,
 * `dependentSchemas`, `patternProperties`, `propertyNames`, `unevaluatedItems`/`Properties`,
 * `contentSchema`/`contentMediaType`/`contentEncoding`, `prefixItems` and `allOf` members.
 *
 * Each one constrains values, so direction decides: a keyword added to a request rejects payloads
 * clients send (breaking), removed it accepts more (info); in a response a keyword removed takes
 * away a guarantee clients rely on (breaking), added it gives one more (info). A changed `const`,
 * dependency list or content type breaks both sides. What a keyword's sub-schema holds is compared
 * like any other sub-schema (pair-graph.ts), so `contains: {type: string}` becoming `integer` is a
 * type change of `tags(contains)`.
 */

import type { Schema } from '../schema.js';
import { stableStringify } from '../schema-signature.js';
import type { RuleModule } from './rule.js';
import { forEachPair, prefixOf } from './schema-scope.js';

/** Presence keywords: rule word → how to read which instances a schema has. */
const PRESENCE: Array<[word: string, read: (s: Schema) => Map<string, unknown>]> = [
  ['const', (s) => one(s.kw.const)],
  ['contains', (s) => one(s.applicators.get('contains'))],
  ['if', (s) => one(s.applicators.get('if'))],
  ['then', (s) => one(s.applicators.get('then'))],
  ['else', (s) => one(s.applicators.get('else'))],
  ['not', (s) => one(s.applicators.get('not'))],
  ['property-names', (s) => one(s.applicators.get('propertyNames'))],
  ['unevaluated-items', (s) => one(s.applicators.get('unevaluatedItems') ?? s.kw.unevaluatedItems)],
  ['unevaluated-properties', (s) => one(s.applicators.get('unevaluatedProperties') ?? s.kw.unevaluatedProperties)],
  ['content-schema', (s) => one(s.applicators.get('contentSchema'))],
  ['dependent-schema', (s) => keyed(s, 'dependentSchemas/')],
  ['pattern-property', (s) => keyed(s, 'patternProperties/')],
  ['dependent-required', (s) => new Map(Object.entries(asObject(s.kw.dependentRequired)))],
];

/** Keywords whose value changing (not only appearing) breaks both sides. */
const CHANGED: Array<[word: string, read: (s: Schema) => Map<string, unknown>]> = [
  ['const', (s) => one(s.kw.const)],
  ['dependent-required', (s) => new Map(Object.entries(asObject(s.kw.dependentRequired)).map(([k, v]) => [k, sortedList(v)]))],
  ['content-media-type', (s) => one(s.kw.contentMediaType)],
  ['content-encoding', (s) => one(s.kw.contentEncoding)],
];

const one = (v: unknown) => new Map(v === undefined ? [] : [['', v]]);
const asObject = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const sortedList = (v: unknown) => (Array.isArray(v) ? [...v].map(String).sort() : v);

function keyed(s: Schema, prefix: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, n] of s.applicators) if (k.startsWith(prefix)) out.set(k.slice(prefix.length), n);
  return out;
}

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const SIDES = ['request-property', 'response-property'] as const;

export const schemaKeywordRules: RuleModule = {
  ids: SIDES.flatMap((side) => [
    ...PRESENCE.flatMap(([word]) => [`${side}-${word}-added`, `${side}-${word}-removed`]),
    ...CHANGED.map(([word]) => `${side}-${word}-changed`),
    `${side}-min-contains-increased`,
    `${side}-min-contains-decreased`,
    `${side}-max-contains-increased`,
    `${side}-max-contains-decreased`,
    `${side}-prefix-items-added`,
    `${side}-prefix-items-removed`,
    `${side}-all-of-added`,
    `${side}-all-of-removed`,
  ]),
  check(diff, report) {
    forEachPair(diff, report, (pair, emit) => {
      const prefix = prefixOf(pair);
      if (prefix !== 'request-property' && prefix !== 'response-property') return;
      const { base: b, revision: r } = pair;
      for (const [word, read] of PRESENCE) {
        const before = read(b);
        const after = read(r);
        for (const key of after.keys()) if (!before.has(key)) emit(`${prefix}-${word}-added`, detail(word, key, after.get(key)));
        for (const key of before.keys()) if (!after.has(key)) emit(`${prefix}-${word}-removed`, detail(word, key, before.get(key)));
      }
      for (const [word, read] of CHANGED) {
        const before = read(b);
        const after = read(r);
        for (const [key, v] of after) {
          if (!before.has(key) || stableStringify(before.get(key)) === stableStringify(v)) continue;
          emit(`${prefix}-${word}-changed`, { ...detail(word, key, v), from: text(before.get(key)), to: text(v) });
        }
      }
      for (const [bound, upper] of [
        ['minContains', false],
        ['maxContains', true],
      ] as const) {
        const from = num(b.kw[bound]) ?? (upper ? undefined : 1);
        const to = num(r.kw[bound]) ?? (upper ? undefined : 1);
        if (from === to) continue;
        const word = upper ? 'max-contains' : 'min-contains';
        const increased = to === undefined || (from !== undefined && to > from);
        emit(`${prefix}-${word}-${increased ? 'increased' : 'decreased'}`, { from: from ?? 'none', to: to ?? 'none' });
      }
      const bp = b.prefixItems.length;
      const rp = r.prefixItems.length;
      if (rp > bp) emit(`${prefix}-prefix-items-added`, { count: rp - bp });
      if (rp < bp) emit(`${prefix}-prefix-items-removed`, { count: bp - rp });
      // Members added to or removed from a composition; a schema rewritten as (or out of) an
      // `allOf` is judged by what the merge means, like any other spelling.
      if (b.allOf.length > 0 && r.allOf.length > 0 && b.allOf.length !== r.allOf.length) {
        const added = r.allOf.filter((n) => !b.allOf.includes(n));
        const removed = b.allOf.filter((n) => !r.allOf.includes(n));
        for (const member of r.allOf.length > b.allOf.length ? added : []) emit(`${prefix}-all-of-added`, { member });
        for (const member of r.allOf.length < b.allOf.length ? removed : []) emit(`${prefix}-all-of-removed`, { member });
      }
    });
  },
};

/** `{key}` names the dependency or pattern; `{value}` the const. */
function detail(word: string, key: string, value: unknown): Record<string, string> {
  if (word === 'const') return { value: text(value) };
  return key === '' ? {} : { key };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
