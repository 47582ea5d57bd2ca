import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

/** A "widgets" API written as one bullet list per endpoint, each parameter's flag marked before its name. */
const PAGE = [
  '## `GET /api/widgets`',
  '### List widgets',
  [
    '- Query Params:',
    '  - *optional* `query`: **string** search term (e.g. a name, a colour)',
    '  - *optional* `page_size`: **integer** widgets per page (default is `50`)',
    '  - *optional* `colours`: **[string]** colours to match',
    '  - **required** `shop`: **string** the shop the widgets are in',
    '- Response: JSON array of widgets',
  ].join('\n'),
  '## `POST /api/widgets/batch`',
  '### Create widgets',
  [
    '- Params:',
    '  - *optional* `max_count` (integer)',
    '  - `label`: **string** what to print on them',
    '- Response: none (code `204`)',
  ].join('\n'),
].join('\n\n');

describe('general reader: a flag marked before the name in a parameters list (`*optional* `name`: **type** …`)', () => {
  it('should read each item as a parameter, its flag and its marked type', () => {
    const read = readGeneral(PAGE);
    const list = operation(read, 'GET /api/widgets');
    expect(parameterNames(list)).toEqual(['query:query', 'query:page_size', 'query:colours', 'query:shop*']);
    expect(strip(list.parameters.map((p) => [p.name, p.schema]))).toEqual([
      ['query', { kind: 'string' }],
      ['page_size', { kind: 'integer', default: 50 }],
      ['colours', { kind: 'array', items: { kind: 'string' } }],
      ['shop', { kind: 'string' }],
    ]);
    expect(list.parameters[0]?.description).toBe('search term (e.g. a name, a colour)');
  });

  it('should read them as body fields where the call sends a body', () => {
    const read = readGeneral(PAGE);
    const body = bodySchema(operation(read, 'POST /api/widgets/batch'));
    expect(body).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'max_count', required: false, schema: { kind: 'integer' } },
        { name: 'label', schema: { kind: 'string' } },
      ],
    });
  });

  it('should not take a label in emphasis (`*Note* `x` …`) for a flag, nor a marked word that is no type for one', () => {
    const read = readGeneral(
      ['## `GET /api/gadgets`', '- Query Params:\n  - *note* `colour`: see below\n  - `size`: **big** or small, the size to match'].join(
        '\n\n',
      ),
    );
    const sizes = operation(read, 'GET /api/gadgets').parameters.find((p) => p.name === 'size');
    expect(sizes?.schema).not.toMatchObject({ kind: 'big' });
    expect(operation(read, 'GET /api/gadgets').parameters.map((p) => p.name)).not.toContain('note');
  });
});

describe('general reader: names alone in a list under a part titled in the list itself (`* Params:` ⏎ `` * `ids` ``)', () => {
  it('should read each name as a field of that part', () => {
    const read = readGeneral(
      [
        '## `PATCH /api/widgets/retire`',
        '### Retire widgets',
        '- Params:\n  - `ids`\n  - `reason`\n- Response: none (code `204`)',
        '## `DELETE /api/widgets/stock`',
        '- Params:\n  - `shop`\n- Response: none',
      ].join('\n\n'),
    );
    expect(
      (bodySchema(operation(read, 'PATCH /api/widgets/retire')) as { properties: Array<{ name: string }> }).properties.map((p) => p.name),
    ).toEqual(['ids', 'reason']);
    expect(parameterNames(operation(read, 'DELETE /api/widgets/stock'))).toEqual(['query:shop']);
  });

  it('should still leave a list of names alone under a heading (values or permissions, not fields)', () => {
    const read = readGeneral(['## `GET /api/widgets/:id`', '### Parameters', '- `manage-widgets`\n- `read-widgets`'].join('\n\n'));
    expect(parameterNames(operation(read, 'GET /api/widgets/{id}'))).toEqual(['path:id*']);
  });
});
