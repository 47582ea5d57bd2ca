import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

describe('general reader: pages that list their endpoints, then document each under a heading', () => {
  it('should take a fence listing the routes the headings state again for an index, its section no part of them', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '**Endpoints**',
        '```text\nGET /api/shelves\nPOST /api/shelves\nGET /api/shelves/:shelfId\nGET /api/shelves/:shelfId/stats\n```',
        '**Size parameter**',
        'The size buckets the books returned.',
        '- `small`: Up to 10 books.\n- `large`: Up to 100 books.',
        '---',
        '## GET /api/shelves',
        'Lists the shelves.',
        '**Parameters**',
        '- `page`: (optional number, default 1) The page.',
        '---',
        '## POST /api/shelves',
        'Creates a shelf.',
        '---',
        '## GET /api/shelves/:shelfId',
        'Gets a shelf.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual([
      'GET /api/shelves/{shelfId}/stats',
      'GET /api/shelves',
      'POST /api/shelves',
      'GET /api/shelves/{shelfId}',
    ]);
    const list = operation(read, 'GET /api/shelves');
    expect(parameterNames(list)).toEqual(['query:page']);
    expect(list.summary).toBe('Lists the shelves.');
    expect(list.description).toBeUndefined();
    expect(parameterNames(operation(read, 'POST /api/shelves'))).toEqual([]);
    expect(parameterNames(operation(read, 'GET /api/shelves/{shelfId}'))).toEqual(['path:shelfId*']);
    expect(operation(read, 'GET /api/shelves/{shelfId}').summary).toBe('Gets a shelf.');
  });

  it("should read notes in parentheses opening an item's description: type words, flags and the default, parted by commas or `|`", () => {
    const read = readGeneral(
      [
        '## GET /api/pets',
        'Lists pets.',
        '**Parameters**',
        [
          '- `search`: (optional string) Search text.',
          '- `page`: (optional number, default 1) The page.',
          '- `orderBy`: (optional string, default `name`) The column to order by.',
          '- `since`: (in ms) The earliest birth date.',
        ].join('\n'),
        '## POST /api/pets',
        'Adds a pet.',
        '**Parameters**',
        [
          '- `name`: (string) The name of the pet.',
          '- `tag`: (string | optional) A tag. Set `null` to remove it.',
          '- `age`: (integer | string) The age, in years or as written.',
        ].join('\n'),
      ].join('\n\n'),
    );
    const list = operation(read, 'GET /api/pets');
    expect(list.parameters.map((p) => [p.name, p.schema, p.required, p.description])).toEqual([
      ['search', { kind: 'string' }, false, 'Search text.'],
      ['page', { kind: 'number', default: 1 }, false, 'The page.'],
      ['orderBy', { kind: 'string', default: 'name' }, false, 'The column to order by.'],
      // Words other than notes stay the description's.
      ['since', { kind: 'string' }, false, '(in ms) The earliest birth date.'],
    ]);
    const body = bodySchema(operation(read, 'POST /api/pets'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.schema, p.required, p.description])).toEqual([
      ['name', { kind: 'string' }, false, 'The name of the pet.'],
      ['tag', { kind: 'string' }, false, 'A tag. Set `null` to remove it.'],
      [
        'age',
        { kind: 'union', mode: 'oneOf', variants: [{ kind: 'integer' }, { kind: 'string' }] },
        false,
        'The age, in years or as written.',
      ],
    ]);
  });

  it('should read a request written out in a shell fence (request line, headers, `Body:`, the JSON) as the signature and the request sample', () => {
    const read = readGeneral(
      [
        '## Adopt a pet',
        'Send the following request:',
        '```shell\nPOST https://[your-shelter].com/adopt/\nContent-Type: application/json\nBody:\n{\n    "pet_id": 42,\n    "name": "Rex"\n}\n```',
        '## Feed a pet',
        '```bash\nPOST https://[your-shelter].com/feed/\nContent-Type: application/json\n{\n    "pet_id": 42\n}\n```',
        '## Notes',
        '```shell\nGET https://example.com/pets\necho done\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /adopt', 'POST /feed']);
    const adopt = operation(read, 'POST /adopt');
    expect(adopt.requestBody?.content[0]?.examples?.map((example) => example.value)).toEqual([{ pet_id: 42, name: 'Rex' }]);
    expect(adopt.requestBody?.content[0]?.mediaType).toBe('application/json');
    expect(operation(read, 'POST /feed').requestBody?.content[0]?.examples?.map((example) => example.value)).toEqual([{ pet_id: 42 }]);
  });

  it("should take a curl command calling another of the page's paths for another call, and JSON in a shell fence under Response for the answer", () => {
    const read = readGeneral(
      [
        '## Adopt a pet',
        '```shell\nPOST https://[your-shelter].com/adopt/\nContent-Type: application/json\nBody:\n{"pet_id": 42}\n```',
        '**Request**',
        '```shell\ncurl -H "Content-Type: application/json" -d \'{"pet_id": 7}\' https://shelter.example.com/adopt/\n```',
        '**Response**',
        '```shell\n{\n  "adopted": true,\n  "pet_id": 7\n}\n```',
        '## Feed a pet',
        '```shell\nPOST https://[your-shelter].com/feed/\nContent-Type: application/json\nBody:\n{"pet_id": 42}\n```',
        '## Sample requests',
        '### Release',
        '```bash\ncurl -H "Content-Type: application/json" -d \'{"pet_id": 7, "reason": "moving"}\' https://shelter.example.com/release/\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /adopt', 'POST /feed']);
    const adopt = operation(read, 'POST /adopt');
    expect(adopt.requestBody?.content[0]?.examples?.map((example) => example.value)).toEqual([{ pet_id: 42 }, { pet_id: 7 }]);
    expect(adopt.responses.map((response) => [response.status, response.content[0]?.examples?.[0]?.value])).toEqual([
      ['2XX', { adopted: true, pet_id: 7 }],
    ]);
    // The call to /release is none of /feed's.
    const feed = operation(read, 'POST /feed');
    expect(feed.requestBody?.content[0]?.examples?.map((example) => example.value)).toEqual([{ pet_id: 42 }]);
  });

  it('should read a sentence whose verb is the method, in capitals, sending to a route or to the route in code above it', () => {
    const read = readGeneral(
      [
        '# Pets API',
        '## Tokens',
        'POST a username and password as a form or json string to\n`/api/token/` and the server answers with a token.',
        '## Uploading photos',
        'The API provides a special endpoint for uploads:',
        '`/api/pets/upload/`',
        'POST a multipart form to this endpoint, where the form field `photo` holds the picture.',
        'The endpoint supports the following optional form fields:',
        '- `title`: A title for the photo.\n- `taken`: When the photo was taken.',
        '## Notes',
        'You can post a note to `/api/notes/` from the app.',
        '`/api/notes/`',
        'Send whatever you like to this endpoint.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /api/token', 'POST /api/pets/upload']);
    const upload = operation(read, 'POST /api/pets/upload');
    // The form field the sentence names is the body's too.
    expect(bodySchema(upload)).toMatchObject({ kind: 'object', properties: [{ name: 'title' }, { name: 'taken' }, { name: 'photo' }] });
    // "a multipart form" is the body's media type.
    expect(upload.requestBody?.content.map((content) => content.mediaType)).toEqual(['multipart/form-data']);
  });

  it('should read a numbered step that is such a sentence as a paragraph, the other steps staying the list’s words', () => {
    const read = readGeneral(
      [
        '# Pets API',
        '## Tokens',
        'To sign in:',
        [
          '1. POST a username and password as a form to `/api/token/`.',
          '2. Keep the token the server answers with.',
          '3. Send it in the `Authorization` header of each call.',
        ].join('\n'),
        '## Tips',
        '- Send a `GET` request to `/api/pets/` to see them all.',
        '- Use the get filters on `/api/pets/` freely.',
        '- Read the `POST /api/notes/` docs first.',
      ].join('\n\n'),
    );
    // The method in capitals as the verb, or "a `GET` request", and the route in code: the request line.
    expect(read.routes).toEqual(['POST /api/token', 'GET /api/pets']);
    expect(operation(read, 'POST /api/token').description).toContain('2. Keep the token the server answers with.');
  });

  it('should give a body the form a step or a sentence says the call sends, fields documented or not', () => {
    const read = readGeneral(
      [
        '# Pets API',
        '## Uploading photos',
        'To upload a photo:',
        [
          '1. POST a multipart form to `/api/pets/upload/`, where the form field `photo` holds the picture.',
          '2. Keep the task id the server answers with.',
        ].join('\n'),
        '## Importing pets',
        '`/api/pets/import/`',
        'POST a url-encoded form to this endpoint.',
        '## Tokens',
        'POST a username and password to `/api/token/`.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /api/pets/upload', 'POST /api/pets/import', 'POST /api/token']);
    const sent = (route: string) => operation(read, route).requestBody?.content.map((c) => [c.mediaType, c.schema?.kind]);
    // No field documented: a body of the form stated, its fields open.
    expect(sent('POST /api/pets/upload')).toEqual([['multipart/form-data', 'unknown']]);
    expect(sent('POST /api/pets/import')).toEqual([['application/x-www-form-urlencoded', 'unknown']]);
    // A sentence that states no form states no body.
    expect(sent('POST /api/token')).toBeUndefined();
  });

  it('should read a list item opening with several request lines in code as one operation each, the words after them their summary', () => {
    const read = readGeneral(
      [
        '## Photo versions',
        'Version-aware endpoints:',
        [
          '- `GET /api/pets/{id}/`: returns the pet. Use `?version={version_id}` for a version.',
          '- `GET /api/pets/{id}/photo/`, `GET /api/pets/{id}/thumb/`: accept `?version={version_id}`.',
          '- `DELETE /api/pets/{id}/versions/{version_id}/`: deletes a version.',
        ].join('\n'),
      ].join('\n\n'),
    );
    expect(read.routes).toEqual([
      'GET /api/pets/{id}',
      'GET /api/pets/{id}/photo',
      'GET /api/pets/{id}/thumb',
      'DELETE /api/pets/{id}/versions/{version_id}',
    ]);
    expect(operation(read, 'GET /api/pets/{id}/thumb').summary).toBe('accept ?version={version_id}.');
  });

  it("should read a request line over a `# Body` comment and the JSON (a blank line between) as the request's sample", () => {
    const read = readGeneral(
      [
        '### Create',
        'Create a pet by sending a `POST` request to `/api/resource/:kind`.',
        '```sh\nPOST /api/resource/:kind\n\n# Body\n{"name": "Rex"}\n```',
        'Response',
        '```json\n{"data": {"name": "Rex", "id": 7}}\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /api/resource/{kind}']);
    const create = operation(read, 'POST /api/resource/{kind}');
    expect(create.requestBody?.content[0]?.examples?.map((example) => example.value)).toEqual([{ name: 'Rex' }]);
    expect(create.responses.map((response) => response.content[0]?.examples?.[0]?.value)).toEqual([{ data: { name: 'Rex', id: 7 } }]);
  });

  it("should read the query keys of a request line alone in a fence, JSON in the URL a string, a map's placeholder entries none", () => {
    const read = readGeneral(
      [
        '### Listing pets',
        'To list pets, send a GET request at `/api/resource/:kind`.',
        'Pick the fields in the `fields` param, a JSON array.',
        '```sh\nGET /api/resource/:kind?fields=["name", "age"]\n```',
        '```sh\nGET /api/resource/:kind?limit_start=10&limit_page_length=20\n```',
        // A map's entries, their keys placeholders: no parameters.
        '```\nGET /api/resource/:kind?labels[key]=value&labels[other_key]=other_value\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /api/resource/{kind}']);
    const list = operation(read, 'GET /api/resource/{kind}');
    expect(list.parameters.map((p) => [p.in, p.name, p.schema])).toEqual([
      ['query', 'fields', { kind: 'string' }],
      ['query', 'limit_start', { kind: 'integer', examples: [10] }],
      ['query', 'limit_page_length', { kind: 'integer', examples: [20] }],
      ['path', 'kind', { kind: 'string' }],
    ]);
  });
});
