import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

const signature = (method: string, path: string) =>
  `| URL | Requires Auth | HTTP Method |\n| --- | --- | --- |\n| \`${path}\` | yes | \`${method}\` |`;

const fields = (read: ReturnType<typeof readGeneral>, route: string) => {
  const schema = bodySchema(operation(read, route));
  return schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${p.schema.kind}`) : [];
};

describe('general reader: rows and cells as vendors write them', () => {
  it('should read a name in bold written with underscores (`__title__`) as its text where its row writes bold so for a type (`__string__  <br/>…`), and keep `__proto__` where none does', () => {
    const read = readGeneral(
      [
        '# Add a book',
        '```http\nPOST /books\n```',
        '### Request Body',
        '| Parameter | Description |\n|---|---|\n| __title__ | __string__  <br/>The title of the book. |\n| __proto__ | The prototype, as the wire names it. |',
      ].join('\n\n'),
    );
    const names = (bodySchema(operation(read, 'POST /books')) as { properties: Array<{ name: string }> }).properties.map((p) => p.name);
    expect(names).toEqual(['title', '__proto__']);
  });

  it('should read a type in bold or code on a line of its own opening every description (`**integer**(required)<br/>The count.`) as the row type and flag', () => {
    const read = readGeneral(
      [
        '# Add a shelf',
        '```http\nPOST /shelves\n```',
        '### Request Body',
        '| Parameter | Description |\n|---|---|\n| **name** | **string**(required)<br/>The name of the shelf. |\n| **size** | `integer`  <br/>How many books it holds. |\n| __tags__ | __array__<br/> |',
        // Bold words that go on in the line are no type line: the table stays untyped.
        '# Add a cart',
        '```http\nPOST /carts\n```',
        '### Request Body',
        '| Parameter | Description |\n|---|---|\n| **name** | **string** values only.<br/>The name. |\n| **size** | **integer**<br/>How many. |',
      ].join('\n\n'),
    );
    expect(fields(read, 'POST /shelves')).toEqual(['name*:string', 'size:integer', 'tags:array']);
    expect(fields(read, 'POST /carts')).toEqual(['name:unknown', 'size:unknown']);
    const schema = bodySchema(operation(read, 'POST /shelves'));
    expect(schema?.kind === 'object' ? schema.properties[0]?.description : undefined).toBe('The name of the shelf.');
  });

  it('should join a GFM row a line break split in its first cell, and read the HTML there as the name', () => {
    const read = readGeneral(
      [
        '# Create custom user status',
        signature('POST', 'api/v1/custom-user-status.create'),
        '## Payload',
        [
          '| Argument | Example | Required | Description |',
          '| -------- | ------- | -------- | ----------- |',
          '| `name` | `vacay1` | Required | The name. |',
          '| <pre><code>statusType',
          '</code></pre> | `online` | Required | The `statusType` of the custom status. |',
        ].join('\n'),
      ].join('\n\n'),
    );
    expect(fields(read, 'POST /api/v1/custom-user-status.create')).toEqual(['name*:string', 'statusType*:string']);
    expect(codes(read)).toEqual([]);
  });

  it('should read inline HTML in name, type and header cells as what it shows, and keep description markdown', () => {
    const read = readGeneral(
      [
        '## Find',
        '`GET /things`',
        '| <b>Name</b> | Type | Description |\n| --- | --- | --- |\n| <code>limit</code><mark>*</mark> | <code>integer</code> | How <em>many</em> |',
      ].join('\n\n'),
    );
    const find = operation(read, 'GET /things');
    expect(parameterNames(find)).toEqual(['query:limit*']);
    expect(find.parameters.map((p) => [p.schema.kind, p.description])).toEqual([['integer', 'How <em>many</em>']]);
  });

  it('should give an operation whose body tables are variants one body of all their fields', () => {
    const body = (...rows: string[]) =>
      ['### Body Parameters', `| Key | Example Value | Description |\n| --- | --- | --- |\n${rows.join('\n')}`].join('\n\n');
    const read = readGeneral(
      [
        '# Create Integration',
        signature('POST', '/api/v1/integrations.create'),
        '## Incoming Webhook',
        body('| `type`* | `webhook-incoming` | The type |', '| `channel`* | `#general` | Where |'),
        '## Outgoing Webhook',
        body('| `type`* | `webhook-outgoing` | The type |', '| `event`* | `sendMessage` | When |', '| `token` | `8DF` | Key |'),
      ].join('\n\n'),
    );
    expect(fields(read, 'POST /api/v1/integrations.create')).toEqual(['type*:string', 'channel:string', 'event:string', 'token:string']);
  });

  it('should not read a list of bare code spans (permissions, values) as attributes', () => {
    const read = readGeneral(
      [
        '# Reset avatar',
        'Permissions required:',
        '* `edit-other-user-avatar`\n* `manage-moderation-actions`',
        signature('POST', '/api/v1/users.resetAvatar'),
      ].join('\n\n'),
    );
    const reset = operation(read, 'POST /api/v1/users.resetAvatar');
    expect([reset.parameters, reset.requestBody]).toEqual([[], undefined]);
  });
});

