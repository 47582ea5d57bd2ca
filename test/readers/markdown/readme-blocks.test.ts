/**
 * ReadMe's magic blocks (`[block:TYPE]` ⏎ JSON ⏎ `[/block]`): api-header, parameters, code, callout.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const block = (type: string, value: unknown) => `[block:${type}]\n${JSON.stringify(value, null, 2)}\n[/block]`;

const PAGE = [
  '---',
  'title: "Create a member"',
  '---',
  block('api-header', { type: 'post', title: '/branches/{branch_id}/members' }),
  'Adds a member to a branch.',
  '',
  block('parameters', {
    data: {
      'h-0': 'Parameter',
      'h-1': 'Type',
      'h-2': 'Description',
      '0-0': '`branch_id`',
      '0-1': 'integer',
      '0-2': '**Required.** The branch.',
      '1-0': '`name`',
      '1-1': 'string',
      '1-2': "**Required.** The member's\nname.",
      '2-0': '`email`',
      '2-1': 'string',
      '2-2': 'Where to write to them.',
    },
    cols: 3,
    rows: 3,
  }),
  '',
  block('callout', { type: 'info', title: 'Note', body: 'Members under 16 need a guardian.' }),
  '',
  block('code', {
    codes: [
      { code: 'curl -X POST https://library.example.com/api/v3/branches/4/members -d \'{"name": "Ada"}\'', language: 'curl' },
      { code: '{\n  "id": 12,\n  "name": "Ada"\n}', language: 'json' },
    ],
  }),
  '',
  block('image', { images: [{ image: ['https://example.com/a.png'] }] }),
  '',
].join('\n');

describe('general reader: ReadMe magic blocks', () => {
  it('should read the endpoint of an api-header, the table of a parameters block, the samples of a code block', () => {
    const read = readGeneral(PAGE, 'members/create.md');
    const create = operation(read, 'POST /branches/{branch_id}/members');
    expect(parameterNames(create)).toEqual(['path:branch_id*']);
    expect(strip(bodySchema(create))).toEqual({
      kind: 'object',
      properties: [
        { name: 'name', required: true, schema: { kind: 'string' }, description: "The member's name." },
        { name: 'email', required: false, schema: { kind: 'string' }, description: 'Where to write to them.' },
      ],
    });
    // The prose beside a block keeps its place; a callout's body is prose; an image is nothing.
    expect(create.summary).toBe('Adds a member to a branch.');
    expect(create.description).toBe('Members under 16 need a guardian.');
    // The table is placed at its block (line 12).
    expect(create.parameters[0]?.source?.start.line).toBe(12);
    expect(create.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ name: 'Ada' }]);
    expect(create.responses[0]?.content[0]?.examples.map((e) => e.value)).toEqual([{ id: 12, name: 'Ada' }]);
    expect(JSON.stringify(read.fragment)).not.toMatch(/\[block:|example\.com\/a\.png/);
    expect(codes(read)).toEqual([]);
  });

  it('should read a page of thousands of unclosed blocks in one pass, and no table of more cells than a page means', () => {
    const unclosed = `\`GET /a\`\n\n${'[block:code]\n{"codes": []}\n'.repeat(5000)}`;
    expect(readGeneral(unclosed, 'a.md').routes).toEqual(['GET /a']);
    const huge = block('parameters', { data: { 'h-0': 'Name', 'h-1': 'Type' }, cols: 2, rows: 1_000_000 });
    const read = readGeneral(`\`GET /b\`\n\n${huge}\n`, 'b.md');
    expect(read.root.children.some((node) => node.type === 'table')).toBe(false);
  });

  it('should keep a block whose JSON does not parse as it is, and read a title that is no path as a title', () => {
    const broken = `${block('api-header', { type: 'get', title: 'List members' })}\n\n\`\`\`http\nGET /members\n\`\`\`\n\n[block:parameters]\n{ not json\n[/block]\n`;
    const read = readGeneral(broken, 'members/list.md');
    const list = operation(read, 'GET /members');
    expect(list.parameters).toEqual([]);
    // Kept as the page wrote it: prose.
    expect(list.summary).toContain('not json');
    expect(read.root.children.some((node) => node.type === 'heading' && JSON.stringify(node).includes('List members'))).toBe(true);
  });
});
