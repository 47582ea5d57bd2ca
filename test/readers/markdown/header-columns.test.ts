/**
 * A table whose name column is headed as headers are (`Header`, `Headers`, `Header name`), under no
 * title of a part (`## Pictures`): its rows are headers the call sends, no fields of its body; a
 * table of fields beside it is still the body's. The fixtures are made-up APIs written by us.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

describe('general reader: a name column of headers', () => {
  it('should read a `Header` column as header parameters, and the fields table after it as the body', () => {
    const read = readGeneral(
      [
        '## Pictures',
        '```',
        'POST /v1/lamps/{lampId}/pictures',
        '```',
        'Pictures go up in parts; each part sends these:',
        '| Header | Description |\n|---|---|\n| X-Lamp-Room: [ROOM-ID] | The room of the lamp. |\n| Content-Range: bytes [RANGE] | The bytes this part holds. |',
        '| Key | Type | Description |\n|---|---|---|\n| `shade` | string | The colour of the shade. |',
      ].join('\n\n'),
    );
    const upload = operation(read, 'POST /v1/lamps/{lampId}/pictures');
    // (Before, both headers were fields of the body.)
    expect(parameterNames(upload)).toEqual(['header:X-Lamp-Room', 'header:Content-Range', 'path:lampId*']);
    expect(bodySchema(upload)).toMatchObject({ kind: 'object', properties: [{ name: 'shade', schema: { kind: 'string' } }] });
  });

  it('should read a `Header name` column as header parameters under no title', () => {
    const read = readGeneral(
      [
        '## Switch a lamp on',
        '`PUT /v1/lamps/{lampId}/state`',
        '| Header name | Required | Description |\n|---|---|---|\n| `X-Lamp-Key` | yes | The key of the lamp. |',
      ].join('\n\n'),
    );
    const on = operation(read, 'PUT /v1/lamps/{lampId}/state');
    expect(parameterNames(on)).toEqual(['header:X-Lamp-Key*', 'path:lampId*']);
    expect(on.requestBody).toBeUndefined();
  });
});
