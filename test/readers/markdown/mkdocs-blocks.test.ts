/**
 * MkDocs Material's admonitions, details and content tabs: their indented content is read as
 * markdown at the margin (fences, tables, signatures), every node placed in the page.
 */
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral, strip } from './helpers.js';

const PAGE = `# Users

## Create a user

\`POST /api/v1/users\`

!!! note "Permissions"
    Only administrators can create users.

=== "Request"

    \`\`\`json
    { "name": "Ada" }
    \`\`\`

=== "Response (201)"

    \`\`\`json
    { "id": 7, "name": "Ada" }
    \`\`\`

## Get a user

??? example "Endpoint"
    \`\`\`
    GET /api/v1/users/{id}
    \`\`\`

    | Name | Type | In | Description |
    |------|------|----|-------------|
    | \`id\` | integer | path | The user's id. |
`;

describe('general reader: MkDocs blocks', () => {
  it('should read the fences and tables inside content tabs and admonitions', () => {
    const read = readGeneral(PAGE);
    expect(read.routes).toEqual(['POST /api/v1/users', 'GET /api/v1/users/{id}']);
    const create = operation(read, 'POST /api/v1/users');
    expect(create.requestBody?.content[0]?.examples[0]?.value).toEqual({ name: 'Ada' });
    expect(create.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['201', { id: 7, name: 'Ada' }]]);
    expect(create.description ?? '').not.toContain('!!!');
    const get = operation(read, 'GET /api/v1/users/{id}');
    expect(get.parameters.map((p) => `${p.in}:${p.name}:${p.schema.kind}:${p.description}`)).toEqual(["path:id:integer:The user's id."]);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should place what a block holds at its characters in the page', () => {
    const page = '## Create\n\n`POST /a`\n\n=== "Request"\n\n    ```json\n    { "name": }\n    ```\n';
    const read = readGeneral(page);
    const [invalid] = read.diagnostics.items.filter((d) => d.code === 'invalid-sample');
    // The bad token `}` is on line 8, column 15 of the page (the block's content is indented by four).
    expect(invalid?.source.start).toMatchObject({ line: 8, column: 15 });
  });

  it('should open blocks inside blocks', () => {
    const read = readGeneral(
      '## Create\n\n`POST /a`\n\n!!! example\n\n    === "Request"\n\n        ```json\n        { "name": "Ada" }\n        ```\n',
    );
    expect(operation(read, 'POST /a').requestBody?.content[0]?.examples[0]?.value).toEqual({ name: 'Ada' });
  });

  it('should leave a marker whose next lines are not indented, and a page of nested markers, as written', () => {
    const flat = readGeneral('## Get\n\n`GET /a`\n\n!!! note\nNot indented.\n');
    expect(flat.routes).toEqual(['GET /a']);
    const nested = Array.from({ length: 40 }, (_, depth) => `${'    '.repeat(depth)}!!! note\n`).join('');
    const deep = readGeneral(`## Get\n\n\`GET /a\`\n\n${nested}${'    '.repeat(40)}text\n`);
    expect(deep.routes).toEqual(['GET /a']);
    const many = readGeneral(`## Get\n\n\`GET /a\`\n\n${'=== "Tab"\n\n    Text.\n\n'.repeat(5000)}`);
    expect(many.routes).toEqual(['GET /a']);
  });
});

describe('pymdownx blocks named for what they hold', () => {
  const PAGE = [
    '## List loans',
    '```http\nGET /loans\n```',
    '/// api-parameters\n    open: True\n\n| Name | Type | Default | Description |\n| --- | --- | --- | --- |\n| `limit` | int | 20 | How many loans |\n| | | | to return. |^\n| `branch` | string | | The branch. |\n\n///',
    '/// api-response-spec\n    open: True\n\n| Field | Type | Description |\n| --- | --- | --- |\n| `count` | int | The number of loans |\n| | | returned. |^\n| `due` | string | The earliest due |\n| | | date. |^\n\n///',
  ].join('\n\n');

  it("should read a table in a block named for the response (`/// api-response-spec`) as the response's fields, not parameters", () => {
    const read = readGeneral(PAGE);
    const list = operation(read, 'GET /loans');
    expect(list.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['query:limit', 'query:branch']);
    const schema = strip(list.responses.find((r) => r.status === '2XX')?.content[0]?.schema);
    expect(schema).toMatchObject({ kind: 'object', properties: [{ name: 'count' }, { name: 'due' }] });
  });

  it('should join a row marked `^` to the row above, cell by cell, and read the block options as no prose', () => {
    const read = readGeneral(PAGE);
    expect(codes(read)).toEqual([]);
    const list = operation(read, 'GET /loans');
    expect(list.parameters.map((p) => [p.name, p.description])).toEqual([
      ['limit', 'How many loans\nto return.'],
      ['branch', 'The branch.'],
    ]);
    const schema = strip(list.responses[0]?.content[0]?.schema);
    expect(schema?.kind === 'object' && schema.properties.map((p) => p.description)).toEqual([
      'The number of loans\nreturned.',
      'The earliest due\ndate.',
    ]);
    expect(JSON.stringify(read.root)).not.toContain('open: True');
  });
  it('should read a table captioned `{ #id } Name` as that type, and a row of objects linking to it as of that type', () => {
    const read = readGeneral(
      [
        '## List branches',
        '```http\nGET /branches\n```',
        "/// api-response-spec\n\n| Field | Type | Description |\n| --- | --- | --- |\n| `branches` | [object] | An array of |\n| | | [Branch](#branch-spec) objects. |^\n| `head` | object | The [head office](#office-spec). |\n\n| Field | Type | Description |\n| --- | --- | --- |\n| `name` | string | The branch's |\n| | | name. |^\n{ #branch-spec } Branch\n\n| Field | Type | Description |\n| --- | --- | --- |\n| `city` | string | The city. |\n\n{ #office-spec } Head Office\n\n///",
      ].join('\n\n'),
    );
    expect(codes(read)).toEqual([]);
    const schema = strip(operation(read, 'GET /branches').responses[0]?.content[0]?.schema);
    expect(schema?.kind === 'object' && schema.properties.map((p) => [p.name, p.schema])).toEqual([
      ['branches', { kind: 'array', items: { kind: 'ref', name: 'Branch' } }],
      ['head', { kind: 'ref', name: 'HeadOffice' }],
    ]);
    expect(read.fragment?.schemas.map((s) => [s.name, s.schema.kind === 'object' && s.schema.properties.map((p) => p.name)])).toEqual([
      ['Branch', ['name']],
      ['HeadOffice', ['city']],
    ]);
    const branch = read.fragment?.schemas[0]?.schema;
    expect(branch?.kind === 'object' && branch.properties[0]?.description).toBe("The branch's\nname.");
  });
});
