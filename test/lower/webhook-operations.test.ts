import { describe, expect, it } from 'vitest';
import { emitTypes } from '../../src/emit/typescript/index.js';
import { emitZod } from '../../src/emit/zod/index.js';
import type { ApiDocument } from '../../src/ir/types.js';
import { withWebhookOperations } from '../../src/lower/webhook-operations.js';
import { agreementSource, compileStrict, exportedTypeNames, useScratchDir, writeFiles } from '../emit/shared/generated-project.js';
import { irDocument, irOperation } from '../helpers/ir-builders.js';

const scratch = useScratchDir();

const operation = irOperation;

const json = (name: string) => [{ mediaType: 'application/json', schema: { kind: 'ref' as const, name }, examples: [] }];

function document(): ApiDocument {
  return irDocument({
    operations: [
      operation('createShipment', 'post', '/shipments', {
        requestBody: { required: true, content: json('Shipment') },
        responses: [{ status: '201', description: 'created', headers: [], content: json('Shipment') }],
      }),
    ],
    webhooks: [
      operation('shipmentSent', 'post', 'shipment.sent', {
        summary: 'A shipment left the warehouse',
        requestBody: { required: true, content: json('Shipment') },
        responses: [{ status: '200', description: 'ok', headers: [], content: json('Receipt') }],
      }),
      operation('createShipment', 'post', 'clash'),
    ],
    schemas: [
      {
        name: 'Shipment',
        origin: 'imported',
        sources: [],
        schema: {
          kind: 'object',
          properties: [
            { name: 'id', required: true, schema: { kind: 'string', readOnly: true } },
            { name: 'token', required: true, schema: { kind: 'string', writeOnly: true } },
            { name: 'to', required: true, schema: { kind: 'string' } },
          ],
        },
      },
      {
        name: 'Receipt',
        origin: 'imported',
        sources: [],
        schema: {
          kind: 'object',
          properties: [
            { name: 'ok', required: true, schema: { kind: 'boolean' } },
            { name: 'note', required: false, schema: { kind: 'string', readOnly: true } },
          ],
        },
      },
    ],
  });
}

describe('withWebhookOperations', () => {
  it('should append webhooks as operations, their name in place of a path, leaving out an operationId already used', () => {
    const doc = withWebhookOperations(document());
    expect(doc.operations.map((item) => `${item.method} ${item.path} ${item.operationId}`)).toEqual([
      'post /shipments createShipment',
      'post webhook shipment.sent shipmentSent',
    ]);
  });

  it('should give back the same document when there are no webhooks', () => {
    const doc = { ...document(), webhooks: [] };
    expect(withWebhookOperations(doc)).toBe(doc);
  });
});

describe('webhooks in types.ts and schemas.ts', () => {
  it('should declare a webhook request body as the API sends it (readOnly kept, writeOnly left out)', () => {
    const types = emitTypes(document());
    expect(types).toMatch(/export type ShipmentSentRequestBody = ShipmentReadable;/);
    expect(types).toMatch(/export type CreateShipmentRequestBody = ShipmentWritable;/);
    // The receiver's reply is input to the API: readOnly left out.
    expect(types).toMatch(/export type ShipmentSent200Response = ReceiptWritable;/);
    expect(types).toContain('POST webhook shipment.sent');
    const zod = emitZod(document());
    // A part that is just another schema is an export alias (src/emit/zod/operations.ts).
    expect(zod).toContain('export { ShipmentReadableSchema as ShipmentSentRequestBodySchema };');
  });

  it('should compile strictly, types and schemas agreeing', () => {
    const files = { 'types.ts': emitTypes(document()), 'schemas.ts': emitZod(document()) };
    const pairs = exportedTypeNames(files['types.ts']).map((name): [string, string] => [name, `${name}Schema`]);
    const dir = scratch();
    writeFiles(dir, { ...files, 'agreement.ts': agreementSource(pairs) });
    expect(compileStrict(dir, ['types.ts', 'schemas.ts', 'agreement.ts'])).toEqual([]);
  });
});

describe('webhooks with a discriminated body', () => {
  it('should narrow the variants of a webhook body like an operation body', () => {
    const pet = (name: string) => ({
      name,
      origin: 'imported' as const,
      sources: [],
      schema: { kind: 'object' as const, properties: [{ name: 'petType', required: true, schema: { kind: 'string' as const } }] },
    });
    const body = {
      kind: 'union' as const,
      mode: 'oneOf' as const,
      variants: [
        { kind: 'ref' as const, name: 'Cat' },
        { kind: 'ref' as const, name: 'Dog' },
      ],
      discriminator: { propertyName: 'petType', mapping: { cat: 'Cat', dog: 'Dog' } },
    };
    const doc: ApiDocument = {
      ...document(),
      operations: [],
      webhooks: [
        operation('petAdopted', 'post', 'pet.adopted', {
          requestBody: { required: true, content: [{ mediaType: 'application/json', schema: body, examples: [] }] },
        }),
      ],
      schemas: [pet('Cat'), pet('Dog')],
    };
    const asOperation: ApiDocument = { ...doc, webhooks: [], operations: [{ ...doc.webhooks![0]!, path: '/pet-adopted' }] };
    const line = (text: string) =>
      text.slice(text.indexOf('export type PetAdoptedRequestBody'), text.indexOf('export type PetAdoptedResponse'));
    expect(line(emitTypes(doc))).toBe(line(emitTypes(asOperation)));
    expect(line(emitTypes(doc))).toContain("'cat'");
  });
});
