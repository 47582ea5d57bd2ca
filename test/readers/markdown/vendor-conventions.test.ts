import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

/** A reference in Hugo's conventions (Mastodon's): request lines with their protocol, definition lists, `##### 200: OK`. */
const HUGO_PAGE = `---
title: statuses API methods
---

## Post a new status {#create}

\`\`\`http
POST /api/v1/statuses HTTP/1.1
\`\`\`

Publish a status.

#### Request
##### Headers

Authorization
: {{<required>}} Provide this header with \`Bearer <user_token>\`.

Idempotency-Key
: Any arbitrary string, to prevent duplicate submissions.

##### Form data parameters

status
: {{<required>}} String. The text content of the status.

media_ids[]
: Array of String. Attachment IDs to be attached as media.

visibility
: String (Enumerable oneOf). One of \`public\`, \`unlisted\`.

#### Response
##### 200: OK

Status will be posted:

\`\`\`json
{ "id": "103254962155278888", "sensitive": false }
\`\`\`

##### 422: Unprocessable entity

\`\`\`json
{ "error": "Validation failed" }
\`\`\`

## View a single status {#get}

\`\`\`http
GET /api/v1/statuses/:id HTTP/1.1
\`\`\`

#### Request
##### Path parameters

:id
: {{<required>}} String. The ID of the Status in the database.

##### Query parameters

limit
: Integer. Maximum number of results to return.
`;

