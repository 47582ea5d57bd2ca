/**
 * Required cells written as a mark with its word, as Docusaurus references set them (`✅ Yes`,
 * `❌ No`, `✔️ Required`, `✗ Optional`): before, only the bare mark was read, and `✅ Yes` left
 * the row optional. A mark and a word that disagree state nothing. The fixtures are ours.
 */
import { describe, expect, it } from 'vitest';
import { markedAnswer } from '../../src/extract/marked-answers.js';
import { bodySchema, operation, parameterNames, readGeneral } from '../readers/markdown/helpers.js';

const table = (rows: string[]) => ['| Name | Type | Required | Description |', '|---|---|---|---|', ...rows].join('\n');

describe('required cells written as a mark and its word', () => {
  it('should read `✅ Yes` as required and `❌ No` as optional, in headers, query and body', () => {
    const page = [
      '# Dim a lamp\n',
      '```http\nPOST /v1/lamps/dim\n```\n',
      '**HEADERS**\n',
      table(['| X-Lamp-Key | string | ✅ Yes | Your key |', '| X-Room | string | ❌ No | Room code |']),
      '\n**QUERY PARAMETERS**\n',
      table(['| dry | boolean | ✔️ Required | Dry run |', '| wait | integer | ✗ Optional | Seconds |']),
      '\n**BODY**\n',
      table(['| level | integer | ✅ YES | Brightness |', '| fade | boolean | ❌ No | Fade in |']),
    ].join('\n');
    const op = operation(readGeneral(page, 'api/dim.md'), 'POST /v1/lamps/dim');
    expect(parameterNames(op)).toEqual(['header:X-Lamp-Key*', 'header:X-Room', 'query:dry*', 'query:wait']);
    expect(bodySchema(op)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'level', required: true },
        { name: 'fade', required: false },
      ],
    });
  });

  it('should read a mark and a word that disagree as neither', () => {
    expect(markedAnswer('✅ no')).toBe('✅ no');
    expect(markedAnswer('❌ yes')).toBe('❌ yes');
    expect(markedAnswer('✅ yes')).toBe('yes');
    expect(markedAnswer('❎ no')).toBe('no');
  });

  it('should read thousands of rows, hostile names and a cell of blanks in a moment', () => {
    const rows = Array.from({ length: 3000 }, (_, at) => `| f${at} | string | ${at % 2 ? '✅ Yes' : '❌ No'} | x |`);
    const hostile = [
      '| __proto__ | string | ✅ Yes | x |',
      '| `*/` | string | ✅ Yes | x |',
      `| wide | string | ✅${' '.repeat(300_000)}Yes | x |`,
    ];
    const page = ['# Bulk\n', '```http\nPOST /v1/bulk\n```\n', '**BODY**\n', table([...rows, ...hostile])].join('\n');
    const schema = bodySchema(operation(readGeneral(page, 'api/bulk.md'), 'POST /v1/bulk'));
    expect(schema).toMatchObject({ kind: 'object' });
    const properties = schema?.kind === 'object' ? schema.properties : [];
    expect(properties.filter((p) => p.required)).toHaveLength(1502);
    expect(properties.find((p) => p.name === 'wide')?.required).toBe(false);
  });
});
