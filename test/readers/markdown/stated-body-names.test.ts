/**
 * A body whose schema the page names in words just above its fields (`Body schema: OrderInput`,
 * `Request schema: …`, `Response schema: …`, `Request body: `CreateOrder` object`): the fields
 * define a named type of that name, and the body is it; two operations stating one name with
 * other fields are told apart by the merge (`entity-conflict`), never joined silently.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const tempDir = useTempDir();

const fields = (names: string[]) =>
  ['| Field | Type | Required | Description |', '|---|---|---|---|', ...names.map((n) => `| ${n} | string | yes | The ${n}. |`)].join('\n');

function page(title: string, route: string, label: string, names: string[]): string {
  return [`# ${title}`, `\`${route}\``, label, fields(names)].join('\n\n');
}

describe('general reader: a body’s schema named above its fields', () => {
  it.each([
    ['Body schema: OrderInput', 'OrderInput'],
    ['Request schema: OrderInput', 'OrderInput'],
    ['**Request body schema**: OrderInput', 'OrderInput'],
    ['Request body: `CreateOrder` object', 'CreateOrder'],
  ])('should read `%s` as the request body’s named type', (label, name) => {
    const read = readGeneral(page('Create an order', 'POST /v1/orders', label, ['sku', 'quantity']));
    expect(bodySchema(operation(read, 'POST /v1/orders'))).toEqual({ kind: 'ref', name });
    const defined = read.fragment?.schemas.find((schema) => schema.name === name)?.schema;
    expect(defined?.kind === 'object' && defined.properties.map((p) => p.name)).toEqual(['sku', 'quantity']);
    // The label is the body's title, no words of the operation.
    expect(JSON.stringify(read.fragment?.operations)).not.toContain('schema:');
  });

  it('should read `Response schema: Order` as the response’s named type, and leave a media type no name', () => {
    const read = readGeneral(
      [
        '# Get an order',
        '`GET /v1/orders/{id}`',
        '## Response',
        'Response schema: Order',
        fields(['id', 'sku']),
        '## Create',
        '`POST /v1/orders`',
        'Request body schema: application/json',
        fields(['sku']),
      ].join('\n\n'),
    );
    const get = operation(read, 'GET /v1/orders/{id}');
    expect(strip(get.responses[0]?.content[0]?.schema)).toEqual({ kind: 'ref', name: 'Order' });
    expect(bodySchema(operation(read, 'POST /v1/orders'))?.kind).toBe('object');
  });

  it('should keep each of two operations’ own fields where both state one name over different fields, and say so', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'orders.md'), page('Create an order', 'POST /v1/orders', 'Body schema: OrderInput', ['sku', 'quantity']));
    writeFileSync(path.join(dir, 'returns.md'), page('Return an order', 'POST /v1/returns', 'Body schema: OrderInput', ['reason']));
    const run = await generate({ input: dir });
    const body = (route: string) => strip(run.document.operations.find((op) => op.path === route)?.requestBody?.content[0]?.schema);
    expect(body('/v1/orders')).toEqual({ kind: 'ref', name: 'OrderInput' });
    const named = run.document.schemas.find((schema) => schema.name === 'OrderInput')?.schema;
    expect(named?.kind === 'object' && named.properties.map((p) => p.name)).toEqual(['sku', 'quantity']);
    // The other page's fields stay its own body's, inline, and the conflict is reported at its table.
    const other = body('/v1/returns');
    expect(other?.kind === 'object' && other.properties.map((p) => p.name)).toEqual(['reason']);
    expect(run.diagnostics.filter((d) => d.code === 'entity-conflict').map((d) => d.source.file)).toEqual(['returns.md']);
  });

  it('should emit a stated name with hyphens through the naming layer (`orders-item-post-request` → `OrdersItemPostRequest`)', async () => {
    const dir = tempDir();
    const oracle = [
      '# Create an order',
      '## Request',
      'post',
      '/v1/orders',
      '### Request Body',
      'Root Schema : orders-item-post-request',
      'Type: object',
      'Show Source',
      '- OrderNumber(required): string\n\n  The number of the order.',
    ].join('\n\n');
    writeFileSync(path.join(dir, 'orders.md'), oracle);
    const run = await generate({ input: dir });
    expect(run.failed).toBe(false);
    const types = run.outputs.find((o) => o.path.endsWith('types.ts'))?.contents ?? '';
    expect(types).toContain('export interface OrdersItemPostRequest {');
    const spec = JSON.parse(run.outputs.find((o) => o.path.endsWith('openapi.json'))?.contents ?? '{}');
    expect(spec.paths['/v1/orders'].post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/orders-item-post-request',
    });
  });
});
