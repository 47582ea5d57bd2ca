/**
 * Smaller schema facets: patterns, defaults, read/write-only, deprecation (and a deprecated
 * property's `x-sunset` that is no date), a property's
 * stability level (`x-stability-level`, which may only go up, as an operation's) and
 * `additionalProperties`.
 */
import { stableStringify } from '../schema-signature.js';
import { STABILITY_LEVELS, sunsetIn } from './lifecycle.js';
import type { RuleModule } from './rule.js';
import { show } from './rule.js';
import { forEachPair, prefixOf } from './schema-scope.js';

export const schemaMiscRules: RuleModule = {
  ids: [
    'request-parameter-pattern-added',
    'request-parameter-pattern-changed',
    'request-property-pattern-added',
    'request-property-pattern-changed',
    'response-property-pattern-changed',
    'request-parameter-default-changed',
    'request-parameter-default-added',
    'request-parameter-default-removed',
    'request-property-default-changed',
    'request-property-became-read-only',
    'response-property-became-write-only',
    'request-property-deprecated',
    'response-property-deprecated',
    'request-property-deprecated-sunset-invalid',
    'response-property-deprecated-sunset-invalid',
    'request-property-reactivated',
    'response-property-reactivated',
    'request-additional-properties-disallowed',
    'response-additional-properties-allowed',
    'request-property-stability-decreased',
    'request-property-stability-increased',
    'response-property-stability-decreased',
    'response-property-stability-increased',
  ],
  check(diff, report) {
    forEachPair(diff, report, (pair, emit) => {
      const prefix = prefixOf(pair);
      if (prefix === 'response-header') return;
      const b = pair.base.kw;
      const r = pair.revision.kw;
      const request = pair.scope.direction === 'request';
      if (b.pattern !== r.pattern) {
        const params = { from: show(b.pattern), to: show(r.pattern) };
        if (request && b.pattern === undefined) emit(`${prefix}-pattern-added`, params);
        else if (request && r.pattern !== undefined) emit(`${prefix}-pattern-changed`, params);
        else if (!request && b.pattern !== undefined) emit('response-property-pattern-changed', params);
      }
      if (request && stableStringify(b.default) !== stableStringify(r.default)) {
        const params = { from: show(b.default), to: show(r.default) };
        // A parameter's default is what the server assumes when clients omit it: any change moves their calls.
        if (prefix === 'request-parameter' && b.default === undefined) emit('request-parameter-default-added', params);
        else if (prefix === 'request-parameter' && r.default === undefined) emit('request-parameter-default-removed', params);
        else emit(`${prefix}-default-changed`, params);
      }
      if (prefix === 'request-property' && b.readOnly !== true && r.readOnly === true) emit('request-property-became-read-only');
      if (prefix === 'response-property' && b.writeOnly !== true && r.writeOnly === true) emit('response-property-became-write-only');
      if (prefix !== 'request-parameter' && b.deprecated !== true && r.deprecated === true) emit(`${prefix}-deprecated`);
      if (prefix !== 'request-parameter' && b.deprecated === true && r.deprecated !== true) emit(`${prefix}-reactivated`);
      if (prefix !== 'request-parameter' && r.deprecated === true) {
        // A deprecated property's sunset (`x-sunset`) that cannot be read, newly or changed: when it goes is not known.
        const [bs, rs] = [sunsetIn(b['x-sunset']), sunsetIn(r['x-sunset'])];
        if (rs.kind === 'invalid' && (bs.kind !== 'invalid' || bs.text !== rs.text))
          emit(`${prefix}-deprecated-sunset-invalid`, { sunset: rs.text });
      }
      if (pair.scope.area === 'body' && pair.property) {
        const [from, to] = [level(b['x-stability-level']), level(r['x-stability-level'])];
        if (from >= 0 && to >= 0 && from !== to)
          emit(`${prefix}-stability-${to < from ? 'decreased' : 'increased'}`, {
            from: STABILITY_LEVELS[from]!,
            to: STABILITY_LEVELS[to]!,
          });
      }
      if (pair.scope.area === 'body') {
        const closed = (v: unknown) => v === false;
        if (request && !closed(b.additionalProperties) && closed(r.additionalProperties)) emit('request-additional-properties-disallowed');
        if (!request && closed(b.additionalProperties) && !closed(r.additionalProperties)) emit('response-additional-properties-allowed');
      }
    });
  },
};

/** A stability level's rank (draft < alpha < beta < stable); -1 when absent or not one of them. */
function level(value: unknown): number {
  return typeof value === 'string' ? STABILITY_LEVELS.indexOf(value as (typeof STABILITY_LEVELS)[number]) : -1;
}
