/**
 * Shared helpers for schema rules: which id prefix a schema pair reports under (the same facet
 * change means different things in a request and a response), and how it is named in messages.
 */
import type { SpecDiff } from '../compare.js';
import type { SchemaPair, Scope } from '../compare-schema.js';
import type { Schema } from '../schema.js';
import type { Finding, Report } from './rule.js';

export type Prefix = 'request-parameter' | 'request-property' | 'response-property' | 'response-header';

const LOCATIONS = new Set(['query', 'header', 'path', 'cookie', 'formData', 'body']);

/** A parameter location as message wording: only the known ones pass (the value is spec text). */
export function locationWord(where: string): string {
  return LOCATIONS.has(where) ? where : 'other';
}

export function prefixOf(pair: SchemaPair): Prefix {
  if (pair.scope.area === 'parameter') return 'request-parameter';
  if (pair.scope.area === 'header') return 'response-header';
  return pair.scope.direction === 'request' ? 'request-property' : 'response-property';
}

/**
 * The HTTP side a schema belongs to, as message wording: `request`, `response`, or inside an
 * event `webhook request` / `callback response` (whose `direction` is flipped: the API sends the
 * request, so it is judged as a response, and the wording names the real side).
 */
export function sideWord(scope: Scope): string {
  if (!scope.event) return scope.direction;
  return `${scope.event} ${scope.direction === 'response' ? 'request' : 'response'}`;
}

/** `{in}` (trusted wording) and `{name}` (spec text) for the pair's schema. */
function subjectOf(pair: SchemaPair): { words: { in: string }; params: { name: string } } {
  const { scope, property } = pair;
  if (scope.area === 'parameter') {
    return {
      words: { in: `${locationWord(scope.where)} parameter` },
      params: { name: property ? `${scope.name}.${property}` : scope.name },
    };
  }
  if (scope.area === 'header')
    return { words: { in: 'response header' }, params: { name: property ? `${scope.name}.${property}` : scope.name } };
  const side = sideWord(scope);
  if (!property) return { words: { in: `${side} body` }, params: { name: scope.name } };
  return { words: { in: `${side} property` }, params: { name: property } };
}

/**
 * Run `check` over every differing schema pair (of operations, webhooks and callbacks alike),
 * with a reporter bound to the pair: each finding names the first place that reaches the pair
 * and carries them all. Event pairs have their direction flipped, so the same rules judge them
 * from the receiver's side (its id says `response-…` for what the API sends; its wording says which).
 */
export function forEachPair(
  diff: SpecDiff,
  report: Report,
  check: (pair: SchemaPair, emit: (id: string, params?: Finding['params'], extra?: Partial<Finding>) => void) => void,
): void {
  for (const pair of diff.schemas) {
    // What clients never send (read-only in a request) or never get (write-only in a response) cannot break them.
    const hidden = pair.scope.direction === 'request' ? 'readOnly' : 'writeOnly';
    if (pair.base.kw[hidden] === true && pair.revision.kw[hidden] === true) continue;
    const subject = subjectOf(pair);
    check(pair, (id, params, extra) =>
      report({
        id,
        operation: pair.places[0]!.operation,
        path: pair.path,
        words: subject.words,
        params: { ...subject.params, ...params },
        base: pair.base.node,
        revision: pair.revision.node,
        places: pair.places,
        ...(pair.component !== undefined ? { component: pair.component } : {}),
        ...extra,
      }),
    );
  }
}

/**
 * Whether one side is a union (`oneOf`/`anyOf`) and the other not: the object's properties then
 * live in the alternatives, which are matched and compared themselves (the old shape against the
 * alternative standing for it), so its property set is not compared at this level.
 */
export function wrapped(pair: SchemaPair): boolean {
  return pair.base.alternatives.length > 0 !== pair.revision.alternatives.length > 0;
}

/** `string/date-time`, `integer | null`... for messages. */
export function typeText(s: Schema): string {
  const t = s.types.length === 0 ? 'any' : s.types.join(' | ');
  const format = typeof s.kw.format === 'string' ? `/${s.kw.format}` : '';
  return `${t}${format}`;
}
