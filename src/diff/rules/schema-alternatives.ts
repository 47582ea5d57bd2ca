/**
 * `oneOf`/`anyOf` alternatives (matched by component name or title) and discriminators.
 * A request that loses an alternative rejects payloads of that shape; a response that gains
 * one returns shapes clients do not know. A changed discriminator property breaks both sides.
 */
import { asRecord } from '../resolve.js';
import type { RuleModule } from './rule.js';
import { forEachPair, prefixOf } from './schema-scope.js';

function discriminator(kw: Record<string, unknown>): { property?: string; mapping: Record<string, string> } | undefined {
  const d = asRecord(kw.discriminator);
  if (!d) return undefined;
  const mapping: Record<string, string> = {};
  for (const [k, v] of Object.entries(asRecord(d.mapping) ?? {})) if (typeof v === 'string') mapping[k] = v;
  return { ...(typeof d.propertyName === 'string' ? { property: d.propertyName } : {}), mapping };
}

export const schemaAlternativeRules: RuleModule = {
  ids: [
    'request-property-alternative-removed',
    'request-property-alternative-added',
    'response-property-alternative-added',
    'response-property-alternative-removed',
    'request-discriminator-property-changed',
    'response-discriminator-property-changed',
    'request-discriminator-mapping-removed',
    'response-discriminator-mapping-added',
  ],
  check(diff, report) {
    forEachPair(diff, report, (pair, emit) => {
      const prefix = prefixOf(pair);
      if (prefix !== 'request-property' && prefix !== 'response-property') return;
      for (const label of pair.alternativesRemoved) emit(`${prefix}-alternative-removed`, { alternative: label });
      for (const label of pair.alternativesAdded) emit(`${prefix}-alternative-added`, { alternative: label });
      const b = discriminator(pair.base.kw);
      const r = discriminator(pair.revision.kw);
      if (!b || !r) return;
      const side = pair.scope.direction;
      if (b.property !== r.property) {
        emit(`${side}-discriminator-property-changed`, { from: b.property ?? 'none', to: r.property ?? 'none' });
      }
      if (side === 'request') {
        for (const value of Object.keys(b.mapping)) if (!(value in r.mapping)) emit('request-discriminator-mapping-removed', { value });
      } else {
        for (const value of Object.keys(r.mapping)) if (!(value in b.mapping)) emit('response-discriminator-mapping-added', { value });
      }
    });
  },
};
