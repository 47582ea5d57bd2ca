/**
 * A curl command in a section of its own (a quick start, an action titled apart) that calls a
 * route the page states elsewhere, a sample id where the route's parameter stands and the API's
 * base path before it: that route's request sample, its base URL the page's server; never a
 * second operation, nor a `sample-route` warning.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = `# Notes API

## Quick start

Create a note:

\`\`\`bash
curl -X POST https://api.example.com/v1/notes \\
  -H "Content-Type: application/json" \\
  -d '{"title": "Groceries", "body": "Milk"}'
\`\`\`

## Create a note

\`POST /notes\`

| Field | Type | Required | Description |
|---|---|---|---|
| title | string | yes | The title. |
| body | string | no | The text. |

## Get a note

\`GET /notes/{noteId}\`

| Name | Type | Description |
|------|------|-------------|
| noteId | integer | The note's id. |

## Rename a note

\`\`\`bash
curl -X PATCH https://api.example.com/v1/notes/42 \\
  -H "Content-Type: application/json" \\
  -d '{"title": "Shopping"}'
\`\`\`

## Pin a note of a user

\`\`\`bash
curl -X POST https://api.example.com/v1/users/7/notes \\
  -d '{"title": "Pinned"}'
\`\`\`

## Update a note

\`PATCH /notes/{noteId}\`

| Field | Type | Required | Description |
|---|---|---|---|
| title | string | no | The new title. |
`;

const examples = (route: string) => operation(read, route).requestBody?.content[0]?.examples.map((example) => example.value);
const read = readGeneral(page, 'api/notes.md');

describe('general reader: a curl command apart from the route it calls', () => {
  it("should be the stated route's request sample, its sample id where the parameter stands", () => {
    expect(examples('PATCH /notes/{noteId}')).toEqual([{ title: 'Shopping' }]);
  });

  it("should read a quick start's call of a route the page states as that route's sample", () => {
    expect(examples('POST /notes')).toEqual([{ title: 'Groceries', body: 'Milk' }]);
  });

  it('should make no operation of it, nor warn of a sample route', () => {
    expect(read.routes).toEqual(['POST /notes', 'GET /notes/{noteId}', 'PATCH /notes/{noteId}']);
    // (The call of `/v1/users/7/notes`, which calls no stated route, is still said to be an example.)
    const sampleRoutes = read.diagnostics.items.filter((d) => d.code === 'sample-route').map((d) => d.message.split(':')[0]);
    expect(sampleRoutes).toEqual(['POST /v1/users/7/notes']);
  });

  it("should state the base URL the calls show as the page's server", () => {
    expect(read.fragment?.servers).toEqual(['https://api.example.com/v1']);
  });

  it("should not read a call whose path before the route shows a sample value as that route's", () => {
    // `/v1/users/7/notes` is no call of `POST /notes`: its sample stays out of that operation's.
    expect(examples('POST /notes')).not.toContainEqual({ title: 'Pinned' });
  });
});
