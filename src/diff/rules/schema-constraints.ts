/**
 * Numeric, length and size limits. In a request, a tighter limit (a new or lower maximum, a
 * higher minimum) rejects values clients send: breaking; a looser one is info. In a response,
 * a looser limit hands clients values outside what they were told: warning; a tighter one is
 * harmless. OpenAPI 3.1 numeric `exclusiveMaximum`/`exclusiveMinimum` count as bounds.
 */
import type { Schema } from '../schema.js';
import type { RuleModule } from './rule.js';
import { forEachPair, prefixOf } from './schema-scope.js';

interface Limit {
  name: string;
  upper: boolean;
  /** Absent lower bounds that mean 0 (lengths, counts) rather than unbounded. */
  zeroDefault?: boolean;
  read(s: Schema): number | undefined;
}

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const LIMITS: Limit[] = [
  { name: 'max', upper: true, read: (s) => num(s.kw.maximum) ?? num(s.kw.exclusiveMaximum) },
  { name: 'min', upper: false, read: (s) => num(s.kw.minimum) ?? num(s.kw.exclusiveMinimum) },
  { name: 'max-length', upper: true, read: (s) => num(s.kw.maxLength) },
  { name: 'min-length', upper: false, zeroDefault: true, read: (s) => num(s.kw.minLength) },
  { name: 'max-items', upper: true, read: (s) => num(s.kw.maxItems) },
  { name: 'min-items', upper: false, read: (s) => num(s.kw.minItems) },
];

const REQUEST_IDS = [
  'max-decreased',
  'max-set',
  'max-increased',
  'min-increased',
  'min-set',
  'min-decreased',
  'max-length-decreased',
  'max-length-set',
  'max-length-increased',
  'min-length-increased',
  'min-length-decreased',
  'max-items-decreased',
  'max-items-set',
  'max-items-increased',
  'min-items-increased',
  'min-items-set',
  'min-items-decreased',
];
const RESPONSE_IDS = [
  'max-increased',
  'min-decreased',
  'max-length-increased',
  'min-length-decreased',
  'max-items-increased',
  'min-items-decreased',
];

/** `set` (a new bound), `tightened` or `loosened`; undefined when equal. */
function classify(limit: Limit, b: number | undefined, r: number | undefined): 'set' | 'tightened' | 'loosened' | undefined {
  if (limit.zeroDefault) {
    b ??= 0;
    r ??= 0;
  }
  if (b === r) return undefined;
  if (b === undefined) return 'set';
  if (r === undefined) return 'loosened';
  return (limit.upper ? r < b : r > b) ? 'tightened' : 'loosened';
}

export const schemaConstraintRules: RuleModule = {
  ids: [
    ...REQUEST_IDS.map((x) => `request-parameter-${x}`),
    ...REQUEST_IDS.map((x) => `request-property-${x}`),
    ...RESPONSE_IDS.map((x) => `response-property-${x}`),
  ],
  check(diff, report) {
    forEachPair(diff, report, (pair, emit) => {
      const prefix = prefixOf(pair);
      if (prefix === 'response-header') return;
      for (const limit of LIMITS) {
        const b = limit.read(pair.base);
        const r = limit.read(pair.revision);
        const kind = classify(limit, b, r);
        if (!kind) continue;
        const params = {
          from: b === undefined ? (limit.zeroDefault ? 0 : 'none') : b,
          to: r === undefined ? (limit.zeroDefault ? 0 : 'none') : r,
        };
        const moved = (kind === 'tightened') === limit.upper ? 'decreased' : 'increased';
        if (pair.scope.direction === 'request') {
          emit(`${prefix}-${limit.name}-${kind === 'set' ? 'set' : moved}`, params);
        } else if (kind === 'loosened') {
          emit(`${prefix}-${limit.name}-${moved}`, params);
        }
      }
    });
  },
};