describe('general reader: conventions of more vendors', () => {
  it('should read request lines with their protocol, definition lists and `200: OK` headings (Hugo, Mastodon)', () => {
    const read = readGeneral(HUGO_PAGE);
    expect(codes(read)).toEqual([]);
    expect(read.routes).toEqual(['POST /api/v1/statuses', 'GET /api/v1/statuses/{id}']);
    const create = operation(read, 'POST /api/v1/statuses');
    expect(parameterNames(create)).toEqual(['header:Idempotency-Key']);
    const body = bodySchema(create);
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.schema.kind, p.required, p.description])).toEqual([
      ['status', 'string', true, 'The text content of the status.'],
      ['media_ids', 'array', false, 'Attachment IDs to be attached as media.'],
      ['visibility', 'enum', false, 'One of `public`, `unlisted`.'],
    ]);
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['200', { id: '103254962155278888', sensitive: false }],
      ['422', { error: 'Validation failed' }],
    ]);
    const get = operation(read, 'GET /api/v1/statuses/{id}');
    expect(parameterNames(get)).toEqual(['path:id*', 'query:limit']);
    expect(get.parameters.map((p) => p.schema.kind)).toEqual(['string', 'integer']);
  });

  it('should leave a paragraph whose second line starts with a colon alone when its first line is no name', () => {
    const read = readGeneral('## Get it\n\n`GET /things`\n\nThe answer is simple\n: just ask.\n');
    expect(parameterNames(operation(read, 'GET /things'))).toEqual([]);
    expect(read.root.children.some((node) => node.type === 'table')).toBe(false);
  });

  it("should read HashiCorp's method/path tables and `(type: default)` notes", () => {
    const read = readGeneral(
      [
        '## List Namespaces',
        '| Method | Path | Produces |\n| --- | --- | --- |\n| `GET` | `/v1/namespaces` | `application/json` |',
        '### Parameters',
        '- `prefix` `(string: "")`- Specifies a string to filter namespaces on.\n\n- `per_page` `(int: 10)` - The maximum number of results.',
        '## Create Namespace',
        '| Method | Path | Produces |\n| --- | --- | --- |\n| `POST` | `/v1/namespace/:namespace` | `application/json` |',
        '### Parameters',
        [
          '- `:namespace` `(string: <required>)` - The namespace, part of the URL.',
          '- `Name` `(string: <required>)` - The name.',
          '- `Meta` `(map<string|string>: nil)` - Metadata.',
          '- `Enabled` `(bool: true)` - Whether it is enabled.',
          '- `Quota` `(Quota: <optional>)` - A quota.',
        ].join('\n'),
      ].join('\n\n'),
    );
    const list = operation(read, 'GET /v1/namespaces');
    expect(list.parameters.map((p) => [p.name, p.in, p.schema])).toEqual([
      ['prefix', 'query', expect.objectContaining({ kind: 'string' })],
      ['per_page', 'query', expect.objectContaining({ kind: 'integer', default: 10 })],
    ]);
    const create = operation(read, 'POST /v1/namespace/{namespace}');
    expect(parameterNames(create)).toEqual(['path:namespace*']);
    const body = bodySchema(create);
    expect(
      body?.kind === 'object' &&
        body.properties.map((p) => [p.name, p.required, p.schema.kind, 'default' in p.schema ? p.schema.default : undefined]),
    ).toEqual([
      ['Name', true, 'string', undefined],
      ['Meta', false, 'map', undefined],
      ['Enabled', false, 'boolean', true],
      ['Quota', false, 'ref', undefined],
    ]);
  });

  it("should read Discord's `Title % METHOD /path` headings, `{channel.id#…}` parameters, `limit?` names and `?string` types", () => {
    const read = readGeneral(
      [
        '## Get Channel Messages % GET /channels/{channel.id#DOCS_RESOURCES_CHANNEL/channel-object}/messages',
        'Retrieves the messages in a channel.',
        '###### Query String Params',
        '| Field | Type | Description | Default |\n|---|---|---|---|\n| around? | snowflake | Around this message ID | absent |\n| limit? | integer | Max number of messages (1-100) | 50 |',
        '## Create Message % POST /channels/{channel.id#DOCS_RESOURCES_CHANNEL/channel-object}/messages',
        '###### JSON Params',
        '| Field | Type | Description |\n|---|---|---|\n| content?\\* | string | Message contents |\n| topic | ?string | The topic |',
        '\\* At least one of `content` or `embeds` is required.',
        '### Delete Message `DELETE /channels/{channel.id}/messages/{message.id}`',
        'Deletes a message.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual([
      'GET /channels/{channel.id}/messages',
      'POST /channels/{channel.id}/messages',
      'DELETE /channels/{channel.id}/messages/{message.id}',
    ]);
    const list = operation(read, 'GET /channels/{channel.id}/messages');
    expect(parameterNames(list)).toEqual(['query:around', 'query:limit', 'path:channel.id*']);
    expect(list.parameters[1]?.schema).toMatchObject({ kind: 'integer', default: 50 });
    // `absent` (the parameter left out) states no default.
    expect(list.parameters[0]?.schema).not.toHaveProperty('default');
    const body = bodySchema(operation(read, 'POST /channels/{channel.id}/messages'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.schema])).toEqual([
      ['content', false, { kind: 'string' }],
      // The table marks its optional names (`content?`): `topic`, unmarked, is required.
      ['topic', true, { kind: 'string', nullable: true }],
    ]);
  });

  it('should take the status a fence states alone (`Status: 201 Created`, `HTTP 204 No Content`) for the sample after it', () => {
    const read = readGeneral(
      [
        '## Create',
        '```\nPOST /user/repos\n```',
        '### Response',
        '```\nStatus: 201 Created\n```',
        '```json\n{"id": 27}\n```',
        '## Delete',
        '```\nDELETE /repos/:owner/:repo\n```',
        '### Response',
        '```\nHTTP 204 No Content\n```',
      ].join('\n\n'),
    );
    expect(operation(read, 'POST /user/repos').responses.map((r) => [r.status, r.description, r.content[0]?.examples[0]?.value])).toEqual([
      ['201', 'Created', { id: 27 }],
    ]);
    expect(operation(read, 'DELETE /repos/{owner}/{repo}').responses.map((r) => [r.status, r.content.length])).toEqual([['204', 0]]);
  });

  it('should read part titles that name their operation (`Parameters for "…"`) and name a curl command\'s placeholders (GitHub)', () => {
    const read = readGeneral(
      [
        '## List organization repositories',
        'Lists repositories for the specified organization.',
        '### Fine-grained access tokens for "List organization repositories"',
        'This endpoint works with fine-grained tokens.',
        '### Parameters for "List organization repositories"',
        '#### Path parameters',
        '| Name | Type | Description |\n| --- | --- | --- |\n| `org` | string | **Required**. The organization name. |',
        '#### Query parameters',
        '| Name | Type | Description |\n| --- | --- | --- |\n| `per_page` | integer | Results per page. |',
        '### HTTP response status codes for "List organization repositories"',
        '| Status code | Description |\n| --- | --- |\n| `200` | OK |\n| `404` | Not found |',
        '### Code samples for "List organization repositories"',
        '#### Request example',
        '```shell\ncurl -L \\\n  -H "Accept: application/vnd.github+json" \\\n  https://api.github.com/orgs/ORG/repos\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /orgs/{org}/repos']);
    const list = operation(read, 'GET /orgs/{org}/repos');
    expect(parameterNames(list)).toEqual(['path:org*', 'query:per_page']);
    expect(list.responses.map((r) => r.status)).toEqual(['200', '404']);
    expect(codes(read)).toEqual([]);
  });

  it('should keep a capitalised segment of a curl command that names no documented parameter', () => {
    const read = readGeneral('## Send\n\n```bash\ncurl -X POST https://api.example.com/v1/SMS/send\n```\n');
    expect(read.routes).toEqual(['POST /v1/SMS/send']);
  });

  it("should read Stripe's attribute lists (bare type words, the description in its own paragraph), `The X object` definitions and `Returns the X object`", () => {
    const read = readGeneral(
      [
        '# Customers',
        '## The Customer object',
        '### Attributes',
        '- **id** string\n\n  Unique identifier for the object.\n\n- **email** nullable string\n\n  The email address.',
        '## Create a customer',
        '### Parameters',
        '- **email** string *Required*\n\n  The email address.\n\n- **balance** integer\n\n  An amount in cents.\n\n  It may be negative.',
        '### Returns',
        'Returns the Customer object after successful customer creation.',
        '```\nPOST /v1/customers\n```',
        '## Retrieve a customer',
        '### Returns',
        'Returns a customer object.',
        '```\nGET /v1/customers/:id\n```',
      ].join('\n\n'),
    );
    expect(read.fragment?.schemas.map((s) => [s.name, strip(s.schema)])).toEqual([
      [
        'Customer',
        {
          kind: 'object',
          properties: [
            { name: 'id', schema: { kind: 'string' }, required: false, description: 'Unique identifier for the object.' },
            { name: 'email', schema: { kind: 'string', nullable: true }, required: false, description: 'The email address.' },
          ],
        },
      ],
    ]);
    const create = operation(read, 'POST /v1/customers');
    expect(bodySchema(create)).toEqual({
      kind: 'object',
      properties: [
        { name: 'email', schema: { kind: 'string' }, required: true, description: 'The email address.' },
        { name: 'balance', schema: { kind: 'integer' }, required: false, description: 'An amount in cents.\n\nIt may be negative.' },
      ],
    });
    expect(create.responses.map((r) => [r.status, strip(r.content[0]?.schema)])).toEqual([['2XX', { kind: 'ref', name: 'Customer' }]]);
    // The sentence stays, as the success's description.
    expect(create.responses[0]?.description).toBe('Returns the Customer object after successful customer creation.');
    // A lower-case word is no type name: no response is made up from it.
    expect(operation(read, 'GET /v1/customers/{id}').responses).toEqual([]);
  });

  it('should take a JSON fence right after a curl command, with no label between, as its response', () => {
    const read = readGeneral(
      [
        '## Create a customer',
        '`POST /v1/customers`',
        '```bash\ncurl https://api.example.com/v1/customers -H "Content-Type: application/json" -d \'{"name": "Jenny"}\'\n```',
        '```json\n{"id": "cus_1", "name": "Jenny"}\n```',
        '## Get a customer',
        '`GET /v1/customers/{id}`',
        '```bash\ncurl https://api.example.com/v1/customers/cus_1\n```',
        '```json\n{"id": "cus_1"}\n```',
      ].join('\n\n'),
    );
    const create = operation(read, 'POST /v1/customers');
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ name: 'Jenny' }]);
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['2XX', { id: 'cus_1', name: 'Jenny' }]]);
    expect(operation(read, 'GET /v1/customers/{id}').responses.map((r) => r.content[0]?.examples[0]?.value)).toEqual([{ id: 'cus_1' }]);
  });

  it('should read a table of facts that states method and URL, and `Required arguments` / `Optional arguments` sections (Slack)', () => {
    const read = readGeneral(
      [
        '# chat.postMessage',
        'Sends a message to a channel.',
        '## Facts',
        '| | |\n|---|---|\n| **Method URL:** | `https://slack.com/api/chat.postMessage` |\n| **Preferred HTTP method:** | `POST` |\n| **Rate limits:** | Special |',
        '## Arguments',
        '### Required arguments',
        '| Argument | Example | Description |\n|---|---|---|\n| `channel` | `C1234567890` | A channel ID. |',
        '### Optional arguments',
        '| Argument | Example | Description |\n|---|---|---|\n| `thread_ts` | `1234567890.123456` | Reply to this message. |',
        '**Required headers**',
        '| Name | Description |\n|---|---|\n| `X-Trace` | A trace id. |',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /api/chat.postMessage']);
    const post = operation(read, 'POST /api/chat.postMessage');
    expect(parameterNames(post)).toEqual(['header:X-Trace*']);
    const body = bodySchema(post);
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required])).toEqual([
      ['channel', true],
      ['thread_ts', false],
    ]);
  });

  it('should not take a two-column table of other facts for a signature', () => {
    const read = readGeneral('## Limits\n\n`GET /limits`\n\n| | |\n|---|---|\n| **Method** | Any |\n| **Rate** | 10/s |\n');
    expect(read.routes).toEqual(['GET /limits']);
  });

  it('should read headings that state the signature before the title, and leave an overview table of the same routes an index', () => {
    const read = readGeneral(
      [
        '# Users API',
        '| Method | Endpoint | Description |\n|---|---|---|\n| GET | `/users` | List users |\n| POST | `/users` | Create a user |\n| GET | `/users/{id}` | Get a user |\n| DELETE | `/users/{id}` | Delete a user |',
        '## GET /users — List users',
        '| Parameter | Type | Description |\n|---|---|---|\n| page | integer | Page number |',
        '## `POST /users` Create a user',
        '| Field | Type | Required | Description |\n|---|---|---|---|\n| name | string | yes | The name |',
        '## GET /users/{id}{?fields}: Get a user',
        '| Parameter | Type | Description |\n|---|---|---|\n| id | string | The user |\n| fields | string | Fields to include |',
      ].join('\n\n'),
    );
    // DELETE is stated by the table alone: the table still defines it.
    expect(read.routes).toEqual(['DELETE /users/{id}', 'GET /users', 'POST /users', 'GET /users/{id}']);
    expect(parameterNames(operation(read, 'GET /users'))).toEqual(['query:page']);
    expect(parameterNames(operation(read, 'POST /users'))).toEqual([]);
    expect(bodySchema(operation(read, 'POST /users'))).toMatchObject({ kind: 'object', properties: [{ name: 'name', required: true }] });
    expect(parameterNames(operation(read, 'GET /users/{id}'))).toEqual(['path:id*', 'query:fields']);
  });

  it('should read a heading that states a full URL before its title, the host its server', () => {
    const read = readGeneral(
      '## GET https://api.example.com/v1/users/:id — Get a user\n\n| Parameter | Type | Description |\n|---|---|---|\n| id | string | The user |\n',
    );
    expect(read.routes).toEqual(['GET /v1/users/{id}']);
    expect(operation(read, 'GET /v1/users/{id}').summary).toBe('Get a user');
    expect(read.root.data?.page?.servers).toEqual(['https://api.example.com']);
  });

  it("should nest dotted names under their parent row and Widdershins' `»` rows under the row above, in every kind of body table", () => {
    const read = readGeneral(
      [
        '## Create order',
        '`POST /orders`',
        '| Field | Type | Required | Description |\n|---|---|---|---|\n| customer | object | yes | The customer |\n| customer.name | string | yes | Name |\n| items | array of objects | yes | Items |\n| items[].sku | string | yes | SKU |\n| meta.key | string | no | A name with a dot |',
        '## Update order',
        '`PATCH /orders/{id}`',
        '### Request body',
        '| Name | Type | Required | Description |\n|---|---|---|---|\n| customer | object | no | Customer |\n| » name | string | no | Name |',
      ].join('\n\n'),
    );
    expect(bodySchema(operation(read, 'POST /orders'))).toEqual({
      kind: 'object',
      properties: [
        {
          name: 'customer',
          required: true,
          description: 'The customer',
          schema: { kind: 'object', properties: [{ name: 'name', required: true, description: 'Name', schema: { kind: 'string' } }] },
        },
        {
          name: 'items',
          required: true,
          description: 'Items',
          schema: {
            kind: 'array',
            items: { kind: 'object', properties: [{ name: 'sku', required: true, description: 'SKU', schema: { kind: 'string' } }] },
          },
        },
        { name: 'meta.key', required: false, description: 'A name with a dot', schema: { kind: 'string' } },
      ],
    });
    expect(bodySchema(operation(read, 'PATCH /orders/{id}'))).toMatchObject({
      kind: 'object',
      properties: [{ name: 'customer', schema: { kind: 'object', properties: [{ name: 'name', schema: { kind: 'string' } }] } }],
    });
  });

  it("should take the heading's title, beside its signature, as the summary where no prose follows the signature", () => {
    const read = readGeneral(
      [
        '## Create or Update Namespace',
        '| Method | Path |\n| --- | --- |\n| `POST` | `/v1/namespace/:namespace` |',
        '### Parameters',
        '- `Name` `(string: <required>)` - The name.',
        '## Get Channel % GET /channels/{channel.id}',
        '## GET /users — List users',
        '| Parameter | Type | Description |\n|---|---|---|\n| page | integer | Page |',
        '## GET /things',
        '## Delete a thing',
        '`DELETE /things/{id}`',
        'Deletes the thing for good.',
      ].join('\n\n'),
    );
    expect(read.fragment?.operations.map((o) => [`${o.method} ${o.path}`, o.summary])).toEqual([
      ['post /v1/namespace/{namespace}', 'Create or Update Namespace'],
      ['get /channels/{channel.id}', 'Get Channel'],
      ['get /users', 'List users'],
      ['get /things', undefined],
      ['delete /things/{id}', 'Deletes the thing for good.'],
    ]);
  });

  it('should read an endpoint an HTML block states by its attributes (a method class, MDX method/path props)', () => {
    const read = readGeneral(
      [
        '## Create Service',
        '<div class="endpoint post indent">/services</div>',
        '| Attributes | Description |\n| ---: | --- |\n| `name` | The service name. |',
        '## Get pet',
        '<MethodEndpoint method={"get"} path={"/pets/{petId}"}></MethodEndpoint>',
        'Returns one pet.',
        '## Styled',
        '<div class="note">/not/an/endpoint</div>',
      ].join('\n\n'),
      'api/page.mdx',
    );
    expect(read.routes).toEqual(['POST /services', 'GET /pets/{petId}']);
    expect(bodySchema(operation(read, 'POST /services'))).toMatchObject({ kind: 'object', properties: [{ name: 'name' }] });
  });

  it('should define no type from an object heading whose section holds no table of its own', () => {
    const read = readGeneral(
      [
        '## Service Object',
        'A service is an upstream.',
        '### Add Service',
        '`POST /services`',
        '| Attribute | Type | Description |\n|---|---|---|\n| `name` | string | The name |',
      ].join('\n\n'),
    );
    expect(read.fragment?.schemas ?? []).toEqual([]);
    expect(bodySchema(operation(read, 'POST /services'))).toMatchObject({ kind: 'object', properties: [{ name: 'name' }] });
  });

  it('should read a path heading over method headings, a `Summary:` heading and a `Located in` column (swagger-markdown)', () => {
    const read = readGeneral(
      [
        '### /pets',
        '#### GET',
        '##### Summary:',
        'List all pets',
        '##### Parameters',
        '| Name | Located in | Description | Required | Schema |\n| ---- | ---------- | ----------- | -------- | ---- |\n| limit | query | How many items | No | integer |',
        '##### Responses',
        '| Code | Description | Schema |\n| ---- | ----------- | ------ |\n| 200 | A paged array of pets | [Pets](#Pets) |',
        '#### POST',
        '##### Responses',
        '| Code | Description |\n| ---- | ----------- |\n| 201 | Null response |',
        '### Models',
        '#### Pets',
        '| Name | Type | Description | Required |\n| ---- | ---- | ----------- | -------- |\n| id | long |  | Yes |',
        '## GET',
        'A heading that is a method alone, under no path: nothing.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /pets', 'POST /pets']);
    const list = operation(read, 'GET /pets');
    expect(list.summary).toBe('List all pets');
    expect(list.parameters.map((p) => [p.name, p.in, p.required, p.schema.kind])).toEqual([['limit', 'query', false, 'integer']]);
    expect(list.responses.map((r) => [r.status, strip(r.content[0]?.schema)])).toEqual([['200', { kind: 'ref', name: 'Pets' }]]);
    expect(operation(read, 'POST /pets').responses.map((r) => r.status)).toEqual(['201']);
    expect(read.fragment?.schemas.map((s) => s.name)).toEqual(['Pets']);
  });

  it('should read attribute items whose description follows a line break, a list of statuses, and no type in a "Returns a …" sentence (readme.io)', () => {
    const read = readGeneral(
      [
        '# Find pet by ID',
        '`GET https://petstore.example.com/v2/pet/{petId}`',
        'Returns a single pet.',
        '## Path Params',
        '- **petId** int64 required\n  ID of pet to return',
        '## Query Params',
        '- **fields** string\n  Comma-separated fields\n- **verbose** boolean\n  Defaults to false',
        '## Responses',
        '- **200** successful operation\n- **404** Pet not found',
      ].join('\n\n'),
    );
    expect(codes(read)).toEqual([]);
    const get = operation(read, 'GET /v2/pet/{petId}');
    expect(get.summary).toBe('Returns a single pet.');
    expect(get.parameters.map((p) => [p.name, p.in, p.required, p.schema, p.description])).toEqual([
      ['petId', 'path', true, expect.objectContaining({ kind: 'integer', format: 'int64' }), 'ID of pet to return'],
      ['fields', 'query', false, expect.objectContaining({ kind: 'string' }), 'Comma-separated fields'],
      ['verbose', 'query', false, expect.objectContaining({ kind: 'boolean', default: false }), 'Defaults to false'],
    ]);
    expect(get.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'successful operation'],
      ['404', 'Pet not found'],
    ]);
  });

  it('should read the method and the path in code spans of their own as a signature, and not code spans with other words', () => {
    const read = readGeneral('## Get a user\n\n`GET` `/users/{id}`\n\n## Note\n\nUse `GET` on `/users/{id}` to read one.\n');
    expect(read.routes).toEqual(['GET /users/{id}']);
  });

  it('should read a table of fields under a response title as that status’s body, not as parameters', () => {
    const read = readGeneral(
      [
        '## Create a note',
        '```\nPOST /notes\n```',
        '### Parameters - `Parameter`',
        '| Name | Type | Description |\n| --- | --- | --- |\n| text | `String` | The text |',
        '### Success response',
        '#### Success response - `Success 201`',
        '| Name | Type | Description |\n| --- | --- | --- |\n| id | `Number` | The new note’s id |',
        '### Error response',
        '#### Error response - `Error 4xx`',
        '| Name | Type | Description |\n| --- | --- | --- |\n| NoteTooLong |  | The text is too long |',
        '## Read a note',
        '`GET /notes/{id}`',
        '### Response (200)',
        '| Field | Type | Description |\n| --- | --- | --- |\n| text | string | The text |',
        '#### 404 Not Found',
        '| Field | Type | Description |\n| --- | --- | --- |\n| message | string | Why |',
      ].join('\n\n'),
    );
    const create = operation(read, 'POST /notes');
    expect(parameterNames(create)).toEqual([]);
    expect(strip(bodySchema(create))).toMatchObject({ kind: 'object', properties: [{ name: 'text' }] });
    // The title's status, not a `200` of its own; the error names are no fields of the call.
    expect(create.responses.map((r) => [r.status, strip(r.content[0]?.schema)])).toEqual([
      ['201', expect.objectContaining({ kind: 'object', properties: [expect.objectContaining({ name: 'id' })] })],
    ]);
    const get = operation(read, 'GET /notes/{id}');
    expect(parameterNames(get)).toEqual(['path:id*']);
    // The emitters order responses by status; the reader keeps them in the order it met them.
    const byStatus = [...get.responses].sort((a, b) => a.status.localeCompare(b.status));
    expect(byStatus.map((r) => [r.status, strip(r.content[0]?.schema)])).toEqual([
      ['200', expect.objectContaining({ properties: [expect.objectContaining({ name: 'text' })] })],
      ['404', expect.objectContaining({ properties: [expect.objectContaining({ name: 'message' })] })],
    ]);
  });

  it('should give a body table under `### Response (201)` the status its title states', () => {
    const read = readGeneral(
      '## Create\n\n`POST /things`\n\n### Response (201)\n\n| Field | Type | Description |\n|---|---|---|\n| id | integer | The id |\n',
    );
    expect(operation(read, 'POST /things').responses.map((r) => [r.status, r.description, r.content.length])).toEqual([
      ['201', 'Created', 1],
    ]);
  });

  it('should read a list of statuses written with their reason phrases in code', () => {
    const read = readGeneral(
      [
        '## Create user',
        '`POST /users`',
        '**Responses**',
        '* `201 Created` — the user was created\n* `409: Conflict`\n* **422** — the name is taken',
      ].join('\n\n'),
    );
    expect(operation(read, 'POST /users').responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'the user was created'],
      ['409', 'Conflict'],
      ['422', 'the name is taken'],
    ]);
  });

  it("should read a table a sentence announces as the response's headers as no parameter, the request's headers as headers, and a `Kind` column of locations as their places", () => {
    const read = readGeneral(
      [
        '## List loans',
        '```\nGET /loans\n```',
        'Lists the loans of a library.',
        'The following parameters should be specified on the request:',
        '| Name | Kind | Description |\n|---|---|---|\n| `X-Branch` | header | The branch. |\n| `n` | query | How many loans. |',
        'The following headers will be returned with the response:',
        '| Name | Description |\n|---|---|\n| `Content-Length` | Length of the body. |\n| `Link` | The next page. |',
        '## Renew a loan',
        '```\nPOST /loans/{id}/renew\n```',
        'Renews a loan.',
        'The following headers must be sent with the request:',
        "| Name | Description |\n|---|---|\n| `If-Match` | The loan's ETag. |",
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /loans'))).toEqual(['header:X-Branch', 'query:n']);
    const renew = operation(read, 'POST /loans/{id}/renew');
    expect(parameterNames(renew)).toEqual(['header:If-Match', 'path:id*']);
    expect(renew.requestBody).toBeUndefined();
  });
  it("should read `(required)` opening an item's description as the flag, `(deprecated)` after its name as deprecated, and a `(default: `5m`)` of an untyped field as its default", () => {
    const read = readGeneral(
      [
        '## Renew a loan',
        '```shell\nPOST /api/renew\n```',
        'Renews a loan.',
        '### Parameters',
        '- `loan`: (required) the loan to renew\n- `period`: how long to renew it for (default: `2w`)\n- `note`: (optional) a note for the librarian\n- `branch` (deprecated): the branch the loan was made at',
        '## Find a loan',
        '```shell\nGET /api/loans\n```',
        'Finds a loan.',
        '### Parameters',
        '- `member`: (required) the member\n- `old` (deprecated): also old loans',
        '## List members',
        '```shell\nGET /api/members\n```',
        '| Name | Type | Deprecated | Description |\n|---|---|---|---|\n| `page` | integer | no | The page. |\n| `offset` | integer | yes | Use `page`. |',
      ].join('\n\n'),
    );
    expect(codes(read)).toEqual([]);
    expect(bodySchema(operation(read, 'POST /api/renew'))).toEqual({
      kind: 'object',
      properties: [
        { name: 'loan', schema: { kind: 'unknown' }, required: true, description: 'the loan to renew' },
        {
          name: 'period',
          schema: { kind: 'unknown', default: '2w' },
          required: false,
          description: 'how long to renew it for (default: `2w`)',
        },
        { name: 'note', schema: { kind: 'unknown' }, required: false, description: 'a note for the librarian' },
        { name: 'branch', schema: { kind: 'unknown', deprecated: true }, required: false, description: 'the branch the loan was made at' },
      ],
    });
    const find = operation(read, 'GET /api/loans');
    expect(find.parameters.map((p) => [p.name, p.required, p.deprecated ?? false])).toEqual([
      ['member', true, false],
      ['old', false, true],
    ]);
    expect(operation(read, 'GET /api/members').parameters.map((p) => [p.name, p.deprecated ?? false])).toEqual([
      ['page', false],
      ['offset', true],
    ]);
  });
  it('should read lists under "Required fields:", "Optional fields:", "Available filters:" as parameters, a closing `(string)` as the type, and bare names among them', () => {
    const read = readGeneral(
      [
        '## Get Loans',
        '```\nGET /v1/loans\n```',
        'Available filters:',
        '- `status`: Loan status (string)\n- `offset`\n- `limit`',
        '## Create Loan',
        '```\nPOST /v1/loans\n```',
        'Response:',
        '```json\n{"loan_id": 5}\n```',
        'Required fields:',
        '- `book_id`: Book ID (integer)\n- `member`: The member (string) - since 2.1',
        'Optional fields:',
        '- `note`: A note (string)\n- `rush` (boolean)',
      ].join('\n\n'),
    );
    expect(codes(read)).toEqual([]);
    expect(operation(read, 'GET /v1/loans').parameters.map((p) => [p.in, p.name, p.schema.kind])).toEqual([
      ['query', 'status', 'string'],
      ['query', 'offset', 'string'],
      ['query', 'limit', 'string'],
    ]);
    const body = bodySchema(operation(read, 'POST /v1/loans'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.schema.kind])).toEqual([
      ['book_id', true, 'integer'],
      ['member', true, 'string'],
      ['note', false, 'string'],
      ['rush', false, 'boolean'],
    ]);
  });
  it('should read a list nested under a `* Params:` item as the parameters, placed by the route and the method, and `optional,` opening a description as the flag', () => {
    const read = readGeneral(
      [
        '## Loans of a member',
        '`GET /api/members/{id}/loans`',
        '* Method `GET`\n* Authentication: required\n* Params:\n    * `id`: the id of the member\n    * `limit`: optional, the number of loans to retrieve\n* Response: JSON',
        '## Renew loans',
        '`POST /api/loans/renew`',
        '* Params:\n    * `ids`: (required) the loans to renew\n    * `note`: (*optional*) a note',
      ].join('\n\n'),
    );
    expect(codes(read)).toEqual([]);
    const list = operation(read, 'GET /api/members/{id}/loans');
    expect(list.parameters.map((p) => [p.in, p.name, p.required, p.description])).toEqual([
      ['path', 'id', true, 'the id of the member'],
      ['query', 'limit', false, 'the number of loans to retrieve'],
    ]);
    const body = bodySchema(operation(read, 'POST /api/loans/renew'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.description])).toEqual([
      ['ids', true, 'the loans to renew'],
      ['note', false, 'a note'],
    ]);
  });
  it('should read the rows under "URL parameters:" the route does not name as query parameters, not path parameters to drop', () => {
    const read = readGeneral(
      [
        '##### GET `/api/v1/members/:id/loans`',
        '> URL parameters:',
        '* `id`: The member.\n* `continuation`: A token for the next page.\n* `sort_by`: Sort order. Accepted values: `oldest`, `newest`. Defaults to `newest`.',
        '> Response:',
        '```json\n{ "loans": [] }\n```',
      ].join('\n\n'),
    );
    expect(codes(read)).toEqual([]);
    const loans = operation(read, 'GET /api/v1/members/{id}/loans');
    expect(loans.parameters.map((p) => [p.in, p.name, p.schema.kind, p.schema.default])).toEqual([
      ['path', 'id', 'string', undefined],
      ['query', 'continuation', 'string', undefined],
      ['query', 'sort_by', 'enum', 'newest'],
    ]);
  });
  it('should read a "Json Parameters:" / "JSON body schema:" list of bold names before dashes as the body\'s fields', () => {
    const read = readGeneral(
      [
        '### Create a loan',
        '`POST /loans/create`',
        'Create a loan',
        'Json Parameters:',
        '-   **BookId** – The book lent\n-   **Member** – Member name or number',
        '### Shorten a link',
        '`POST /api/short-links`',
        'JSON body schema:',
        '- **path** – The path to shorten.',
      ].join('\n\n'),
    );
    expect(codes(read)).toEqual([]);
    expect(bodySchema(operation(read, 'POST /loans/create'))).toEqual({
      kind: 'object',
      properties: [
        { name: 'BookId', schema: { kind: 'unknown' }, required: false, description: 'The book lent' },
        { name: 'Member', schema: { kind: 'unknown' }, required: false, description: 'Member name or number' },
      ],
    });
    const short = bodySchema(operation(read, 'POST /api/short-links'));
    expect(short?.kind === 'object' && short.properties.map((p) => [p.name, p.description])).toEqual([['path', 'The path to shorten.']]);
  });
});
