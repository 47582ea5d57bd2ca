import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** `status: description` of every response. */
function statuses(read: ReturnType<typeof readGeneral>, route: string): string[] {
  return operation(read, route).responses.map((r) => `${r.status}: ${r.description}`);
}

describe('general reader: a list of statuses under an Errors title', () => {
  it("should read each item as an error answer, and the sample that states no status as the success's", () => {
    const read = readGeneral(
      [
        '## Lend a book',
        '`POST /loans`',
        '**Sample response**',
        '```\n{"id": 7, "due": "2024-05-01"}\n```',
        '**Errors**',
        '* 400 book_id invalid\n* 404: Book not found.\n* 500 Internal Server Error',
        '## Return a book',
        '`DELETE /loans/{id}`',
        '#### Errors',
        '* 1001 The loan is closed\n* 1002 The loan is unknown',
      ].join('\n\n'),
    );
    expect(statuses(read, 'POST /loans')).toEqual([
      '400: book_id invalid',
      '404: Book not found',
      '500: Internal Server Error',
      '2XX: Success',
    ]);
    const success = operation(read, 'POST /loans').responses.find((r) => r.status === '2XX');
    expect(success?.content[0]?.examples[0]?.value).toEqual({ id: 7, due: '2024-05-01' });
    // The API's own error codes are no HTTP statuses: the list stays set aside.
    expect(statuses(read, 'DELETE /loans/{id}')).toEqual([]);
  });
});

describe('general reader: a list of error codes under an error title', () => {
  it('should read no field of the entries under `Error codes` or `Possible errors`, in copied text where the title is a plain line', () => {
    const read = readGeneral(
      [
        'Dim a lamp',
        'POST /lamps/{lamp_id}/dim',
        'Body Parameters',
        'level: How dim.',
        'Error codes',
        'lamp-off: The lamp is off.\ntoo-dim: Already at its dimmest.',
        'Paint a lamp',
        'PUT /lamps/{lamp_id}/colour',
        'Body Parameters',
        'colour: The colour.\nshade: The shade.',
        'Possible errors',
        'no-paint: No paint is left.\nbad-colour: The colour is unknown.',
      ].join('\n\n'),
      'api/lamps.txt',
    );
    const fields = (route: string) => {
      const schema = operation(read, route).requestBody?.content[0]?.schema;
      return schema?.kind === 'object' ? schema.properties.map((property) => property.name) : [];
    };
    expect(fields('POST /lamps/{lamp_id}/dim')).toEqual([]);
    expect(fields('PUT /lamps/{lamp_id}/colour')).toEqual(['colour', 'shade']);
  });

  it('should read statuses listed under such a title as the error answers, as under `Errors`', () => {
    const read = readGeneral(
      [
        '## Unplug a lamp',
        '`DELETE /lamps/{lamp_id}`',
        '### Possible errors',
        '* 404: No such lamp.\n* 409 The lamp is on.',
        '## Plug a lamp in',
        '`PUT /lamps/{lamp_id}/plug`',
        '**Error codes**',
        '* 404: No such lamp.',
      ].join('\n\n'),
    );
    expect(statuses(read, 'DELETE /lamps/{lamp_id}')).toEqual(['404: No such lamp', '409: The lamp is on']);
    expect(statuses(read, 'PUT /lamps/{lamp_id}/plug')).toEqual(['404: No such lamp']);
  });
});

describe('general reader: a bold error status under an error title', () => {
  it('should read `**400 Bad Request**` under `**Possible errors**` as that error answer, its codes no fields', () => {
    const read = readGeneral(
      [
        '## Paint a lamp',
        '`POST /lamps/{lamp_id}/paint`',
        '**Possible errors**',
        '**400 Bad Request**',
        '- `bad_colour`: The colour is unknown.',
        '**404**',
        '```json\n{"error": "lamp_unknown"}\n```',
      ].join('\n\n'),
    );
    const paint = operation(read, 'POST /lamps/{lamp_id}/paint');
    expect(paint.responses.map((r) => r.status)).toEqual(['400', '404']);
    expect(paint.responses[1]?.content[0]?.examples[0]?.value).toEqual({ error: 'lamp_unknown' });
    expect(paint.requestBody).toBeUndefined();
  });
});
