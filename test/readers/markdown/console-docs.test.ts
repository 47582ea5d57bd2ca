/**
 * References written as search engines' are (their console syntax): routes with `<name>`
 * parameters stated in code under a Request heading or in a `json` fence, definition lists that
 * open with `(Required, string)`, headings with ids or substitutions for titles, and `json`
 * fences whose first line is the request they are sent with, and `console-result` fences their answers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseTitle } from '../../../src/readers/markdown/section-titles.js';
import { operation, parameterNames, readGeneral, strip } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/console-docs', name), 'utf8');
const params = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).parameters.map((p) => `${p.in}:${p.name}:${p.required}:${JSON.stringify(strip(p.schema))}`);

/** A "library" API written as search engines' references write theirs: console requests and their `console-result`. */
const RESULT_PAGE = [
  '# Shelve a book API',
  'Puts a book on a shelf.',
  '## Request',
  '`PUT /<shelf>/_book/<_id>`',
  '## Path parameters',
  '`<shelf>`\n:   (Required, string) Name of the shelf.',
  '`<_id>`\n:   (Required, string) Identifier of the book.',
  '## Query parameters',
  '`wait`\n:   (Optional, Boolean) If `true`, the call returns once the book is shelved.',
  '## Response body',
  '`result`\n:   What was done, `created` or `updated`.',
  '`_copies`\n:   How many copies the shelf holds.',
  '## Examples',
  'Shelve book 1 on `poetry`:',
  '```console\nPUT poetry/_book/1\n{\n  "title": "Odes"\n}\n```',
  'The API returns the following result:',
  '```console-result\n{\n  "result": "created",\n  "_copies": 2\n}\n```',
].join('\n\n');

