/**
 * Field names indented with plain spaces under the row they belong to (Twitch's reference written
 * as markdown: `| data | Object[] | … |` ⏎ `|    id | String | … |`): nested, a level per distinct
 * indentation, as `&nbsp;` indentation is. The fixture is ours, a fictional API in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/spaced-names/lanterns.md'), 'utf8'));

describe('general reader: field names indented with spaces', () => {
  it('should nest a response body’s fields by their indentation, a level per distinct width', () => {
    const answer = strip(operation(read, 'GET /helix/lanterns').responses[0]?.content[0]?.schema);
    expect(answer).toMatchObject({
      kind: 'object',
      properties: [
        {
          name: 'data',
          schema: {
            kind: 'array',
            items: {
              kind: 'object',
              properties: [
                { name: 'id', schema: { kind: 'string' } },
                { name: 'flame', schema: { kind: 'object', properties: [{ name: 'colour', schema: { kind: 'string' } }] } },
              ],
            },
          },
        },
        { name: 'pagination', schema: { kind: 'object', properties: [{ name: 'cursor', schema: { kind: 'string' } }] } },
      ],
    });
    expect(answer?.kind === 'object' && answer.properties.map((p) => p.name)).toEqual(['data', 'pagination']);
  });

  it('should nest names in code spans too, each keeping its required flag', () => {
    const body = bodySchema(operation(read, 'POST /helix/lanterns'));
    expect(body).toMatchObject({
      kind: 'object',
      properties: [
        {
          name: 'wick',
          required: true,
          schema: { kind: 'object', properties: [{ name: 'length', required: true, schema: { kind: 'integer' } }] },
        },
        { name: 'note', required: false },
      ],
    });
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should leave names a centred column pads, and a cell without its padding, unnested', () => {
    const page = (rows: string, align = '---') =>
      bodySchema(
        operation(readGeneral(`## Light\n\n\`POST /lanterns\`\n\n| Field | Type |\n| ${align} | --- |\n${rows}`), 'POST /lanterns'),
      );
    const names = (schema: ReturnType<typeof page>) => (schema?.kind === 'object' ? schema.properties.map((p) => p.name) : schema);
    expect(names(page('| wick | Object |\n|   b    | String |\n', ':---:'))).toEqual(['wick', 'b']);
    expect(names(page('|wick|Object|\n| b | String |\n'))).toEqual(['wick', 'b']);
  });
});
