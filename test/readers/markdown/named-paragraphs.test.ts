/**
 * Parameters written as paragraphs of a bold name over its notes in parentheses
 * (`**days** (body, integer, required): Number of days.`), one a paragraph or one a line, are read
 * as the bullet list of them is: placed by the location the notes state, typed, flagged. The
 * fixture is a "lamps" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/named-paragraphs/lamps.md'), 'utf8');

describe('general reader: parameters written as paragraphs of a bold name and its notes', () => {
  const read = readGeneral(page, 'api/lamps.md');
  const parameters = (route: string) =>
    strip(operation(read, route).parameters).map((p) => [p.name, p.in, p.schema.kind, p.required, p.description]);

  it('should place a paragraph each by the location its notes state, typed and flagged', () => {
    const dim = operation(read, 'POST /v1/lamps/{lamp_id}/dim');
    expect(parameters('POST /v1/lamps/{lamp_id}/dim')).toEqual([
      ['lamp_id', 'path', 'string', true, 'The lamp to dim.'],
      ['limit', 'query', 'integer', false, 'Max items.'],
    ]);
    const body = bodySchema(dim);
    expect(body?.kind === 'object' ? body.properties.map((p) => [p.name, p.schema.kind, p.required]) : body).toEqual([
      ['days', 'integer', true],
      ['note', 'string', false],
    ]);
    expect(dim.description).toBeUndefined();
  });

  it('should read consecutive lines of one paragraph so, a line each', () => {
    expect(parameters('GET /v1/lamps')).toEqual([
      ['limit', 'query', 'integer', false, 'Max items.'],
      ['cursor', 'query', 'string', false, 'Where to start.'],
      ['room_id', 'query', 'string', true, 'The room.'],
    ]);
    expect(operation(read, 'GET /v1/lamps').description).toBeUndefined();
  });

  it('should leave a bold label whose parentheses state no location or flag as words', () => {
    const rename = operation(read, 'PATCH /v1/lamps/{lamp_id}');
    expect(rename.requestBody).toBeUndefined();
    expect(rename.description).toBe('**Note** (beta): renaming may take a minute to show.');
  });
});
