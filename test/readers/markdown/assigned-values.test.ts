import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

describe('general reader: a parameter written with the values it takes (`` - `kind=fiction|poetry`: … ``)', () => {
  it('should read the name and the values as its enum', () => {
    const read = readGeneral(
      [
        '## Shelves',
        '```\nGET /api/v1/shelves\n```',
        'URL query parameters:',
        '- `kind=fiction|poetry|essays`: return only the shelves of that kind (e.g. `kind=poetry`).\n- `limit=<int>`: How many. Optional.',
      ].join('\n\n'),
    );
    const list = operation(read, 'GET /api/v1/shelves');
    expect(strip(list.parameters.map((p) => [p.name, p.schema]))).toEqual([
      ['kind', { kind: 'enum', base: 'string', values: [{ value: 'fiction' }, { value: 'poetry' }, { value: 'essays' }] }],
      ['limit', { kind: 'integer', format: 'int32' }],
    ]);
  });

  it('should leave an item of one value (`` `format=json` ``), an example, no parameter of that name', () => {
    const read = readGeneral(
      ['## Shelves', '```\nGET /api/v1/shelves\n```', 'Examples:', '- `format=json` gives JSON.\n- `format=csv` gives CSV.'].join('\n\n'),
    );
    expect(operation(read, 'GET /api/v1/shelves').parameters.map((p) => p.name)).not.toContain('format=json');
  });
});
