/**
 * Response statuses, media types and headers. Clients rely on what a success response looks
 * like: a removed success status, media type or required header breaks them; a removed error
 * status or optional header is a warning; anything added is info. A media type whose schema is
 * deleted promises nothing any more (breaking); one that gains a schema promises more (info).
 */

import { escapePointerToken } from '../../ir/json-pointer.js';
import type { Node } from '../resolve.js';
import { asRecord } from '../resolve.js';
import { hasSchema } from './request-body.js';
import type { RuleModule } from './rule.js';

const isSuccess = (status: string) => /^2/.test(status);
const required = (n: Node) => asRecord(n.value)?.required === true;

export const responseRules: RuleModule = {
  ids: [
    'response-success-status-removed',
    'response-non-success-status-removed',
    'response-status-added',
    'response-media-type-removed',
    'response-media-type-added',
    'response-body-media-type-schema-added',
    'response-body-media-type-schema-removed',
    'response-required-header-removed',
    'response-optional-header-removed',
    'response-header-became-optional',
    'response-header-added',
  ],
  check(diff, report) {
    for (const op of diff.operations) {
      const operation = op.revision;
      for (const s of op.responses.removed) {
        const id = isSuccess(s.key) ? 'response-success-status-removed' : 'response-non-success-status-removed';
        report({ id, operation, path: `responses/${s.key}`, params: { status: s.key }, base: s.node });
      }
      for (const s of op.responses.added)
        report({ id: 'response-status-added', operation, path: `responses/${s.key}`, params: { status: s.key }, revision: s.node });
      for (const res of op.responses.matched) {
        const status = res.key;
        for (const m of res.content.removed) {
          report({
            id: 'response-media-type-removed',
            operation,
            path: `responses/${status}/content/${escapePointerToken(m.key)}`,
            params: { status, mediaType: m.key },
            base: m.node,
          });
        }
        for (const m of res.content.added) {
          report({
            id: 'response-media-type-added',
            operation,
            path: `responses/${status}/content/${escapePointerToken(m.key)}`,
            params: { status, mediaType: m.key },
            revision: m.node,
          });
        }
        for (const m of res.content.matched) {
          const [had, has] = [hasSchema(m.base), hasSchema(m.revision)];
          if (had === has) continue;
          report({
            id: has ? 'response-body-media-type-schema-added' : 'response-body-media-type-schema-removed',
            operation,
            path: `responses/${status}/content/${escapePointerToken(m.key)}/schema`,
            params: { status, mediaType: m.key },
            base: m.base,
            revision: m.revision,
          });
        }
        const hpath = (k: string) => `responses/${status}/headers/${escapePointerToken(k)}`;
        for (const h of res.headers.removed) {
          const id = required(h.node) ? 'response-required-header-removed' : 'response-optional-header-removed';
          report({ id, operation, path: hpath(h.key), params: { status, name: h.key }, base: h.node });
        }
        for (const h of res.headers.added)
          report({ id: 'response-header-added', operation, path: hpath(h.key), params: { status, name: h.key }, revision: h.node });
        for (const h of res.headers.matched) {
          if (required(h.base) && !required(h.revision)) {
            report({
              id: 'response-header-became-optional',
              operation,
              path: hpath(h.key),
              params: { status, name: h.key },
              base: h.base,
              revision: h.revision,
            });
          }
        }
      }
    }
  },
};
