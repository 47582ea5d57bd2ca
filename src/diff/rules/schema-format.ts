/**
 * Format changes (`date-time` → `date`, `int32` → `int64`). A request that gains or changes a
 * format narrows what is accepted; a response that changes or drops one moves what clients
 * parse. Widening steps (`int32` → `int64` in requests, the reverse in responses) are fine.
 */
import type { RuleModule } from './rule.js';
import { forEachPair, prefixOf } from './schema-scope.js';

const WIDER: Record<string, string> = { int32: 'int64', float: 'double' };

export const schemaFormatRules: RuleModule = {
  ids: ['request-parameter-format-changed', 'request-property-format-changed', 'response-property-format-changed'],
  check(diff, report) {
    forEachPair(diff, report, (pair, emit) => {
      const b = pair.base.kw.format;
      const r = pair.revision.kw.format;
      if (b === r || pair.base.types.join() !== pair.revision.types.join()) return; // type rules speak for type changes
      const prefix = prefixOf(pair);
      const params = { from: typeof b === 'string' ? b : 'none', to: typeof r === 'string' ? r : 'none' };
      if (pair.scope.direction === 'request') {
        if (r === undefined) return;
        if (typeof b === 'string' && WIDER[b] === r) return;
        if (prefix !== 'response-header') emit(`${prefix}-format-changed`, params);
      } else if (prefix === 'response-property') {
        if (b === undefined) return;
        if (typeof r === 'string' && WIDER[r] === b) return;
        emit('response-property-format-changed', params);
      }
    });
  },
};
