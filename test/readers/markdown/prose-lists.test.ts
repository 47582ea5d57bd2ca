/**
 * References that document each call in sentences and bullet lists (as Synapse's admin API and the
 * references written like it do): "URL parameters:", "Body parameters:", items whose description
 * opens with the type and the flag (`` `name` - string, optional. … ``), "The following fields are
 * returned in the JSON response body:" over a list whose items nest the fields of their objects,
 * and "Returns HTTP status code:" over a list of statuses. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/prose-lists/members.md'), 'utf8');

describe('general reader: calls documented in sentences and bullet lists', () => {
  const read = readGeneral(PAGE, 'admin/members.md');

  it('should read the type and the flag that open an item’s description', () => {
    const put = operation(read, 'PUT /_library/admin/v1/members/{member_id}');
    expect(bodySchema(put)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'display_name', required: false, schema: { kind: 'string' }, description: 'Defaults to the card number.' },
        { name: 'suspended', required: false, schema: { kind: 'boolean', default: false }, description: 'Whether loans are blocked.' },
        { name: 'branches', required: true, schema: { kind: 'array', items: { kind: 'string' } } },
      ],
    });
  });

  it('should read type words and a flag in parentheses that open an item’s description', () => {
    const other = readGeneral(
      [
        '## Search documents',
        '`GET /search`',
        'Query parameters:',
        '- `drafts`: boolean (optional) - Whether drafts are searched.\n- `q`: string (required). The query.\n- `sort`: *string* (**optional**): The order.',
      ].join('\n\n'),
    );
    expect(operation(other, 'GET /search').parameters.map((p) => [p.name, p.required, p.schema.kind, p.description])).toEqual([
      ['drafts', false, 'boolean', 'Whether drafts are searched.'],
      ['q', true, 'string', 'The query.'],
      ['sort', false, 'string', 'The order.'],
    ]);
  });

  it('should read the type and the default that open an item’s description, the words after them its description', () => {
    const other = readGeneral(
      [
        '## Plant a garden',
        '`POST /gardens`',
        'Body parameters:',
        '- `public`: boolean, default `false`. Whether the garden is public.\n- `beds` - integer, required, default: 4. How many beds.\n- `name`: string, default `"a,b"`. The garden\'s name.',
      ].join('\n\n'),
    );
    expect(strip(bodySchema(operation(other, 'POST /gardens')))).toMatchObject({
      properties: [
        { name: 'public', required: false, schema: { kind: 'boolean', default: false }, description: 'Whether the garden is public.' },
        { name: 'beds', required: true, schema: { kind: 'integer', default: 4 }, description: 'How many beds.' },
        // A default holding a comma is no listed note: the words stay the description's.
        { name: 'name', description: 'string, default `"a,b"`. The garden\'s name.' },
      ],
    });
  });

  it('should read "Returns HTTP status code:" over a list as the statuses', () => {
    const put = operation(read, 'PUT /_library/admin/v1/members/{member_id}');
    expect(put.responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'When the member was created.'],
      ['200', 'When the member was modified.'],
    ]);
  });

  it('should read a sentence that announces the fields below it as that part’s title, and nested lists as the fields of their item', () => {
    const list = operation(read, 'GET /_library/admin/v1/members');
    expect(parameterNames(list)).toEqual(['query:limit', 'query:from']);
    expect(list.description ?? '').not.toContain('The following');
    const schema = strip(list.responses[0]?.content[0]?.schema);
    expect(schema).toMatchObject({
      kind: 'object',
      properties: [
        {
          name: 'members',
          // "An array of objects" opening the description is the type; the nested items are the objects' fields.
          schema: {
            kind: 'array',
            items: {
              kind: 'object',
              properties: [
                { name: 'member_id', schema: { kind: 'string' } },
                { name: 'loans', schema: { kind: 'integer' } },
                { name: 'address', schema: { kind: 'object', properties: [{ name: 'city', schema: { kind: 'string' } }] } },
              ],
            },
          },
        },
        { name: 'next_token', schema: { kind: 'string' } },
      ],
    });
  });

  it('should not read a description that opens with a collection of no type words as a type', () => {
    const other = readGeneral(
      '## Tag\n\n`POST /tags`\n\nBody parameters:\n\n- `names` - A list of labels to apply.\n- `ids` - Array of integers to tag.\n',
    );
    expect(bodySchema(operation(other, 'POST /tags'))).toMatchObject({
      properties: [
        { name: 'names', schema: { kind: 'unknown' } },
        { name: 'ids', schema: { kind: 'array', items: { kind: 'integer' } } },
      ],
    });
  });

  it('should leave a list whose nested items do not read as fields as it is', () => {
    const other = readGeneral(
      '## Tag\n\n`POST /tags`\n\nBody parameters:\n\n- `names` - string - Labels.\n  - first, see [the guide](#guide)\n  - then the rest\n',
    );
    // The section says there is a body; the list tells nothing of its fields.
    expect(bodySchema(operation(other, 'POST /tags'))).toEqual({ kind: 'unknown' });
  });
});
