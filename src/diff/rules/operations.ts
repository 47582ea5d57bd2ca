/**
 * Operations added, operationId and tags changed (removal, deprecation, sunset and stability are
 * lifecycle.ts's). An operationId
 * names the generated client method, so changing or removing it is a warning. The changes to
 * existing operations are also judged on webhooks and callbacks (their additions and removals
 * are webhooks.ts's).
 */
import type { OperationSide } from '../compare.js';
import { asRecord } from '../resolve.js';
import type { RuleModule } from './rule.js';

const field = (op: OperationSide, key: string) => asRecord(op.node.value)?.[key];
const tagsOf = (op: OperationSide) => {
  const t = field(op, 'tags');
  return Array.isArray(t) ? t.map(String) : [];
};

export const operationRules: RuleModule = {
  ids: [
    'endpoint-added',
    'operation-id-changed',
    'operation-id-removed',
    'operation-id-added',
    'operation-tag-added',
    'operation-tag-removed',
  ],
  check(diff, report) {
    for (const op of diff.added) report({ id: 'endpoint-added', operation: op, revision: op.node });
    // operationId and tags mean the same for a webhook or callback.
    for (const pair of [...diff.operations, ...diff.events.operations]) {
      const { base: b, revision: r } = pair;
      const at = { operation: r, base: b.node, revision: r.node };
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
