import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, readGeneral, strip } from './helpers.js';

const fence = (lines: string[], lang = 'json') => `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``;

describe('general reader: samples that are not quite JSON', () => {
  it('should read a sample with comments, elided items and trailing commas, leaving out what it elides', () => {
    const read = readGeneral(
      [
        '## List invoices',
        '`GET /invoices`',
        '### Response',
        fence([
          '{',
          '  /* the page of invoices */',
          '  "invoices": [ {...}, { "id": 7, "total": 12.5, }, … ],',
          '  "links": { ... }, // where the next page is',
          '  "count": 2,',
          '}',
        ]),
        '## Get an invoice',
        '`GET /invoices/{id}`',
        '### Response',
        fence(['{', '  "id": 12,', '  "customer": Ada the customer', '}']),
      ].join('\n\n'),
    );
    const [response] = operation(read, 'GET /invoices').responses;
    expect(response?.content[0]?.examples.map((e) => e.value)).toEqual([{ invoices: [{ id: 7, total: 12.5 }], links: {}, count: 2 }]);
    // What a lenient reading still cannot read is reported as before, and gives nothing.
    expect(read.diagnostics.items.filter((d) => d.code === 'invalid-sample').map((d) => d.source?.start.line)).toEqual([25]);
    expect(operation(read, 'GET /invoices/{id}').responses).toEqual([]);
  });

  it('should read the real values of a sample whose placeholders state types, never a value made up from them', () => {
    const read = readGeneral(
      [
        '## Get a pet',
        '`GET /pets/{id}`',
        '### Response',
        fence([
          '{',
          '  "id": 12,',
          '  "name": "Rex",',
          '  "vaccinated": true/false,',
          '  "neutered": true|false,',
          '  "age": #integer#,',
          '  "owner": <string>,',
          '  "nickname": "<string>",',
          '  "shelter": {shelter_id},',
          '  "toys": [<string>],',
          '  "tags": ["good", "small"]',
          '}',
        ]),
      ].join('\n\n'),
    );
    const [response] = operation(read, 'GET /pets/{id}').responses;
    // No `true`, `0` or `"<string>"` taken for an example: the placeholders are left out.
    expect(response?.content[0]?.examples.map((e) => e.value)).toEqual([{ id: 12, name: 'Rex', tags: ['good', 'small'] }]);
    expect(codes(read)).not.toContain('invalid-sample');
  });

  it('should read a type sketch under a request title as the body fields it states, not as a sample', () => {
    const read = readGeneral(
      [
        '## Add a book',
        '`POST /books`',
        '### Request',
        fence(
          [
            '{',
            '  "author": String,',
            '  "pages": Integer, // How many pages it has',
            '  "tags": [String],',
            '  "published": Boolean (optional),',
            '  "isbn": String (required),',
            '  "shelf": {',
            '    "row": Integer (Counted from the top)',
            '  }',
            '}',
          ],
          '',
        ),
        '## Add a pet',
        '`POST /pets`',
        '### Request',
        fence(['{ "name": "string", "kind": "string" }']),
        '## Find pets',
        '`GET /pets`',
        '### Request',
        fence(['{ "name": String }'], ''),
      ].join('\n\n'),
    );
    // Valid JSON whose every value is a quoted type word is a sketch too (schema-sketches.test.ts); a call that sends no body has none.
    const pet = operation(read, 'POST /pets');
    expect(pet.requestBody?.content[0]?.examples).toEqual([]);
    expect(bodySchema(pet)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'name', schema: { kind: 'string' } },
        { name: 'kind', schema: { kind: 'string' } },
      ],
    });
    expect(operation(read, 'GET /pets').requestBody).toBeUndefined();
    const add = operation(read, 'POST /books');
    expect(add.requestBody?.content[0]?.examples).toEqual([]);
    expect(bodySchema(add)).toEqual({
      kind: 'object',
      properties: [
        { name: 'author', schema: { kind: 'string' }, required: false },
        { name: 'pages', schema: { kind: 'integer' }, required: false, description: 'How many pages it has' },
        { name: 'tags', schema: { kind: 'array', items: { kind: 'string' } }, required: false },
        { name: 'published', schema: { kind: 'boolean' }, required: false },
        { name: 'isbn', schema: { kind: 'string' }, required: true },
        {
          name: 'shelf',
          schema: {
            kind: 'object',
            properties: [{ name: 'row', schema: { kind: 'integer' }, required: false, description: 'Counted from the top' }],
          },
          required: false,
        },
      ],
    });
    expect(codes(read)).toEqual([]);
  });

  it('should read a sketch of placeholders under a response title as the body, a list of them as a list', () => {
    const read = readGeneral(
      [
        '## List books',
        '`GET /books`',
        '### Response',
        fence(['[', '  {', '    "id": "<integer>",', '    "title": "<string>",', '    "signed": true/false', '  }', ']']),
        '## Get a book',
        '`GET /books/{id}`',
        '### Example response (201)',
        fence(['{', '  "id": #integer#,', '  "title": "string",', '  "author": { "name": String }', '}'], ''),
      ].join('\n\n'),
    );
    const list = operation(read, 'GET /books').responses;
    expect(list.map((r) => r.status)).toEqual(['2XX']);
    expect(list[0]?.content[0]?.examples).toEqual([]);
    expect(strip(list[0]?.content[0]?.schema)).toEqual({
      kind: 'array',
      items: {
        kind: 'object',
        properties: [
          { name: 'id', schema: { kind: 'integer' }, required: false },
          { name: 'title', schema: { kind: 'string' }, required: false },
          { name: 'signed', schema: { kind: 'boolean' }, required: false },
        ],
      },
    });
    const one = operation(read, 'GET /books/{id}').responses;
    expect(one.map((r) => r.status)).toEqual(['201']);
    expect(one[0]?.content[0]?.examples).toEqual([]);
    const schema = strip(one[0]?.content[0]?.schema);
    expect(schema?.kind === 'object' && schema.properties.map((p) => [p.name, p.schema.kind])).toEqual([
      ['id', 'integer'],
      ['title', 'string'],
      ['author', 'object'],
    ]);
  });

  it('should read the fields of a sketch whose placeholders state no type, and leave their types unstated', () => {
    const read = readGeneral(
      [
        '## Get a manifest',
        '`GET /v2/{name}/manifests/{reference}`',
        '### Response',
        fence([
          '{',
          '   "name": <name>,',
          '   "tag": <tag>,',
          '   "layers": [',
          '      {',
          '         "digest": <digest>',
          '      }',
          '   ]',
          '}',
        ]),
        '## Get a tag',
        '`GET /v2/{name}/tags/{tag}`',
        '### Response',
        // A real value beside the placeholder: a sample, its real values the example (as before).
        fence(['{', '   "name": <name>,', '   "size": 12', '}']),
      ].join('\n\n'),
    );
    const [manifest] = operation(read, 'GET /v2/{name}/manifests/{reference}').responses;
    expect(manifest?.content[0]?.examples).toEqual([]);
    expect(strip(manifest?.content[0]?.schema)).toEqual({
      kind: 'object',
      properties: [
        { name: 'name', schema: { kind: 'unknown' }, required: false },
        { name: 'tag', schema: { kind: 'unknown' }, required: false },
        {
          name: 'layers',
          schema: {
            kind: 'array',
            items: { kind: 'object', properties: [{ name: 'digest', schema: { kind: 'unknown' }, required: false }] },
          },
          required: false,
        },
      ],
    });
    const [tag] = operation(read, 'GET /v2/{name}/tags/{tag}').responses;
    expect(tag?.content[0]?.examples.map((e) => e.value)).toEqual([{ size: 12 }]);
    expect(codes(read)).not.toContain('invalid-sample');
  });

  it("should read vendors' near-JSON: quotes of `'`, unquoted keys, commas left out at line ends, `....` elisions", () => {
    const transcript = readGeneral(
      [
        '## Get my shelves',
        '* **URL**: /api/myShelves/',
        '* **Method**: GET',
        "```bash\n$ curl -X GET 'http://host/api/myShelves'\n\n< 200 OK\n< {\n   'shelves': [\n      {\n         'id': 1\n         'name': \"Poetry\",\n         'label': 'it\\'s \"new\"',\n         'books': [\n            ...\n         ],\n         ...\n      },\n      ....\n   ]\n}\n```",
      ].join('\n\n'),
    );
    // The values shown; the elisions no part of them (an elided list is a list of the items shown).
    const mine = operation(transcript, 'GET /api/myShelves');
    expect(mine.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['200', { shelves: [{ id: 1, name: 'Poetry', label: 'it\'s "new"', books: [] }] }],
    ]);
    const read = readGeneral(
      [
        '## Get a shelf title',
        '`GET /api/1/getShelfTitle`',
        '### Response',
        fence(['{code: 0, message:"ok", data: {title:"Poetry"}}']),
        '## Get a shelf count',
        '`GET /api/1/getShelfCount`',
        '### Response',
        fence(['{', "  'count': 2", "  'name': 'front' 'row': 1", '}']),
      ].join('\n\n'),
    );
    const title = operation(read, 'GET /api/1/getShelfTitle');
    expect(title.responses.map((r) => r.content[0]?.examples[0]?.value)).toEqual([{ code: 0, message: 'ok', data: { title: 'Poetry' } }]);
    // Two members on one line with no comma between them is no comma left out at a line end: the sample is reported as before.
    expect(operation(read, 'GET /api/1/getShelfCount').responses).toEqual([]);
    expect(read.diagnostics.items.filter((d) => d.code === 'invalid-sample').map((d) => d.source?.start.line)).toEqual([19]);
  });

  it('should read a bare word that is no number, literal or type word as the string it spells, inside an object or array only', () => {
    const read = readGeneral(
      [
        '## Create a shelf group',
        '`GET /api/1/createShelfGroup`',
        '### Response',
        fence(['{code: 0, message:"ok", data: {groupID: g.s8oes9dhwrvt0zif, kinds: [poetry, prose], size: integer}}']),
        '## Count shelf groups',
        '`GET /api/1/countShelfGroups`',
        '### Response',
        fence(['{note: see the list of groups below}']),
        fence(['countShelfGroups']),
      ].join('\n\n'),
    );
    // `integer` is a type word: a placeholder, no value.
    expect(operation(read, 'GET /api/1/createShelfGroup').responses.map((r) => r.content[0]?.examples[0]?.value)).toEqual([
      { code: 0, message: 'ok', data: { groupID: 'g.s8oes9dhwrvt0zif', kinds: ['poetry', 'prose'] } },
    ]);
    // Prose in braces is no JSON, and neither is a bare word alone: that is a text answer (as `ok` is), never a JSON string.
    const count = operation(read, 'GET /api/1/countShelfGroups').responses.flatMap((r) => r.content);
    expect(count.map((c) => [c.mediaType, c.examples.map((e) => e.raw ?? e.value)])).toEqual([['text/plain', ['countShelfGroups']]]);
  });
});
