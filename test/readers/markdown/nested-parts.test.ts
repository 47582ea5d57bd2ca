import { describe, expect, it } from 'vitest';
import type { Operation, Schema } from '../../../src/ir/types.js';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

/** The fields of the operation's first response's body, `name:kind`. */
function responseFields(op: Operation): string[] {
  const schema = strip(op.responses[0]?.content[0]?.schema) as Schema | undefined;
  return schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}:${p.schema.kind}`) : [];
}

/**
 * A REST reference whose request parts are a bullet list, each item a title over its table (the
 * table indented under the item), and whose response is a `## Response` heading over prose with a
 * `### Response Body` beneath it holding the fields table.
 */
const SHELF_PAGE = `# Create Shelf

Creates a shelf in a library.

\`\`\`http
POST /v2/library/shelves/create
\`\`\`

## Request

### Parameters

- No query parameters required

- No path parameters required

- Header parameters

    | Parameter | Description |
    |-----------|-------------|
    | __Request-Timeout__  | **integer**<br/>How long to wait, in seconds.|
    | __Library-Id__  | **string**<br/>The library that owns the shelf.|

### Request Body

| Parameter | Description |
|-----------|-------------|
| __shelfName__ | __string__  <br/>The name of the shelf.  |
| __capacity__ | __integer__  <br/>How many books it holds.  |

## Response

Returns the new shelf.

### Response Body

| Property | Description |
|----------|-------------|
| __code__   | **integer**<br/>Whether the request succeeded. |
| __data__ | __object__<br/>The shelf. |

### Error Response

| Property | Description |
|----------|-------------|
| __code__   | **integer**<br/>The error code. |
| __message__  | **string**<br/>Why it failed. |
`;

describe('a REST reference with its parts nested under titles', () => {
  it('should read a table indented under a `- Header parameters` list item as the header parameters, the other items left as a list', () => {
    const read = readGeneral(SHELF_PAGE);
    expect(codes(read)).toEqual([]);
    const op = operation(read, 'POST /v2/library/shelves/create');
    expect(parameterNames(op)).toEqual(['header:Request-Timeout', 'header:Library-Id']);
    expect(op.parameters.map((p) => p.schema.kind)).toEqual(['integer', 'string']);
    const body = bodySchema(op);
    expect(body?.kind === 'object' && body.properties.map((p) => p.name)).toEqual(['shelfName', 'capacity']);
  });

  it('should read the table under `### Response Body` as the response, the `## Response` heading above it only its title, and the error table set aside', () => {
    const op = operation(readGeneral(SHELF_PAGE), 'POST /v2/library/shelves/create');
    expect(op.responses.map((r) => r.status)).toEqual(['2XX']);
    expect(responseFields(op)).toEqual(['code:integer', 'data:map']);
  });

  it('should keep a bold name written with underscores as the name where the row writes its type in bold with asterisks', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '`GET /v2/shelves`',
        '## Query parameters',
        '| Parameter | Description |\n|---|---|\n| __pageSize__ | **integer**<br/>Shelves per page. |',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /v2/shelves'))).toEqual(['query:pageSize']);
  });

  it('should keep `__proto__` as the name where no cell of the row opens with a bold type word', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '`GET /v2/shelves`',
        '## Query parameters',
        '| Name | Type | Description |\n|---|---|---|\n| __shelf__ | string | The shelf. |',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /v2/shelves'))).toEqual(['query:__shelf__']);
  });

  it('should leave a table under a list item whose title names no section where it is', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '`GET /v2/shelves`',
        '## Query parameters',
        '| Name | Type | Description |\n|---|---|---|\n| limit | integer | How many. |',
        '- Sizes we stock\n\n    | Name | Type | Description |\n    |---|---|---|\n    | small | string | A small shelf. |',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /v2/shelves'))).toEqual(['query:limit']);
  });

  it('should take the first response-body section when none below it states a table', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '`GET /v2/shelves`',
        '## Response',
        '| Property | Type | Description |\n|---|---|---|\n| total | integer | How many. |',
        '### Notes on the response',
        'None.',
      ].join('\n\n'),
    );
    expect(responseFields(operation(read, 'GET /v2/shelves'))).toEqual(['total:integer']);
  });
});
