/**
 * Parameters matched by location and name (path parameters by position, so a rename is seen
 * as one). A new required parameter breaks every existing call; a parameter that becomes
 * required breaks those that omit it; a changed style or explode changes the wire format.
 */

import { escapePointerToken } from '../../ir/json-pointer.js';
import type { Parameter } from '../compare.js';
import { asRecord } from '../resolve.js';
import type { RuleModule } from './rule.js';
import { locationWord } from './schema-scope.js';

const at = (p: Parameter) => `parameters/${p.in}/${escapePointerToken(p.name)}`;
const DEFAULT_STYLE: Record<string, string> = { query: 'form', cookie: 'form', path: 'simple', header: 'simple' };
const styleOf = (p: Parameter) => {
  const s = asRecord(p.node.value)?.style;
  return typeof s === 'string' ? s : (DEFAULT_STYLE[p.in] ?? 'form');
};
const explodeOf = (p: Parameter) => {
  const e = asRecord(p.node.value)?.explode;
  return typeof e === 'boolean' ? e : styleOf(p) === 'form';
};

export const parameterRules: RuleModule = {
  ids: [
    'new-required-request-parameter',
    'new-optional-request-parameter',
    'request-parameter-became-required',
    'request-parameter-became-optional',
    'request-parameter-style-changed',
    'request-parameter-explode-changed',
    'request-path-parameter-renamed',
  ],
  check(diff, report) {
    for (const op of diff.operations) {
      const words = (p: Parameter) => ({ in: `${locationWord(p.in)} parameter` });
      for (const { node: p } of op.parameters.added) {
        const hasDefault = asRecord(p.schema?.value)?.default !== undefined;
        const id = p.required && !hasDefault ? 'new-required-request-parameter' : 'new-optional-request-parameter';
        report({ id, operation: op.revision, path: at(p), words: words(p), params: { name: p.name }, revision: p.node });
      }
      for (const { base: b, revision: r } of op.parameters.matched) {
        const common = { operation: op.revision, path: at(r), words: words(r), base: b.node, revision: r.node };
        if (b.in === 'path' && b.name !== r.name)
          report({ id: 'request-path-parameter-renamed', ...common, params: { from: b.name, to: r.name } });
        const params = { name: r.name };
        if (!b.required && r.required) report({ id: 'request-parameter-became-required', ...common, params });
        if (b.required && !r.required) report({ id: 'request-parameter-became-optional', ...common, params });
        if (styleOf(b) !== styleOf(r))
          report({ id: 'request-parameter-style-changed', ...common, params: { name: r.name, from: styleOf(b), to: styleOf(r) } });
        else if (explodeOf(b) !== explodeOf(r)) {
          report({
            id: 'request-parameter-explode-changed',
            ...common,
            params: { name: r.name, from: String(explodeOf(b)), to: String(explodeOf(r)) },
          });
        }
      }
    }
  },
};
