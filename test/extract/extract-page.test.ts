import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { extractPage } from '../../src/extract/index.js';
import type { Operation } from '../../src/ir/types.js';
import { codesAndLines, extractDocfx, page, withoutSources } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, '../readers/docfx/fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function operationOf(text: string, file?: string): Operation {
  const { fragment } = extractDocfx(text, file);
  expect(fragment).toBeDefined();
  return fragment!.operations[0]!;
}

describe('extractPage on a whole endpoint page', () => {
  const { fragment, diagnostics } = extractDocfx(fixture('endpoint.md'), 'rest/Widget/v1Widget_PutWidget.md');
  const operation = fragment!.operations[0]!;

  it('should report nothing for a clean page', () => {
    expect(diagnostics.items).toEqual([]);
  });

  it('should read method, path, operationId, tags, summary and description', () => {
    expect(operation).toMatchObject({
      operationId: 'v1Widget_PutWidget',
      method: 'put',
      path: '/api/v1/Widget/{id}',
      tags: ['Widget'],
      summary: 'Saves a widget and tells its owner.',
      description: 'Calls the *Widget* service.\n\n## Filter Operators: ##\n\nints: eq, ne',
    });
    expect(operation.source).toMatchObject({ file: 'rest/Widget/v1Widget_PutWidget.md', start: { line: 8, column: 1 } });
  });

  it('should read path, query and header parameters, leaving out Authorization, Content-Type and Accept', () => {
    expect(withoutSources(operation.parameters)).toEqual([
      { name: 'id', in: 'path', required: true, schema: { kind: 'integer', format: 'int32' }, description: 'The widget id' },
      { name: 'notify', in: 'query', required: false, schema: { kind: 'boolean' }, description: 'If true, the owner is told' },
      {
        name: '$mode',
        in: 'query',
        required: false,
        schema: { kind: 'enum', base: 'string', values: [{ value: 'Slim' }, { value: 'Full' }] },
        description: 'Output mode',
      },
      { name: 'SO-Language', in: 'header', required: false, schema: { kind: 'string' }, description: 'Language code.' },
    ]);
    expect(operation.parameters[0]!.source?.start.line).toBe(18);
  });

  it('should turn the Authorization row into a security scheme and requirement', () => {
    expect(operation.security).toEqual([{ Authorization: [] }]);
    expect(fragment!.securitySchemes).toEqual([
      {
        name: 'Authorization',
        type: 'apiKey',
        in: 'header',
        parameterName: 'Authorization',
        description: "Supports 'Basic' and 'Bearer' schemes.",
      },
    ]);
  });

  it('should read the request body with media types from Content-Type, application/json first, and the sample as example', () => {
    const body = operation.requestBody!;
    expect(body).toMatchObject({ name: 'entity', description: 'The widget to save', required: true });
    expect(body.content.map((c) => c.mediaType)).toEqual(['application/json', 'text/json']);
    expect(withoutSources(body.content[0]!.schema)).toEqual({
      kind: 'object',
      properties: [
        { name: 'WidgetId', schema: { kind: 'integer', format: 'int32' }, required: false, description: 'The primary key' },
        { name: 'Name', schema: { kind: 'string' }, required: false, description: 'The name, see `Name` rules' },
        { name: 'CreatedAt', schema: { kind: 'string' }, required: false, description: 'When it was made' },
      ],
    });
    expect(body.content[0]!.examples.map((e) => [e.name, e.value])).toEqual([['sample', { WidgetId: 1, Name: 'a' }]]);
    expect(body.content[1]!.examples).toEqual([]);
  });

  it('should read responses, the named response body and its sample', () => {
    expect(operation.responses.map((r) => [r.status, r.description, r.content.map((c) => c.mediaType)])).toEqual([
      ['200', 'OK', ['application/json']],
      ['404', 'Not found.', []],
    ]);
    const content = operation.responses[0]!.content[0]!;
    expect(withoutSources(content.schema)).toEqual({ kind: 'ref', name: 'WidgetEntity' });
    expect(content.examples[0]!.value).toEqual({ WidgetId: 1, Name: 'a', CreatedAt: '2020-01-01T00:00:00Z' });
    expect(
      fragment!.schemas.map((s) => [s.name, s.origin, s.schema.kind === 'object' ? s.schema.properties.map((p) => p.name) : []]),
    ).toEqual([['WidgetEntity', 'documented', ['WidgetId', 'Name', 'CreatedAt', 'Owner']]]);
    expect(fragment!.schemas[0]!.sources[0]!.start.line).toBe(65);
  });
});

