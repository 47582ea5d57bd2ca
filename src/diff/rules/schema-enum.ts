/**
 * Enum changes (and `x-extensible-enum`'s: only a removed request value counts). A request enum that loses a value (or a free value that becomes an enum)
 * rejects what clients send; a response enum that gains a value hands clients something their
 * switch statements do not handle (warning), and a lost response value is harmless.
 */
import { stableStringify } from '../compare-schema.js';
import type { RuleModule } from './rule.js';
import { forEachPair, prefixOf } from './schema-scope.js';

function values(v: unknown): Map<string, unknown> | undefined {
  if (!Array.isArray(v)) return undefined;
  return new Map(v.map((x) => [stableStringify(x), x]));
}

const text = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x));

export const schemaEnumRules: RuleModule = {
  ids: [
    'request-parameter-enum-value-removed',
    'request-parameter-enum-value-added',
    'request-parameter-became-enum',
    'request-property-enum-value-removed',
    'request-property-enum-value-added',
    'request-property-became-enum',
    'response-property-enum-value-added',
    'response-property-enum-value-removed',
    'request-parameter-x-extensible-enum-value-removed',
    'request-property-x-extensible-enum-value-removed',
  ],
  check(diff, report) {
    forEachPair(diff, report, (pair, emit) => {
      const prefix = prefixOf(pair);
      if (prefix === 'response-header') return;
      // `x-extensible-enum` lists the values known today and warns clients to expect more: only a
      // value a request may no longer carry matters.
      const bx = values(pair.base.kw['x-extensible-enum']);
      const rx = values(pair.revision.kw['x-extensible-enum']);
      if (bx && pair.scope.direction === 'request' && prefix !== 'response-property') {
        for (const [k, v] of bx) if (!rx?.has(k) && rx) emit(`${prefix}-x-extensible-enum-value-removed`, { value: text(v) });
      }
      // A parameter's `const` is a one-value enum; a property's has its own rules (schema-keywords.ts).
      const one = (v: unknown) => (prefix === 'request-parameter' && v !== undefined ? [v] : undefined);
      const b = values(pair.base.kw.enum ?? one(pair.base.kw.const));
      const r = values(pair.revision.kw.enum ?? one(pair.revision.kw.const));
      if (!b && !r) return;
      if (!b && r) {
        if (pair.scope.direction === 'request') emit(`${prefix}-became-enum`, { values: [...r.values()].map(text).join(', ') });
        return;
      }
      if (b && !r) return; // enum dropped: requests accept more, responses say less; neither breaks
      for (const [k, v] of b!) if (!r!.has(k)) emit(`${prefix}-enum-value-removed`, { value: text(v) });
      for (const [k, v] of r!) if (!b!.has(k)) emit(`${prefix}-enum-value-added`, { value: text(v) });
    });
  },
};
