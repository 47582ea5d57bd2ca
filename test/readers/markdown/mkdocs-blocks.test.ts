/**
 * MkDocs Material's admonitions, details and content tabs: their indented content is read as
 * markdown at the margin (fences, tables, signatures), every node placed in the page.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

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
