/**
 * Run every rule over the structured diff and turn findings into changes: level from the
 * registry, message from the template, source positions from the loaded files.
 */

import { compareText } from '../ir/order.js';
import type { OperationSide, SpecDiff } from './compare.js';
import { operationLabel } from './compare.js';
import type { LoadedSpec } from './load-spec.js';
import { renderMessage } from './messages/render.js';
import { asRecord, type Node } from './resolve.js';
import { RULE_MODULES } from './rules/index.js';
import { RULES_BY_ID } from './rules/registry.js';
import type { Finding } from './rules/rule.js';
import type { Change, SourcePoint } from './types.js';

const METHOD_ORDER = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function runRules(diff: SpecDiff, base: LoadedSpec, revision: LoadedSpec): Change[] {
  const findings: Finding[] = [];
  for (const module of Object.values(RULE_MODULES)) module.check(diff, (f) => findings.push(f));
  const changes = findings.map((f) => toChange(f, base, revision));
  const order = new Map(findings.map((f, i) => [changes[i]!, f.operation]));
  return changes.sort((a, b) => {
    const oa = order.get(a);
    const ob = order.get(b);
    return (
      compareText(sortKey(oa), sortKey(ob)) ||
      METHOD_ORDER.indexOf(oa?.method ?? '') - METHOD_ORDER.indexOf(ob?.method ?? '') ||
      compareText(a.id, b.id) ||
      compareText(a.path ?? '', b.path ?? '') ||
      compareText(a.message, b.message)
    );
  });
}

/** Document-wide changes first, then paths, webhooks and callbacks (under their owner). */
function sortKey(op: OperationSide | undefined): string {
  if (!op) return '';
  const e = op.event;
  if (!e) return `0 ${op.path}`;
  if (e.kind === 'webhook') return `1 ${op.path}`;
  return `2 ${e.owner?.path ?? ''} ${e.owner?.method ?? ''} ${e.name} ${op.path}`;
}

function toChange(f: Finding, base: LoadedSpec, revision: LoadedSpec): Change {
  const info = RULES_BY_ID.get(f.id);
  if (!info) throw new Error(`rule id ${f.id} is not in the registry`);
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...f.params, ...f.words })) params[k] = String(v);
  const location: NonNullable<Change['location']> = {};
  if (f.base) location.base = pointOf(base, f.base);
  if (f.revision) location.revision = pointOf(revision, f.revision);
  const opId = asRecord(f.operation?.node.value)?.operationId;
  return {
    id: f.id,
    level: info.level,
    ...(f.operation ? { operation: operationLabel(f.operation) } : {}),
    ...(typeof opId === 'string' ? { operationId: opId } : {}),
    ...(f.path !== undefined ? { path: f.path } : {}),
    message: renderMessage(f.id, params),
    params,
    ...(location.base || location.revision ? { location } : {}),
  };
}

function pointOf(spec: LoadedSpec, node: Node): SourcePoint {
  const file = spec.files.get(node.file);
  const pos = file?.locator?.locate(node.pointer);
  return { file: node.file, ...(pos ? { line: pos.line, column: pos.column } : {}), pointer: node.pointer };
}
