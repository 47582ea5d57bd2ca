import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

/**
 * References written as HashiCorp writes its API docs (and the products that copy them): a `##`
 * heading per call, a `| Method | Path |` table, a capability table, `### Parameters` as lists of
 * `` `name` `(type: default)` - … `` items, `### Sample Payload` / `### Sample Request` (curl in a
 * `shell-session` fence, `--data @payload.json`) / `### Sample Response`.
 */
const CAPABILITIES = [
  "The table below shows this endpoint's support for [blocking queries](/api#blocking) and [required ACLs](/api#acls).",
  '| Blocking Queries | ACL Required |\n| ---------------- | ------------ |\n| `NO` | `shelf:write` |',
].join('\n\n');

describe('general reader: method/path tables and `(type: default)` lists', () => {
  it('should read a path cell of several routes parted by `<br />` as one operation per route, each with the body and its payload', () => {
    const read = readGeneral(
      [
        '## Create or Update Shelf',
        'This endpoint creates or updates a shelf.',
        '| Method | Path | Produces |\n| ------ | ---- | -------- |\n| `POST` | `/v1/shelf/:shelf` <br /> `/v1/shelf` | `application/json` |',
        CAPABILITIES,
        '### Parameters',
        '- `Name` `(string: <required>)`- Specifies the shelf to create.\n\n- `Label` `(string: "")` - Specifies a label.',
        '### Sample Payload',
        '```javascript\n{\n  "Name": "fiction",\n  "Label": "Novels"\n}\n```',
        '### Sample Request',
        '```shell-session\n$ curl \\\n    --request POST \\\n    --data @shelf.json \\\n    $SHELF_ADDR/v1/shelf/fiction\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /v1/shelf/{shelf}', 'POST /v1/shelf']);
    for (const route of read.routes) {
      const create = operation(read, route);
      expect(bodySchema(create)).toMatchObject({
        kind: 'object',
        properties: [
          { name: 'Name', schema: { kind: 'string' }, required: true },
          { name: 'Label', schema: { kind: 'string' }, required: false },
        ],
      });
      // The payload `--data @shelf.json` sends is the Sample Payload above it.
      expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ Name: 'fiction', Label: 'Novels' }]);
      // The capability table documents no parameter.
      expect(create.parameters.map((p) => p.name)).not.toContain('Blocking Queries');
    }
  });

  it('should read `(type: default)` notes: a condition is no requirement, `nil`, `""` and a placeholder no default, a badge no description', () => {
    const read = readGeneral(
      [
        '## Create Shelf',
        '| Method | Path |\n| :----- | :--- |\n| `PUT` | `/shelves/:name` |',
        '### Parameters',
        [
          '- `name` `(string: <required>)` – Specifies the name. This is specified as part of the URL.',
          '- `paint` `(bool: false)` – Whether to paint it.',
          '- `color` `(string: <required - if paint is true>)` – Specifies the color.',
          '- `owner` `(string: "" <required - if shared is true>)` – Specifies the owner.',
          '- `branch` `(string: "<agent>")` – Specifies the branch; the agent\'s own by default.',
          '- `tags` `(array<string>: nil)` – Specifies tags.',
          '- `version` `(int: <unset>)` – Specifies the version to replace.',
          '- `zone` `(string: "north")` <BetaAlert inline /> - Specifies the zone.',
        ].join('\n'),
      ].join('\n\n'),
    );
    const create = operation(read, 'PUT /shelves/{name}');
    expect(parameterNames(create)).toEqual(['path:name*']);
    expect(bodySchema(create)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'paint', schema: { kind: 'boolean', default: false }, required: false },
        { name: 'color', schema: { kind: 'string' }, required: false, description: 'Specifies the color.' },
        { name: 'owner', schema: { kind: 'string' }, required: false },
        { name: 'branch', schema: { kind: 'string' }, required: false },
        { name: 'tags', schema: { kind: 'array', items: { kind: 'string' } }, required: false },
        { name: 'version', schema: { kind: 'integer' }, required: false },
        { name: 'zone', schema: { kind: 'string', default: 'north' }, required: false, description: 'Specifies the zone.' },
      ],
    });
    const body = bodySchema(create);
    const unstated =
      body?.kind === 'object' ? body.properties.filter((p) => ['color', 'owner', 'branch', 'tags', 'version'].includes(p.name)) : [];
    expect(unstated.map((p) => p.schema)).toEqual([
      { kind: 'string' },
      { kind: 'string' },
      { kind: 'string' },
      expect.anything(),
      expect.anything(),
    ]);
    for (const property of unstated.slice(3)) expect(property.schema).not.toHaveProperty('default');
  });

  it('should place a row whose description says it is a query parameter in the query, whatever the method', () => {
    const read = readGeneral(
      [
        '## Renew Loan',
        '| Method | Path |\n| :----- | :--- |\n| `PUT` | `/loan/renew/:uuid` |',
        '### Parameters',
        [
          '- `uuid` `(string: <required>)` - Specifies the loan. This is specified as part of the URL path.',
          '- `branch` `(string: "")` - Specifies the branch. This is specified as part of the',
          '  URL as a query parameter.',
          '- `until` `(string: "")` - Specifies the new due date.',
        ].join('\n'),
      ].join('\n\n'),
    );
    const renew = operation(read, 'PUT /loan/renew/{uuid}');
    expect(parameterNames(renew)).toEqual(['path:uuid*', 'query:branch']);
    expect(bodySchema(renew)).toMatchObject({ properties: [{ name: 'until' }] });
  });

  it("should read a list under a string item (`Valid values are:`) as that item's values, never its fields", () => {
    const read = readGeneral(
      [
        '## Create Hold',
        '| Method | Path |\n| :----- | :--- |\n| `POST` | `/holds` |',
        '### Parameters',
        [
          '- `Mode` `(string: "release")` - Controls what happens when the hold expires. Valid values are:',
          '',
          '  - `release` - the book goes back on the shelf',
          '  - `keep` - the book waits at the desk',
          '',
          '- `Notes` `(array<Note>: nil)` - Notes on the hold.',
          '',
          '  - `Text` `(string: <required>)` - The note.',
        ].join('\n'),
      ].join('\n\n'),
    );
    const body = bodySchema(operation(read, 'POST /holds'));
    expect(body).toMatchObject({
      properties: [
        { name: 'Mode', schema: { kind: 'enum', base: 'string', values: [{ value: 'release' }, { value: 'keep' }], default: 'release' } },
        // A list under an item of objects is still its fields.
        { name: 'Notes', schema: { kind: 'array', items: { kind: 'object', properties: [{ name: 'Text', required: true }] } } },
      ],
    });
    const mode = body?.kind === 'object' ? body.properties[0] : undefined;
    expect(mode?.description).toContain('the book waits at the desk');
  });

  it('should keep every Sample Payload of a call, a heading parting each from the curl command before it', () => {
    const call =
      '```shell-session\n$ curl \\\n    --request POST \\\n    --data @payload.json \\\n    http://127.0.0.1:8200/v1/cards/my-card\n```';
    const read = readGeneral(
      [
        '## Create card',
        '| Method | Path |\n| :----- | :--- |\n| `POST` | `/cards/:name` |',
        '### Parameters',
        '- `name` `(string: <required>)` – Specifies the card. This is specified as part of the URL.',
        '### Sample payload',
        '```json\n{ "generate": true }\n```',
        '### Sample request',
        call,
        '### Sample payload',
        '```json\n{ "url": "card://x" }\n```',
        '### Sample request',
        call,
        '### Sample response',
        '```json\n{ "data": { "number": "42" } }\n```',
      ].join('\n\n'),
    );
    const create = operation(read, 'POST /cards/{name}');
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ generate: true }, { url: 'card://x' }]);
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples.map((e) => e.value)])).toEqual([
      ['2XX', [{ data: { number: '42' } }]],
    ]);
    expect(codes(read)).toEqual([]);
  });

  it("should read a list after a Sample Response whose items name the sample's fields as that response's fields", () => {
    const read = readGeneral(
      [
        '## Open Session',
        '| Method | Path |\n| :----- | :--- |\n| `PUT` | `/reader/open` |',
        '### Sample Response',
        '```json\n{\n  "ID": "c0ffee",\n  "Seat": 4\n}\n```',
        '- `ID` - the ID of the opened session\n- `Seat` - the seat it holds',
        '## Close Session',
        '| Method | Path |\n| :----- | :--- |\n| `PUT` | `/reader/close` |',
        '### Sample Response',
        '```json\n{ "Closed": true }\n```',
        '- `Closed` is true once the seat is free\n- `Seat` - the seat it held',
      ].join('\n\n'),
    );
    const open = operation(read, 'PUT /reader/open').responses;
    expect(open.map((r) => r.status)).toEqual(['2XX']);
    expect(open[0]?.content[0]?.examples.map((e) => e.value)).toEqual([{ ID: 'c0ffee', Seat: 4 }]);
    expect(strip(open[0]?.content[0]?.schema)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'ID', description: 'the ID of the opened session' },
        { name: 'Seat', description: 'the seat it holds' },
      ],
    });
    // A list naming a field the sample does not hold is prose about it, no field list.
    const close = operation(read, 'PUT /reader/close').responses;
    expect(strip(close[0]?.content[0]?.schema)).not.toMatchObject({ properties: [expect.objectContaining({ name: 'Seat' })] });
  });

  it("should read a list after a Sample Response saying what each of the sample's fields is (`` `ID` is … ``) as their descriptions, the others kept", () => {
    const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/sample-sentences/lamps.md'), 'utf8'), 'api/lamp.md');
    const lamp = operation(read, 'GET /lamp/{socket}').responses[0]?.content[0]?.schema;
    expect(strip(lamp)).toMatchObject({
      kind: 'array',
      items: {
        kind: 'object',
        properties: [
          { name: 'Socket', description: 'the socket the lamp is plugged into.' },
          { name: 'Watts', description: 'the power the bulb draws. A bulb over 60 watts\n  needs a ceramic socket.' },
          { name: 'LitSince', description: 'when the lamp was last switched on, in seconds.' },
          // A field of the sample the list leaves out stays one, undescribed (the sample types it).
          { name: 'Room' },
        ],
      },
    });
    expect(lamp?.kind === 'array' && lamp.items.kind === 'object' ? lamp.items.properties[3]?.description : 'none').toBeUndefined();
    // A list naming a field the sample does not hold stays prose: no table, the sample alone the response.
    const on = operation(read, 'PUT /lamp/{socket}/switch').responses[0]?.content[0];
    expect(on?.schema).toEqual({ kind: 'unknown' });
    expect(on?.examples.map((e) => e.value)).toEqual([{ On: true, Watts: 40 }]);
  });

  it('should read a curl command in a `shell-session` fence as any, its `$VAR_ADDR` host stripped', () => {
    const read = readGeneral(
      [
        '## Add a member',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell variable, not a template
        '```shell-session\n$ curl \\\n    --request POST \\\n    --data \'{"name": "Ada"}\' \\\n    "${LIBRARY_ADDR}/v1/members"\n```',
      ].join('\n\n'),
    );
    const add = operation(read, 'POST /v1/members');
    expect(add.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ name: 'Ada' }]);
  });

  it('should report a `LIST` route, which OpenAPI 3.1 cannot hold, and neither drop it in silence nor read it as a GET', () => {
    const read = readGeneral(
      [
        '## Read a shelf',
        '| Method | Path |\n| :----- | :--- |\n| `GET` | `/shelves/:name` |',
        '### Parameters',
        '- `name` `(string: <required>)` - The shelf.',
        '## List shelves',
        'This endpoint lists the shelves under a path.',
        '| Method | Path |\n| :----- | :--- |\n| `LIST` | `/shelves/:prefix` |',
        '### Parameters',
        '- `prefix` `(string: "")` - The path to list.',
        '- `after` `(string: "")` - Lists the shelves after this one.',
        '### Sample Request',
        '```shell-session\n$ curl --header "X-Token: ..." --request LIST http://127.0.0.1:8200/v1/shelves/east\n```',
        '## List books',
        '```\nLIST /books/:shelf\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /shelves/{name}']);
    // The LIST section's parameters are not the GET's.
    expect(parameterNames(operation(read, 'GET /shelves/{name}'))).toEqual(['path:name*']);
    const reported = read.diagnostics.items.filter((d) => d.code === 'unsupported-method');
    expect(reported.map((d) => [d.message.split(':')[0], d.severity, d.source.start.line])).toEqual([
      ['LIST /shelves/{prefix}', 'warning', 15],
      ['LIST /books/{shelf}', 'warning', 33],
    ]);
  });

  it('should report the other methods OpenAPI 3.1 has no operation for (SEARCH, WebDAV, QUERY) as LIST is, and no word of prose', () => {
    const read = readGeneral(
      [
        '## Get widgets',
        'Lists the widgets of a shelf.',
        '`GET /widgets/:shelf`',
        '`SEARCH /widgets/:shelf`',
        'If using SEARCH you can send a query object as the body. COPY the id of a widget to MOVE it later.',
        '## Widget folders',
        '```\nPROPFIND /dav/widgets/:path\nMKCOL /dav/widgets/:path\n```',
        '| Method | Path |\n| :--- | :--- |\n| `QUERY` | `/widgets` |\n| `GET` | `/widgets` |',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /widgets/{shelf}', 'GET /widgets']);
    const reported = read.diagnostics.items.filter((d) => d.code === 'unsupported-method');
    expect(reported.map((d) => d.message.split(':')[0])).toEqual([
      'SEARCH /widgets/{shelf}',
      'PROPFIND /dav/widgets/{path}',
      'MKCOL /dav/widgets/{path}',
      'QUERY /widgets',
    ]);
    expect(reported.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    expect(reported[3]?.message).toContain('3.2 holds it as query');
  });

  it('should read an item whose description goes on in paragraphs of its own as one row, and keep the list', () => {
    const read = readGeneral(
      [
        '## Update Lamp',
        '| Method | Path |\n| :----- | :--- |\n| `PUT` | `/lamps/:lamp` |',
        '### Parameters',
        [
          '- `lamp` `(string: <required>)` - Specifies the lamp. This is specified as part of the URL path.',
          '- `dc` `(string: "")` - Specifies the room. This is specified as part of the\n  URL as a query parameter.',
          '- `glow` `(string: "")` - Supply a glow to hold. **Note that an update\n  without it keeps the glow.**\n\n  For an example of glows, see the [guide](https://example.com/glows).',
          '- `shade` `(int: 0)` - Specifies the shade.',
        ].join('\n\n'),
      ].join('\n\n'),
    );
    const update = operation(read, 'PUT /lamps/{lamp}');
    expect(parameterNames(update)).toEqual(['path:lamp*', 'query:dc']);
    const body = bodySchema(update);
    expect(body).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'glow', schema: { kind: 'string' } },
        { name: 'shade', schema: { kind: 'integer' } },
      ],
    });
    // The paragraph under the item is its description's, after the words beside its notes.
    expect(body?.kind === 'object' && body.properties[0]?.description).toBe(
      'Supply a glow to hold. **Note that an update without it keeps the glow.**\n\nFor an example of glows, see the [guide](https://example.com/glows).',
    );
  });
});
