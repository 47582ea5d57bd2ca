import { describe, expect, it } from 'vitest';
import { codes, operation, parameterNames, readGeneral } from './helpers.js';

describe('general reader: where a page states its endpoints', () => {
  it('should read a request line in a fence with no info string, `:id` as a path parameter', () => {
    const read = readGeneral('# Hooks API\n\n## List hooks\n\nLists hooks.\n\n```\nGET /projects/:id/hooks\n```\n');
    expect(read.routes).toEqual(['GET /projects/{id}/hooks']);
    expect(operation(read, 'GET /projects/{id}/hooks').summary).toBe('Lists hooks.');
  });

  it('should read signatures in headings, inline code, `Method:`/`Endpoint:` lines and method/URL tables', () => {
    const read = readGeneral(
      [
        '## GET /users/{id}',
        'Gets a user.',
        '## Create a project',
        '`POST /projects`',
        '## Delete a widget',
        '**Method:** `DELETE`  ',
        '**Endpoint:** `/widgets/<widget_id>`',
        '## Me',
        '| HTTP Method | URL | Requires Auth |\n| --- | --- | --- |\n| `GET` | `api/v1/me` | yes |',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /users/{id}', 'POST /projects', 'DELETE /widgets/{widget_id}', 'GET /api/v1/me']);
  });

  it('should read one route written under several methods (`PUT/PATCH`, `PATCH | PUT`, `GET, HEAD`) as an operation a method, and no such list in prose', () => {
    const read = readGeneral(
      [
        '## Update a garden',
        '`PUT/PATCH /gardens/{id}`',
        'Updates a garden.',
        '## Replace plants',
        '### `PATCH | PUT /gardens/{id}/plants`',
        '## Read the photo',
        '```\nGET, HEAD /gardens/{id}/photo\n```',
        '## Notes',
        'Send GET/HEAD /gardens to list them.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual([
      'PUT /gardens/{id}',
      'PATCH /gardens/{id}',
      'PATCH /gardens/{id}/plants',
      'PUT /gardens/{id}/plants',
      'GET /gardens/{id}/photo',
      'HEAD /gardens/{id}/photo',
    ]);
    expect(operation(read, 'PATCH /gardens/{id}').summary).toBe('Updates a garden.');
  });

  it('should read a `URL :` paragraph over a `Method :` one as the signature they state together, neither of them prose', () => {
    const read = readGeneral(
      [
        '# Add a book',
        'Adds a book to the shelf.',
        '**URL** : `/v1/books`',
        '**Method** : `POST`',
        '**Auth required** : Yes',
        '# Remove a book',
        '**Method** : `DELETE`',
        '**URL** : `/v1/books/{bookId}`',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /v1/books', 'DELETE /v1/books/{bookId}']);
    const add = operation(read, 'POST /v1/books');
    // `**Auth required** : Yes` is a fact of the template's, no words (auth-labels.ts).
    expect([add.summary, add.description]).toEqual(['Adds a book to the shelf.', undefined]);
    expect(operation(read, 'DELETE /v1/books/{bookId}').description).toBeUndefined();
  });

  it('should read a method written in HTML or bold in a heading, a request line quoted alone, and a bare request line', () => {
    const read = readGeneral(
      [
        '## <span class="method">GET</span> /users',
        'List users.',
        '## **POST** `/users`',
        'Create a user.',
        '## Rename',
        '> PATCH /users/{id}/name',
        'Renames.',
        '## Ping',
        'HEAD https://api.example.com/v2/ping',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /users', 'POST /users', 'PATCH /users/{id}/name', 'HEAD /v2/ping']);
    expect(operation(read, 'PATCH /users/{id}/name').summary).toBe('Renames.');
  });

  it('should read a method marked in brackets, with a colon or after `HTTP`, and a VitePress badge’s method', () => {
    const read = readGeneral(
      [
        '## List',
        '[GET] /users',
        '## Create',
        '`POST: /users`',
        '## Replace',
        'HTTP PUT /users/{id}',
        '## Delete',
        '<Badge type="danger" text="DELETE" /> `/users/{id}`',
        '## Not a route',
        'get: /users',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /users', 'POST /users', 'PUT /users/{id}', 'DELETE /users/{id}']);
  });

  it('should strip the host and base-URL placeholders, keep `{{id}}` as a parameter', () => {
    const read = readGeneral(
      '## Get\n\n```http\nGET https://api.example.com/v2/items/{{item_id}}\n```\n\n## List\n\n```\nGET {{baseUrl}}/items\n```\n',
    );
    expect(read.routes).toEqual(['GET /v2/items/{item_id}', 'GET /items']);
  });

  it('should not take example lines for operations: sample ids, URL-encoded values, query examples', () => {
    const read = readGeneral(
      [
        '## List users',
        '```\nGET /users\n```',
        'For example:',
        '```\nGET /users?username=jack_smith\nGET /users/5\nGET /projects/diaspora%2Fdiaspora\n```',
        '## Avatar',
        '```\nGET /avatar?email=admin@example.com\n```',
      ].join('\n\n'),
    );
    // A query line is the definition when nothing else states its route (the query is not part of the path).
    expect(read.routes).toEqual(['GET /users', 'GET /avatar']);
  });

  it('should read a curl-only section’s call with a sample id (a number, a prefixed `shf_123`) as its route where its path parameters table names one parameter', () => {
    const read = readGeneral(
      [
        '## Create a shelf',
        '```bash\ncurl -X POST https://api.example.org/v2/shelves -d \'{"name": "Fiction"}\'\n```',
        '## Delete a shelf',
        '```bash\ncurl -X DELETE https://api.example.org/v2/shelves/shf_123\n```',
        '### Path parameters',
        '| Name | Type | Description |\n|---|---|---|\n| `id` | string | The shelf ID. |',
        '## Get a book',
        '```bash\ncurl https://api.example.org/v2/books/42\n```',
        '### Path parameters',
        '| Name | Type | Description |\n|---|---|---|\n| `book_id` | integer | The book. |',
        '## Get a review',
        '```bash\ncurl https://api.example.org/v2/reviews/rev_7781\n```',
        '## Verify a code',
        '```bash\ncurl -X POST https://api.example.org/v2/auth/sms_2fa\n```',
      ].join('\n\n'),
    );
    // The review's section names no parameter: its sample call states no route. `sms_2fa` is a word, no id.
    expect(read.routes).toEqual(['POST /v2/shelves', 'DELETE /v2/shelves/{id}', 'GET /v2/books/{book_id}', 'POST /v2/auth/sms_2fa']);
    expect(parameterNames(operation(read, 'DELETE /v2/shelves/{id}'))).toEqual(['path:id*']);
  });

  it('should tell the API’s version number after `/api/` from a sample id', () => {
    const read = readGeneral(
      [
        '## List invoices',
        '```\nGET /api/27/invoices\n```',
        '```\nGET /api/27/invoices/5/lines\n```',
        '## Get an invoice',
        '```\nGET /api/27/invoices/{id}\n```',
        '## Get an invoice’s lines',
        '```\nGET /api/27/invoices/{id}/lines\n```',
        '## Issue tracker',
        '```\nGET /rest/api/2/issue/{key}\n```',
      ].join('\n\n'),
    );
    // `27` follows `api/` in every route: the version. `5` stands where `{id}` does: a sample.
    expect(read.routes).toEqual([
      'GET /api/27/invoices',
      'GET /api/27/invoices/{id}',
      'GET /api/27/invoices/{id}/lines',
      'GET /rest/api/2/issue/{key}',
    ]);
    // Where a route of the page writes a parameter in the version's place, a number there is a sample.
    const versioned = readGeneral(
      ['## List invoices', '```\nGET /api/{version}/invoices\n```', '## Get an invoice', '```\nGET /api/27/invoices/{id}\n```'].join(
        '\n\n',
      ),
    );
    expect(versioned.routes).toEqual(['GET /api/{version}/invoices']);
    // A number after any other word, or ending the route, is still a sample.
    const samples = readGeneral(
      ['## Get a project', '```\nGET /projects/5/invoices\n```', '## Get an API', '```\nGET /api/5\n```'].join('\n\n'),
    );
    expect(samples.routes).toEqual([]);
  });

  it('should read a section’s only request line with a sample id as its route where its path-parameter table names one parameter', () => {
    const table = (name: string) => `| Name | Type | Description |\n|---|---|---|\n| \`${name}\` | integer | Which one. |`;
    const read = readGeneral(
      [
        '# Kennels',
        '### Get a kennel',
        '```\nGET /v1/kennels/42\n```',
        '#### Path parameters',
        table('kennel_id'),
        // Two samples, one parameter: which is which is not said.
        '### Get a dog',
        '```\nGET /v1/kennels/42/dogs/7\n```',
        '#### Path parameters',
        table('dog_id'),
        // "URL parameters" may be the query's.
        '### Get a bowl',
        '```\nGET /v1/bowls/9\n```',
        '#### URL parameters',
        table('page'),
        // A query in the line: an example call.
        '### Get a leash',
        '```\nGET /v1/leashes/5?expand=owner\n```',
        '#### Path parameters',
        table('leash_id'),
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /v1/kennels/{kennel_id}']);
    expect(parameterNames(operation(read, 'GET /v1/kennels/{kennel_id}'))).toEqual(['path:kennel_id*']);
    // Under an example heading, on a page that states its routes nowhere else: a UUID too.
    const sampled = readGeneral(
      [
        '### Get a vet',
        '#### Path parameters',
        table('vet_id'),
        '#### Example request',
        '```\nGET /v1/vets/3f2504e0-4f89-11d3-9a0c-0305e82c3301\n```',
      ].join('\n\n'),
    );
    expect(sampled.routes).toEqual(['GET /v1/vets/{vet_id}']);
  });

  it('should not take signatures under an example heading or label for operations', () => {
    const read = readGeneral('## Get item\n\n```\nGET /items/{id}\n```\n\nExample request:\n\n```\nGET /items/{id}/extra\n```\n');
    expect(read.routes).toEqual(['GET /items/{id}']);
  });

  it('should read the request messages of example requests as the signatures of a page that states its routes nowhere else', () => {
    const read = readGeneral(
      [
        '## List users',
        'Lists the users.',
        '#### Request',
        '```http\nGET /api/users?page=2 HTTP/1.1\nHost: api.example.com\n```',
        '#### Response',
        '```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{"users": [], "page": 2}\n```',
        '## Create user',
        '#### Request',
        '```http\nPOST /api/users HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n{"name": "Bob"}\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /api/users', 'POST /api/users']);
    expect(parameterNames(operation(read, 'GET /api/users'))).toEqual(['query:page']);
    expect(operation(read, 'GET /api/users').responses.map((r) => r.status)).toEqual(['200']);
    expect(operation(read, 'POST /api/users').requestBody?.content[0]?.examples[0]?.value).toEqual({ name: 'Bob' });
  });

  it('should read curl commands as the signatures only when the page states nothing better', () => {
    const curlOnly = readGeneral(
      '## Send code\n\n```bash\ncurl -X POST https://h.example/api/v1/users.2fa.sendEmailCode -d \'{"emailOrUsername": "x"}\'\n```\n',
    );
    expect(curlOnly.routes).toEqual(['POST /api/v1/users.2fa.sendEmailCode']);
    const withLine = readGeneral("## Send code\n\n```\nPOST /send\n```\n\n```bash\ncurl -X POST https://h.example/other -d '{}'\n```\n");
    expect(withLine.routes).toEqual(['POST /send']);
  });

  it('should make each heading an operation of its own, with its tables', () => {
    const read = readGeneral(
      [
        '# Branches',
        '## List branches',
        '```\nGET /projects/:id/branches\n```',
        '| Attribute | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | integer | yes | The project |\n| `search` | string | no | Filter |',
        '## Get branch',
        '```\nGET /projects/:id/branches/:branch\n```',
        '| Attribute | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | integer | yes | The project |\n| `branch` | string | yes | Name |',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /projects/{id}/branches', 'GET /projects/{id}/branches/{branch}']);
    expect(parameterNames(operation(read, 'GET /projects/{id}/branches'))).toEqual(['path:id*', 'query:search']);
    expect(parameterNames(operation(read, 'GET /projects/{id}/branches/{branch}'))).toEqual(['path:id*', 'path:branch*']);
  });

  it('should keep the parts after a `## Restrictions` / `### Notes` heading at the operation heading’s own level in the operation', () => {
    const read = readGeneral(
      [
        '# Pets',
        '## Get a pet',
        '`GET /pets/{id}`',
        '## Restrictions',
        'Only the pet’s owner may call this.',
        '### Query parameters',
        '| Name | Type | Description |\n|---|---|---|\n| `verbose` | boolean | Adds the vet’s notes |',
        '### Response',
        '```json\n{ "id": 7, "name": "Rex" }\n```',
        '## Feed a pet',
        '`POST /pets/{id}/meals`',
        '## Notes',
        'A pet is fed at most thrice a day.',
        '| Name | Type | Description |\n|---|---|---|\n| `grams` | integer | How much |',
        '## Pagination',
        '| Name | Type | Description |\n|---|---|---|\n| `page` | integer | The page |',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /pets/{id}', 'POST /pets/{id}/meals']);
    const get = operation(read, 'GET /pets/{id}');
    expect(parameterNames(get)).toEqual(['query:verbose', 'path:id*']);
    expect(get.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['2XX', { id: 7, name: 'Rex' }]]);
    // A heading of a section the notes do not name ends the operation: its table is no parameter of it.
    expect(operation(read, 'POST /pets/{id}/meals').requestBody?.content[0]?.schema).toMatchObject({
      kind: 'object',
      properties: [{ name: 'grams' }],
    });
  });

  it('should give one table to every request line of one fence, a sibling route parameter never a query parameter', () => {
    const read = readGeneral(
      [
        '## List award emoji',
        '```\nGET /projects/:id/issues/:issue_iid/award_emoji\nGET /projects/:id/snippets/:snippet_id/award_emoji\n```',
        '| Attribute | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | integer | yes | Project |\n| `issue_iid` | integer | yes | Issue |\n| `snippet_id` | integer | yes | Snippet |\n| `page` | integer | no | Page |',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /projects/{id}/issues/{issue_iid}/award_emoji'))).toEqual([
      'path:id*',
      'path:issue_iid*',
      'query:page',
    ]);
    expect(parameterNames(operation(read, 'GET /projects/{id}/snippets/{snippet_id}/award_emoji'))).toEqual([
      'path:id*',
      'path:snippet_id*',
      'query:page',
    ]);
    expect(codes(read)).toEqual([]);
  });

  it('should read the method and the path in code spans of their own with a dash between, in a paragraph or a heading', () => {
    const read = readGeneral(
      [
        '## Get a user',
        '`GET` — `/users/{id}`',
        'Returns one user.',
        '| Name | Type | Description |\n| --- | --- | --- |\n| id | integer | The id |',
        '## Delete a user',
        '`DELETE` – `/users/{id}`',
        '## Create a user',
        '### `POST` - `/users`',
        '## Not a route',
        '`GET` — see `/users/{id}` — reads one user.',
        '`GET` or `/users/{id}`',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /users/{id}', 'DELETE /users/{id}', 'POST /users']);
    const get = operation(read, 'GET /users/{id}');
    expect(get.summary).toBe('Returns one user.');
    expect(get.parameters.map((p) => [p.in, p.name, p.schema.kind])).toEqual([['path', 'id', 'integer']]);
    // The heading is the signature alone: it is no title.
    expect(operation(read, 'POST /users').summary).toBeUndefined();
  });

  it('should read a path and its method in parentheses after an `Endpoint:` label, or alone in a heading', () => {
    const read = readGeneral(
      [
        '## List projects',
        'Endpoint: /projects (GET)',
        '| Parameter | Type | Description |\n| --- | --- | --- |\n| page | integer | Page number |',
        '## Create a project',
        '**Endpoint:** `/projects` (POST)',
        '## Get a project',
        '**URL**: `/projects/{id}` (`GET`)',
        '## /projects/{id} (DELETE)',
        'Deletes the project.',
        '## Not a route',
        'The endpoint: /projects (GET) lists them, see the list (GET).',
        'Endpoint: /projects (see GET)',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /projects', 'POST /projects', 'GET /projects/{id}', 'DELETE /projects/{id}']);
    expect(parameterNames(operation(read, 'GET /projects'))).toEqual(['query:page']);
    expect(operation(read, 'GET /projects').summary).toBe('List projects');
    expect(operation(read, 'DELETE /projects/{id}').summary).toBe('Deletes the project.');
  });

  it('should report a page without an endpoint signature as not-an-endpoint (info)', () => {
    const read = readGeneral('# Overview\n\nAuthentication uses tokens.\n\n## Pagination\n\nUse `page`.\n');
    expect(read.fragment).toBeUndefined();
    expect(read.diagnostics.items.map((d) => [d.code, d.severity])).toEqual([['not-an-endpoint', 'info']]);
  });
});
