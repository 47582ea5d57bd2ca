/**
 * Properties added and removed. A new required request property breaks clients that do not
 * send it (unless read-only or defaulted); a removed response property breaks clients that
 * read it (unless write-only; an optional one is a warning). A removed request property is a warning: the server now
 * ignores (or rejects) what clients still send. An object-valued parameter (a header or a
 * deepObject query) that gains a required property breaks clients as a body does.
 */

import { escapePointerToken } from '../../ir/json-pointer.js';
import type { RuleModule } from './rule.js';
import { forEachPair, sideWord, wrapped } from './schema-scope.js';

export const schemaPropertyRules: RuleModule = {
  ids: [
    'new-required-request-property',
    'new-optional-request-property',
    'request-property-removed',
    'response-property-removed',
    'response-optional-property-removed',
    'response-property-added',
    'new-required-request-parameter-property',
  ],
  check(diff, report) {
    forEachPair(diff, report, (pair, emit) => {
      if (pair.scope.area === 'parameter' && !wrapped(pair)) {
        for (const [name, node] of pair.revision.properties) {
          if (pair.base.properties.has(name) || !pair.revision.required.has(name)) continue;
          const s = diff.revisionSchemas.read(node);
          if (s?.kw.readOnly === true || s?.kw.default !== undefined) continue;
          const property = pair.property ? `${pair.property}.${name}` : name;
          emit(
            'new-required-request-parameter-property',
            { name: `${pair.scope.name}.${property}` },
            { path: `${pair.path}/properties/${escapePointerToken(name)}`, base: undefined, revision: node },
          );
        }
        return;
      }
      if (pair.scope.area !== 'body' || wrapped(pair)) return;
      const request = pair.scope.direction === 'request';
      const join = (name: string) => (pair.property ? `${pair.property}.${name}` : name);
      const at = (name: string) => `${pair.path}/properties/${escapePointerToken(name)}`;
      const words = { in: `${sideWord(pair.scope)} property` };
      for (const [name, node] of pair.revision.properties) {
        if (pair.base.properties.has(name)) continue;
        const s = diff.revisionSchemas.read(node);
        if (request && s?.kw.readOnly === true) continue;
        if (!request && s?.kw.writeOnly === true) continue;
        const id = !request
          ? 'response-property-added'
          : pair.revision.required.has(name) && s?.kw.default === undefined
            ? 'new-required-request-property'
            : 'new-optional-request-property';
        emit(id, { name: join(name) }, { path: at(name), words, base: undefined, revision: node });
      }
      for (const [name, node] of pair.base.properties) {
        if (pair.revision.properties.has(name)) continue;
        const s = diff.baseSchemas.read(node);
        if (request && s?.kw.readOnly === true) continue;
        if (!request && s?.kw.writeOnly === true) continue;
        const id = request
          ? 'request-property-removed'
          : pair.base.required.has(name)
            ? 'response-property-removed'
            : 'response-optional-property-removed';
        emit(id, { name: join(name) }, { path: at(name), words, base: node, revision: undefined });
      }
    });
  },
};
