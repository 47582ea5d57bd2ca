/**
 * Tables as the Matrix specification renders them: `Name | Type | Description`, a required row's
 * description opening with `**Required:**`, arrays written `[string]` and maps `{string: integer}`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/matrix-tables', name), 'utf8');

describe('general reader: Matrix-style tables', () => {
  const read = readGeneral(fixture('notes.md'), 'notes.md');
  const put = operation(read, 'PUT /_tack/client/v3/boards/{boardId}/notes/{noteId}');

  it('should read `**Required:**` opening a description as the flag, no words of the description', () => {
    expect(parameterNames(put)).toEqual(['path:boardId*', 'path:noteId*']);
    expect(put.parameters.map((p) => p.description)).toEqual(['The board to write the note in.', 'The ID of the note.']);
    const body = bodySchema(put);
    const fields = body?.kind === 'object' ? body.properties : [];
    expect(fields.map((p) => [p.name, p.required, p.description])).toEqual([
      ['body', true, 'The text of the note.'],
      ['tags', false, 'The tags of the note.'],
      ['votes', false, 'A map from user ID to the number of votes that user cast.'],
    ]);
  });

  it('should read `{string: integer}` as a map of integers', () => {
    const body = bodySchema(put);
    const votes = body?.kind === 'object' ? body.properties.find((p) => p.name === 'votes')?.schema : undefined;
    expect(votes).toEqual({ kind: 'map', values: { kind: 'integer' } });
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('unknown-type');
  });
});
