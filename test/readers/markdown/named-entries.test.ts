/**
 * Parameters documented one block each under a parameters title: a heading or a bold (code) name
 * paragraph per field, its description below, rules between entries.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, readGeneral } from './helpers.js';

const typed = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).parameters.map((p) => `${p.in}:${p.name}${p.required ? '*' : ''}:${p.schema.kind}:${p.description ?? ''}`);

describe('general reader: a block per parameter', () => {
  it('should read a heading per parameter, its notes beside the name or opening its description', () => {
    const read = readGeneral(
      [
        '## List items',
        '`GET /items`',
        '### Query parameters',
        '#### `limit`',
        '*integer*, optional. The number of items.',
        'At most 100.',
        '#### `cursor` (string, required)',
        'Where the last page ended.',
        '## Next part',
        'Words of another part.',
      ].join('\n\n'),
    );
    expect(typed(read, 'GET /items')).toEqual([
      'query:limit:integer:The number of items. At most 100.',
      'query:cursor*:string:Where the last page ended.',
    ]);
  });

  it('should read bold-name paragraphs with MDX’s <Required /> markers and rules between them', () => {
    const read = readGeneral(
      [
        '## Aggregate',
        '`GET /api/v1/stats/aggregate`',
        '#### Parameters',
        '<hr / >',
        '**site_id** <Required />',
        'The site to query.',
        '<hr / >',
        '**period** <Optional />',
        'The time period. Defaults to `30d`.',
      ].join('\n\n'),
      'stats.mdx',
    );
    expect(typed(read, 'GET /api/v1/stats/aggregate')).toEqual([
      'query:site_id*:string:The site to query.',
      'query:period:string:The time period. Defaults to `30d`.',
    ]);
  });

  it('should read Stripe’s older argument paragraphs (`**`email`** string *optional*`) as body fields, after an introducing sentence', () => {
    const read = readGeneral(
      [
        '## Create a customer',
        '`POST /v1/customers`',
        '#### Arguments',
        'The following arguments are accepted:',
        '**`email`** string *optional*',
        'The customer’s email address.',
        '**`balance`** integer *required*',
        'In cents.',
      ].join('\n\n'),
    );
    expect(bodySchema(operation(read, 'POST /v1/customers'))).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'email', required: false, schema: { kind: 'string' }, description: 'The customer’s email address.' },
        { name: 'balance', required: true, schema: { kind: 'integer' }, description: 'In cents.' },
      ],
    });
  });

  it('should leave one entry, and bold words that are no field’s notes, as the page wrote them', () => {
    const read = readGeneral(
      [
        '## Create',
        '`POST /things`',
        '### Body parameters',
        '**Note** this endpoint is rate limited.',
        'Ask support for more.',
        '**name** string',
        'The name.',
      ].join('\n\n'),
    );
    // The note is no entry, so the entries after it are not read as one block each either.
    expect(read.root.children.some((node) => node.type === 'table')).toBe(false);
  });
  it('should read a part’s one entry when its notes mark it a field and the next heading ends the part, and leave a lone bold phrase without notes', () => {
    const read = readGeneral(
      [
        '### GET /api/v1/stats/realtime/visitors',
        'Current visitors.',
        '#### Parameters',
        '<hr / >',
        '**site_id** <Required />',
        'The site to query.',
        '<hr / >',
        '### POST /api/v1/events',
        '#### Request body',
        '**domain** string',
        'The site’s domain.',
        '### GET /api/v1/stats/breakdown',
        '#### Parameters',
        '**Deprecated**',
        'Use the aggregate call.',
        '### GET /api/v1/stats/timeseries',
      ].join('\n\n'),
      'stats.mdx',
    );
    expect(typed(read, 'GET /api/v1/stats/realtime/visitors')).toEqual(['query:site_id*:string:The site to query.']);
    expect(bodySchema(operation(read, 'POST /api/v1/events'))).toMatchObject({
      properties: [{ name: 'domain', required: false, schema: { kind: 'string' }, description: 'The site’s domain.' }],
    });
    expect(typed(read, 'GET /api/v1/stats/breakdown')).toEqual([]);
  });

  it('should read one paragraph per parameter, `` `name`: (Required) The words ``, under a title as the fields', () => {
    const read = readGeneral(
      [
        '### POST `/renew`: Renew a loan',
        '*Options:*',
        '`loan`: (Required) The loan to renew.',
        '`notify`: (Optional) Whether to tell the member.  Default: `false`',
        '`note`: A note for the librarian.',
        '**Response:**',
        'Returns the loan.',
      ].join('\n\n'),
    );
    expect(codes(read)).toEqual([]);
    expect(bodySchema(operation(read, 'POST /renew'))).toEqual({
      kind: 'object',
      properties: [
        { name: 'loan', schema: { kind: 'unknown' }, required: true, description: 'The loan to renew.' },
        {
          name: 'notify',
          schema: { kind: 'boolean', default: false },
          required: false,
          description: 'Whether to tell the member.  Default: `false`',
        },
        { name: 'note', schema: { kind: 'unknown' }, required: false, description: 'A note for the librarian.' },
      ],
    });
  });

  it('should read a name and its bold notes, a line break, then the description (`` `keys` **Required**\\ ``) as an entry', () => {
    const read = readGeneral(
      [
        '## Update Multiple Shelves',
        '`PATCH /shelves`',
        '#### Query Parameters',
        '`fields` **string**\\\nThe fields to return.',
        '`limit` **integer**\\\nAt most this many shelves.',
        '#### Request Body',
        '`keys` **Required**\\\nPrimary keys of the shelves to update.',
        '`data` **Required**\\\nThe fields to change, as a [shelf object](#the-shelf-object) has them.',
        '`note` **string**\\\nWhy they change.',
      ].join('\n\n'),
    );
    expect(typed(read, 'PATCH /shelves')).toEqual([
      'query:fields:string:The fields to return.',
      'query:limit:integer:At most this many shelves.',
    ]);
    const body = bodySchema(operation(read, 'PATCH /shelves'));
    expect(body).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'keys', required: true, description: 'Primary keys of the shelves to update.' },
        { name: 'data', required: true },
        { name: 'note', required: false, schema: { kind: 'string' }, description: 'Why they change.' },
      ],
    });
  });

  it('should end the entries at a bold label that titles another part (`**Responses**`), no field of theirs', () => {
    const read = readGeneral(
      [
        '## List beds',
        '`GET /v1/beds`',
        '**Query parameters**',
        '**limit** integer, optional',
        'The number of beds to return.',
        '**cursor** string, optional',
        'Where the page starts.',
        '**Responses**',
        '200 OK – the beds.',
      ].join('\n\n'),
    );
    expect(typed(read, 'GET /v1/beds')).toEqual([
      'query:limit:integer:The number of beds to return.',
      'query:cursor:string:Where the page starts.',
    ]);
    expect(operation(read, 'GET /v1/beds').responses.map((r) => [r.status, r.description])).toEqual([['200', 'the beds.']]);
  });

  it('should read a name and its notes on a line, the description on the next (or after `: `, a definition’s), as an entry', () => {
    const read = readGeneral(
      [
        '## Create a note',
        '```\nPOST /v1/notes\n```',
        '### Parameters',
        '`title` *string* (required)\nThe note’s title.',
        '`pinned` *boolean* (optional)\n: Whether the note is pinned. Defaults to `false`.',
        '## Get a note',
        '`GET /v1/notes/{note_id}`',
        '### Path parameters',
        '`note_id` string **Required**',
        'The note’s ID.',
        '## Next part',
      ].join('\n\n'),
    );
    expect(bodySchema(operation(read, 'POST /v1/notes'))).toEqual({
      kind: 'object',
      properties: [
        { name: 'title', schema: { kind: 'string' }, required: true, description: 'The note’s title.' },
        {
          name: 'pinned',
          schema: { kind: 'boolean', default: false },
          required: false,
          description: 'Whether the note is pinned. Defaults to `false`.',
        },
      ],
    });
    expect(typed(read, 'GET /v1/notes/{note_id}')).toEqual(['path:note_id*:string:The note’s ID.']);
  });

  it('should read a paragraph of a name, its notes, a dash and the description (`**reason** _string_ (optional) — Why.`) as an entry', () => {
    const read = readGeneral(
      [
        '## Archive a note',
        '`POST /v1/notes/{note_id}/archive`',
        '### Parameters',
        '**reason** _string_ (optional) — Why it is archived.',
        '**notify** _boolean_ (required) – Whether to notify followers.',
        '`note_id` - The note to archive.',
      ].join('\n\n'),
    );
    expect(typed(read, 'POST /v1/notes/{note_id}/archive')).toEqual(['path:note_id*:string:The note to archive.']);
    expect(bodySchema(operation(read, 'POST /v1/notes/{note_id}/archive'))).toEqual({
      kind: 'object',
      properties: [
        { name: 'reason', schema: { kind: 'string' }, required: false, description: 'Why it is archived.' },
        { name: 'notify', schema: { kind: 'boolean' }, required: true, description: 'Whether to notify followers.' },
      ],
    });
  });

  it('should leave a bold word with no notes before a dash, and a name over a line of prose, as the page wrote them', () => {
    const read = readGeneral(
      [
        '## Archive a note',
        '`POST /v1/notes/{note_id}/archive`',
        '### Parameters',
        '**Note** — archiving cannot be undone.',
        '**Warning** - ask first.',
        '`reason` is sent\nwhen a reason is known.',
        '`notify` tells followers\nabout it.',
      ].join('\n\n'),
    );
    expect(read.root.children.some((node) => node.type === 'table')).toBe(false);
  });

  it('should read bare entry paragraphs, `name (string, required): words` or `**name** (integer) — words`, one a paragraph, as the fields', () => {
    const read = readGeneral(
      [
        '## Create a note',
        '`POST /v1/notes`',
        '### Request body',
        "title (string, required): The note's title.",
        '`body` (string, optional): The text of the note.',
        '**pinned** (boolean): Whether it is pinned.',
        'colour (string) — The colour of the card.',
        '## List notes',
        '`GET /v1/notes`',
        '### Parameters',
        'limit (integer, optional): How many notes.',
        'shelf (required): The shelf to list.',
      ].join('\n\n'),
    );
    expect(bodySchema(operation(read, 'POST /v1/notes'))).toEqual({
      kind: 'object',
      properties: [
        { name: 'title', schema: { kind: 'string' }, required: true, description: "The note's title." },
        { name: 'body', schema: { kind: 'string' }, required: false, description: 'The text of the note.' },
        { name: 'pinned', schema: { kind: 'boolean' }, required: false, description: 'Whether it is pinned.' },
        { name: 'colour', schema: { kind: 'string' }, required: false, description: 'The colour of the card.' },
      ],
    });
    expect(typed(read, 'GET /v1/notes')).toEqual(['query:limit:integer:How many notes.', 'query:shelf*:string:The shelf to list.']);
  });

  it('should leave paragraphs whose parentheses state no type or flag (`Pagination (see below): …`) as the description', () => {
    const read = readGeneral(
      [
        '## Create a note',
        '`POST /v1/notes`',
        '### Request body',
        'Pagination (see below): the list is paged.',
        'Limits (per minute): at most ten notes.',
      ].join('\n\n'),
    );
    expect(read.root.children.some((node) => node.type === 'table')).toBe(false);
  });
});
