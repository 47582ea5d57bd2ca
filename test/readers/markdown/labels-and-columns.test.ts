/**
 * Smaller conventions of hand-written references: column headers that name the part
 * (`Query Parameter`), `Response: 200 Ok` headings, bold-named parameter lists beside example
 * URLs, JSON a GET shows without a label, and the sentences that announce a request body.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const names = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).parameters.map((p) => `${p.in}:${p.name}:${JSON.stringify(strip(p.schema))}`);

describe('general reader: labels and columns', () => {
  it('should read a Query Parameter column as the rows’ names', () => {
    const read = readGeneral(
      '## List shelves\n\n<RouteHighlighter method="GET" path="/shelves" />\n\n### Query parameters\n\n| Query Parameter | Default Value | Description |\n| :--- | :--- | :--- |\n| **`offset`** | `0` | Number of shelves to skip |\n| **`limit`** | `20` | Number of shelves to return |\n',
    );
    expect(names(read, 'GET /shelves')).toEqual([
      'query:offset:{"kind":"integer","default":0}',
      'query:limit:{"kind":"integer","default":20}',
    ]);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should read a Nullable column (`TRUE`/`FALSE`, as Okta tabulates an object’s properties) as the value that may be null', () => {
    const read = readGeneral(
      [
        '## Shelf object',
        '| Property | Description | DataType | Nullable | Unique | Readonly |\n| :-- | :-- | :-- | :-- | :-- | :-- |\n| id | Key | String | FALSE | TRUE | TRUE |\n| label | Its label | String | TRUE | FALSE | FALSE |\n| owner | Who | [Reader Object](#reader-object) | Yes | FALSE | FALSE |',
        '## Get a shelf',
        '`GET /shelves/{id}`',
      ].join('\n\n'),
    );
    const shelf = read.fragment?.schemas.find((named) => named.name === 'Shelf')?.schema;
    expect(shelf?.kind === 'object' ? shelf.properties.map((p) => [p.name, strip(p.schema)]) : shelf).toEqual([
      ['id', { kind: 'string', readOnly: true }],
      ['label', { kind: 'string', nullable: true }],
      ['owner', { kind: 'ref', name: 'Reader', nullable: true }],
    ]);
  });

  it('should read a Response: 202 Accepted heading as that status’s sample', () => {
    const read = readGeneral('## Create shelf\n\n`POST /shelves`\n\n#### Response: `202 Accepted`\n\n```json\n{ "taskUid": 0 }\n```\n');
    const created = operation(read, 'POST /shelves');
    expect(created.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['202', { taskUid: 0 }]]);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should not document a parameter twice when a bold-named list and an example URL both give it', () => {
    const read = readGeneral(
      '## List shelves\n\n`GET /api/shelves`\n\n**Example Request**:\n\n```http\nGET /api/shelves?limit=10&sort=asc HTTP/1.1\nAccept: application/json\n```\n\nQuery parameters:\n\n- **limit** – Max number of returned shelves (default 1000).\n',
    );
    expect(names(read, 'GET /api/shelves')).toEqual([
      'query:limit:{"kind":"integer","default":1000}',
      'query:sort:{"kind":"string","examples":["asc"]}',
    ]);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should take JSON a GET shows without a label as what it returns, and not for other methods', () => {
    const read = readGeneral(
      '<ApiEndpoint path="/api/" method="get">\nReturns a message if the API is up.\n\n```json\n{ "message": "API running." }\n```\n</ApiEndpoint>\n\n<ApiEndpoint path="/api/events" method="post">\nFires an event.\n\n```json\n{ "message": "Event fired." }\n```\n</ApiEndpoint>\n',
    );
    expect(read.routes).toEqual(['GET /api', 'POST /api/events']);
    expect(operation(read, 'GET /api').responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['2XX', { message: 'API running.' }],
    ]);
    const fired = operation(read, 'POST /api/events');
    expect([fired.requestBody, fired.responses]).toEqual([undefined, []]);
  });

  it('should keep "Updates a state. Expects a JSON object …:" as the operation’s first words, the JSON after it the request’s sample', () => {
    const read = readGeneral(
      '## Set state\n\n`POST /api/states/{entity_id}`\n\nUpdates or creates a state. Expects a JSON object that has at least a state attribute:\n\n```json\n{ "state": "on" }\n```\n\nReturns 200 if the entity existed.\n',
    );
    const set = operation(read, 'POST /api/states/{entity_id}');
    expect(set.summary).toBe('Updates or creates a state. Expects a JSON object that has at least a state attribute:');
    expect(set.requestBody?.content[0]?.examples[0]?.value).toEqual({ state: 'on' });
  });

  it('should take the JSON after "Expects a JSON object …:" as the request body’s sample', () => {
    const read = readGeneral(
      '## Set state\n\n`POST /api/states/{entity_id}`\n\nExpects a JSON object that has at least a state attribute:\n\n```json\n{ "state": "on", "attributes": { "level": 3 } }\n```\n',
    );
    const set = operation(read, 'POST /api/states/{entity_id}');
    expect(set.requestBody?.content[0]?.examples[0]?.value).toEqual({ state: 'on', attributes: { level: 3 } });
    expect(set.responses).toEqual([]);
    const sent = readGeneral('## Notify\n\n`POST /notify`\n\nSend a payload like this:\n\n```json\n{ "text": "hi" }\n```\n');
    expect(operation(sent, 'POST /notify').requestBody?.content[0]?.examples[0]?.value).toEqual({ text: 'hi' });
    // A sentence about what comes back is no request cue.
    const returned = readGeneral(
      '## Notify\n\n`POST /notify`\n\nThe call returns the JSON object it stored:\n\n```json\n{ "text": "hi" }\n```\n',
    );
    expect(operation(returned, 'POST /notify').requestBody).toBeUndefined();
  });

  it('should take the JSON after "The request should include the following JSON object:" as the request’s sample, over several lines too', () => {
    const page = [
      '## Shelves: Add',
      '- Endpoint: `/api/v1/shelves/{shelf}/books`\n- Method: PUT',
      'The request should include the following JSON object:',
      '```javascript\n{\n    // Book ids to add.\n    "books": ["b1"]\n}\n```',
      'A successful response includes the JSON object:',
      '```javascript\n{ "ok": true }\n```',
      '## Shelves: Remove',
      '- Endpoint: `/api/v1/shelves/{shelf}/books`\n- Method: DELETE',
      'A DELETE request removes books from a shelf. The request should include\nthe following JSON object:',
      '```json\n{ "books": ["b1"] }\n```',
      'A successful response includes the JSON object:',
      '```json\n{ "ok": true }\n```',
    ].join('\n\n');
    const read = readGeneral(page);
    for (const route of ['PUT /api/v1/shelves/{shelf}/books', 'DELETE /api/v1/shelves/{shelf}/books']) {
      const op = operation(read, route);
      expect(op.requestBody?.content[0]?.examples[0]?.value, route).toEqual({ books: ['b1'] });
      expect(op.responses[0]?.content?.[0]?.examples[0]?.value, route).toEqual({ ok: true });
    }
    // What the request's answer holds is no request cue.
    const answer = readGeneral(
      '## Notify\n\n`POST /notify`\n\nThe response to the request will contain the following JSON object:\n\n```json\n{ "id": 1 }\n```\n',
    );
    expect(operation(answer, 'POST /notify').requestBody).toBeUndefined();
  });

  it('should read `name=<type>` items under URL query parameters, a placeholder that is no type word typing nothing', () => {
    const read = readGeneral(
      "### Range queries\n\n```\nGET /api/v1/query_range\nPOST /api/v1/query_range\n```\n\nURL query parameters:\n\n- `query=<string>`: Query string.\n- `start=<rfc3339 | unix_timestamp>`: Start timestamp, inclusive.\n- `limit=<number>`: Maximum number of series. Optional.\n- `match[]=<series_selector>`: Repeated selector.\n\n```bash\ncurl 'http://localhost:9090/api/v1/query_range?query=up&start=1'\n```\n",
    );
    const expected = [
      'query:query:{"kind":"string"}',
      'query:start:{"kind":"string"}',
      'query:limit:{"kind":"number"}',
      'query:match[]:{"kind":"string"}',
    ];
    expect(names(read, 'GET /api/v1/query_range')).toEqual(expected);
    // A POST's URL query parameters are query parameters too, not its body.
    expect(names(read, 'POST /api/v1/query_range')).toEqual(expected);
    expect(operation(read, 'POST /api/v1/query_range').requestBody).toBeUndefined();
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should read a Status column of required/optional as the Required column, and a JavaScript program as no sample', () => {
    const read = readGeneral(
      '## Display a shelf.\n\n> Example request:\n\n```javascript\nconst url = new URL("http://localhost/api/shelves/1");\n```\n\n### HTTP Request\n`GET api/shelves/{shelf}`\n\n#### URL Parameters\n\nParameter | Status | Description\n--------- | ------- | -------\n`shelf` |  required  | The ID of the shelf.\n\n#### Query Parameters\n\nParameter | Status | Description\n--------- | ------- | -------\n`include` |  optional  | Related models.\n',
    );
    expect(operation(read, 'GET /api/shelves/{shelf}').parameters.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual([
      'path:shelf:true',
      'query:include:false',
    ]);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should keep a Status column of statuses a status column', () => {
    const read = readGeneral(
      '## Get\n\n`GET /a`\n\n### Responses\n\n| Status | Description |\n|---|---|\n| 200 | OK |\n| 404 | Missing |\n',
    );
    expect(operation(read, 'GET /a').responses.map((r) => r.status)).toEqual(['200', '404']);
  });

  it('should read `name=<value>` items whose description follows without a separator, and a GET’s JSON after them as its answer', () => {
    const read = readGeneral(
      '## History\n\n`GET /api/history/period/<timestamp>`\n\nThe following parameters are optional:\n\n - `filter_entity_id=<entity_ids>` to filter on one or more entities.\n - `end_time=<timestamp>` to choose the end of the period.\n\n```json\n[{ "state": "on" }]\n```\n',
    );
    const history = operation(read, 'GET /api/history/period/{timestamp}');
    expect(history.parameters.map((p) => `${p.in}:${p.name}:${p.description}`)).toEqual([
      'query:filter_entity_id:to filter on one or more entities.',
      'query:end_time:to choose the end of the period.',
      'path:timestamp:undefined',
    ]);
    expect(history.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['2XX', [{ state: 'on' }]]]);
  });

  it('should nest fields indented with non-breaking spaces, at any width per level, and read 200 OK in a Code column', () => {
    const read = readGeneral(
      '## Get shelves\n\n`GET /helix/shelves`\n\n### Response Body\n\n| Field | Type | Description |\n| --- | --- | --- |\n| data | Object[] | The shelves. |\n| &nbsp;&nbsp;id | String | The id. |\n| &nbsp;&nbsp;owner | Object | The owner. |\n| &nbsp;&nbsp;&nbsp;&nbsp;user_id | String | The owner id. |\n| cursor | String | The next page. |\n\n### Response Codes\n\n| Code | Description |\n| --- | --- |\n| 200 OK | Retrieved. |\n| 400 Bad Request | Missing id. |\n',
    );
    const get = operation(read, 'GET /helix/shelves');
    expect(get.responses.map((r) => r.status)).toEqual(['200', '400']);
    expect(strip(get.responses[0]?.content[0]?.schema)).toMatchObject({
      kind: 'object',
      properties: [
        {
          name: 'data',
          schema: {
            kind: 'array',
            items: {
              kind: 'object',
              properties: [
                { name: 'id', schema: { kind: 'string' } },
                { name: 'owner', schema: { kind: 'object', properties: [{ name: 'user_id', schema: { kind: 'string' } }] } },
              ],
            },
          },
        },
        { name: 'cursor', schema: { kind: 'string' } },
      ],
    });
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should read a shortcode that states an endpoint by its attributes as that request line, other shortcodes as noise', () => {
    const page =
      '## List buckets\n\n{{< api-endpoint method="get" endpoint="http://localhost:8086/api/v2/buckets" api-ref="/api/#GetBuckets" >}}\n\n{{% note %}}\nAt most 100.\n{{% /note %}}\n\n## Create a bucket\n\n{{< api-endpoint endpoint="http://localhost:8086/api/v2/buckets" method="post" >}}\n';
    const read = readGeneral(page);
    expect(read.routes).toEqual(['GET /api/v2/buckets', 'POST /api/v2/buckets']);
    // Placed where the page states it.
    const list = operation(read, 'GET /api/v2/buckets');
    expect(page.slice(list.source?.start.offset)).toMatch(/^\{\{< api-endpoint method="get"/);
    expect(readGeneral('## Note\n\n{{< api-endpoint method="get" >}}\n').routes).toEqual([]);
  });

  it('should read a Value column of type words as the Type column, and one of values as examples', () => {
    const typed = readGeneral(
      '## List\n\n`GET /buckets`\n\n| Query parameter | Value | Description |\n|:--- |:--- |:--- |\n| `org` | string | Organization name |\n| `limit` | integer | At most this many |\n',
    );
    expect(names(typed, 'GET /buckets')).toEqual(['query:org:{"kind":"string"}', 'query:limit:{"kind":"integer"}']);
    const examples = readGeneral(
      '## List\n\n`GET /buckets`\n\n| Key | Value | Description |\n| --- | --- | --- |\n| limit | 20 | At most |\n| org | string | The org |\n',
    );
    // A value is the example, a type word none.
    expect(names(examples, 'GET /buckets')).toEqual(['query:limit:{"kind":"integer","examples":[20]}', 'query:org:{"kind":"string"}']);
  });

  it('should read a Value column of sentences as the descriptions where no column holds them, and keep values as values', () => {
    const described = readGeneral(
      "## Create\n\n`POST /notes`\n\n| Parameter | Value |\n| --- | --- |\n| title | The note's title. Required. |\n| pinned | Whether the note is pinned. Defaults to false. |\n",
    );
    const body = bodySchema(operation(described, 'POST /notes'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.description, p.required])).toEqual([
      ['title', "The note's title. Required.", true],
      ['pinned', 'Whether the note is pinned. Defaults to false.', false],
    ]);
    // Where a cell is a value (`2024-01-01`, one in code), the column stays the values'.
    for (const value of ['2024-01-01', '`My note` as its title']) {
      const valued = readGeneral(
        `## Create\n\n\`POST /notes\`\n\n### Request body\n\n| Parameter | Value |\n| --- | --- |\n| title | ${value} |\n| pinned | Whether the note is pinned. |\n`,
      );
      const fields = bodySchema(operation(valued, 'POST /notes'));
      expect(fields?.kind === 'object' && fields.properties.map((p) => [p.name, p.description])).toEqual([
        ['title', undefined],
        ['pinned', undefined],
      ]);
    }
  });
});

describe('general reader: the place of a type a label states', () => {
  it('should report an unknown type a `**Response**:` or `**Request body**:` label states at the label', () => {
    const read = readGeneral(
      [
        '## Get a widget',
        'GET /widgets',
        '**Response**: widget thing',
        '## Add a widget',
        'POST /widgets',
        '**Request body**: gadget stuff',
      ].join('\n\n'),
    );
    const unknown = read.diagnostics.items.filter((d) => d.code === 'unknown-type');
    expect(unknown.map((d) => [d.source.start.line, d.source.start.column, d.message])).toEqual([
      [5, 1, 'unknown type "widget thing"; typed unknown'],
      [11, 1, 'unknown type "gadget stuff"; typed unknown'],
    ]);
  });
});
