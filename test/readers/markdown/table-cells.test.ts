import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

const signature = (method: string, path: string) =>
  `| URL | Requires Auth | HTTP Method |\n| --- | --- | --- |\n| \`${path}\` | yes | \`${method}\` |`;

const fields = (read: ReturnType<typeof readGeneral>, route: string) => {
  const schema = bodySchema(operation(read, route));
  return schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${p.schema.kind}`) : [];
};

describe('general reader: rows and cells as vendors write them', () => {
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
