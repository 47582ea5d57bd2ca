/**
 * Nullability, read the same way for OpenAPI 3.0 (`nullable`) and 3.1 (`type: [.., null]`).
 * A response value that may now be null breaks clients that dereference it; a request value
 * that may no longer be null breaks clients that send null.
 */
import type { RuleModule } from './rule.js';
import { forEachPair, prefixOf } from './schema-scope.js';

export const schemaNullableRules: RuleModule = {
  ids: [
    'request-property-became-nullable',
    'request-property-became-not-nullable',
    'response-property-became-nullable',
    'response-property-became-not-nullable',
    'request-parameter-became-not-nullable',
  ],
  check(diff, report) {
    forEachPair(diff, report, (pair, emit) => {
      const b = pair.base.nullable;
      const r = pair.revision.nullable;
      if (b === r) return;
      const prefix = prefixOf(pair);
      if (prefix === 'response-header') return;
      if (prefix === 'request-parameter') {
        if (b && !r) emit('request-parameter-became-not-nullable');
        return;
      }
      emit(r ? `${prefix}-became-nullable` : `${prefix}-became-not-nullable`);
    });
  },
};