describe('general reader: references in a search engine’s console syntax', () => {
  it('should take the routes stated in code under a Request heading, not the example beside them', () => {
    const read = readGeneral(fixture('put-book.md'));
    expect(read.routes).toEqual(['PUT /{shelf}/_book/{_id}', 'POST /{shelf}/_book']);
  });

  it('should read definition lists that open with (Required, type) as the parameters', () => {
    const read = readGeneral(fixture('put-book.md'));
    expect(params(read, 'PUT /{shelf}/_book/{_id}')).toEqual([
      'path:shelf:true:{"kind":"string"}',
      'path:_id:true:{"kind":"string"}',
      'query:if_version:false:{"kind":"integer"}',
      // `(Optional, enum)`: a string whose description states its values (here none), not the boolean its default looks like.
      'query:refresh:false:{"kind":"string","default":"false"}',
      'query:timeout:false:{"kind":"string"}',
    ]);
    // A route's parameter the other route documented together with it lacks is none of its own, and no warning.
    expect(params(read, 'POST /{shelf}/_book').map((p) => p.split(':').slice(0, 2).join(':'))).toEqual([
      'path:shelf',
      'query:if_version',
      'query:refresh',
      'query:timeout',
    ]);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should read a json fence of request lines as the signature and one over a body as its sample', () => {
    const read = readGeneral(fixture('get-shelf.md'));
    expect(read.routes).toEqual(['GET /{shelf-name}']);
    expect(params(read, 'GET /{shelf-name}')).toEqual([
      'path:shelf-name:true:{"kind":"string"}',
      'query:local:false:{"kind":"boolean","default":false}',
    ]);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should take the body a console request sends as its sample', () => {
    const page =
      '# Create shelf\n\n## Endpoints\n\n```json\nPUT <shelf>\n```\n\n## Example request\n\n```json\nPUT /fiction\n{ "settings": { "replicas": 1 } }\n```\n';
    const read = readGeneral(page);
    expect(read.routes).toEqual(['PUT /{shelf}']);
    expect(operation(read, 'PUT /{shelf}').requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ settings: { replicas: 1 } }]);
    expect(read.diagnostics.items.map((d) => d.code)).toEqual(['path-parameter-undocumented']);
  });

  it('should leave a program fence that holds more than request lines alone', () => {
    const read = readGeneral('# Get\n\n```http\nGET /a\n```\n\n```json\nGET /b\n{"x": 1}\n```\n');
    expect(read.routes).toEqual(['GET /a']);
  });

  it('should read titles without their heading ids and substitutions as their words', () => {
    expect(normaliseTitle('Query parameters {#store-book-query}')).toBe('query parameters');
    expect(normaliseTitle('Path parameters [store-book-path-params]')).toBe('path parameters');
    expect(normaliseTitle('Responses {: .no_toc }')).toBe('responses');
    expect(normaliseTitle('{{api-path-parms-title}} [x-path-params]')).toBe('path parameters');
    expect(normaliseTitle('{api-prereq-title}')).toBe('prerequisites');
    expect(normaliseTitle('Arrays [of strings]')).toBe('arrays [of strings]');
  });

  it('should keep the types a definition list states when another item states none', () => {
    const read = readGeneral(
      '# Get\n\n`GET /a`\n\n## Query parameters\n\n`size`\n:   (Optional, integer) How many.\n\n`sort`\n:   (Optional, [sort order](#s)) The order. Defaults to `asc`.\n\n`flag`\n:   (Optional) Defaults to `true`.\n',
    );
    expect(params(read, 'GET /a')).toEqual([
      'query:size:false:{"kind":"integer"}',
      'query:sort:false:{"kind":"string","default":"asc"}',
      'query:flag:false:{"kind":"boolean","default":true}',
    ]);
  });

  it('should read `(Optional, enum)` with the values its description lists as that enum, `true` and `false` among them', () => {
    const read = readGeneral(
      '# Refresh\n\n`POST /<shelf>/_refresh`\n\n## Query parameters\n\n`refresh`\n:   (Optional, enum) If `true`, the shelf is refreshed. Valid values: `true`, `false`, `wait_for`. Default: `false`.\n',
    );
    expect(params(read, 'POST /{shelf}/_refresh')).toEqual([
      'query:refresh:false:{"default":"false","kind":"enum","base":"string","values":[{"value":"true"},{"value":"false"},{"value":"wait_for"}]}',
      'path:shelf:true:{"kind":"string"}',
    ]);
  });

  it("should read a `console-result` fence's JSON as the call's answer, the `console` request before it as the request's sample", () => {
    const read = readGeneral(RESULT_PAGE);
    expect(read.routes).toEqual(['PUT /{shelf}/_book/{_id}']);
    const shelve = operation(read, 'PUT /{shelf}/_book/{_id}');
    expect(parameterNames(shelve)).toEqual(['path:shelf*', 'path:_id*', 'query:wait']);
    expect(shelve.requestBody?.content[0]?.examples[0]?.value).toEqual({ title: 'Odes' });
    expect(shelve.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['2XX', { result: 'created', _copies: 2 }]]);
  });

  it('should read other result fences (`json-response`, `shell-output`) holding JSON as answers, and leave ones holding text', () => {
    const page = (lang: string, body: string) =>
      ['## Count the books', '`GET /shelves/{shelf}/count`', `\`\`\`${lang}\n${body}\n\`\`\``].join('\n\n');
    for (const lang of ['json-response', 'shell-output']) {
      const read = readGeneral(page(lang, '{"count": 3}'));
      expect(operation(read, 'GET /shelves/{shelf}/count').responses[0]?.content[0]?.examples[0]?.value).toEqual({ count: 3 });
    }
    const text = readGeneral(page('console-result', '3 books'));
    expect(operation(text, 'GET /shelves/{shelf}/count').responses).toEqual([]);
    const unknown = readGeneral(page('console-results-table', '{"count": 3}'));
    expect(operation(unknown, 'GET /shelves/{shelf}/count').responses).toEqual([]);
  });
  it('should read a field named by a placeholder (`<field>`, `{key}`) as any key of the object, the others staying its properties', () => {
    const read = readGeneral(
      [
        '# Shelve a record',
        '`PUT /<shelf>/_record/<_id>`',
        '## Request body',
        '`<field>`\n:   (Required, string) The record, a field per key.',
        '## Response',
        '| Field | Type | Description |\n|---|---|---|\n| `result` | string | What was done. |\n| `{copy}` | integer | Books per copy name. |',
      ].join('\n\n'),
    );
    const shelve = operation(read, 'PUT /{shelf}/_record/{_id}');
    expect(shelve.parameters.map((p) => p.name)).toEqual(['shelf', '_id']);
    expect(strip(shelve.requestBody?.content[0]?.schema)).toEqual({
      kind: 'object',
      properties: [],
      additionalProperties: { kind: 'string', description: 'The record, a field per key.' },
    });
    expect(strip(shelve.responses[0]?.content[0]?.schema)).toEqual({
      kind: 'object',
      properties: [{ name: 'result', schema: { kind: 'string' }, required: false, description: 'What was done.' }],
      additionalProperties: { kind: 'integer', description: 'Books per copy name.' },
    });
  });

  it('should keep two placeholder-named fields as the properties they name: which is any key is not said', () => {
    const read = readGeneral(
      '# Shelve\n\n`PUT /shelves`\n\n## Request body\n\n`<name>`\n:   (Required, string) A name.\n\n`<label>`\n:   (Optional, string) A label.\n',
    );
    const body = strip(operation(read, 'PUT /shelves').requestBody?.content[0]?.schema);
    expect(body?.kind === 'object' && body.properties.map((p) => p.name)).toEqual(['name', 'label']);
    expect(body).not.toHaveProperty('additionalProperties');
  });

  it('should read the items after a definition’s own indented field list as fields of the same body, not the nested ones', () => {
    const page = [
      '# Create shelf API',
      '## Request',
      '`PUT /<shelf>`',
      '## Request body',
      '`aliases`\n:   (Optional, object of objects) Aliases of the shelf.',
      '    **Properties of `aliases` objects**\n\n    `<alias>`\n    :   (Required, object) The key is the alias name.\n\n        `is_hidden`\n        :   (Optional, Boolean) If `true`, the alias is hidden.',
      '`settings`\n:   (Optional, object) Options of the shelf.',
      '`number_of_shelves`\n:   (Optional, integer) Number of shelves. Defaults to `1`.',
    ].join('\n\n');
    const body = strip(operation(readGeneral(page), 'PUT /{shelf}').requestBody?.content[0]?.schema);
    expect(body?.kind === 'object' && body.properties.map((p) => p.name)).toEqual(['aliases', 'settings', 'number_of_shelves']);
    expect(body?.kind === 'object' && body.properties[0]).toMatchObject({
      description: 'Aliases of the shelf.',
      schema: { kind: 'map', values: { kind: 'map' } },
    });
  });

  it('should read an object’s nested definitions (`**Properties of `query`**` ⏎ its entries) as its properties', () => {
    const page = [
      '# Search API',
      '## Request',
      '`POST /<shelf>/_search`',
      '## Request body',
      '`query`\n:   (Optional, object) The query to run.',
      '    **Properties of `query`**\n\n    `match`\n    :   (Required, string) Words the title must hold.\n\n    `boost`\n    :   (Optional, float) How much the match counts.',
      '`hits`\n:   (Optional, array of objects) Hits to pin.',
      '    `id`\n    :   (Required, string) The book to pin.',
      '`size`\n:   (Optional, integer) How many hits.',
    ].join('\n\n');
    const body = strip(operation(readGeneral(page), 'POST /{shelf}/_search').requestBody?.content[0]?.schema);
    expect(body).toEqual({
      kind: 'object',
      properties: [
        {
          name: 'query',
          required: false,
          description: 'The query to run.',
          schema: {
            kind: 'object',
            properties: [
              { name: 'match', required: true, description: 'Words the title must hold.', schema: { kind: 'string' } },
              { name: 'boost', required: false, description: 'How much the match counts.', schema: { kind: 'number', format: 'float' } },
            ],
          },
        },
        {
          name: 'hits',
          required: false,
          description: 'Hits to pin.',
          schema: {
            kind: 'array',
            items: {
              kind: 'object',
              properties: [{ name: 'id', required: true, description: 'The book to pin.', schema: { kind: 'string' } }],
            },
          },
        },
        { name: 'size', required: false, description: 'How many hits.', schema: { kind: 'integer' } },
      ],
    });
  });

  it('should read definitions nested at any depth as nested objects (arrays of objects too), with their words and values', () => {
    const read = readGeneral(fixture('create-shelf.md'));
    const put = operation(read, 'PUT /{shelf}');
    const body = strip(put.requestBody?.content[0]?.schema);
    const settings = body?.kind === 'object' ? body.properties[0] : undefined;
    expect(body?.kind === 'object' && body.properties.map((p) => p.name)).toEqual(['settings', 'owner']);
    expect(settings?.schema).toEqual({
      kind: 'object',
      properties: [
        {
          name: 'layout',
          required: false,
          description: 'How the shelf is laid out.',
          schema: {
            kind: 'object',
            properties: [
              {
                name: 'number_of_rows',
                required: false,
                description: 'Rows on the shelf. Defaults to `4`.',
                schema: { kind: 'integer', default: 4 },
              },
              { name: 'label', required: true, description: 'The label printed on the shelf.', schema: { kind: 'string' } },
            ],
          },
        },
        {
          name: 'tags',
          required: false,
          description: 'Tags on the shelf.',
          schema: {
            kind: 'array',
            items: {
              kind: 'object',
              properties: [
                { name: 'name', required: true, description: "The tag's name.", schema: { kind: 'string' } },
                {
                  name: 'colour',
                  required: false,
                  description: "The tag's colour.\n\nValid values:\n`red`: A red tag.\n`blue`: A blue tag.",
                  schema: { kind: 'enum', base: 'string', values: [{ value: 'red' }, { value: 'blue' }] },
                },
              ],
            },
          },
        },
      ],
    });
    // A response's fields too; a paragraph of words under an entry, before its own entries, goes on with its words.
    const answer = strip(put.responses[0]?.content[0]?.schema);
    const shelf = answer?.kind === 'object' ? answer.properties[0]?.schema : undefined;
    const room = shelf?.kind === 'object' ? shelf.properties[0] : undefined;
    expect(room?.description).toMatch(/^Where it stands\.\n\n\s*Rooms are counted from the entrance\.$/);
    expect(room?.schema).toEqual({
      kind: 'object',
      properties: [{ name: 'floor', required: false, description: 'The floor.', schema: { kind: 'integer' } }],
    });
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should read an HTML page’s `<dl>` nested in a definition, at any depth, as the fields of an object (of an array of objects’ items)', () => {
    const read = readGeneral(fixture('create-shelf.html'), 'api/create-shelf.html');
    const body = strip(operation(read, 'PUT /{shelf}').requestBody?.content[0]?.schema);
    expect(body?.kind === 'object' && body.properties.map((p) => p.name)).toEqual(['settings', 'aliases', 'owner']);
    const settings = body?.kind === 'object' ? body.properties[0] : undefined;
    expect(settings?.description).toBe('Settings for the shelf.');
    expect(settings?.schema).toEqual({
      kind: 'object',
      properties: [
        {
          name: 'layout',
          required: false,
          description: 'How the shelf is laid out.',
          schema: {
            kind: 'object',
            properties: [{ name: 'label', required: true, description: 'The label printed on the shelf.', schema: { kind: 'string' } }],
          },
        },
        {
          name: 'tags',
          required: false,
          description: 'Tags on the shelf.',
          schema: {
            kind: 'array',
            items: {
              kind: 'object',
              properties: [{ name: 'name', required: true, description: "The tag's name.", schema: { kind: 'string' } }],
            },
          },
        },
      ],
    });
    // A map's (`object of objects`) nested list names no field: it stays its words, as before.
    const aliases = body?.kind === 'object' ? body.properties[1] : undefined;
    expect(aliases?.schema.kind).toBe('map');
  });

  it('should read nested bullet items that open with (Optional, object) as nested objects at any depth', () => {
    const page = [
      '# Create shelf API',
      '## Request',
      '`PUT /<shelf>`',
      '## Request body',
      [
        '- `settings` (Optional, object) Settings for the shelf.',
        '  - `layout` (Optional, object) How the shelf is laid out.',
        '    - `label` (Required, string) The label printed on the shelf.',
        '  - `tags` (Optional, array of objects) Tags on the shelf.',
        "    - `name` (Required, string) The tag's name.",
        '- `owner` (Required, string) Who owns the shelf.',
      ].join('\n'),
    ].join('\n\n');
    const body = strip(operation(readGeneral(page), 'PUT /{shelf}').requestBody?.content[0]?.schema);
    const settings = body?.kind === 'object' ? body.properties[0]?.schema : undefined;
    expect(settings).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'layout', schema: { kind: 'object', properties: [{ name: 'label', required: true, schema: { kind: 'string' } }] } },
        { name: 'tags', schema: { kind: 'array', items: { kind: 'object', properties: [{ name: 'name', required: true }] } } },
      ],
    });
  });

  it('should read a `Valid values:` list indented under an entry (items or definitions of values) as its enum', () => {
    const page = [
      '# Search API',
      '## Request',
      '`GET /<shelf>/_search`',
      '## Query parameters',
      '`expand`\n:   (Optional, string) Which records to expand.',
      '    Valid values:\n\n    * `all`: Every record.\n    * `open`: Only open records.',
      '`order`\n:   (Optional, string) The order of the hits.',
      '    Valid values:\n\n    `asc`\n    :   Oldest first.\n\n    `desc`\n    :   Newest first.',
      '`timeout`\n:   (Optional, integer) How long to wait.',
    ].join('\n\n');
    const read = operation(readGeneral(page), 'GET /{shelf}/_search');
    const query = read.parameters.filter((p) => p.in === 'query');
    expect(query.map((p) => [p.name, strip(p.schema)])).toEqual([
      ['expand', { kind: 'enum', base: 'string', values: [{ value: 'all' }, { value: 'open' }] }],
      ['order', { kind: 'enum', base: 'string', values: [{ value: 'asc' }, { value: 'desc' }] }],
      ['timeout', { kind: 'integer' }],
    ]);
    // The values are lines of the description, without the page's indent.
    expect(query[0]?.description).toBe('Which records to expand.\n\nValid values:\n`all`: Every record.\n`open`: Only open records.');
  });
});
