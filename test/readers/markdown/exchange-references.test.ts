import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { fillFromSamples } from '../../../src/infer/fill-from-samples.js';
import type { ApiDocument, Schema } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

/** The page read, merged and filled from its samples, as `generate` does. */
function generated(page: string): { document: ApiDocument; diagnostics: DiagnosticBag } {
  const read = readGeneral(page);
  const diagnostics = new DiagnosticBag();
  const document = fillFromSamples(mergeFragments([read.fragment!], diagnostics, { version: '1' }), diagnostics);
  return { document, diagnostics };
}

function responseSchema(document: ApiDocument, route: string): Schema | undefined {
  const found = document.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route);
  return strip(found?.responses[0]?.content[0]?.schema);
}

/** `name:kind` of an object's properties, a level down after a dot (`data[]` an array's items). */
function fieldsOf(schema: Schema | undefined, prefix = ''): string[] {
  if (!schema) return [];
  if (schema.kind === 'array') return fieldsOf(schema.items, `${prefix}[]`);
  if (schema.kind !== 'object') return [];
  return schema.properties.flatMap((p) => [
    `${prefix}${prefix ? '.' : ''}${p.name}:${p.schema.kind}${p.required ? '*' : ''}`,
    ...fieldsOf(p.schema, `${prefix}${prefix ? '.' : ''}${p.name}`),
  ]);
}

