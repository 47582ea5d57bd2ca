/**
 * Format changes (`date-time` → `date`, `int32` → `int64`). A request that gains or changes a
 * format narrows what is accepted; a response that changes or drops one moves what clients
 * parse. Widening steps (`int32` → `int64` or `uint16` → `int32` in requests, the reverse in
 * responses) are fine.
 */
import { holdsIntegerFormat } from '../../ir/integer-formats.js';
import type { RuleModule } from './rule.js';
import { forEachPair, prefixOf } from './schema-scope.js';

const WIDER: Record<string, string> = { float: 'double' };

/** Whether `wide` holds every value `narrow` does: `int64` ⊃ `int32` ⊃ `uint16`, `double` ⊃ `float`. */
function widens(narrow: unknown, wide: unknown): boolean {
  return typeof narrow === 'string' && typeof wide === 'string' && (WIDER[narrow] === wide || holdsIntegerFormat(wide, narrow));
}

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
        if (widens(b, r)) return;
        if (prefix !== 'response-header') emit(`${prefix}-format-changed`, params);
      } else if (prefix === 'response-property') {
        if (b === undefined) return;
        if (widens(r, b)) return;
        emit('response-property-format-changed', params);
      }
    });
  },
};
