import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

describe('general reader: the ways a route names its parameters and its base', () => {
  it('should keep `<name>` parameters a heading writes in code (no HTML tags there)', () => {
    const read = readGeneral(
      [
        '### `GET /shelves`',
        'Lists shelves.',
        '### `GET /shelves/<id>`',
        'Gets one shelf.',
        '### `GET /covers/<shelf>-<id>.png`',
        'A cover image.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /shelves', 'GET /shelves/{id}', 'GET /covers/{shelf}-{id}.png']);
    expect(operation(read, 'GET /shelves').summary).toBe('Lists shelves.');
    expect(parameterNames(operation(read, 'GET /covers/{shelf}-{id}.png'))).toEqual(['path:shelf*', 'path:id*']);
  });

  it('should read `[name]`, `(name)` and `<<name>>` segments as path parameters', () => {
    const read = readGeneral(
      [
        '## Read a setting',
        '`GET /settings/[path]`',
        '## Get a loan',
        '`GET /loans/(id)/json`',
        '## Add a note',
        '```\nPOST /books/<<bookId>>/notes\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /settings/{path}', 'GET /loans/{id}/json', 'POST /books/{bookId}/notes']);
  });

  it('should strip a base-URL placeholder written in capitals, a colon after the route and an optional query’s brackets', () => {
    const read = readGeneral(
      [
        '## List pets',
        '`GET SITE_ROOT/api/v1/pets/`',
        '## Delete a pet',
        '`DELETE BASE_URL/api/v1/pets/<uuid>`',
        '## Fetch toys',
        '**GET /toys**:',
        '## Thumbnail',
        '### `GET /pets/<id>/photo.jpg[?h=300]`',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /api/v1/pets', 'DELETE /api/v1/pets/{uuid}', 'GET /toys', 'GET /pets/{id}/photo.jpg']);
  });

  it('should read a whole segment in capitals joined by underscores (`LAMP_ID`) as the placeholder it is, a word in capitals as a literal', () => {
    const read = readGeneral(
      [
        '## Get a bulb',
        '```\nGET https://api.example.com/v1/lamps/LAMP_ID/bulbs/BULB_ID?fields=FIELDS\n```',
        'Gets a bulb. Replace `LAMP_ID` and `BULB_ID` with their ids.',
        '| Parameter | Type | Description |\n|---|---|---|\n| `BULB_ID` | integer | The bulb. |',
        '## Send a text',
        '`POST /v1/SMS`',
        '## Tag a lamp',
        '`PUT /v1/lamps/LAMP_ID/tags/MAX_2`',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /v1/lamps/{LAMP_ID}/bulbs/{BULB_ID}', 'POST /v1/SMS', 'PUT /v1/lamps/{LAMP_ID}/tags/{MAX_2}']);
    const get = operation(read, 'GET /v1/lamps/{LAMP_ID}/bulbs/{BULB_ID}');
    expect(parameterNames(get)).toEqual(['path:BULB_ID*', 'query:fields', 'path:LAMP_ID*']);
    expect(get.parameters.find((p) => p.name === 'BULB_ID')?.schema.kind).toBe('integer');
  });

  it('should read shell variables as path parameters, named as the section documents them', () => {
    const read = readGeneral(
      [
        '## Get a shelf',
        '```\nGET /libraries/$LIBRARY_ID/shelves/$SHELF_ID\n```',
        '### Path parameters',
        '| Name | Type | Description |\n|---|---|---|\n| `library_id` | string | The library. |\n| `SHELF_ID` | integer | The shelf. |',
        '## Get a book',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell variable, as the page writes it
        '`GET /books/${bookId}`',
        '## Count books',
        '`GET /books/$count`',
        '## Search books',
        '```\nGET /search?q=$QUERY\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual([
      'GET /libraries/{library_id}/shelves/{SHELF_ID}',
      'GET /books/{bookId}',
      'GET /books/$count',
      'GET /search',
    ]);
    expect(parameterNames(operation(read, 'GET /libraries/{library_id}/shelves/{SHELF_ID}'))).toEqual([
      'path:library_id*',
      'path:SHELF_ID*',
    ]);
    expect(operation(read, 'GET /libraries/{library_id}/shelves/{SHELF_ID}').parameters.map((p) => p.schema.kind)).toEqual([
      'string',
      'integer',
    ]);
    // `$QUERY` in the query is the value's placeholder: `q` a query parameter, no path parameter.
    expect(parameterNames(operation(read, 'GET /search'))).toEqual(['query:q']);
    // In a curl command's URL too (the page's only signature); its query's `$PAGE` is a value.
    const curl = readGeneral(
      [
        '## List loans',
        '```bash\ncurl "https://api.example.com/v1/members/$MEMBER_ID/loans?page=$PAGE" -H "Authorization: Bearer $TOKEN"\n```',
      ].join('\n\n'),
    );
    expect(curl.routes).toEqual(['GET /v1/members/{MEMBER_ID}/loans']);
  });

  it('should read a placeholder HTML-escaped, or written as a tag, as the parameter it is', () => {
    const read = readGeneral(
      [
        '### GET /pets/&lt;id&gt;',
        'A pet.',
        '### GET /toys/<toy_id>',
        'A toy.',
        '### Get a bowl',
        '`GET /bowls/&lt;id&gt;`',
        '### Get a leash',
        'GET /leashes/&lt;id>',
        '### Delete a collar',
        '```\nDELETE /collars/&#123;id&#125;\n```',
        '### Routes',
        '| Method | Path | Description |\n|---|---|---|\n| GET | /vets/<vet_id> | A vet |\n| GET | `/vets/&lt;vet_id&gt;/visits` | Visits |',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual([
      'GET /pets/{id}',
      'GET /toys/{toy_id}',
      'GET /bowls/{id}',
      'GET /leashes/{id}',
      'DELETE /collars/{id}',
      'GET /vets/{vet_id}',
      'GET /vets/{vet_id}/visits',
    ]);
  });
});
