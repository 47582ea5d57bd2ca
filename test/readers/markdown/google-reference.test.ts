/**
 * References written as Google's API reference is (and those written like it, from protocol
 * buffers): `Parameters | ` and `Fields | ` tables with the type in code at the head of the second
 * cell, "The request body must be empty.", "If successful, the response body …", `Resource: X`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeWords } from '../../../src/readers/markdown/type-in-cell.js';
import { generate } from '../../../src/run/generate.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const LIST = `# Method: branches.shelves.list

Lists the shelves of a branch.

## HTTP request

\`GET https://library.googleapis.com/v1/{parent=branches/*}/shelves\`

## Path parameters

| Parameters | |
|---|---|
| \`parent\` | \`string\` Required. The branch that owns the shelves. Format: \`branches/{branch}\` |

## Query parameters

| Parameters | |
|---|---|
| \`pageSize\` | \`integer\` The maximum number of shelves to return. |
| \`showDeleted\` | \`boolean\` Whether to include deleted shelves. |

## Request body

The request body must be empty.

## Response body

If successful, the response body contains data with the following structure:

| JSON representation |
|---|
| \`\`\`{ "shelves": [ { object (Shelf) } ], "nextPageToken": string }\`\`\` |

| Fields | |
|---|---|
| \`shelves[]\` | \`object (Shelf)\` The shelves. |
| \`nextPageToken\` | \`string\` A token to retrieve the next page. |
`;

const RESOURCE = `# REST Resource: branches.shelves

## Resource: Shelf

A shelf of a branch.

| JSON representation |
|---|
| \`\`\`{ "name": string, "capacity": integer }\`\`\` |

| Fields | |
|---|---|
| \`name\` | \`string\` Identifier. The shelf's resource name. |
| \`capacity\` | \`integer\` How many books fit. |
| \`labels\` | \`map (key: string, value: string)\` Labels. |
| \`createTime\` | \`string (Timestamp format)\` Output only. When the shelf was added. |
| \`sizeBytes\` | \`string (int64 format)\` The size. |
`;

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/google-reference', name), 'utf8');

const methodPage = (verb: string, route: string, response: string) =>
  `# Method: ${verb}\n\n## HTTP request\n\n\`${route}\`\n\n## Request body\n\nThe request body must be empty.\n\n## Response body\n\n${response}\n`;

describe("general reader: references written as Google's", () => {
  it('should read the type at the head of each second cell, no body where it must be empty, and the fields of the response', () => {
    const read = readGeneral(LIST, 'shelves/list.md');
    const list = operation(read, 'GET /v1/{parent}/shelves');
    expect(parameterNames(list)).toEqual(['path:parent*', 'query:pageSize', 'query:showDeleted']);
    expect(strip(list.parameters.map((p) => p.schema))).toEqual([{ kind: 'string' }, { kind: 'integer' }, { kind: 'boolean' }]);
    expect(list.parameters[1]?.description).toBe('The maximum number of shelves to return.');
    expect(list.requestBody).toBeUndefined();
    expect(list.responses.map((r) => r.status)).toEqual(['2XX']);
    expect(strip(list.responses[0]?.content[0]?.schema)).toEqual({
      kind: 'object',
      properties: [
        { name: 'shelves', required: false, schema: { kind: 'array', items: { kind: 'ref', name: 'Shelf' } }, description: 'The shelves.' },
        { name: 'nextPageToken', required: false, schema: { kind: 'string' }, description: 'A token to retrieve the next page.' },
      ],
    });
    expect(codes(read)).toEqual([]);
  });

  it('should read "If successful" sentences: an empty body, or an instance of a type', () => {
    const empty = readGeneral(
      methodPage('shelves.delete', 'DELETE /v1/{name=branches/*/shelves/*}', 'If successful, the response body is empty.'),
      'delete.md',
    );
    const remove = operation(empty, 'DELETE /v1/{name}');
    expect(remove.responses.map((r) => [r.status, r.content.length])).toEqual([['2XX', 0]]);
    const one = readGeneral(
      methodPage(
        'shelves.get',
        'GET /v1/{name=branches/*/shelves/*}',
        'If successful, the response body contains an instance of [`Shelf`](shelves.md#Shelf).',
      ),
      'get.md',
    );
    const get = operation(one, 'GET /v1/{name}');
    expect(get.responses.map((r) => [r.status, strip(r.content[0]?.schema)])).toEqual([['2XX', { kind: 'ref', name: 'Shelf' }]]);
  });

  it('should read `Resource: Shelf` as the type its fields table defines, `Output only.` as read-only', async () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'list.md'), LIST);
    writeFileSync(path.join(dir, 'shelves.md'), RESOURCE);
    const result = await generate({ input: dir });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(strip(result.document.schemas.find((schema) => schema.name === 'Shelf')?.schema)).toEqual({
      kind: 'object',
      properties: [
        { name: 'name', required: false, schema: { kind: 'string' }, description: "Identifier. The shelf's resource name." },
        { name: 'capacity', required: false, schema: { kind: 'integer' }, description: 'How many books fit.' },
        { name: 'labels', required: false, schema: { kind: 'map', values: { kind: 'string' } }, description: 'Labels.' },
        {
          name: 'createTime',
          required: false,
          schema: { kind: 'string', format: 'date-time', readOnly: true },
          description: 'Output only. When the shelf was added.',
        },
        { name: 'sizeBytes', required: false, schema: { kind: 'string', format: 'int64' }, description: 'The size.' },
      ],
    });
  });

  it('should write the types in code in the words the reader knows', () => {
    expect(typeWords('object (Shelf)')).toBe('Shelf');
    expect(typeWords('enum (Genre)')).toBe('Genre');
    expect(typeWords('string (Duration format)')).toBe('duration');
    expect(typeWords('string (bytes format)')).toBe('byte');
    expect(typeWords('map (key: string, value: object (Shelf))')).toBe('map<string|Shelf>');
    expect(typeWords('value (Value format)')).toBe('value (Value format)');
  });

  it('should read `Optional.` as its own row’s word alone: the unmarked rows are not required', () => {
    const read = readGeneral(fixture('shelves.list.html'), 'shelves.list.html');
    const list = operation(read, 'GET /v1/{parent}/shelves');
    expect(parameterNames(list)).toEqual(['path:parent*', 'query:pageToken', 'query:filter', 'query:orderBy']);
    expect(list.parameters[1]?.description).toBe('Optional. A page token from a previous call.');
    const body = strip(list.responses[0]?.content[0]?.schema);
    expect(body?.kind === 'object' ? body.properties.map((p) => [p.name, p.required]) : body).toEqual([
      ['shelves', false],
      ['nextPageToken', false],
    ]);
  });

  it('should read "The request body contains an instance of [Shelf]." as a body of that type, and a newly created one as the answer', () => {
    const read = readGeneral(fixture('shelves.create.md'), 'shelves.create.md');
    const create = operation(read, 'POST /v1/{parent}/shelves');
    expect(parameterNames(create)).toEqual(['path:parent*', 'query:shelfId*', 'query:validateOnly']);
    expect(strip(create.requestBody?.content.map((c) => [c.mediaType, c.schema]))).toEqual([
      ['application/json', { kind: 'ref', name: 'Shelf' }],
    ]);
    expect(create.requestBody?.required).toBe(true);
    expect(create.responses.map((r) => [r.status, strip(r.content[0]?.schema)])).toEqual([['2XX', { kind: 'ref', name: 'Shelf' }]]);
    expect(codes(read)).toEqual([]);
  });

  it('should read a JSON representation sketched in a code block over the fields table as no sample: the table states the body', () => {
    const read = readGeneral(fixture('shelves.lock.md'), 'shelves.lock.md');
    const lock = operation(read, 'POST /v1/{name}:lock');
    const body = strip(lock.requestBody?.content[0]?.schema);
    expect(body?.kind === 'object' ? body.properties.map((p) => [p.name, p.schema, p.description]) : body).toEqual([
      ['reason', { kind: 'string' }, 'Why the shelf is locked.'],
      ['until', { kind: 'string', format: 'date-time' }, 'When the lock ends.'],
      ['keeper', { kind: 'ref', name: 'Librarian' }, 'Who holds the key.'],
    ]);
    expect(codes(read)).toEqual([]);
  });
});
