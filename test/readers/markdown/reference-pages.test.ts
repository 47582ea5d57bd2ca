import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/run/read-page.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

/** A DocFX-built vendor reference in its own conventions (canonical `## HTTP request` section, tabs, vendor fences). */
const page = (method: string, body: string, response: string, example: string) => `---
title: "A widget call"
description: "Does a widget thing."
---

# ${method === 'GET' ? 'Get' : 'Update'} widget

Namespace: example.widgets

Does a widget thing.

[!INCLUDE [clouds](../../includes/all-clouds.md)]

## Permissions

| Permission type | Least privileged permissions |
|:---|:---|
| Delegated | Widget.ReadWrite |

## HTTP request

<!-- { "blockType": "ignored" } -->
\`\`\`http
${method} /widgets/{id | widgetName}
\`\`\`

## Request headers

| Name | Description |
|:-----|:------------|
| Authorization | Bearer {token}. Required. |

## Request body

${body}

## Response

${response}

## Example

### Request

# [HTTP](#tab/http)
<!-- { "blockType": "request" } -->
\`\`\`msgraph-interactive
${example}
\`\`\`

---
`;

describe('general reader: a vendor reference built with DocFX', () => {
  it('should read the HTTP request section, the property table, the status the prose states and the request message sample', () => {
    const read = readGeneral(
      page(
        'PATCH',
        'In the request body, supply the values to update.\n\n| Property | Type | Description |\n|:--|:--|:--|\n| displayName | String | The name. |\n| tags | String collection | Tags. |\n| since | DateTimeOffset | When. |',
        'If successful, this method returns a `204 No Content` response code.',
        'PATCH https://api.example.com/v1.0/widgets/87d349ed-44d7-43e1-9a83-5f2406dee5bd\nContent-type: application/json\n\n{ "displayName": "w" }',
      ),
    );
    expect(read.routes).toEqual(['PATCH /widgets/{id}']);
    const update = operation(read, 'PATCH /widgets/{id}');
    expect(bodySchema(update)).toEqual({
      kind: 'object',
      properties: [
        { name: 'displayName', schema: { kind: 'string' }, required: false, description: 'The name.' },
        { name: 'tags', schema: { kind: 'array', items: { kind: 'string' } }, required: false, description: 'Tags.' },
        { name: 'since', schema: { kind: 'string', format: 'date-time' }, required: false, description: 'When.' },
      ],
    });
    expect(update.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ displayName: 'w' }]);
    expect(update.responses.map((r) => [r.status, r.description])).toEqual([['204', 'No Content']]);
    expect(update.security).toEqual([{ Authorization: [] }]);
  });

  it('should be read by the general reader although its front matter has a title (no DocFX signature of its own)', () => {
    const text = page(
      'GET',
      "Don't supply a request body for this method.",
      'If successful, this method returns a `200 OK` response code.',
      'GET /widgets/1',
    );
    const result = readPage({ file: 'api/widget-get.md', text });
    expect(result.reader?.id).toBe('markdown');
    expect(result.fragment?.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`)).toEqual(['GET /widgets/{id}']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('should read the namespace line under the title (`Namespace: example.widgets`) as no prose: the paragraph after it is the summary', () => {
    const read = readGeneral(
      page(
        'GET',
        "Don't supply a request body for this method.",
        'If successful, this method returns a `200 OK` response code.',
        'GET /widgets/1',
      ),
    );
    const get = operation(read, 'GET /widgets/{id}');
    expect([get.summary, get.description]).toEqual(['Does a widget thing.', undefined]);
  });

  it('should read "Do not supply a request body" as no body, and the type the success sentence names', () => {
    const read = readGeneral(
      page(
        'GET',
        "Don't supply a request body for this method.",
        'If successful, this method returns a `200 OK` response code and a [widget](../resources/widget.md) object in the response body.',
        'GET https://api.example.com/v1.0/widgets/87d349ed-44d7-43e1-9a83-5f2406dee5bd',
      ),
    );
    const get = operation(read, 'GET /widgets/{id}');
    expect(get.requestBody).toBeUndefined();
    expect(strip(get.responses).map((r) => [r.status, r.content[0]?.schema])).toEqual([['200', { kind: 'ref', name: 'widget' }]]);
  });

  it('should read a `Content-Type` row whose value ends its sentence (`application/json. Required.`) as that media type', () => {
    const text = page(
      'PATCH',
      'In the request body, supply the values to update.\n\n| Property | Type | Description |\n|:--|:--|:--|\n| displayName | String | The name. |',
      'If successful, this method returns a `204 No Content` response code.',
      'PATCH https://api.example.com/v1.0/widgets/1',
    ).replace(
      '| Authorization | Bearer {token}. Required. |',
      '| Authorization | Bearer {token}. Required. |\n| Content-Type | application/json. Required. |',
    );
    const update = operation(readGeneral(text), 'PATCH /widgets/{id}');
    expect(update.requestBody?.content.map((c) => c.mediaType)).toEqual(['application/json']);
  });

  it('should read an SDK reference: inline request lines, In columns, "Returns `X`" with a field table', () => {
    const read = readGeneral(
      [
        '# Projects',
        '## create',
        'Creates a project.',
        '`POST /orgs/{org}/projects`',
        '| Parameter | Type | In | Required | Description |\n| --- | --- | --- | --- | --- |\n| `org` | string | path | yes | Organisation |\n| `dry_run` | boolean | query | no | Validate only |\n| `name` | string | body | yes | Name |\n| `tags` | string[] | body | no | Tags |',
        'Returns `Project`',
        '| Field | Type | Description |\n| --- | --- | --- |\n| `id` | integer | Id |\n| `name` | string | Name |',
        '## list',
        '`GET /orgs/{org}/projects`',
        '| Parameter | Type | In | Required | Description |\n| --- | --- | --- | --- | --- |\n| `org` | string | path | yes | Organisation |',
        'Returns `Project[]`',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /orgs/{org}/projects', 'GET /orgs/{org}/projects']);
    const create = operation(read, 'POST /orgs/{org}/projects');
    expect(create.parameters.map((p) => `${p.in}:${p.name}${p.required ? '*' : ''}`)).toEqual(['path:org*', 'query:dry_run']);
    expect(bodySchema(create)).toEqual({
      kind: 'object',
      properties: [
        { name: 'name', schema: { kind: 'string' }, required: true, description: 'Name' },
        { name: 'tags', schema: { kind: 'array', items: { kind: 'string' } }, required: false, description: 'Tags' },
      ],
    });
    expect(strip(create.responses.map((r) => [r.status, r.content[0]?.schema]))).toEqual([['2XX', { kind: 'ref', name: 'Project' }]]);
    expect(
      strip(read.fragment!.schemas.map((s) => [s.name, s.schema.kind === 'object' && s.schema.properties.map((p) => p.name)])),
    ).toEqual([['Project', ['id', 'name']]]);
    expect(strip(operation(read, 'GET /orgs/{org}/projects').responses.map((r) => [r.status, r.content[0]?.schema]))).toEqual([
      ['2XX', { kind: 'array', items: { kind: 'ref', name: 'Project' } }],
    ]);
  });
});
