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
});
