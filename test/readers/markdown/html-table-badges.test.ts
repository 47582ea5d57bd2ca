/**
 * Badges (`<span class="badge">required</span>`, `<i class="label">read-only</i>`) in an HTML
 * `<table>` written in a markdown page, with or without `<thead>`: read as in a GFM table's cell.
 * Found by the table matrix (table-matrix.test.ts); the page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, readGeneral, strip } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/table-matrix', name), 'utf8');

describe('general reader: badges in an HTML table of a markdown page', () => {
  const read = readGeneral(fixture('html-badges.md'));
  const add = operation(read, 'POST /shelves/{shelf_id}/books');

  it('should read a `required` badge in a name cell as a Required column would, and leave the name plain', () => {
    expect(bodySchema(add)).toEqual({
      kind: 'object',
      properties: [
        { name: 'title', schema: { kind: 'string' }, required: true, description: 'The title of the book.' },
        { name: 'copies', schema: { kind: 'integer' }, required: false, description: 'How many copies the shelf holds.' },
      ],
    });
  });

  it('should read a table without <thead> alike: read-only and mandatory badges, the description without them', () => {
    const fields = strip(add.responses.flatMap((r) => r.content.map((c) => c.schema)));
    expect(fields).toEqual([
      {
        kind: 'object',
        properties: [
          { name: 'id', schema: { kind: 'string', readOnly: true }, required: false, description: 'The book.' },
          { name: 'title', schema: { kind: 'string' }, required: true, description: 'The title of the book.' },
        ],
      },
    ]);
    expect(codes(read).filter((code) => code !== 'path-parameter-undocumented')).toEqual([]);
  });
});