describe("exchanges' and cloud vendors' references", () => {
  it('should nest names quoted once per level (`> name`, `>> name`) under the row above, and drop rows naming a tuple position', () => {
    const page = [
      '### HTTP Request',
      '',
      'POST `/v2/widgets/create-batch`',
      '',
      '### Request Parameters',
      '',
      '| Parameter | Required | Type | Comments|',
      '|:----- |:-------|:-----|------ |',
      '|[shelf](../enum#shelf) |**true** |string |The shelf. `left`, `right` |',
      '|request |**true** |array |Object |',
      '|> `colour` |**true** |string |The colour|',
      '|> [size](../enum#size) |false |integer |The size|',
      '|> parts |false |array |Object |',
      '|>> code |true |string |Part code, e.g. `a > b` |',
      '',
      '### Response Parameters',
      '',
      '| Parameter | Type | Comments|',
      '|:----- |:-----|----- |',
      '|result |Object | |',
      '|> list |array |Object |',
      '|>> widgetId |string |Widget ID |',
      '|retExtInfo |Object | |',
      '|> list |array |Object |',
      '|>> code |number |Success/error code |',
      '|> history |array |The candles |',
      '|>> history[0]: openedAt |string |Opened at (ms) |',
      '|>> history[1]: price |string |Price |',
    ].join('\n');
    const read = readGeneral(page);
    const create = operation(read, 'POST /v2/widgets/create-batch');
    expect(fieldsOf(bodySchema(create))).toEqual([
      'shelf:string*',
      'request:array*',
      'request[].colour:string*',
      'request[].size:integer',
      'request[].parts:array',
      'request[].parts[].code:string*',
    ]);
    // Two parents may each have a `> list`; positions of a tuple (`history[0]: openedAt`) are no fields.
    expect(fieldsOf(strip(create.responses[0]?.content[0]?.schema))).toEqual([
      'result:object',
      'result.list:array',
      'result.list[].widgetId:string',
      'retExtInfo:object',
      'retExtInfo.list:array',
      'retExtInfo.list[].code:number',
      'retExtInfo.history:array',
    ]);
    expect(codes(read)).toEqual([]);
  });

  it('should leave names that merely hold a `>` as they are', () => {
    const read = readGeneral(
      [
        '### HTTP Request',
        'GET `/v2/widgets`',
        '### Request Parameters',
        '| Parameter | Required | Type | Comments|',
        '|:----- |:-------|:-----|------ |',
        '|> limit |false |integer |A first row quoted: no nesting |',
        '|>> offset |false |integer |Skipped |',
      ].join('\n'),
    );
    expect(operation(read, 'GET /v2/widgets').parameters.map((p) => p.name)).not.toContain('offset');
  });

  it('should place a response table in the envelope member its sample shows its fields in', () => {
    const page = [
      '# Get widget tickers',
      '',
      '### HTTP Request',
      '',
      '- GET /v2/widgets/tickers',
      '',
      '### Request Parameters',
      '',
      '| Parameter | Type | Required | Description |',
      '| :-- | :-- | :-- | :-- |',
      '| widget | String | No | The widget, e.g. W1 |',
      '',
      'Response Example',
      '',
      '```',
      '{ "code": "00000", "msg": "success", "requestTime": 1695808949356, "data": [ { "widget": "W1", "lastPr": "3.5", "ts": "1" } ] }',
      '```',
      '',
      '### Response Parameters',
      '',
      '| Parameter | Type | Description |',
      '| :-- | :-- | :-- |',
      '| widget | String | The widget |',
      '| lastPr | String | Latest price |',
      '| ts | String | Time |',
      '',
      '# Get a widget',
      '',
      '### HTTP Request',
      '',
      '- GET /v2/widgets/detail',
      '',
      'Response Example',
      '',
      '```json',
      '{ "retCode": 0, "result": { "widget": "W1", "candles": [["1", "2"]] }, "time": 1 }',
      '```',
      '',
      '### Response Parameters',
      '',
      '| Parameter | Type | Description |',
      '| :-- | :-- | :-- |',
      '| widget | string | The widget |',
      '| candles | array | The candles |',
      '| > candles[0]: openedAt | string | Opened at |',
      '| > candles[1]: price | string | Price |',
    ].join('\n');
    const { document, diagnostics } = generated(page);
    expect(fieldsOf(responseSchema(document, 'GET /v2/widgets/tickers'))).toEqual([
      'code:string',
      'msg:string',
      'requestTime:integer',
      'data:array',
      'data[].widget:string',
      'data[].lastPr:string',
      'data[].ts:string',
    ]);
    // The tuple's items are what the sample shows.
    const detail = responseSchema(document, 'GET /v2/widgets/detail');
    expect(fieldsOf(detail)).toEqual(['retCode:integer', 'result:object', 'result.widget:string', 'result.candles:array', 'time:integer']);
    const candles = detail?.kind === 'object' ? detail.properties[1]?.schema : undefined;
    const items = candles?.kind === 'object' ? candles.properties[1]?.schema : undefined;
    expect(items).toMatchObject({ kind: 'array', items: { kind: 'array', items: { kind: 'string' } } });
    expect(diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should keep a table that lists its envelope, or that a sample shows at its top level, where it is', () => {
    const page = [
      '## Cancel a widget',
      '**HTTP Request**',
      '```',
      'POST /v1/widgets/{widget-id}/cancel',
      '```',
      '```',
      'curl -X POST "https://api.example.com/v1/widgets/{widget-id}/cancel"',
      '```',
      'The above command returns JSON structured like this:',
      '```',
      '{ "status": "ok", "data": { "widget": "W1", "state": "gone" } }',
      '```',
      '**Response Data**',
      'Parameter | Description',
      '------------ | ------------',
      'status | The request state',
      'data | The result',
      '## Get a widget',
      '**HTTP Request**',
      '```',
      'GET /v1/widgets/{widget-id}',
      '```',
      '```',
      'curl "https://api.example.com/v1/widgets/{widget-id}"',
      '```',
      'The above command returns JSON structured like this:',
      '```',
      '{ "widget": "W1", "state": "on", "data": { "widget": "W1" } }',
      '```',
      '**Response Data**',
      'Parameter | Description',
      '------------ | ------------',
      'widget | The widget',
      'state | The state',
    ].join('\n');
    const { document } = generated(page);
    expect(fieldsOf(responseSchema(document, 'POST /v1/widgets/{widget-id}/cancel'))).toEqual([
      'status:string',
      'data:object',
      'data.widget:string',
      'data.state:string',
    ]);
    expect(fieldsOf(responseSchema(document, 'GET /v1/widgets/{widget-id}'))).toEqual(['widget:string', 'state:string']);
    // `**Response Data**` titles the response's fields: no type named `Data`.
    expect(document.schemas.map((schema) => schema.name)).toEqual([]);
  });

  it('should read a `Field | Description` table under a Responses title as the response fields, not statuses', () => {
    const read = readGeneral(`## Cancel a widget

### HTTP REQUEST
**DELETE /api/v1/widgets/{widgetId}**

### Parameters
Param | Type | Description
--------- | ------- | -----------
widgetId | String | The widget

###RESPONSES
Field | Description
--------- | -------
cancelledIds | The cancelled widgets

## Status codes

\`GET /api/v1/widgets\`

### Responses

| Name | Description |
| --- | --- |
| 200 | OK |
| 404 | No widgets |
`);
    const cancel = operation(read, 'DELETE /api/v1/widgets/{widgetId}');
    expect(fieldsOf(strip(cancel.responses[0]?.content[0]?.schema))).toEqual(['cancelledIds:unknown']);
    expect(operation(read, 'GET /api/v1/widgets').responses.map((r) => r.status)).toEqual(['200', '404']);
    expect(codes(read)).toEqual([]);
  });

  it('should take the summary from the page title, not from an `HTTP Request` heading over the request line', () => {
    const body = `### HTTP Request
GET \`/v2/widgets/candles\`

### Request Parameters
| Parameter | Required | Type | Comments|
|:----- |:-------|:-----|------|
|widget |**true** |string |The widget|
`;
    const titled = readGeneral(
      `---\ntitle: Get Widget Candles\nsidebar_position: 1\n---\n\nThe candles of a widget.\n\n${body}`,
      'api/candles.mdx',
    );
    expect(operation(titled, 'GET /v2/widgets/candles').summary).toBe('Get Widget Candles');
    const untitled = readGeneral(body);
    expect(operation(untitled, 'GET /v2/widgets/candles').summary).toBeUndefined();
  });

  it('should read the rows a table does not mark `[Optional]` in their description as required, where no column says it', () => {
    const read = readGeneral(`## List widgets

### HTTP REQUEST
**GET /api/v1/widgets**

### PARAMETERS
Param | Type | Description
--------- | ------- | -----------
status | String | *[Optional]* **active** or **done**
shelf | String | The shelf the widgets stand on.
pageSize | int | Number of entries per page, the default is 50.
side | String | (optional) **left** or **right**

## Get a widget

### HTTP REQUEST
**GET /api/v1/widgets/{widgetId}**

### PARAMETERS
Param | Type | Description
--------- | ------- | -----------
widgetId | String | The widget
colour | String | The colour to show it in
`);
    expect(parameterNames(operation(read, 'GET /api/v1/widgets'))).toEqual([
      'query:status',
      'query:shelf*',
      'query:pageSize',
      'query:side',
    ]);
    // No row marked optional: the table says nothing of the others.
    expect(parameterNames(operation(read, 'GET /api/v1/widgets/{widgetId}'))).toEqual(['path:widgetId*', 'query:colour']);
  });

  it("should read the JSON beside a DELETE (a Slate page's right column), with no label, as what it returns", () => {
    const read = readGeneral(`## Cancel a widget

\`\`\`json
{ "cancelledWidgetIds": ["W1"] }
\`\`\`

Cancels a widget placed before.

### HTTP REQUEST
**DELETE /api/v1/widgets/{widgetId}**

### Parameters
Param | Type | Description
--------- | ------- | -----------
widgetId | String | The widget
`);
    const cancel = operation(read, 'DELETE /api/v1/widgets/{widgetId}');
    expect(cancel.requestBody).toBeUndefined();
    expect(cancel.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['2XX', { cancelledWidgetIds: ['W1'] }]]);
    expect(cancel.summary).toBe('Cancels a widget placed before.');
  });
});
