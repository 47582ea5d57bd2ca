import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const table = (header: string, ...rows: string[]) =>
  [
    `| ${header} |`,
    `|${header
      .split('|')
      .map(() => ' --- ')
      .join('|')}|`,
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');

describe('general reader: tables, lists and their columns', () => {
  it('should place attribute rows by route and method: path by name, query for GET, body fields for POST', () => {
    const attributes = table(
      'Attribute | Type | Required | Description',
      '`id` | integer | yes | Project',
      '`name` | string | yes | Name',
      '`tags` | array of strings | no | Tags',
    );
    const read = readGeneral(
      `## Find\n\n\`\`\`\nGET /projects/:id/things\n\`\`\`\n\n${attributes}\n\n## Make\n\n\`\`\`\nPOST /projects/:id/things\n\`\`\`\n\n${attributes}\n`,
    );
    expect(parameterNames(operation(read, 'GET /projects/{id}/things'))).toEqual(['path:id*', 'query:name*', 'query:tags']);
    const post = operation(read, 'POST /projects/{id}/things');
    expect(parameterNames(post)).toEqual(['path:id*']);
    expect(bodySchema(post)).toEqual({
      kind: 'object',
      properties: [
        { name: 'name', schema: { kind: 'string' }, required: true, description: 'Name' },
        { name: 'tags', schema: { kind: 'array', items: { kind: 'string' } }, required: false, description: 'Tags' },
      ],
    });
  });

  it('should read the column vocabulary: Parameter/Key/Field names, In/Location columns, Optional columns, required markers', () => {
    const read = readGeneral(
      [
        '## Search',
        '`GET /search`',
        table(
          'Parameter | In | Data type | Mandatory | Description',
          '`q` | query | string | ✓ | Words',
          '`X-Trace` | header | string | no | Trace id',
        ),
        '## Filter',
        '`GET /filter`',
        '### Query parameters',
        table('Field | Type | Optional | Description', 'from | date | yes | Start', 'to | date | no | End'),
        '## Stars',
        '`GET /stars`',
        '### Query parameters',
        table(
          'Key | Example Value | Description',
          '`user`* | `jdoe` | Who',
          '`limit` (required) | `20` | How many',
          '`userId` or `username` | `x` | Either',
          '`full` | `true` OR `false` | Alternatives of one type',
          '`size` | `64` or `auto` | Alternatives of two types',
        ),
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /search'))).toEqual(['query:q*', 'header:X-Trace']);
    expect(parameterNames(operation(read, 'GET /filter'))).toEqual(['query:from', 'query:to*']);
    const stars = operation(read, 'GET /stars');
    expect(parameterNames(stars)).toEqual(['query:user*', 'query:limit*', 'query:userId', 'query:username', 'query:full', 'query:size']);
    // No type column: the example value's type (alternatives' when they agree, else text).
    expect(stars.parameters.map((p) => p.schema.kind)).toEqual(['string', 'integer', 'string', 'string', 'boolean', 'string']);
  });

  it('should read a Default column: the default where it fits the type, and the type of an untyped row', () => {
    const read = readGeneral(
      [
        '## List',
        '`GET /kittens`',
        '### Query Parameters',
        'Parameter | Default | Description\n--------- | ------- | -----------\ninclude_cats | false | Include cats.\nlimit | 20 | Page size.\nsort | `name` | Sort key.\nsince | - | Only newer ones.\nowner | the current user | Whose kittens.',
        '## Make',
        '`POST /kittens`',
        '| Field | Type | Default | Description |\n| --- | --- | --- | --- |\n| name | string | "Kitty" | The name. |\n| age | integer | young | Not a number. |\n| indoor | boolean | TRUE | Indoors. |',
      ].join('\n\n'),
    );
    const list = operation(read, 'GET /kittens');
    expect(Object.fromEntries(list.parameters.map((p) => [p.name, strip(p.schema)]))).toEqual({
      include_cats: { kind: 'boolean', default: false },
      limit: { kind: 'integer', default: 20 },
      sort: { kind: 'string', default: 'name' },
      since: { kind: 'string' },
      // A sentence is no default value.
      owner: { kind: 'string' },
    });
    expect(bodySchema(operation(read, 'POST /kittens'))).toMatchObject({
      properties: [
        { name: 'name', schema: { kind: 'string', default: 'Kitty' } },
        { name: 'age', schema: { kind: 'integer' } },
        { name: 'indoor', schema: { kind: 'boolean', default: true } },
      ],
    });
    expect(
      (bodySchema(operation(read, 'POST /kittens')) as { properties: Array<{ schema: object }> }).properties[1]!.schema,
    ).not.toHaveProperty('default');
  });

  it('should name a header by the word before its colon (`Prefer: outlook.body-content-type`)', () => {
    const read = readGeneral(
      '## List\n\n```http\nGET /me/messages\n```\n\n## Request headers\n\n| Name | Type | Description |\n|:--|:--|:--|\n| Prefer: outlook.body-content-type | string | The format of the body. |\n',
    );
    expect(parameterNames(operation(read, 'GET /me/messages'))).toEqual(['header:Prefer']);
  });

  it('should read a `Body` heading over a table whose In column says body as that body', () => {
    const read = readGeneral(
      '## Create user\n\n`POST /users`\n\n### Body\n\n| Name | In | Type | Required | Default | Description |\n| --- | --- | --- | --- | --- | --- |\n| email | body | string | yes | | The email. |\n| role | body | string | no | member | The role. |\n',
    );
    expect(bodySchema(operation(read, 'POST /users'))).toEqual({
      kind: 'object',
      properties: [
        { name: 'email', required: true, schema: { kind: 'string' }, description: 'The email.' },
        { name: 'role', required: false, schema: { kind: 'string', default: 'member' }, description: 'The role.' },
      ],
    });
  });

  it('should read attribute lists written with bold names, notes in code or emphasis, and types between dashes', () => {
    const read = readGeneral(
      [
        '## Create customer',
        '`POST /v1/customers`',
        '### Parameters',
        "- **email** (string, required): The customer's email.\n- **name** `string` — The full name.\n- `balance` *integer* optional. Starting balance in cents.\n- `metadata` (object) Set of key-value pairs.\n- `owner_id` (integer, **required**) The owner.\n- `note` (string, _optional_) A note.",
        '## List customers',
        '`GET /v1/customers`',
        '### Query parameters',
        '* **limit** - integer - At most this many.\n* **starting_after** - string - A cursor.',
        '## Notes',
        '`GET /v1/notes`',
        '- **Note**: this endpoint is rate limited.\n- **Tip**: page through it.',
      ].join('\n\n'),
    );
    const create = bodySchema(operation(read, 'POST /v1/customers')) as {
      properties: Array<{ name: string; required: boolean; schema: unknown; description?: string }>;
    };
    expect(create.properties.map((p) => [p.name, p.required, p.schema, p.description])).toEqual([
      ['email', true, { kind: 'string' }, "The customer's email."],
      ['name', false, { kind: 'string' }, 'The full name.'],
      ['balance', false, { kind: 'integer' }, 'Starting balance in cents.'],
      ['metadata', false, { kind: 'map', values: { kind: 'unknown' } }, 'Set of key-value pairs.'],
      ['owner_id', true, { kind: 'integer' }, 'The owner.'],
      ['note', false, { kind: 'string' }, 'A note.'],
    ]);
    const list = operation(read, 'GET /v1/customers');
    expect(strip(list.parameters.map((p) => [p.name, p.schema, p.description]))).toEqual([
      ['limit', { kind: 'integer' }, 'At most this many.'],
      ['starting_after', { kind: 'string' }, 'A cursor.'],
    ]);
    // Bold labels are no fields.
    expect(operation(read, 'GET /v1/notes').parameters).toEqual([]);
  });

  it("should type a row by a Value column's example (Postman's Key | Value | Description), never by a placeholder", () => {
    const read = readGeneral(
      [
        '## Get user',
        '`GET` {{baseUrl}}/users/:id',
        '### Path Variables',
        '| Key | Value | Description |\n| --- | --- | --- |\n| id | 123 | The user id |',
        '### Query Params',
        '| Key | Value | Description |\n| --- | --- | --- |\n| expand | true | Include the profile |\n| token | {{token}} | A token |\n| fields | <fields> | Fields |',
        '### Headers',
        '| Key | Value |\n| --- | --- |\n| X-Api-Key | {{apiKey}} |',
      ].join('\n\n'),
    );
    const get = operation(read, 'GET /users/{id}');
    expect(strip(get.parameters.map((p) => [p.in, p.name, p.schema]))).toEqual([
      // The values are examples; a placeholder shows none.
      ['path', 'id', { kind: 'integer', examples: [123] }],
      ['query', 'expand', { kind: 'boolean', examples: [true] }],
      ['query', 'token', { kind: 'string' }],
      ['query', 'fields', { kind: 'string' }],
      ['header', 'X-Api-Key', { kind: 'string' }],
    ]);
  });

  it('should read a required field from its description where no column says it (`Required.`, `(required)`), never from a condition', () => {
    const read = readGeneral(
      '## Create thing\n\n`POST /things`\n\n### Request body\n\n| Field | Type | Description |\n| --- | --- | --- |\n| a | string | **Required.** The A. |\n| b | string | Required: the B. |\n| c | string | The C (required). |\n| e | string | *Required* The E. |\n| f | string | Optional. The F. |\n| g | string | Required if `a` is set. |\n| h | string | Requirements of the H. |\n',
    );
    const body = bodySchema(operation(read, 'POST /things')) as { properties: Array<{ name: string; required: boolean }> };
    expect(body.properties.filter((p) => p.required).map((p) => p.name)).toEqual(['a', 'b', 'c', 'e']);
  });

  it('should read `Required.` as the last sentence of a description (Graph-style tables), never a sentence that only mentions it', () => {
    const read = readGeneral(
      [
        '## Update planter\n\n`PATCH /planters/{id}`\n\n### Request body\n',
        '| Property | Type | Description |',
        '| --- | --- | --- |',
        '| capacity | Int32 | Litres of soil. Required. |',
        '| name | String | The name. **Required.** |',
        '| note | String | A note. Optional. |',
        '| colour | String | The colour. Not required. |',
        '| size | String | The size. Required for pots. |',
        '| kind | String | What is required. |',
      ].join('\n'),
    );
    const body = bodySchema(operation(read, 'PATCH /planters/{id}')) as { properties: Array<{ name: string; required: boolean }> };
    expect(body.properties.filter((p) => p.required).map((p) => p.name)).toEqual(['capacity', 'name']);
  });

  it('should read the values a description lists as a string enum, and nothing that is not such a list', () => {
    const read = readGeneral(
      [
        '## List runners',
        '`GET /runners`',
        [
          '| Attribute | Type | Required | Description |',
          '| --- | --- | --- | --- |',
          '| `scope` | string | no | The scope, one of: `active`, `paused`, `online` |',
          '| `ref` | string | no | Possible values `branch`, `tag`, `all`. Default is `all`. |',
          '| `body` | string | no | One of `body` or `resolved` must be set |',
          '| `color` | string | no | One of the CSS color names |',
          '| `sort` | string | no | Sort order, for example `asc` |',
          `| \`many\` | string | no | One of ${Array.from({ length: 65 }, (_, i) => `\`v${i}\``).join(', ')} |`,
        ].join('\n'),
      ].join('\n\n'),
    );
    expect(strip(operation(read, 'GET /runners').parameters.map((p) => [p.name, p.schema]))).toEqual([
      ['scope', { kind: 'enum', base: 'string', values: [{ value: 'active' }, { value: 'paused' }, { value: 'online' }] }],
      // The default the description states is one of the values.
      ['ref', { kind: 'enum', base: 'string', default: 'all', values: [{ value: 'branch' }, { value: 'tag' }, { value: 'all' }] }],
      ['body', { kind: 'string' }],
      ['color', { kind: 'string' }],
      ['sort', { kind: 'string' }],
      // A list longer than 64 values is taken whole or not at all.
      ['many', { kind: 'string' }],
    ]);
  });

  it('should read an attribute bullet list like a table, typing nothing it does not state', () => {
    const read = readGeneral(
      [
        '## Tree',
        '```\nGET /projects/:id/tree\n```',
        'Parameters:',
        '- `id` (required) - The ID of the project\n- `path` (optional) - The path inside the repository',
        '## Edit',
        '```\nPUT /projects/:id/tree\n```',
        '- `id` (integer, required) - The ID of the project\n- `recursive` (boolean, optional): Whether to recurse\n- `note` (string) – A note',
      ].join('\n\n'),
    );
    const tree = operation(read, 'GET /projects/{id}/tree');
    expect(parameterNames(tree)).toEqual(['path:id*', 'query:path']);
    // A URL parameter with no type travels as text.
    expect(tree.parameters.map((p) => [p.name, p.schema.kind, p.description])).toEqual([
      ['id', 'string', 'The ID of the project'],
      ['path', 'string', 'The path inside the repository'],
    ]);
    const edit = operation(read, 'PUT /projects/{id}/tree');
    expect(edit.parameters.map((p) => [p.name, p.schema.kind])).toEqual([['id', 'integer']]);
    expect(bodySchema(edit)).toEqual({
      kind: 'object',
      properties: [
        { name: 'recursive', schema: { kind: 'boolean' }, required: false, description: 'Whether to recurse' },
        { name: 'note', schema: { kind: 'string' }, required: false, description: 'A note' },
      ],
    });
    // A body field with no type stays open (`{}`), not a guessed string.
    const untyped = readGeneral('## Make\n\n`POST /things`\n\n- `name` (required) - The name\n');
    expect(bodySchema(operation(untyped, 'POST /things'))).toEqual({
      kind: 'object',
      properties: [{ name: 'name', schema: { kind: 'unknown' }, required: true, description: 'The name' }],
    });
    expect(codes(untyped)).toEqual([]);
  });

  it('should nest bracketed body names and give `actions[]` the items of its own attribute table', () => {
    const read = readGeneral(
      [
        '## Commit',
        '```\nPOST /projects/:id/commits\n```',
        table(
          'Attribute | Type | Required | Description',
          '`id` | integer | yes | Project',
          '`position[base_sha]` | string | yes | Base',
          '`actions[]` | array | yes | Actions',
          '`ids[]` | Array[integer] | no | Ids',
        ),
        table(
          '`actions[]` Attribute | Type | Required | Description',
          '`action` | string | yes | What',
          '`file_path` | string | yes | Where',
        ),
      ].join('\n\n'),
    );
    const schema = bodySchema(operation(read, 'POST /projects/{id}/commits'));
    expect(schema).toEqual({
      kind: 'object',
      properties: [
        {
          name: 'position',
          schema: { kind: 'object', properties: [{ name: 'base_sha', schema: { kind: 'string' }, required: true, description: 'Base' }] },
          required: false,
        },
        {
          name: 'actions',
          schema: {
            kind: 'array',
            items: {
              kind: 'object',
              properties: [
                { name: 'action', schema: { kind: 'string' }, required: true, description: 'What' },
                { name: 'file_path', schema: { kind: 'string' }, required: true, description: 'Where' },
              ],
            },
          },
          required: true,
          description: 'Actions',
        },
        { name: 'ids', schema: { kind: 'array', items: { kind: 'integer' } }, required: false, description: 'Ids' },
      ],
    });
    expect(codes(read)).toEqual([]);
  });

  it('should read `<table>` HTML inside markdown as real table nodes placed in the page', () => {
    const read = readGeneral(
      '# Create User\n\n<table><thead><tr><th>HTTP Method</th><th>URL</th></tr></thead><tbody><tr><td><code>POST</code></td><td><code>/api/v1/users.create</code></td></tr></tbody></table>\n\n## Body Parameters\n\n<table><thead><tr><th>Key</th><th>Example Value</th><th>Description</th></tr></thead><tbody><tr><td><code>email</code><mark style="color:red;"><code>*</code></mark></td><td><code>a@b.c</code></td><td>The <b>email</b>.</td></tr><tr><td><code>active</code></td><td><code>false</code></td><td>Active?</td></tr></tbody></table>\n',
    );
    const create = operation(read, 'POST /api/v1/users.create');
    expect(bodySchema(create)).toEqual({
      kind: 'object',
      properties: [
        { name: 'email', schema: { kind: 'string', examples: ['a@b.c'] }, required: true, description: 'The email.' },
        { name: 'active', schema: { kind: 'boolean', examples: [false] }, required: false, description: 'Active?' },
      ],
    });
    const tables = read.root.children.filter((node) => node.type === 'table');
    expect(tables.map((t) => t.position?.start.line)).toEqual([3, 7]);
    expect(create.requestBody?.source?.start.line).toBe(5);
  });

  it('should nest the rows after an object row that says the following parameters are its own', () => {
    const read = readGeneral(
      '# Update\n\n| URL | HTTP Method |\n| --- | --- |\n| `/api/v1/users.update` | `POST` |\n\n## Body Parameters\n\n| Key | Example Value | Description |\n| --- | --- | --- |\n| `userId`* | `Bs7` | The user. |\n| `data`* | `"data": {}` | The object that includes the user information to update with the following parameters. |\n| `email` | `a@b.c` | The email. |\n| `active` | `false` | Active? |\n',
    );
    expect(bodySchema(operation(read, 'POST /api/v1/users.update'))).toEqual({
      kind: 'object',
      properties: [
        { name: 'userId', schema: { kind: 'string', examples: ['Bs7'] }, required: true, description: 'The user.' },
        {
          name: 'data',
          schema: {
            kind: 'object',
            properties: [
              { name: 'email', schema: { kind: 'string', examples: ['a@b.c'] }, required: false, description: 'The email.' },
              { name: 'active', schema: { kind: 'boolean', examples: [false] }, required: false, description: 'Active?' },
            ],
          },
          required: true,
          description: 'The object that includes the user information to update with the following parameters.',
        },
      ],
    });
  });
});
