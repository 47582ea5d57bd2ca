/**
 * A value cell that is words in brackets (`[LAMP-ID]`, `[ROOM_NAME]`, `[shade colour]`): a placeholder
 * for the value, as `<lamp-id>` and `{{lampId}}` are, so no example and no array type; a JSON array
 * (`[1, 2]`, `["red"]`, `[true]`), or a list in a script's quotes (`['hall']`), stays one. The fixtures are made-up APIs written by us.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

describe('general reader: bracketed placeholders', () => {
  it('should read a bracketed placeholder as no value and no array, a JSON array as one', () => {
    const read = readGeneral(
      [
        '## Create a lamp',
        '`POST /v1/lamps`',
        [
          '| Key | Value | Description |',
          '|---|---|---|',
          '| lampId | [LAMP-ID] | The lamp to make. |',
          '| room | [ROOM_NAME] | Where it stands. |',
          '| shade | [shade colour] | Its shade. |',
          '| levels | [1, 2] | The levels it knows. |',
          '| lit | [true] | Whether each bulb is lit. |',
          "| rooms | ['hall'] | The rooms it may stand in. |",
        ].join('\n'),
      ].join('\n\n'),
    );
    const body = bodySchema(operation(read, 'POST /v1/lamps'));
    // (Before, the three placeholders were arrays.)
    expect(body).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'lampId', schema: { kind: 'unknown' } },
        { name: 'room', schema: { kind: 'unknown' } },
        { name: 'shade', schema: { kind: 'unknown' } },
        { name: 'levels', schema: { kind: 'array', items: { kind: 'integer' } } },
        { name: 'lit', schema: { kind: 'array', items: { kind: 'boolean' } } },
        { name: 'rooms', schema: { kind: 'array' } },
      ],
    });
    const placeheld = body?.kind === 'object' ? body.properties.slice(0, 3).map((p) => p.schema) : [];
    expect(placeheld.every((schema) => !('examples' in schema))).toBe(true);
  });
});
