/**
 * A status line under a response's title over the table of its fields (`#### Response` ⏎
 * `Status: 200 OK` ⏎ `| Field | Type | Description |`, as GitHub's references write it): the fields
 * are that status's body. The fixture is an "orders" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/status-line-tables/orders.md'), 'utf8');

describe('general reader: a status line over the response fields', () => {
  const read = readGeneral(page, 'api/orders.md');

  it("should read the table under the status line as that status's body", () => {
    const get = operation(read, 'GET /v1/orders/{order_id}');
    expect(get.responses.map((r) => r.status)).toEqual(['200']);
    const schema = get.responses[0]?.content[0]?.schema;
    expect(schema?.kind === 'object' && schema.properties.map((p) => [p.name, p.schema.kind])).toEqual([
      ['id', 'string'],
      ['total', 'number'],
    ]);
  });

  it('should give the sample below the table the same status', () => {
    const cancel = operation(read, 'POST /v1/orders/{order_id}/cancel');
    expect(cancel.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['202', { id: 'ord_1', state: 'cancelling' }],
    ]);
  });
});
