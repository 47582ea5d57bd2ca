import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, readGeneral, strip } from './helpers.js';

describe('general reader: samples, links and noise', () => {
  it('should read `Example response:` JSON as a 2XX response sample when the page states no status', () => {
    const read = readGeneral('## Get\n\n```\nGET /items/:id\n```\n\nExample response:\n\n```json\n{ "id": 1, "name": "x" }\n```\n');
    const responses = operation(read, 'GET /items/{id}').responses;
    expect(responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['2XX', { id: 1, name: 'x' }]]);
    // Open for the samples to fill (merge infers it), never a made-up object.
    expect(responses[0]!.content[0]!.schema).toEqual({ kind: 'unknown' });
  });

  it('should read a sample a sentence announces (Slate: `> The above command returns JSON structured like this:`), the prose after it the description again', () => {
    const read = readGeneral(
      [
        '## Get All Kittens',
        '```shell\ncurl "http://example.com/api/kittens" -H "Authorization: meowmeowmeow"\n```',
        '> The above command returns JSON structured like this:',
        '```json\n[{ "id": 1, "name": "Fluffums" }]\n```',
        'This endpoint retrieves all kittens.',
        '### HTTP Request',
        '`GET http://example.com/api/kittens`',
        '## Get a Kitten',
        '`GET http://example.com/api/kittens/<ID>`',
        'The response looks like this:',
        '```json\n{ "id": 2 }\n```',
        'When the kitten is adopted this returns something like:',
        '```json\n{ "id": 2, "adopted": true }\n```',
      ].join('\n\n'),
    );
    const all = operation(read, 'GET /api/kittens');
    expect(all.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['2XX', [{ id: 1, name: 'Fluffums' }]]]);
    expect(all.summary).toBe('This endpoint retrieves all kittens.');
    const one = operation(read, 'GET /api/kittens/{ID}');
    expect(one.responses[0]?.content[0]?.examples.map((e) => e.value)).toEqual([{ id: 2 }, { id: 2, adopted: true }]);
    expect(one.description ?? '').not.toContain('adopted');
  });

  it('should read a sample after a stated status as that response, even right after the request body', () => {
    const read = readGeneral(
      '### Create a todo\n\n`POST /todos`\n\n**Body**\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| title | string | yes | What to do |\n\n**Response** `201 Created`\n\n```json\n{ "id": 2, "title": "Bread" }\n```\n',
    );
    const create = operation(read, 'POST /todos');
    expect(create.requestBody?.content[0]?.examples).toEqual([]);
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['201', { id: 2, title: 'Bread' }]]);
    expect(codes(read)).toEqual([]);
  });

  it('should take the status a page states above a sample (`HTTP/1.1 201 Created`) and in a heading', () => {
    const read = readGeneral(
      '## Make\n\n`POST /items`\n\nResponse:\n\n```\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{"id": 7}\n```\n\n## Drop\n\n`DELETE /items/{id}`\n\n### Response 202\n\n```json\n{"queued": true}\n```\n',
    );
    expect(operation(read, 'POST /items').responses.map((r) => [r.status, r.description])).toEqual([['201', 'Created']]);
    expect(operation(read, 'DELETE /items/{id}').responses.map((r) => r.status)).toEqual(['202']);
  });

  it('should read a request message standing alone as the request sample, and a status line with headers only as the status', () => {
    const read = readGeneral(
      [
        '## Create an item',
        '```http\nPOST /items HTTP/1.1\nContent-Type: application/json\n\n{"name": "Lamp", "price": 12.5}\n```',
        '```http\nHTTP/1.1 201 Created\nLocation: /items/42\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /items']);
    const create = operation(read, 'POST /items');
    // The message is no prose of the operation.
    expect(create.description).toBeUndefined();
    expect(strip(bodySchema(create))).toEqual({ kind: 'unknown' });
    expect(create.requestBody?.content[0]?.examples.length).toBe(1);
    expect(create.responses.map((r) => [r.status, r.description, r.content.length])).toEqual([['201', 'Created', 0]]);
  });

  it("should take a section's one sample call as its route where the page states the others' routes, never a sample or a stated one", () => {
    const read = readGeneral(
      [
        '# Shelves',
        '## List shelves\n\n`GET /v1/shelves`',
        '## Import shelves\n\nRequest:\n\n```\nPOST /v1/shelves/import\nContent-Type: text/xml\n\n<opml/>\n```\n\n- Returns `201 Created` if imported.',
        '## Export shelves\n\n```\nGET /v1/exports HTTP/1.1\nAccept: text/xml\n```',
        // A sample id, a query, a stated route or a call of one (`atlas` for `{id}`), an example's section, two calls in one section: examples, as before.
        '## Read a shelf\n\n`GET /v1/shelves/{id}`\n\n## Example\n\nRequest:\n\n```\nGET /v1/shelves/42\nAccept: application/json\n```',
        '## Search\n\nRequest:\n\n```\nGET /v1/search?q=atlas\nAccept: application/json\n```',
        '## Again\n\nRequest:\n\n```\nGET /v1/shelves HTTP/1.1\nAccept: application/json\n```',
        '## Browse\n\nRequest:\n\n```\nGET /v1/shelves/atlas HTTP/1.1\nAccept: application/json\n```',
        '## Example: count the loans\n\n```\nGET /v1/loans HTTP/1.1\nAccept: application/json\n```',
        '## Tags\n\n```\nPUT /v1/tags HTTP/1.1\nAccept: application/json\n```\n\n```\nDELETE /v1/tags HTTP/1.1\nAccept: application/json\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /v1/shelves', 'POST /v1/shelves/import', 'GET /v1/exports', 'GET /v1/shelves/{id}']);
    expect(operation(read, 'POST /v1/shelves/import').responses.map((r) => r.status)).toEqual(['201']);
  });

  it('should read elided samples (`...` lines, trailing commas) and curl -d JSON as request samples', () => {
    const read = readGeneral(
      '## Make\n\n`POST /items`\n\n```shell\ncurl -X POST -H "Content-Type: application/json" https://api.example.com/items \\\n  -d \'{"name": "x", "tags": ["a"]}\'\n```\n\nExample response:\n\n```json\n[\n  {"id": 1},\n  ...\n]\n```\n',
    );
    const make = operation(read, 'POST /items');
    expect(make.requestBody?.content[0]?.examples[0]?.value).toEqual({ name: 'x', tags: ['a'] });
    expect(make.responses[0]?.content[0]?.examples[0]?.value).toEqual([{ id: 1 }]);
    expect(codes(read)).toEqual([]);
  });

  it('should read a curl command that is the only signature as a sample call: its data the request sample, the JSON after it the answer', () => {
    const call = [
      '```bash',
      "curl -u admin:secret -H 'Accept: application/json' \\",
      " -X POST 'https://library.example.com/v1/loans/renew' \\",
      ` -d '{ "loan": "L-17", "days": 14 }'`,
      '```',
      '```json\n{ "results": [{ "code": 200, "status": "Renewed." }] }\n```',
    ].join('\n\n');
    const table = 'Parameter | Type | Description\n----------|------|------------\nloan | String | **Required.** The loan to renew.';
    for (const page of [`### renew\n\nRenews a loan.\n\n${table}\n\nExample:\n\n${call}\n`, `### renew\n\nRenews a loan.\n\n${call}\n`]) {
      const read = readGeneral(page);
      const renew = operation(read, 'POST /v1/loans/renew');
      expect(renew.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ loan: 'L-17', days: 14 }]);
      expect(renew.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
        ['2XX', { results: [{ code: 200, status: 'Renewed.' }] }],
      ]);
      expect(renew.description ?? '').not.toContain('results');
      expect(codes(read)).not.toContain('sample-unknown-property');
    }
  });

  it('should read list items that are labels (`* **Parameters**:`, `* Example response:`) as the titles of the fences after them', () => {
    const read = readGeneral(
      [
        '## Create a shelf',
        '`POST /shelves`',
        '* **Status**: Implemented\n* **Parameters**:',
        '```json\n{ "name": "Poetry" }\n```',
        '* **Returns**:',
        '```json\n{ "id": 4, "name": "Poetry" }\n```',
        '## List books',
        '`GET /books`',
        '* **Status**: Implemented\n* **Parameters**:',
        '```json\n{ "batchSize": 10, "offset": 30 }\n```',
        '* **Returns**:',
        '```json\n{ "books": [{ "id": 3 }] }\n```',
        '### Example',
        'Paging works like this:',
        '```json\n{ "batchSize": 20, "offset": 0 }\n```',
        '## Get a book',
        '`GET /books/{id}`',
        '* Authentication: not required\n* Example response:',
        '```json\n{ "id": 3, "title": "Odes" }\n```',
        '## Lend a book',
        '`POST /loans`',
        '* Authentication: required\n* Example response: `{"error": "Not lendable."}`',
      ].join('\n\n'),
    );
    const create = operation(read, 'POST /shelves');
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ name: 'Poetry' }]);
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples.map((e) => e.value)])).toEqual([
      ['2XX', [{ id: 4, name: 'Poetry' }]],
    ]);
    // A GET's parameters shown as JSON are neither its answer nor a body it sends.
    const list = operation(read, 'GET /books');
    expect(list.requestBody).toBeUndefined();
    expect(list.responses.map((r) => [r.status, r.content[0]?.examples.map((e) => e.value)])).toEqual([['2XX', [{ books: [{ id: 3 }] }]]]);
    expect(operation(read, 'GET /books/{id}').responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['2XX', { id: 3, title: 'Odes' }],
    ]);
    expect(operation(read, 'POST /loans').responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['2XX', { error: 'Not lendable.' }],
    ]);
  });

  it("should read a list under a sample's title whose items are inline JSON alone as a sample each", () => {
    const read = readGeneral(
      [
        '#### getShelfTitle(shelfID)',
        '`GET /api/1/getShelfTitle`',
        'returns the title of a shelf',
        '*Example returns:*',
        '  * `{code: 0, message:"ok", data: {title:"Poetry"}}`\n  * `{code: 1, message:"shelfID does not exist", data: null}`',
        '#### listShelves()',
        '`GET /api/1/listShelves`',
        '*Example returns:*',
        '  * `{code: 0, data: {shelfIDs: ["s.1"]}}`\n  * a list of the shelves',
      ].join('\n\n'),
    );
    expect(
      operation(read, 'GET /api/1/getShelfTitle').responses.map((r) => [r.status, r.content[0]?.examples.map((e) => e.value)]),
    ).toEqual([
      [
        '2XX',
        [
          { code: 0, message: 'ok', data: { title: 'Poetry' } },
          { code: 1, message: 'shelfID does not exist', data: null },
        ],
      ],
    ]);
    // A list with any other item is no list of samples.
    expect(operation(read, 'GET /api/1/listShelves').responses).toEqual([]);
  });

  it('should read an HTTP message whose JSON body follows its headers without a blank line', () => {
    const read = readGeneral(
      [
        '## Create a shelf',
        '`POST /shelves`',
        '**Example Request**:',
        '```http\nPOST /shelves HTTP/1.1\nContent-Type: application/json\nAuthorization: Bearer abc\n  {\n    "name": "Odes"\n  }\n```',
        '**Example Response**:',
        '```http\nHTTP/1.1 201\nContent-Type: application/json\n{ "id": 1, "name": "Odes" }\n```',
      ].join('\n\n'),
    );
    const create = operation(read, 'POST /shelves');
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ name: 'Odes' }]);
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['201', { id: 1, name: 'Odes' }]]);
  });

  it('should read a Pandoc attribute info string (```` ```{.json .apiresponse title="Example Response"} ````) as its language and title', () => {
    const read = readGeneral(
      '## List shelves\n\n`GET /shelves`\n\nLists the shelves.\n\n```{.json .apiresponse title="Example Response"}\n{ "shelves": [{ "id": 1 }] }\n```\n',
    );
    expect(operation(read, 'GET /shelves').responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['2XX', { shelves: [{ id: 1 }] }],
    ]);
  });

  it('should read JSON after the prose of a response title (`**Response:**`, then "If `verbose` is `true`:") as the response samples', () => {
    const read = readGeneral(
      [
        '### POST `/search`: Search the catalogue',
        '`query`: (Required) The words to find.',
        '**Response:**',
        'Returns a JSON object with a `hits` field.',
        'If `verbose` is `false`:\n```json\n{ "hits": [1, 2] }\n```',
        'If `verbose` is `true`:\n```json\n{ "hits": [{ "id": 1, "title": "Odes" }] }\n```',
      ].join('\n\n'),
    );
    const search = operation(read, 'POST /search');
    expect(search.responses.map((r) => [r.status, r.content[0]?.examples.map((e) => e.value)])).toEqual([
      ['2XX', [{ hits: [1, 2] }, { hits: [{ id: 1, title: 'Odes' }] }]],
    ]);
    expect(search.description ?? '').not.toContain('"hits"');
  });

  it('should say a `-F name=@file` upload is multipart/form-data', () => {
    const read = readGeneral(
      '## Upload\n\n`POST /uploads`\n\n| Attribute | Type | Required | Description |\n| --- | --- | --- | --- |\n| `file` | file | yes | The file |\n\n```bash\ncurl -F "file=@dump.tgz" https://h.example/uploads\n```\n',
    );
    expect(operation(read, 'POST /uploads').requestBody?.content.map((c) => c.mediaType)).toEqual(['multipart/form-data']);
  });

  it('should give a body-sending operation the attribute table of the section its prose links to', () => {
    const read = readGeneral(
      [
        '## Get settings',
        'See [the settings](#list-of-settings).',
        '```\nGET /settings\n```',
        '## Change settings',
        'Change [the settings](#list-of-settings).',
        '```\nPUT /settings\n```',
        '## List of settings',
        '| Attribute | Type | Required | Description |\n| --- | --- | --- | --- |\n| `theme` | string | no | Theme |',
      ].join('\n\n'),
    );
    expect(operation(read, 'GET /settings').parameters).toEqual([]);
    expect(bodySchema(operation(read, 'PUT /settings'))).toEqual({
      kind: 'object',
      properties: [{ name: 'theme', schema: { kind: 'string' }, required: false, description: 'Theme' }],
    });
  });

  it('should give no body from the section a sentence links to as what the call returns', () => {
    const read = readGeneral(
      [
        '# Lamps',
        '## The Bulb Object',
        '| Field | Type | Description |\n| --- | --- | --- |\n| `id` | string | The bulb key. |\n| `watts` | integer | Its power. |',
        '## Swap a bulb',
        '`POST /lamps/{id}/swap`',
        'Returns a [bulb object](#the-bulb-object).',
      ].join('\n\n'),
    );
    const swap = operation(read, 'POST /lamps/{id}/swap');
    // Before, the object's table was the POST's attribute table: a body `{watts}` and the bulb's key as the lamp's `id`.
    expect(swap.requestBody).toBeUndefined();
    expect(swap.parameters.map((p) => [p.name, p.description])).toEqual([['id', undefined]]);
  });

  it('should keep site-generator directives, comments and badges out of descriptions', () => {
    const read = readGeneral(
      '# Create\n\n[![build](https://img.shields.io/x.svg)](https://ci.example)\n\n| HTTP Method | URL |\n| --- | --- |\n| `POST` | `/api/v1/things.create` |\n\nCreates a thing.\n\n{% hint style="info" %}\nPermission required: `create-thing`\n{% endhint %}\n\n<!-- internal note -->\n\n[!INCLUDE [auth](../includes/auth.md)]\n',
    );
    const create = operation(read, 'POST /api/v1/things.create');
    expect(strip({ summary: create.summary, description: create.description })).toEqual({
      summary: 'Creates a thing.',
      description: 'Permission required: `create-thing`',
    });
  });

  it('should read the words after a directive on its line as prose, not as code its blanks would indent', () => {
    const read = readGeneral(
      '# Create\n\n`POST /things`\n\n{% hint style="info" %}Creates a thing.{% endhint %}\n\n{{< note >}}Needs the `create` scope.{{< /note >}}\n\n    {% raw %}kept as code{% endraw %}\n',
    );
    const create = operation(read, 'POST /things');
    expect(create.summary).toBe('Creates a thing.');
    // A line the page itself indents as code stays as indented as it was.
    expect(create.description).toMatch(/^Needs the `create` scope\.\n\n {8,}kept as code$/);
  });

  it('should take query parameters a GET shows only in its example call, typed by their example values', () => {
    const read = readGeneral(
      '# History\n\n| URL | HTTP Method |\n| --- | --- |\n| `/api/v1/history` | `GET` |\n\n## Query Parameters\n\n| Argument | Example | Required | Description |\n| --- | --- | --- | --- |\n| `id` | `x1` | Required | The id |\n\n## Example Call\n\n```bash\ncurl -H "X-Auth-Token: t" "http://localhost:3000/api/v1/history?id=x1&count=50&full=true&label=a%20b"\n```\n',
    );
    const history = operation(read, 'GET /api/v1/history');
    expect(history.parameters.map((p) => [p.name, p.required, p.schema.kind])).toEqual([
      ['id', true, 'string'],
      ['count', false, 'integer'],
      ['full', false, 'boolean'],
      ['label', false, 'string'],
    ]);
    expect(codes(read)).toEqual([]);
  });

  it('should read JSON Lines (`json lines`, or a `json` fence of one object a line) as no JSON document: no sample, no warning', () => {
    const read = readGeneral(
      [
        '## Export books',
        '```\nGET /books/export\n```',
        '**Sample Response**',
        '```json lines\n{"id": 1, "title": "Dune"}\n{"id": 2, "title": "Emma"}\n```',
        '## Import books',
        '```\nPOST /books/import\n```',
        '**Example request**',
        '```json\n{"id": 3, "title": "Kim"}\n{"id": 4, "title": "Nana"}\n```',
        '**Example response**',
        '```json\n{"imported": 2}\n```',
      ].join('\n\n'),
    );
    expect(codes(read)).toEqual([]);
    expect(operation(read, 'GET /books/export').responses.flatMap((response) => response.content ?? [])).toEqual([]);
    const imported = operation(read, 'POST /books/import');
    expect(imported.requestBody).toBeUndefined();
    // A JSON document beside them is still a sample.
    expect(strip(imported.responses[0]?.content?.[0]?.examples[0]?.value)).toEqual({ imported: 2 });
  });
});
