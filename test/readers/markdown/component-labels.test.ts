/**
 * Components that title what they hold (`<Request title="Example request">`, `<TabItem
 * label="Response">`, `<details><summary>Example response</summary>`), and samples told apart by
 * the method they state where one region documents several methods.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
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

const examples = (op: ReturnType<typeof operation>) => op.responses.map((r) => [r.status, r.content[0]?.examples.map((e) => e.value)]);

describe('general reader: fences and components titled as samples', () => {
  it('should read Mintlify’s <RequestExample> and <ResponseExample>, each fence’s status from its title', () => {
    const page = readFileSync(path.join(import.meta.dirname, 'fixtures/mintlify/create-plant.mdx'), 'utf8');
    const read = readGeneral(page, 'plants/create-plant.mdx');
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
    const create = operation(read, 'POST /v1/plants');
    // The curl call is the request's sample; the Python call is no sample.
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ name: 'Tomato', tag: 'red' }]);
    // The fields under `### Response` are the success's, and its status is the one its sample states.
    expect(examples(create)).toEqual([
      ['201', [{ id: 7, name: 'Tomato' }]],
      ['400', [{ error: 'name is required' }]],
    ]);
    expect(create.responses.map((r) => r.description)).toEqual(['Created', 'Bad Request']);
  });

  it('should read <ResponseExample> with its fences right under the tag, no blank line between, as with one', () => {
    const read = readGeneral(
      [
        '## Get a plant',
        '`GET /v1/plants/{id}`',
        '<ResponseExample>\n```json 200\n{ "id": 7, "name": "Tomato" }\n```\n```json 404\n{ "error": "no such plant" }\n```\n</ResponseExample>',
      ].join('\n\n'),
      'plants/get-plant.mdx',
    );
    expect(examples(operation(read, 'GET /v1/plants/{id}'))).toEqual([
      ['200', [{ id: 7, name: 'Tomato' }]],
      ['404', [{ error: 'no such plant' }]],
    ]);
    // Each sample is placed at its characters in the page.
    expect(operation(read, 'GET /v1/plants/{id}').responses[1]?.content[0]?.examples[0]?.source?.start.line).toBe(9);
  });

  it('should read a fence’s title (`title="…"`, VitePress’s `[…]`, Mintlify’s words) as its label where it names a sample', () => {
    const read = readGeneral(
      [
        '## Create a plant',
        '`POST /plants`',
        '```json title="Example request"\n{ "name": "Fern" }\n```',
        '```json [Response]\n{ "id": 1, "name": "Fern" }\n```',
        '## Get a plant',
        '`GET /plants/{id}`',
        '```json {2} title="Example response" showLineNumbers\n{ "id": 1, "name": "Fern" }\n```',
        '```json 404 Not Found\n{ "error": "no such plant" }\n```',
      ].join('\n\n'),
    );
    const create = operation(read, 'POST /plants');
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ name: 'Fern' }]);
    expect(examples(create)).toEqual([['2XX', [{ id: 1, name: 'Fern' }]]]);
    expect(examples(operation(read, 'GET /plants/{id}'))).toEqual([
      ['2XX', [{ id: 1, name: 'Fern' }]],
      ['404', [{ error: 'no such plant' }]],
    ]);
  });

  it('should leave a fence whose title names no sample as it is', () => {
    const read = readGeneral('## Create\n\n`POST /things`\n\nCreates a thing.\n\n```json title="config.json"\n{ "debug": true }\n```\n');
    const create = operation(read, 'POST /things');
    // No label before it: the JSON is what it was without the title (no sample of the call).
    expect(create.requestBody).toBeUndefined();
    expect(create.responses).toEqual([]);
    expect(JSON.stringify(read.root)).not.toContain('"value":"config.json"');
  });

  it('should read containers titled as samples (VitePress `::: details`, Starlight `:::tip[…]`, pymdownx `/// tab | …`) as labels, their lines no prose', () => {
    const read = readGeneral(
      [
        '## Create a plant',
        '`POST /plants`',
        '::: details Example request\n```json\n{ "name": "Fern" }\n```\n:::',
        '::: details Example response\n```json\n{ "id": 1, "name": "Fern" }\n```\n:::',
        '## Get a plant',
        '`GET /plants/{id}`',
        '/// tab | Response\n```json\n{ "id": 1 }\n```\n///',
        '/// tab | Python\n```python\nclient.plants.get(1)\n```\n///',
        ':::tip[Example response]\n```json\n{ "id": 2 }\n```\n:::',
        '/// admonition | Note\nPlants need light.\n///',
      ].join('\n\n'),
    );
    const create = operation(read, 'POST /plants');
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ name: 'Fern' }]);
    expect(examples(create)).toEqual([['2XX', [{ id: 1, name: 'Fern' }]]]);
    const get = operation(read, 'GET /plants/{id}');
    expect(examples(get)).toEqual([['2XX', [{ id: 1 }, { id: 2 }]]]);
    expect(get.description).toBe('Plants need light.');
  });
});
