/**
 * Lifecycle extensions, as oasdiff reads them: `deprecated` with an `x-sunset` date (RFC 3339
 * date or date-time), and `x-stability-level` (draft < alpha < beta < stable).
 *
 * An operation removed before its sunset, or whose sunset is deleted, moved earlier or cannot be
 * read, breaks the promise the deprecation made; so does a deprecated parameter's (a deprecated
 * property's unreadable sunset: schema-misc.ts). A stability level may only go up; a value outside
 * the four is an error. (Changes inside `draft`/`alpha` operations are not held against the API:
 * run-rules.ts lowers them to info unless the user includes those levels.) Parameters follow the
 * same deprecation rules as operations.
 */

import { escapePointerToken } from '../../ir/json-pointer.js';
import type { OperationSide, Parameter } from '../compare.js';
import { asRecord, type Node } from '../resolve.js';
import type { RuleModule } from './rule.js';
import { locationWord } from './schema-scope.js';

export const STABILITY_LEVELS = ['draft', 'alpha', 'beta', 'stable'] as const;

type Sunset = { kind: 'none' } | { kind: 'invalid'; text: string } | { kind: 'date'; time: number; text: string };

/** The `x-sunset` of an operation or parameter. */
function sunsetOf(node: Node): Sunset {
  return sunsetIn(asRecord(node.value)?.['x-sunset']);
}

/** An `x-sunset` value read: none, a date (RFC 3339 date or date-time), or a text that is no date. */
export function sunsetIn(v: unknown): Sunset {
  if (v === undefined || v === null) return { kind: 'none' };
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  const time = /^\d{4}-\d{2}-\d{2}([Tt ][\d:.]+([Zz]|[+-]\d{2}:\d{2})?)?$/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(time) ? { kind: 'invalid', text } : { kind: 'date', time, text: text.slice(0, 10) };
}

/** The operation's stability level: its index in STABILITY_LEVELS, -1 when absent, -2 when invalid. */
export function stabilityOf(op: OperationSide): number {
  const v = asRecord(op.node.value)?.['x-stability-level'];
  if (v === undefined) return -1;
  const at = typeof v === 'string' ? STABILITY_LEVELS.indexOf(v as (typeof STABILITY_LEVELS)[number]) : -1;
  return at === -1 ? -2 : at;
}

const deprecated = (node: Node) => asRecord(node.value)?.deprecated === true;

