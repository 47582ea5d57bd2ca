/**
 * The remaining value constraints of a request or response body schema: `maxProperties`/
 * `minProperties`, `uniqueItems` and `multipleOf`. A request that accepts less (fewer properties
 * allowed, duplicates refused, a new or incompatible divisor) breaks clients; a response that
 * promises less (more properties, duplicates allowed, the divisor dropped or changed) breaks them.
 * `multipleOf` moving to a divisor of the old one accepts every old value (request: info); to a
 * multiple of it returns only old values (response: info).
 */
import type { RuleModule } from './rule.js';
import { forEachPair, prefixOf } from './schema-scope.js';

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** Whether `b` divides `a` (within floating point). */
const divides = (b: number, a: number) => Math.abs(a / b - Math.round(a / b)) < 1e-9;

export const schemaShapeRules: RuleModule = {
  ids: [
    'request-property-max-properties-decreased',
    'request-property-max-properties-set',
    'request-property-max-properties-increased',
    'request-property-min-properties-increased',
    'request-property-min-properties-decreased',
    'response-property-max-properties-increased',
    'response-property-min-properties-decreased',
    'request-property-unique-items-set',
    'request-property-unique-items-unset',
    'response-property-unique-items-unset',
    'request-property-multiple-of-set',
    'request-property-multiple-of-unset',
    'request-property-multiple-of-changed',
    'request-property-multiple-of-generalized',
    'response-property-multiple-of-unset',
    'response-property-multiple-of-changed',
  ],
  check(diff, report) {
    forEachPair(diff, report, (pair, emit) => {
      const prefix = prefixOf(pair);
      if (prefix !== 'request-property' && prefix !== 'response-property') return;
      const request = prefix === 'request-property';
      const b = pair.base.kw;
      const r = pair.revision.kw;
      const bMax = num(b.maxProperties);
      const rMax = num(r.maxProperties);
      if (bMax !== rMax) {
        const params = { from: bMax ?? 'none', to: rMax ?? 'none' };
        const grew = rMax === undefined || (bMax !== undefined && rMax > bMax);
        if (request) emit(`request-property-max-properties-${bMax === undefined ? 'set' : grew ? 'increased' : 'decreased'}`, params);
        else if (grew) emit('response-property-max-properties-increased', params);
      }
      const bMin = num(b.minProperties) ?? 0;
      const rMin = num(r.minProperties) ?? 0;
      if (bMin !== rMin) {
        const params = { from: bMin, to: rMin };
        if (request) emit(`request-property-min-properties-${rMin > bMin ? 'increased' : 'decreased'}`, params);
        else if (rMin < bMin) emit('response-property-min-properties-decreased', params);
      }
      const bUnique = b.uniqueItems === true;
      const rUnique = r.uniqueItems === true;
      if (request && !bUnique && rUnique) emit('request-property-unique-items-set');
      if (request && bUnique && !rUnique) emit('request-property-unique-items-unset');
      if (!request && bUnique && !rUnique) emit('response-property-unique-items-unset');
      const bOf = num(b.multipleOf);
      const rOf = num(r.multipleOf);
      if (bOf === rOf) return;
      const params = { from: bOf ?? 'none', to: rOf ?? 'none' };
      if (request) {
        if (bOf === undefined) emit('request-property-multiple-of-set', params);
        else if (rOf === undefined) emit('request-property-multiple-of-unset', params);
        else emit(divides(rOf, bOf) ? 'request-property-multiple-of-generalized' : 'request-property-multiple-of-changed', params);
      } else if (bOf !== undefined) {
        if (rOf === undefined) emit('response-property-multiple-of-unset', params);
        else if (!divides(bOf, rOf)) emit('response-property-multiple-of-changed', params);
      }
    });
  },
};
