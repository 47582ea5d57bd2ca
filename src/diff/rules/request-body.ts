/**
 * Request bodies and their media types. A body that appears as required, or becomes required,
 * breaks clients that send none; a media type the server stops accepting breaks clients that
 * send it. A schema written for a media type that had none narrows what the server accepts
 * (breaking); one deleted widens it (info).
 */

import { escapePointerToken } from '../../ir/json-pointer.js';
import { asRecord, type Node } from '../resolve.js';
import type { RuleModule } from './rule.js';

export const requestBodyRules: RuleModule = {
  ids: [
    'request-body-added-required',
    'request-body-added-optional',
    'request-body-removed',
    'request-body-became-required',
    'request-body-became-optional',
    'request-body-media-type-added',
    'request-body-media-type-removed',
    'request-body-media-type-schema-added',
    'request-body-media-type-schema-removed',
  ],
  check(diff, report) {
    for (const op of diff.operations) {
      const { base: b, revision: r } = op.requestBody;
      const operation = op.revision;
      const required = (n: typeof b) => asRecord(n?.value)?.required === true;
      if (!b && r) {
        report({
          id: required(r) ? 'request-body-added-required' : 'request-body-added-optional',
          operation,
          path: 'requestBody',
          revision: r,
        });
        continue;
      }
      if (b && !r) {
        report({ id: 'request-body-removed', operation, path: 'requestBody', base: b });
        continue;
      }
      if (!b || !r) continue;
      if (!required(b) && required(r)) report({ id: 'request-body-became-required', operation, path: 'requestBody', base: b, revision: r });
      if (required(b) && !required(r)) report({ id: 'request-body-became-optional', operation, path: 'requestBody', base: b, revision: r });
      for (const m of op.requestContent.added) {
        report({
          id: 'request-body-media-type-added',
          operation,
          path: `requestBody/content/${escapePointerToken(m.key)}`,
          params: { mediaType: m.key },
          revision: m.node,
        });
      }
      for (const m of op.requestContent.removed) {
        report({
          id: 'request-body-media-type-removed',
          operation,
          path: `requestBody/content/${escapePointerToken(m.key)}`,
          params: { mediaType: m.key },
          base: m.node,
        });
      }
      for (const m of op.requestContent.matched) {
        const [had, has] = [hasSchema(m.base), hasSchema(m.revision)];
        if (had === has) continue;
        report({
          id: has ? 'request-body-media-type-schema-added' : 'request-body-media-type-schema-removed',
          operation,
          path: `requestBody/content/${escapePointerToken(m.key)}/schema`,
          params: { mediaType: m.key },
          base: m.base,
          revision: m.revision,
        });
      }
    }
  },
};

/** Whether a media type object states a schema (one without accepts or returns anything). */
export function hasSchema(mediaType: Node): boolean {
  return asRecord(mediaType.value)?.schema !== undefined;
}