const typed = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).parameters.map((p) => `${p.name}${p.required ? '*' : ''}:${p.schema.kind}:${p.description ?? ''}`);

describe('general reader: types written where no Type column is', () => {
  it('should read a type beside the name (`` `limit` *integer* ``) as the Type column', () => {
    const read = readGeneral(
      '## List\n\n`GET /items`\n\n| Parameter | Description |\n|---|---|\n| `limit` *integer* | The number of items |\n| `cursor` `string` | The cursor |\n',
    );
    expect(typed(read, 'GET /items')).toEqual(['limit:integer:The number of items', 'cursor:string:The cursor']);
  });

  it('should read a description that opens with its type in parentheses, a flag among them', () => {
    const read = readGeneral(
      '## List\n\n`GET /items`\n\n| Name | Description |\n|---|---|\n| `limit` | (integer) The number of items |\n| `cursor` | (string, required) The cursor |\n',
    );
    expect(typed(read, 'GET /items')).toEqual(['limit:integer:The number of items', 'cursor*:string:The cursor']);
  });

  it('should leave the descriptions as written where some row opens with words that are no type', () => {
    const read = readGeneral(
      '## List\n\n`GET /items`\n\n| Name | Description |\n|---|---|\n| `limit` | (integer) The number of items |\n| `sort` | (deprecated) The order |\n',
    );
    expect(typed(read, 'GET /items')).toEqual(['limit:string:(integer) The number of items', 'sort:string:(deprecated) The order']);
  });

  it('should read a Type cell with its flag (`Integer (optional)`, `string, required`) as the type and the requirement', () => {
    const read = readGeneral(
      '## List\n\n`GET /items`\n\n| Field | Type | Description |\n|---|---|---|\n| `limit` | Integer (optional) | Items |\n| `cursor` | String (required) | Cursor |\n| `q` | string, required | Query |\n',
    );
    expect(read.diagnostics.items).toEqual([]);
    expect(typed(read, 'GET /items')).toEqual(['limit:integer:Items', 'cursor*:string:Cursor', 'q*:string:Query']);
  });

  it('should read check marks with their emoji variation selector (`✔️`) as yes', () => {
    const read = readGeneral(
      '## List\n\n`GET /items`\n\n| Name | Required | Type | Description |\n|---|---|---|---|\n| `limit` | ✗ | int | Items |\n| `cursor` | ✔️ | string | Cursor |\n| `q` | ✅ | string | Query |\n',
    );
    expect(parameterNames(operation(read, 'GET /items'))).toEqual(['query:limit', 'query:cursor*', 'query:q*']);
  });

  it('should read an attribute list item’s emphasized notes in parentheses (`_(string, required)_`)', () => {
    const read = readGeneral(
      '## List\n\n`GET /items`\n\n**Query Parameters**\n\n- `limit` _(integer)_: Items\n- `cursor` _(string, required)_: Cursor\n',
    );
    expect(typed(read, 'GET /items')).toEqual(['limit:integer:Items', 'cursor*:string:Cursor']);
  });

  it('should read a table written without a header (`| | |`) as names and descriptions, a `Required. String.` opening as the type', () => {
    const read = readGeneral(
      '## List\n\n`GET /items`\n\nQuery string parameters:\n\n| | |\n|---|---|\n| `limit` | Optional. Integer. The number of items. |\n| `cursor` | Required. String. The cursor. |\n',
    );
    expect(typed(read, 'GET /items')).toEqual(['limit:integer:The number of items.', 'cursor*:string:The cursor.']);
  });

  it('should read a table whose header line is a row (the header left out), with an info at that line', () => {
    const read = readGeneral(
      '## Search\n\n`GET /items/search`\n\n| `q` | string | The query. |\n|---|---|---|\n| `limit` | integer | Max results. |\n',
    );
    expect(typed(read, 'GET /items/search')).toEqual(['q:string:The query.', 'limit:integer:Max results.']);
    const notes = read.diagnostics.items.filter((d) => d.code === 'malformed-table');
    expect(notes.map((d) => [d.severity, d.source.start.line, d.source.start.column])).toEqual([['info', 5, 1]]);
  });

  it('should leave a table whose header names its columns, or whose rows do not all fit, as it is', () => {
    const named = readGeneral(
      '## Search\n\n`GET /items/search`\n\n| `Name` | Type | Note |\n|---|---|---|\n| `limit` | integer | Max. |\n',
    );
    expect(named.diagnostics.items.filter((d) => d.code === 'malformed-table')).toEqual([]);
    const uneven = readGeneral(
      '## Search\n\n`GET /items/search`\n\n| `q` | string | The query. |\n|---|---|---|\n| Rate limit | 10 per second | Or less. |\n',
    );
    expect(operation(uneven, 'GET /items/search').parameters).toEqual([]);
    expect(uneven.diagnostics.items.filter((d) => d.code === 'malformed-table')).toEqual([]);
  });

  it('should leave a header-less table whose first cells are no names as it is', () => {
    const read = readGeneral('## List\n\n`GET /items`\n\n| | |\n|---|---|\n| Rate limit | 10 per second |\n| Auth | token |\n');
    expect(operation(read, 'GET /items').parameters).toEqual([]);
  });
});
