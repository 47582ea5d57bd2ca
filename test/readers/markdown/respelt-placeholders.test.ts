/**
 * A route's placeholder and its row spelt two ways (`{orderId}` in the route, `order_id` in the
 * table): the row is the placeholder's, named as the route names it, with a warning at the row.
 * A row that could be either of two placeholders, or a placeholder two rows could be, is left
 * as it was. The pages are ours.
 */
import { describe, expect, it } from 'vitest';
import { codes, operation, parameterNames, readGeneral } from './helpers.js';

const table = (rows: string[]) => ['| Name | Type | Description |', '|---|---|---|', ...rows.map((row) => `| ${row} |`)];

describe('general reader: a placeholder whose row spells it another way', () => {
  it('should read a path row spelt in snake case as the camel-case placeholder, typed as the row says', () => {
    const read = readGeneral(
      [
        '## Get an order',
        '',
        'GET /orders/{orderId}',
        '',
        '### Path parameters',
        '',
        ...table(['order_id | integer | The order.']),
        '',
      ].join('\n'),
      'api/orders.md',
    );
    const get = operation(read, 'GET /orders/{orderId}');
    expect(parameterNames(get)).toEqual(['path:orderId*']);
    expect(get.parameters[0]?.schema.kind).toBe('integer');
    expect(get.parameters[0]?.description).toBe('The order.');
    const notes = read.diagnostics.items.filter((d) => d.code === 'path-parameter-respelt');
    expect(notes.map((d) => [d.severity, d.source.start.line])).toEqual([['warning', 9]]);
    expect(codes(read)).not.toContain('path-parameter-undocumented');
    expect(codes(read)).not.toContain('path-parameter-not-in-route');
  });

  it('should read a row a table without a location column placed in the query as the placeholder it spells', () => {
    const read = readGeneral(
      [
        '## Delete an order',
        '',
        'DELETE /orders/:order-id',
        '',
        '### Parameters',
        '',
        ...table(['orderId | integer | The order.', 'force | boolean | Even if paid.']),
        '',
      ].join('\n'),
      'api/orders.md',
    );
    expect(parameterNames(operation(read, 'DELETE /orders/{order-id}'))).toEqual(['path:order-id*', 'query:force']);
  });

  it('should leave a placeholder two rows could spell undocumented', () => {
    const read = readGeneral(
      [
        '## Get an order',
        '',
        'GET /orders/{orderId}',
        '',
        '### Query parameters',
        '',
        ...table(['order_id | integer | One.', 'order-id | integer | Two.']),
        '',
      ].join('\n'),
      'api/orders.md',
    );
    expect(parameterNames(operation(read, 'GET /orders/{orderId}'))).toEqual(['query:order_id', 'query:order-id', 'path:orderId*']);
    expect(codes(read)).toContain('path-parameter-undocumented');
  });
});
