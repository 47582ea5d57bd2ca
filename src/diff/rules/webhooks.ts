/**
 * Webhooks (OpenAPI 3.1 `webhooks`) and callbacks: requests the API sends to its users. The
 * direction is the reverse of an operation's: the API is the client, the receiver the server.
 * So what the API sends (the request body) is judged as a response is: removing it, making it
 * optional or adding a media type receivers may not parse breaks them, narrowing it does not.
 * What receivers answer (the responses) is judged as a request is: when the API stops accepting
 * a status or media type it accepted, receivers break; accepting more is fine.
 * Schemas inside are judged by the schema rules with the same flipped direction (schema-scope.ts).
 */

import { escapePointerToken } from '../../ir/json-pointer.js';
import type { OperationSide } from '../compare.js';
import { asRecord, type Node } from '../resolve.js';
import type { Finding, RuleModule } from './rule.js';

const isSuccess = (status: string) => /^2/.test(status);
const required = (n: Node | undefined) => asRecord(n?.value)?.required === true;
const kindOf = (op: OperationSide) => op.event?.kind ?? 'webhook';

export const webhookRules: RuleModule = {
  ids: [
    'webhook-added',
    'webhook-removed',
    'callback-added',
    'callback-removed',
    'webhook-request-body-added',
    'webhook-request-body-removed',
    'webhook-request-body-became-optional',
    'webhook-request-body-became-required',
    'webhook-request-body-media-type-added',
    'webhook-request-body-media-type-removed',
    'webhook-response-success-status-removed',
    'webhook-response-non-success-status-removed',
    'webhook-response-status-added',
    'webhook-response-media-type-removed',
    'webhook-response-media-type-added',
  ],
  check(diff, report) {
    for (const op of diff.events.added) {
      report({ id: `${kindOf(op)}-added`, operation: op, params: { name: op.event?.name ?? op.path }, revision: op.node });
    }
    for (const op of diff.events.removed) {
      report({ id: `${kindOf(op)}-removed`, operation: op, params: { name: op.event?.name ?? op.path }, base: op.node });
    }
    for (const op of diff.events.operations) {
      const operation = op.revision;
      const words = { in: kindOf(operation) };
      const emit = (f: Omit<Finding, 'operation' | 'words'>) => report({ ...f, operation, words });
      const { base: b, revision: r } = op.requestBody;
      if (!b && r) emit({ id: 'webhook-request-body-added', path: 'requestBody', revision: r });
      if (b && !r) emit({ id: 'webhook-request-body-removed', path: 'requestBody', base: b });
      if (b && r) {
        if (required(b) && !required(r)) emit({ id: 'webhook-request-body-became-optional', path: 'requestBody', base: b, revision: r });
        if (!required(b) && required(r)) emit({ id: 'webhook-request-body-became-required', path: 'requestBody', base: b, revision: r });
        for (const m of op.requestContent.added) {
          emit({
            id: 'webhook-request-body-media-type-added',
            path: `requestBody/content/${escapePointerToken(m.key)}`,
            params: { mediaType: m.key },
            revision: m.node,
          });
        }
        for (const m of op.requestContent.removed) {
          emit({
            id: 'webhook-request-body-media-type-removed',
            path: `requestBody/content/${escapePointerToken(m.key)}`,
            params: { mediaType: m.key },
            base: m.node,
          });
        }
      }
      for (const s of op.responses.removed) {
        const id = isSuccess(s.key) ? 'webhook-response-success-status-removed' : 'webhook-response-non-success-status-removed';
        emit({ id, path: `responses/${s.key}`, params: { status: s.key }, base: s.node });
      }
      for (const s of op.responses.added)
        emit({ id: 'webhook-response-status-added', path: `responses/${s.key}`, params: { status: s.key }, revision: s.node });
      for (const res of op.responses.matched) {
        const status = res.key;
        for (const m of res.content.removed) {
          emit({
            id: 'webhook-response-media-type-removed',
            path: `responses/${status}/content/${escapePointerToken(m.key)}`,
            params: { status, mediaType: m.key },
            base: m.node,
          });
        }
        for (const m of res.content.added) {
          emit({
            id: 'webhook-response-media-type-added',
            path: `responses/${status}/content/${escapePointerToken(m.key)}`,
            params: { status, mediaType: m.key },
            revision: m.node,
          });
        }
      }
    }
  },
};
