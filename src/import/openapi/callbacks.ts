/**
 * An operation's `callbacks`: name → Callback Object (maybe a `$ref`) → runtime expression →
 * Path Item. Each expression's operations are read like a path's, their `path` the expression.
 */

import { compareOperations, compareText } from '../../ir/order.js';
import type { Callback, Operation } from '../../ir/types.js';
import { isMap, own } from '../../openapi/json.js';
import type { SpecFile } from '../../openapi/load.js';
import { followRefs } from '../../openapi/refs.js';
import { type ImportContext, type PathItemSite, sourceIn } from './context.js';

/** Callbacks inside callbacks are read this deep; deeper ones (or a `$ref` loop) are reported. */
const MAX_DEPTH = 3;

export interface CallbackOwner {
  operation: Record<string, unknown>;
  file: SpecFile;
  /** The owning operation's id (callback operations without one are named after it). */
  owner: string;
  /** How many callbacks deep the owner is. */
  depth: number;
}

/** The owner's callbacks sorted by name, or undefined when it has none. */
export function readCallbacks(
  ctx: ImportContext,
  site: CallbackOwner,
  readItem: (item: PathItemSite) => Operation[],
): Callback[] | undefined {
  const callbacks = own(site.operation, 'callbacks');
  if (callbacks === undefined) return undefined;
  if (!isMap(callbacks)) {
    ctx.diagnostics.report(
      'spec-invalid',
      sourceIn(ctx, site.file, site.operation, 'callbacks'),
      '"callbacks" must be a map of names to callback objects.',
    );
    return undefined;
  }
  if (site.depth >= MAX_DEPTH) {
    // A `$ref` loop meets the same map many times: say so once.
    if (ctx.callbackBudget.reportedTooDeep.has(callbacks)) return undefined;
    ctx.callbackBudget.reportedTooDeep.add(callbacks);
    ctx.diagnostics.report(
      'unsupported-keyword',
      sourceIn(ctx, site.file, site.operation, 'callbacks'),
      `Callbacks nested more than ${MAX_DEPTH} deep (or a $ref loop of callbacks) are not carried; they were not used.`,
    );
    return undefined;
  }
  const out: Callback[] = [];
  for (const name of ctx.positions.keysOf(callbacks)) {
    if (name.startsWith('x-')) continue;
    if (ctx.callbackBudget.operations <= 0) {
      if (!ctx.callbackBudget.exhausted) {
        ctx.diagnostics.report(
          'spec-invalid',
          sourceIn(ctx, site.file, callbacks, name),
          'The spec has too many callback operations (its $refs multiply them); the rest were not read.',
        );
      }
      ctx.callbackBudget.exhausted = true;
      break;
    }
    const callback = followRefs(ctx, callbacks[name], site.file);
    if (!callback) continue;
    if (!isMap(callback.value)) {
      ctx.diagnostics.report(
        'spec-invalid',
        sourceIn(ctx, site.file, callbacks, name),
        `The callback "${name}" must be a map of expressions to path items.`,
      );
      continue;
    }
    const map = callback.value;
    const operations = ctx.positions
      .keysOf(map)
      .filter((expression) => !expression.startsWith('x-'))
      .flatMap((expression) =>
        readItem({
          key: expression,
          value: map[expression],
          file: callback.file,
          depth: site.depth + 1,
          callback: { owner: site.owner, name },
        }),
      );
    ctx.callbackBudget.operations -= operations.length;
    out.push({ name, operations: operations.sort(compareOperations) });
  }
  return out.sort((a, b) => compareText(a.name, b.name));
}

/** Every callback operation under `operations`, nested ones included, depth-first in order. */
export function callbackOperations(operations: readonly Operation[]): Operation[] {
  return operations.flatMap((operation) =>
    (operation.callbacks ?? []).flatMap((callback) => [...callback.operations, ...callbackOperations(callback.operations)]),
  );
}
