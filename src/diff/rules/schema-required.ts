/**
 * Requiredness of existing properties. A request property that becomes required breaks clients
 * that omit it (unless it is read-only: the server fills it); a response property that becomes
 * optional breaks clients that rely on it (unless it is write-only: never returned anyway). A
 * property of an object-valued parameter that becomes required breaks clients as a body's does.
 */

import { escapePointerToken } from '../../ir/json-pointer.js';
import type { RuleModule } from './rule.js';
import { forEachPair, sideWord, wrapped } from './schema-scope.js';

export const schemaRequiredRules: RuleModule = {
  ids: [
    'request-property-became-required',
    'request-property-became-optional',
    'response-property-became-optional',
    'response-property-became-required',
    'request-parameter-property-became-required',
  ],
  check(diff, report) {
    forEachPair(diff, report, (pair, emit) => {
      if (pair.scope.area === 'parameter' && !wrapped(pair)) {
        for (const [name, rn] of pair.revision.properties) {
          const bn = pair.base.properties.get(name);
          if (!bn || pair.base.required.has(name) || !pair.revision.required.has(name)) continue;
          if (diff.revisionSchemas.read(rn)?.kw.readOnly === true) continue;
          const property = pair.property ? `${pair.property}.${name}` : name;
          emit(
            'request-parameter-property-became-required',
            { name: `${pair.scope.name}.${property}` },
            { path: `${pair.path}/properties/${escapePointerToken(name)}`, base: bn, revision: rn },
          );
        }
        return;
      }
      if (pair.scope.area !== 'body' || wrapped(pair)) return;
      const request = pair.scope.direction === 'request';
      const prefix = request ? 'request-property' : 'response-property';
      const join = (name: string) => (pair.property ? `${pair.property}.${name}` : name);
      for (const [name, rn] of pair.revision.properties) {
        const bn = pair.base.properties.get(name);
        if (!bn) continue;
        const was = pair.base.required.has(name);
        const is = pair.revision.required.has(name);
        if (was === is) continue;
        const child = diff.revisionSchemas.read(rn);
        if (child?.kw[request ? 'readOnly' : 'writeOnly'] === true) continue;
        emit(
          is ? `${prefix}-became-required` : `${prefix}-became-optional`,
          { name: join(name) },
          {
            path: `${pair.path}/properties/${escapePointerToken(name)}`,
            base: bn,
            revision: rn,
            words: { in: `${sideWord(pair.scope)} property` },
          },
        );
      }
    });
  },
};