export const lifecycleRules: RuleModule = {
  ids: [
    'endpoint-removed',
    'endpoint-removed-after-deprecation',
    'endpoint-removed-before-sunset',
    'endpoint-removed-sunset-invalid',
    'endpoint-deprecated',
    'endpoint-reactivated',
    'endpoint-sunset-brought-forward',
    'endpoint-sunset-removed',
    'endpoint-sunset-invalid',
    'endpoint-stability-decreased',
    'endpoint-stability-increased',
    'endpoint-stability-invalid',
    'request-parameter-removed',
    'request-parameter-removed-after-deprecation',
    'request-parameter-removed-before-sunset',
    'request-parameter-deprecated',
    'request-parameter-reactivated',
    'request-parameter-sunset-brought-forward',
    'request-parameter-sunset-removed',
    'request-parameter-sunset-invalid',
  ],
  check(diff, report) {
    const now = Date.now();
    for (const op of diff.removed) {
      const base = op.node;
      const sunset = sunsetOf(base);
      if (!deprecated(base)) report({ id: 'endpoint-removed', operation: op, base });
      else if (sunset.kind === 'invalid')
        report({ id: 'endpoint-removed-sunset-invalid', operation: op, base, params: { sunset: sunset.text } });
      else if (sunset.kind === 'date' && sunset.time > now)
        report({ id: 'endpoint-removed-before-sunset', operation: op, base, params: { sunset: sunset.text } });
      else report({ id: 'endpoint-removed-after-deprecation', operation: op, base });
    }
    // Deprecation, sunset and stability mean the same for a webhook or callback.
    for (const pair of [...diff.operations, ...diff.events.operations]) {
      const { base: b, revision: r } = pair;
      const at = { operation: r, base: b.node, revision: r.node };
      if (!deprecated(b.node) && deprecated(r.node)) report({ id: 'endpoint-deprecated', ...at });
      if (deprecated(b.node) && !deprecated(r.node)) report({ id: 'endpoint-reactivated', ...at });
      const bs = sunsetOf(b.node);
      const rs = sunsetOf(r.node);
      if (rs.kind === 'invalid' && (bs.kind !== 'invalid' || bs.text !== rs.text))
        report({ id: 'endpoint-sunset-invalid', ...at, params: { sunset: rs.text } });
      if (bs.kind === 'date' && rs.kind === 'date' && rs.time < bs.time) {
        report({ id: 'endpoint-sunset-brought-forward', ...at, params: { from: bs.text, to: rs.text } });
      }
      if (bs.kind !== 'none' && rs.kind === 'none' && deprecated(r.node))
        report({ id: 'endpoint-sunset-removed', ...at, params: { sunset: bs.text } });
      const bst = stabilityOf(b);
      const rst = stabilityOf(r);
      if (rst === -2) {
        const value = asRecord(r.node.value)?.['x-stability-level'];
        if (bst !== -2) report({ id: 'endpoint-stability-invalid', ...at, params: { value: JSON.stringify(value) ?? String(value) } });
      } else if (bst >= 0 && rst >= 0 && rst !== bst) {
        const id = rst < bst ? 'endpoint-stability-decreased' : 'endpoint-stability-increased';
        report({ id, ...at, params: { from: STABILITY_LEVELS[bst]!, to: STABILITY_LEVELS[rst]! } });
      }
    }
    for (const op of diff.operations) {
      const words = (p: Parameter) => ({ in: `${locationWord(p.in)} parameter` });
      const path = (p: Parameter) => `parameters/${p.in}/${escapePointerToken(p.name)}`;
      for (const { node: p } of op.parameters.removed) {
        const sunset = sunsetOf(p.node);
        const id = !deprecated(p.node)
          ? 'request-parameter-removed'
          : sunset.kind === 'date' && sunset.time > now
            ? 'request-parameter-removed-before-sunset'
            : 'request-parameter-removed-after-deprecation';
        const params = { name: p.name, ...(sunset.kind === 'date' ? { sunset: sunset.text } : {}) };
        report({ id, operation: op.revision, path: path(p), words: words(p), params, base: p.node });
      }
      for (const { base: b, revision: r } of op.parameters.matched) {
        const common = { operation: op.revision, path: path(r), words: words(r), base: b.node, revision: r.node, params: { name: r.name } };
        if (!deprecated(b.node) && deprecated(r.node)) report({ id: 'request-parameter-deprecated', ...common });
        if (deprecated(b.node) && !deprecated(r.node)) report({ id: 'request-parameter-reactivated', ...common });
        // A parameter that stays keeps the promise its deprecation made, as an operation does.
        const bs = sunsetOf(b.node);
        const rs = sunsetOf(r.node);
        if (rs.kind === 'invalid' && (bs.kind !== 'invalid' || bs.text !== rs.text))
          report({ id: 'request-parameter-sunset-invalid', ...common, params: { name: r.name, sunset: rs.text } });
        if (bs.kind === 'date' && rs.kind === 'date' && rs.time < bs.time)
          report({ id: 'request-parameter-sunset-brought-forward', ...common, params: { name: r.name, from: bs.text, to: rs.text } });
        if (bs.kind !== 'none' && rs.kind === 'none' && deprecated(r.node))
          report({ id: 'request-parameter-sunset-removed', ...common, params: { name: r.name, sunset: bs.text } });
      }
    }
  },
};