describe('extractPage on pages that are not endpoints', () => {
  it('should skip an index page with a not-an-endpoint info', () => {
    const { fragment, diagnostics } = extractDocfx(fixture('index-page.md'), 'Widget/index.md');
    expect(fragment).toBeUndefined();
    expect(diagnostics.items.map((d) => [d.code, d.severity])).toEqual([['not-an-endpoint', 'info']]);
  });

  it('should report a missing request line on a page that has endpoint sections', () => {
    const { fragment, diagnostics } = extractDocfx(
      '# GET Widget\n\nNo request line.\n\n## Query String Parameters\n\n| Parameter Name | Type | Description |\n|---|---|---|\n| a | int32 | A |\n',
    );
    expect(fragment).toBeUndefined();
    expect(diagnostics.items.map((d) => [d.code, d.severity])).toEqual([['missing-request-line', 'error']]);
  });
});

describe('extractPage details', () => {
  it('should derive an operationId from method and path when the page has no uid', () => {
    expect(operationOf(page('', 'GET /api/v1/Widget/{id}/Parts')).operationId).toBe('get_api_v1_Widget_id_Parts');
  });

  it('should tag a page by its folder, or by the first route word at the root', () => {
    expect(operationOf(page(''), 'agent/Widget_Agent/x.md').tags).toEqual(['Widget_Agent']);
    expect(operationOf(page('', 'GET /api/v2/Gadget/{id}'), 'x.md').tags).toEqual(['Gadget']);
  });

  it('should normalise the request line: host and query dropped, constraints kept on the parameter', () => {
    const operation = operationOf(page('', 'GET https://example.com/api/{tenant:minlength(2)}/things?x=1'));
    expect(operation.path).toBe('/api/{tenant}/things');
    // No row documents it: the page's fragment marks it so (another place documenting the route may, merge/undocumented-parameters.ts).
    expect(withoutSources(operation.parameters)).toEqual([
      {
        name: 'tenant',
        in: 'path',
        required: true,
        schema: { kind: 'string', minLength: 2 },
        constraints: ['minlength(2)'],
        undocumented: true,
      },
    ]);
  });

  it('should report path parameters missing from the table and table rows missing from the route', () => {
    const { fragment, diagnostics } = extractDocfx(
      page('| Path Part | Type | Description |\n|---|---|---|\n| other | int32 | Not in route |\n', 'GET /api/Widget/{id}'),
    );
    expect(fragment!.operations[0]!.parameters.map((p) => p.name)).toEqual(['id']);
    expect(diagnostics.items.map((d) => d.code).sort()).toEqual(['path-parameter-not-in-route', 'path-parameter-undocumented']);
  });

  it('should read Required markers in any cell and keep the description without them', () => {
    const operation = operationOf(
      page(
        '## Query String Parameters\n\n| Parameter Name | Type | Description |\n|---|---|---|\n| ids | array | **Required** Ids to merge |\n',
      ),
    );
    expect(withoutSources(operation.parameters[0])).toEqual({
      name: 'ids',
      in: 'query',
      required: true,
      schema: { kind: 'array', items: { kind: 'unknown' } },
      description: 'Ids to merge',
    });
  });

  it('should type a body that the heading types as a scalar by its words and report its table', () => {
    const { fragment, diagnostics } = extractDocfx(
      page(
        '## Request Body: changes string\n\nJSON patch.\n\n| Property Name | Type | Description |\n|---|---|---|\n| op | String | The op |\n',
      ),
    );
    const body = fragment!.operations[0]!.requestBody!;
    expect(body.name).toBe('changes');
    expect(withoutSources(body.content[0]!.schema)).toEqual({ kind: 'string' });
    expect(codesAndLines(diagnostics)).toEqual([['body-table-ignored', 13]]);
  });

  it('should send a binary body as a one-field form for multipart/form-data and as bytes otherwise', () => {
    const headers =
      '## Request Headers\n\n| Parameter Name | Description |\n|---|---|\n| Content-Type | Content-type of the request body: `image/png`, `multipart/form-data` |\n\n';
    const body = operationOf(page(`${headers}## Request Body: image binary\n\nBitmap\n`)).requestBody!;
    expect(withoutSources(body.content)).toEqual([
      { mediaType: 'image/png', schema: { kind: 'string', format: 'binary' }, examples: [] },
      {
        mediaType: 'multipart/form-data',
        schema: { kind: 'object', properties: [{ name: 'image', schema: { kind: 'string', format: 'binary' }, required: true }] },
        examples: [],
      },
    ]);
  });

  it.each([
    [
      'an array with a table',
      '## Response:array\n\nOK\n\n| Response | Description |\n|---|---|\n| 200 | OK |\n\n### Response body: array\n\n| Property Name | Type | Description |\n|---|---|---|\n| Id | int32 | Id |\n',
      {
        kind: 'array',
        items: {
          kind: 'object',
          properties: [{ name: 'Id', schema: { kind: 'integer', format: 'int32' }, required: false, description: 'Id' }],
        },
      },
    ],
    [
      'a scalar without table',
      '## Response:int32\n\nThe id\n\n| Response | Description |\n|---|---|\n| 200 | The id |\n\n### Response body: int32\n',
      { kind: 'integer', format: 'int32' },
    ],
    [
      'the Response: type when no body section',
      '## Response:bool\n\nOK\n\n| Response | Description |\n|---|---|\n| 200 | OK |\n',
      { kind: 'boolean' },
    ],
    [
      'a typed array',
      '## Response:\n\nOK\n\n| Response | Description |\n|---|---|\n| 200 | OK |\n\n### Response body: Part[]\n',
      { kind: 'array', items: { kind: 'ref', name: 'Part' } },
    ],
  ])('should type the response body for %s', (_name, sections, want) => {
    const operation = operationOf(page(sections));
    expect(withoutSources(operation.responses[0]!.content[0]!.schema)).toEqual(want);
  });

  it('should give no content to 204 and 4xx responses', () => {
    const operation = operationOf(
      page(
        '## Response:\n\nNo Content\n\n| Response | Description |\n|---|---|\n| 204 | No Content |\n| 400 | Bad |\n\n### Response body: TableRight\n',
      ),
    );
    expect(operation.responses.map((r) => [r.status, r.content.length])).toEqual([
      ['204', 0],
      ['400', 0],
    ]);
  });

  it('should add a 2XX (some success, the page stating none) for a body documented without any success status', () => {
    const operation = operationOf(page('## Response:int32\n\nThe blob id\n\n### Response body: int32\n'));
    expect(operation.responses.map((r) => [r.status, r.description])).toEqual([['2XX', 'The blob id']]);
  });

  it('should report unknown sections and invalid status codes', () => {
    const { diagnostics } = extractDocfx(
      page('## Response:\n\n| Response | Description |\n|---|---|\n| OK | fine |\n\n## Remarks\n\nStuff.\n'),
    );
    expect(codesAndLines(diagnostics)).toEqual([
      ['unknown-section', 15],
      ['invalid-status-code', 13],
    ]);
  });
});

