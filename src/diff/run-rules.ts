/**
 * Run every rule over the structured diff and turn findings into changes: level from the
 * registry, message from the template, source positions from the loaded files.
 */

import path from 'node:path';
import { unescapePointerToken } from '../ir/json-pointer.js';
import { compareText } from '../ir/order.js';
import type { OperationSide, SpecDiff } from './compare.js';
import { operationLabel } from './compare.js';
import type { LoadedSpec } from './load-spec.js';
import { renderMessage } from './messages/render.js';
import { asRecord, type Node } from './resolve.js';
import { RULE_MODULES } from './rules/index.js';
import { STABILITY_LEVELS, stabilityOf } from './rules/lifecycle.js';
import { RULES_BY_ID } from './rules/registry.js';
import type { Finding } from './rules/rule.js';
import type { Change, SourcePoint } from './types.js';

const METHOD_ORDER = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function runRules(diff: SpecDiff, base: LoadedSpec, revision: LoadedSpec, includeStability: readonly string[]): Change[] {
  const findings = mergeFindings(diff);
  const changes = findings.map((f) => toChange(f, base, revision, exempt(f, includeStability)));
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

/**
 * Every finding once: the same rule saying the same thing about the same component (or, outside
 * components, the same operation) is one change with all its places, however many media types,
 * bodies or paths through the schema graph lead there.
 */
function mergeFindings(diff: SpecDiff): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const module of Object.values(RULE_MODULES)) {
    module.check(diff, (f) => {
      const where = f.component !== undefined ? `#${f.component}` : f.operation ? operationLabel(f.operation) : '';
      const key = `${f.id}\u0000${where}\u0000${renderMessage(f.id, stringParams(f))}`;
      const known = byKey.get(key);
      if (!known) byKey.set(key, f.places ? { ...f, places: [...f.places] } : f);
      else if (f.places) {
        known.places ??= [];
        for (const p of f.places) if (!known.places.some((k) => k.operation === p.operation && k.path === p.path)) known.places.push(p);
      }
    });
  }
  return [...byKey.values()];
}

function stringParams(f: Finding): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...f.params, ...f.words })) params[k] = String(v);
  return params;
}

/** Document-wide changes first, then paths, webhooks and callbacks (under their owner). */
function sortKey(op: OperationSide | undefined): string {
  if (!op) return '';
  const e = op.event;
  if (!e) return `0 ${op.path}`;
  if (e.kind === 'webhook') return `1 ${op.path}`;
  return `2 ${e.owner?.path ?? ''} ${e.owner?.method ?? ''} ${e.name} ${op.path}`;
}

/**
 * Whether a finding only concerns operations whose `x-stability-level` the user did not include
 * (draft and alpha by default): those may change freely, so the finding is reported as info.
 * Changes of the stability level itself always count.
 */
function exempt(f: Finding, include: readonly string[]): boolean {
  if (f.id.startsWith('endpoint-stability-')) return false;
  const operations = f.places ? f.places.map((p) => p.operation) : f.operation ? [f.operation] : [];
  if (operations.length === 0) return false;
  return operations.every((op) => {
    const level = stabilityOf(op);
    return level >= 0 && !include.includes(STABILITY_LEVELS[level]!);
  });
}

function toChange(f: Finding, base: LoadedSpec, revision: LoadedSpec, lowered = false): Change {
  const info = RULES_BY_ID.get(f.id);
  if (!info) throw new Error(`rule id ${f.id} is not in the registry`);
  const params = stringParams(f);
  const location: NonNullable<Change['location']> = {};
  if (f.base) location.base = pointOf(base, f.base);
  if (f.revision) location.revision = pointOf(revision, f.revision);
  const opId = asRecord(f.operation?.node.value)?.operationId;
  const change: Change = {
    id: f.id,
    level: lowered ? 'info' : info.level,
    ...(f.operation ? { operation: operationLabel(f.operation) } : {}),
    ...(typeof opId === 'string' ? { operationId: opId } : {}),
    ...(f.path !== undefined ? { path: f.path } : {}),
    message: renderMessage(f.id, params),
    params,
    ...(location.base || location.revision ? { location } : {}),
  };
  if (f.component !== undefined) change.component = f.component;
  if (f.places && (f.places.length > 1 || f.component !== undefined)) {
    change.places = f.places.map((p) => ({ operation: operationLabel(p.operation), path: p.path }));
    change.operationCount = new Set(change.places.map((p) => p.operation)).size;
  }
  return change;
}

function pointOf(spec: LoadedSpec, node: Node): SourcePoint {
  if (spec.sourceRoot !== undefined) return docsPointOf(spec, node);
  const { positions } = spec.docs;
  const known = node.holder !== undefined && node.key !== undefined ? positions.hasKey(node.holder, node.key) : positions.has(node.value);
  const source =
    node.holder !== undefined && node.key !== undefined
      ? positions.ofKey(node.holder, node.key, node.file.rel)
      : positions.of(node.value, node.file.rel);
  return {
    file: spec.displayName(node.file),
    ...(known ? { line: source.start.line, column: source.start.column } : {}),
    pointer: node.pointer,
  };
}

/**
 * A change in a document generated from docs points at the docs: the page and line of the nearest
 * operation or named schema on the node's way (`x-specdown-source`, `x-specdown-sources`).
 */
function docsPointOf(spec: LoadedSpec, node: Node): SourcePoint {
  let value: unknown = spec.view;
  let found: string | undefined;
  const at = (v: unknown) => {
    const record = asRecord(v);
    const one = record?.['x-specdown-source'];
    const many = record?.['x-specdown-sources'];
    const inferred = record?.['x-specdown-inferred'];
    const list = typeof one === 'string' ? [one] : Array.isArray(many) ? many : Array.isArray(inferred) ? inferred : [];
    if (typeof list[0] === 'string') found = list[0];
  };
  at(value);
  for (const segment of node.pointer.split('/').slice(1)) {
    value = asRecord(value)?.[unescapePointerToken(segment)] ?? (Array.isArray(value) ? value[Number(segment)] : undefined);
    if (value === undefined) break;
    at(value);
  }
  const m = found ? /^(.*):(\d+):(\d+)$/.exec(found) : null;
  if (!m) return { file: spec.label, pointer: node.pointer };
  return { file: path.join(spec.sourceRoot!, m[1]!), line: Number(m[2]), column: Number(m[3]), pointer: node.pointer };
}
