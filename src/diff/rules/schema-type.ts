/**
 * Type changes. In a request, accepting more types is fine (widened: info) and accepting other
 * ones breaks clients; in a response, returning fewer types is fine and other ones break them.
 * `integer` counts as part of `number`.
 */
import type { RuleModule } from './rule.js';
import { forEachPair, prefixOf, typeText } from './schema-scope.js';

/** True when every value of type list `inner` is a value of `outer` (empty = any). */
function typesCover(outer: string[], inner: string[]): boolean {
  if (outer.length === 0) return true;
  if (inner.length === 0) return false;
  return inner.every((t) => outer.includes(t) || (t === 'integer' && outer.includes('number')));
}

const SCALARS = new Set(['number', 'integer', 'boolean']);

export const schemaTypeRules: RuleModule = {
  ids: [
    'request-parameter-type-changed',
    'request-parameter-type-widened',
    'request-parameter-type-became-string',
    'request-property-type-changed',
    'request-property-type-widened',
    'response-property-type-changed',
    'response-property-type-narrowed',
    'response-header-type-changed',
  ],
  check(diff, report) {
    forEachPair(diff, report, (pair, emit) => {
      const b = pair.base.types;
      const r = pair.revision.types;
      if (b.join() === r.join()) return;
      const params = { from: typeText(pair.base), to: typeText(pair.revision) };
      const prefix = prefixOf(pair);
      if (pair.scope.direction === 'request') {
        // A parameter is text on the wire: `5` and `true` still pass as strings, only generated clients change.
        const becameString = prefix === 'request-parameter' && r.join() === 'string' && b.length > 0 && b.every((t) => SCALARS.has(t));
        if (becameString) emit('request-parameter-type-became-string', params);
        else emit(typesCover(r, b) ? `${prefix}-type-widened` : `${prefix}-type-changed`, params);
      } else if (prefix === 'response-header') {
        if (!typesCover(b, r)) emit('response-header-type-changed', params);
      } else {
        emit(typesCover(b, r) ? 'response-property-type-narrowed' : 'response-property-type-changed', params);
      }
    });
  },
};
