/**
 * MkDocs blocks that each document a field (`??? info "Level (`"level": number`)"` ⏎ its words
 * indented), blocks inside one its object's fields: a table of the run, placed by the label over
 * it (`**Required parameters**`, `**Optional parameters**`), and in a response's block the
 * response's fields (`**Fields**`). Before, each block was a note of the description and no field
 * was read. A block followed by an HTML comment (`<!-- markdownlint-enable … -->`, blanked to a
 * line of spaces that its indented content ran over) opens too: before, it stayed words. The
 * fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/mkdocs-field-blocks/lamps.md'), 'utf8');

describe('general reader: MkDocs blocks of fields', () => {
  const read = readGeneral(page, 'api/lamps.md');
  const get = operation(read, 'GET /api/lamps/brightness');
  const post = operation(read, 'POST /api/lamps/brightness');

  it("should read a response's field blocks as its fields, those inside one its object's", () => {
    const [answer] = get.responses;
    expect(answer?.status).toBe('200');
    expect(strip(answer?.content[0]?.schema)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'level', description: 'Current brightness in percent.', schema: { kind: 'number' } },
        {
          name: 'schedule',
          description: 'The dimming schedule, if one runs.',
          schema: {
            kind: 'object',
            nullable: true,
            properties: [{ name: 'remaining', description: 'Seconds until the target level is reached.', schema: { kind: 'number' } }],
          },
        },
      ],
    });
    expect(get.parameters).toEqual([]);
  });

  it("should open a block an HTML comment follows, its sample the response's", () => {
    expect(get.responses[0]?.content[0]?.examples.map((e) => e.value)).toEqual([{ level: 40, schedule: null }]);
    expect(get.description ?? '').not.toContain('???');
    expect(post.description ?? '').not.toContain('???');
    expect(post.responses[0]?.content[0]?.examples.map((e) => e.value)).toEqual([{ level: 20 }]);
  });

  it('should read request field blocks under their labels, required or not, their words and lists described', () => {
    const body = bodySchema(post);
    expect(body?.kind).toBe('object');
    const fields = (body as Extract<Schema, { kind: 'object' }>).properties;
    expect(fields.map((f) => [f.name, f.schema.kind, f.required, f.description])).toEqual([
      ['level', 'number', true, 'Brightness to set, in percent.'],
      ['fade', 'boolean', false, 'Whether to fade to the level.\nThe fade lasts one second.'],
      ['colours', 'array', false, 'Colours the lamp cycles through:\n- `warm`\n- `cold`'],
      ['shade', 'unknown', false, "A shade's number or its name."],
    ]);
    expect(post.description ?? '').not.toContain('Brightness to set');
  });
});
