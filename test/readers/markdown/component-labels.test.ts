/**
 * Components that title what they hold (`<Request title="Example request">`, `<TabItem
 * label="Response">`, `<details><summary>Example response</summary>`), and samples told apart by
 * the method they state where one region documents several methods.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const PAGE = `# REST API

## Endpoints

| Method | URL | Description |
| --- | --- | --- |
| \`GET\` | \`/api/:collection\` | List entries |
| \`POST\` | \`/api/:collection\` | Create an entry |

## List entries

<ApiCall>

<Request title="Example request">

\`GET http://localhost:1337/api/shelves\`

</Request>

<Response title="Example response">

\`\`\`json
{ "data": [{ "id": 2 }] }
\`\`\`

</Response>

</ApiCall>

## Create an entry

<Request title="Example request">

\`POST http://localhost:1337/api/shelves\`

\`\`\`json
{ "data": { "name": "Fiction" } }
\`\`\`

</Request>

<details>
<summary>Example response</summary>

\`\`\`json
{ "data": { "id": 3, "name": "Fiction" } }
\`\`\`

</details>
`;

describe('general reader: components that title their content', () => {
  it('should read a titled component as its label, so example calls in it define no operation', () => {
    const read = readGeneral(PAGE);
    expect(read.routes).toEqual(['GET /api/{collection}', 'POST /api/{collection}']);
  });

  it('should give each sample to the operations of the method it states', () => {
    const read = readGeneral(PAGE);
    const list = operation(read, 'GET /api/{collection}');
    const create = operation(read, 'POST /api/{collection}');
    expect(list.requestBody).toBeUndefined();
    expect(list.responses.flatMap((r) => r.content.flatMap((c) => c.examples.map((e) => e.value)))).toEqual([{ data: [{ id: 2 }] }]);
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ data: { name: 'Fiction' } }]);
    expect(create.responses.flatMap((r) => r.content.flatMap((c) => c.examples.map((e) => e.value)))).toEqual([
      { data: { id: 3, name: 'Fiction' } },
    ]);
  });

  it('should leave a component whose title is no section’s as it is', () => {
    const read = readGeneral('## Get\n\n`GET /a`\n\n<TabItem value="py" label="Python">\n\n```json\n{ "a": 1 }\n```\n\n</TabItem>\n');
    expect(operation(read, 'GET /a').responses.map((r) => r.status)).toEqual(['2XX']);
    expect(read.root.children.some((node) => node.type === 'html' && node.value.includes('Python'))).toBe(true);
  });

  it('should keep a single operation’s answer when its example call names another method by mistake', () => {
    const read = readGeneral(
      '## List teams\n\n`GET /api/v1/users.listTeams`\n\n## Example Call\n\n```bash\ncurl --request POST \'http://localhost:3000/api/v1/users.listTeams\'\n```\n\n## Example Response\n\n```json\n{ "teams": [] }\n```\n',
    );
    expect(operation(read, 'GET /api/v1/users.listTeams').responses.map((r) => r.content[0]?.examples[0]?.value)).toEqual([{ teams: [] }]);
  });
});
