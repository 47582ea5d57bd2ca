import { describe, expect, it } from 'vitest';
import { emitOpenApi } from '../../../src/emit/openapi/index.js';
import { printJson } from '../../../src/emit/shared/print.js';
import type { ApiDocument, Operation } from '../../../src/ir/types.js';
import { irDocument, irOperation } from '../../helpers/ir-builders.js';
import { describeProblems, redoclyProblems, schemaErrors } from '../../helpers/openapi-validate.js';

// biome-ignore lint/suspicious/noExplicitAny: the test reads the emitted document by deep paths
type Json = { [key: string]: any };

const operation = irOperation;

function document(): ApiDocument {
  return irDocument({
    operations: [
      operation('subscribe', 'post', '/subscriptions', {
        callbacks: [
          {
            name: 'onEvent',
            operations: [
              operation('eventSent', 'post', '{$request.body#/callbackUrl}?id={$response.body#/id}', {
                requestBody: {
                  required: true,
                  content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Event' }, examples: [] }],
                },
              }),
            ],
          },
          { name: 'archived', operations: [operation('archivedSent', 'put', 'https://example.com/archive')] },
        ],
      }),
    ],
    webhooks: [
      operation('orderShipped', 'post', 'order.shipped', {
        tags: ['orders'],
        requestBody: {
          required: true,
          content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Shipment' }, examples: [] }],
        },
      }),
      operation('orderPlacedPut', 'put', 'orderPlaced'),
      operation('orderPlaced', 'post', 'orderPlaced'),
    ],
    schemas: [
      {
        name: 'Event',
        origin: 'imported',
        sources: [],
        schema: { kind: 'object', properties: [{ name: 'kind', required: true, schema: { kind: 'string' } }] },
      },
    ],
  });
}

describe('emitOpenApi: webhooks', () => {
  it('should write webhooks keyed by name as they are (no leading slash), sorted, methods in OpenAPI order', () => {
    const spec = emitOpenApi(document()) as unknown as Json;
    expect(Object.keys(spec)).toEqual(['openapi', 'info', 'tags', 'paths', 'webhooks', 'components']);
    expect(Object.keys(spec.webhooks)).toEqual(['order.shipped', 'orderPlaced']);
    expect(Object.keys(spec.webhooks.orderPlaced)).toEqual(['put', 'post']);
    expect(spec.webhooks['order.shipped'].post).toEqual({
      tags: ['orders'],
      operationId: 'orderShipped',
      requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Shipment' } } }, required: true },
      responses: { '200': { description: 'ok' } },
    });
    expect(spec.tags).toEqual([{ name: 'orders' }]);
  });

  it('should define a component for a name only a webhook refers to (nothing dangles)', () => {
    const spec = emitOpenApi(document()) as unknown as Json;
    expect(Object.keys(spec.components.schemas)).toEqual(['Event', 'Shipment']);
  });

  it('should leave webhooks out when there are none', () => {
    const doc = { ...document(), webhooks: [] };
    expect(Object.keys(emitOpenApi(doc))).not.toContain('webhooks');
  });
});

describe('emitOpenApi: callbacks', () => {
  it('should write callbacks by name, expressions as they are, with no made-up path parameters', () => {
    const spec = emitOpenApi(document()) as unknown as Json;
    const post = spec.paths['/subscriptions'].post;
    expect(Object.keys(post)).toEqual(['operationId', 'responses', 'callbacks']);
    expect(Object.keys(post.callbacks)).toEqual(['archived', 'onEvent']);
    expect(post.callbacks.onEvent).toEqual({
      '{$request.body#/callbackUrl}?id={$response.body#/id}': {
        post: {
          operationId: 'eventSent',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Event' } } }, required: true },
          responses: { '200': { description: 'ok' } },
        },
      },
    });
    expect(post.callbacks.archived).toEqual({
      'https://example.com/archive': { put: { operationId: 'archivedSent', responses: { '200': { description: 'ok' } } } },
    });
  });

  it('should give byte-identical JSON whatever the order of webhooks and callbacks in the IR', () => {
    const shuffled = document();
    shuffled.webhooks!.reverse();
    shuffled.operations[0]!.callbacks!.reverse();
    expect(printJson(emitOpenApi(shuffled))).toBe(printJson(emitOpenApi(document())));
  });

  it('should pass the official OAS 3.1 schema and Redocly lint', async () => {
    // Redocly wants every operation tagged, and post before put (the emitter's order is OpenAPI's).
    const doc = document();
    doc.webhooks = doc.webhooks!.filter((webhook) => webhook.method !== 'put');
    const tag = (operation: Operation): void => {
      operation.tags = ['t'];
      for (const callback of operation.callbacks ?? []) callback.operations.forEach(tag);
    };
    [...doc.operations, ...doc.webhooks].forEach(tag);
    const spec = emitOpenApi(doc);
    expect(await schemaErrors(spec)).toEqual([]);
    expect(describeProblems(await redoclyProblems(spec))).toEqual([]);
  });
});
