/**
 * Operations: added, removed (with or without deprecation first, before or after their sunset),
 * deprecated, reactivated, sunset moved earlier, stability (x-stability-level) lowered,
 * operationId and tags changed. An operationId
 * names the generated client method, so changing or removing it is a warning. The changes to
 * existing operations are also judged on webhooks and callbacks (their additions and removals
 * are webhooks.ts's).
 */
import type { OperationSide } from '../compare.js';
import { asRecord } from '../resolve.js';
import type { RuleModule } from './rule.js';

const sunsetOf = (op: OperationSide): number | undefined => {
  const v = asRecord(op.node.value)?.['x-sunset'];
  const t = typeof v === 'string' || v instanceof Date ? new Date(v).getTime() : NaN;
  return Number.isNaN(t) ? undefined : t;
};
const STABILITY = ['draft', 'alpha', 'beta', 'stable'];
const stabilityOf = (op: OperationSide) => {
  const v = asRecord(op.node.value)?.['x-stability-level'];
  return typeof v === 'string' ? STABILITY.indexOf(v) : -1;
};
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const field = (op: OperationSide, key: string) => asRecord(op.node.value)?.[key];
const tagsOf = (op: OperationSide) => {
  const t = field(op, 'tags');
  return Array.isArray(t) ? t.map(String) : [];
};

export const operationRules: RuleModule = {
  ids: [
    'endpoint-added',
    'endpoint-removed',
    'endpoint-removed-after-deprecation',
    'endpoint-removed-before-sunset',
    'endpoint-deprecated',
    'endpoint-reactivated',
    'endpoint-sunset-brought-forward',
    'endpoint-stability-decreased',
    'operation-id-changed',
    'operation-id-removed',
    'operation-id-added',
    'operation-tag-added',
    'operation-tag-removed',
  ],
  check(diff, report) {
    for (const op of diff.added) report({ id: 'endpoint-added', operation: op, revision: op.node });
    for (const op of diff.removed) {
      const sunset = sunsetOf(op);
      const base = op.node;
      if (field(op, 'deprecated') !== true) report({ id: 'endpoint-removed', operation: op, base });
      else if (sunset !== undefined && sunset > Date.now())
        report({ id: 'endpoint-removed-before-sunset', operation: op, base, params: { sunset: day(sunset) } });
      else report({ id: 'endpoint-removed-after-deprecation', operation: op, base });
    }
    // Deprecation, sunset, stability, operationId and tags mean the same for a webhook or callback.
    for (const pair of [...diff.operations, ...diff.events.operations]) {
      const { base: b, revision: r } = pair;
      const at = { operation: r, base: b.node, revision: r.node };
      const wasDeprecated = field(b, 'deprecated') === true;
      const isDeprecated = field(r, 'deprecated') === true;
      if (!wasDeprecated && isDeprecated) report({ id: 'endpoint-deprecated', ...at });
      if (wasDeprecated && !isDeprecated) report({ id: 'endpoint-reactivated', ...at });
      const bs = sunsetOf(b);
      const rs = sunsetOf(r);
      if (bs !== undefined && rs !== undefined && rs < bs) {
        report({ id: 'endpoint-sunset-brought-forward', ...at, params: { from: day(bs), to: day(rs) } });
      }
      const bst = stabilityOf(b);
      const rst = stabilityOf(r);
      if (bst !== -1 && rst !== -1 && rst < bst) {
        report({ id: 'endpoint-stability-decreased', ...at, params: { from: STABILITY[bst]!, to: STABILITY[rst]! } });
      }
      const bid = field(b, 'operationId');
      const rid = field(r, 'operationId');
      if (typeof bid === 'string' && typeof rid === 'string' && bid !== rid)
        report({ id: 'operation-id-changed', ...at, params: { from: bid, to: rid } });
      if (typeof bid === 'string' && rid === undefined) report({ id: 'operation-id-removed', ...at, params: { from: bid } });
      if (bid === undefined && typeof rid === 'string') report({ id: 'operation-id-added', ...at, params: { to: rid } });
      const bt = tagsOf(b);
      const rt = tagsOf(r);
      for (const tag of rt) if (!bt.includes(tag)) report({ id: 'operation-tag-added', ...at, params: { tag } });
      for (const tag of bt) if (!rt.includes(tag)) report({ id: 'operation-tag-removed', ...at, params: { tag } });
    }
  },
};
