/**
 * One operation per method + path, one operationId per operation.
 *
 * A second place documenting the same method and path is merged into the first (`same-route.ts`),
 * with `operation-conflict` only where the two disagree, or where each states its own operationId
 * (another action at the same route: two pages of one RPC endpoint). Two pages giving the same operationId for different
 * routes is the same error; the later one gets a `_2` suffix so the IR stays valid. An id the
 * extractor derived from method + path (no uid on the page) silently gets the suffix instead, and
 * gives way to the id another place states for its route (a spec beside the page), in any file order.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { deriveOperationId } from '../ir/operation-id.js';
import { formatSource, sourceOf } from '../ir/source.js';
import type { Operation } from '../ir/types.js';
import { mergeSameRoute, type RouteIndex, routeIndex } from './same-route.js';

interface Placed {
  operation: Operation;
  file: string;
}

/** `placed` in file order; returns the operations kept, ids unique. `merged` collects each one another was merged into. */
export function uniqueOperations(placed: readonly Placed[], diagnostics: DiagnosticBag, merged?: Set<Operation>): Operation[] {
  const byRoute = new Map<string, Placed>();
  // Each kept operation's parameters and responses by key, built at its first merge and kept in step by each (same-route.ts).
  const indexes = new Map<Operation, RouteIndex>();
  const kept: Placed[] = [];
  for (const item of placed) {
    const route = `${item.operation.method.toUpperCase()} ${item.operation.path}`;
    const first = byRoute.get(route);
    if (first) {
      // Two actions told apart by nothing in their route (`POST /` of two RPC actions): merged, and said so.
      const [a, b] = [first.operation, item.operation];
      if (!isDerived(a) && !isDerived(b) && a.operationId !== b.operationId)
        conflict(
          diagnostics,
          item,
          first,
          `${route}: the operation "${b.operationId}" is documented at the route of "${a.operationId}"; merged into it`,
        );
      // An id the page states (a spec's `getTree`) wins over one derived from the route, whichever file comes first.
      if (isDerived(a) && !isDerived(b)) a.operationId = b.operationId;
      const index = indexes.get(first.operation) ?? indexes.set(first.operation, routeIndex(first.operation)).get(first.operation);
      mergeSameRoute(first.operation, item.operation, item.file, diagnostics, index);
      merged?.add(first.operation);
      continue;
    }
    byRoute.set(route, item);
    kept.push(item);
  }
  const given = kept.filter((item) => !isDerived(item.operation));
  const derived = kept.filter((item) => isDerived(item.operation));
  const taken = new Map<string, Placed>();
  for (const item of [...given, ...derived]) {
    const id = item.operation.operationId;
    const owner = taken.get(id);
    if (owner) {
      if (!isDerived(item.operation)) {
        report(diagnostics, item, owner, `operationId "${id}" is used by both ${owner.file} and ${item.file}`);
      }
      let n = 2;
      while (taken.has(`${id}_${n}`)) n++;
      item.operation.operationId = `${id}_${n}`;
    }
    taken.set(item.operation.operationId, item);
  }
  return kept.map((item) => item.operation);
}

function isDerived(operation: Operation): boolean {
  return operation.operationId === deriveOperationId(operation.method, operation.path);
}

function conflict(diagnostics: DiagnosticBag, item: Placed, first: Placed, message: string): void {
  const here = item.operation.source ?? sourceOf(item.file, undefined);
  const there = first.operation.source ?? sourceOf(first.file, undefined);
  diagnostics.report('operation-conflict', here, `${message} (first at ${formatSource(there)})`, { related: [there] });
}

function report(diagnostics: DiagnosticBag, item: Placed, first: Placed, message: string): void {
  const here = item.operation.source ?? sourceOf(item.file, undefined);
  const there = first.operation.source ?? sourceOf(first.file, undefined);
  diagnostics.report('duplicate-operation', here, `${message} (first at ${formatSource(there)})`, { related: [there] });
}