describe('extractPage without markdown (other dialects)', () => {
  it('should use the nodes plain text when the reader gives no markdown', () => {
    const root: Root = {
      type: 'root',
      data: { dialect: 'test', page: { operationId: 'op1' } },
      children: [
        { type: 'heading', depth: 1, children: [{ type: 'text', value: 'GET A' }], data: { section: 'operation' } },
        { type: 'code', lang: 'http', value: 'GET api/a' },
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Gets ' },
            { type: 'emphasis', children: [{ type: 'text', value: 'an' }] },
            { type: 'text', value: ' A.' },
          ],
        },
        { type: 'heading', depth: 2, children: [], data: { section: 'query-parameters' } },
        {
          type: 'table',
          position: { start: { line: 3, column: 1 }, end: { line: 4, column: 1 } },
          children: [
            {
              type: 'tableRow',
              children: ['Name', 'Type', 'Description'].map((value) => ({
                type: 'tableCell' as const,
                children: [{ type: 'text' as const, value }],
              })),
            },
            {
              type: 'tableRow',
              children: [
                { type: 'tableCell', children: [{ type: 'text', value: 'q' }] },
                { type: 'tableCell', children: [{ type: 'text', value: 'Int32' }] },
                {
                  type: 'tableCell',
                  children: [
                    { type: 'text', value: 'Query ' },
                    { type: 'strong', children: [{ type: 'text', value: 'Required' }] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const diagnostics = new DiagnosticBag();
    const fragment = extractPage(root, { file: 'a.txt', dialect: 'test' }, diagnostics);
    expect(diagnostics.items).toEqual([]);
    const operation = fragment!.operations[0]!;
    expect(operation).toMatchObject({ operationId: 'op1', method: 'get', path: '/api/a', summary: 'Gets an A.' });
    expect(withoutSources(operation.parameters)).toEqual([
      { name: 'q', in: 'query', required: true, schema: { kind: 'integer', format: 'int32' }, description: 'Query' },
    ]);
  });
});
