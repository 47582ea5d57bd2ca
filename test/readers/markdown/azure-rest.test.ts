/**
 * Pages written as Azure's REST reference is (one operation a page, generated from its spec): a
 * request line with the `api-version` query in a fence, `URI Parameters` whose In column places
 * each row, a Responses table whose `Other Status Codes` row is the default response, and the
 * page's types under `## Definitions`, after the operation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { operation, readGeneral, strip } from './helpers.js';

const GET = readFileSync(path.join(import.meta.dirname, 'fixtures/azure-rest/get.md'), 'utf8');
const ROUTE = 'GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Contoso.Widgets/widgets/{widgetName}';

describe('general reader: pages in the layout of Azure’s REST reference', () => {
  it('should place each URI parameter by its In column, the query ones too', () => {
    const read = readGeneral(GET);
    expect(read.routes).toEqual([ROUTE]);
    expect(operation(read, ROUTE).parameters.map((p) => `${p.in}:${p.name}:${p.required}:${JSON.stringify(strip(p.schema))}`)).toEqual([
      'path:resourceGroupName:true:{"kind":"string"}',
      'path:subscriptionId:true:{"kind":"string","format":"uuid"}',
      'path:widgetName:true:{"kind":"string"}',
      'query:api-version:true:{"kind":"string"}',
      'query:$expand:false:{"kind":"string"}',
    ]);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should pass over the `Service:` / `API Version:` lines under the title to the sentence that summarises the operation', () => {
    const op = operation(readGeneral(GET), ROUTE);
    expect(op.summary).toBe('Gets the properties of the specified widget.');
    // Kept in the description, as version notes are.
    expect(op.description).toMatch(/^Service: Widget Management\nAPI Version: 2024-03-01\n/);
    // Labelled lines that state no version are facts too (`operation-facts.test.ts`): the heading
    // is the summary. A sentence among them is the summary as before.
    const page = (lines: string) => readGeneral(`# Widgets - Get\n\n${lines}\n\n\`\`\`http\nGET https://h.example.com/widgets\n\`\`\`\n`);
    expect(operation(page('Service: Widget Management\nRegion: West'), 'GET /widgets').summary).toBe('Widgets - Get');
    expect(operation(page('Note: version 2 is the default.\nAPI Version: 2'), 'GET /widgets').summary).toBe(
      'Note: version 2 is the default. API Version: 2',
    );
  });

  it('should read an Other Status Codes row as the default response', () => {
    const read = readGeneral(GET);
    expect(operation(read, ROUTE).responses.map((r) => [r.status, r.description, strip(r.content[0]?.schema)])).toEqual([
      ['200', 'The request has succeeded.', { kind: 'ref', name: 'Widget' }],
      ['default', 'An unexpected error response.', { kind: 'ref', name: 'ErrorResponse' }],
    ]);
  });

  it('should define the types under Definitions, not read their tables as the operation’s', async () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'get.md'), GET);
    const result = await generate({ input: dir });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.document.operations[0]?.parameters).toHaveLength(5);
    expect(result.document.schemas.map((schema) => schema.name)).toEqual(['ErrorResponse', 'Widget', 'WidgetProperties']);
    const properties = result.document.schemas.find((schema) => schema.name === 'WidgetProperties')?.schema;
    expect(strip(properties)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'color', schema: { kind: 'string' } },
        { name: 'size', schema: { kind: 'integer', format: 'int32', default: 1 } },
        { name: 'tags', schema: { kind: 'array', items: { kind: 'string' } } },
      ],
    });
  });

  it('should keep a Definitions section that no type heading follows inside the operation', () => {
    const page =
      '# Get widget\n\n```http\nGET /widgets\n```\n\n## Definitions\n\n| Name | Type | Description |\n|---|---|---|\n| limit | integer | At most this many. |\n';
    const read = readGeneral(page);
    expect(operation(read, 'GET /widgets').parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['query:limit']);
  });

  it('should read a row whose In column names no location as its section places it', () => {
    const page =
      '# Get widget\n\n```http\nGET /widgets/{id}\n```\n\n## Path parameters\n\n| Name | In | Type |\n|---|---|---|\n| id | | string |\n';
    const read = readGeneral(page);
    expect(operation(read, 'GET /widgets/{id}').parameters.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual(['path:id:true']);
  });
});
