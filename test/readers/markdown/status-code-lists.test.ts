/**
 * An operation's statuses listed under a "Status codes" label or title: on the label's line
 * (`Status codes: 201 Created, 409 Conflict`, `**Status codes:** 200 OK, 404 Not found`), or as a
 * list whose items open with a status and its reason phrase, then a dash and the words
 * (`- 200 OK — the note was archived`). The fixture is a "notes" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { responseCodeLine } from '../../../src/readers/markdown/response-code-lines.js';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/status-code-lists/notes.md'), 'utf8');
const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });
const statuses = (op: Operation) => op.responses.map((r) => [r.status, r.description]);

describe('general reader: statuses listed under a "Status codes" label or title', () => {
  const read = readGeneral(page, 'api/notes.md');

  it('should read the codes and reason phrases on a "Status codes:" line, the line no prose', () => {
    const create = operation(read, 'POST /v1/notes');
    expect(statuses(create)).toEqual([
      ['201', 'Created'],
      ['409', 'Conflict'],
    ]);
    expect(create.description ?? '').not.toContain('Status codes');
    expect(statuses(operation(read, 'POST /v1/notes/{note_id}/unpin'))).toEqual([
      ['200', 'OK'],
      ['404', 'Not found'],
    ]);
  });

  it('should read a list of a status, its reason phrase, a dash and the words as the statuses with those words', () => {
    expect(statuses(operation(read, 'POST /v1/notes/{note_id}/archive'))).toEqual([
      ['200', 'the note was archived'],
      ['404', 'no such note'],
    ]);
    const rename = operation(read, 'PATCH /v1/notes/{note_id}');
    expect(statuses(rename)).toEqual([
      ['200', 'the note was renamed'],
      ['404', 'no such note'],
    ]);
    expect(rename.description ?? '').toBe('');
  });

  it('should keep a line whose codes come with conditions as prose, stating no status', () => {
    const restore = operation(read, 'POST /v1/notes/{note_id}/restore');
    expect(restore.responses).toEqual([]);
    expect(responseCodeLine(paragraph('Status codes: 201 Created, 409 Conflict.'))).toEqual([
      ['201', 'Created'],
      ['409', 'Conflict'],
    ]);
    expect(responseCodeLine(paragraph('Status codes: 200 when found, 404'))).toBeUndefined();
    expect(responseCodeLine(paragraph('Status codes: 200 the note'))).toBeUndefined();
  });

  it('should leave a list whose items state no reason phrase before the dash as no statuses', () => {
    const other = readGeneral(
      '## Pin a note\n\n`POST /v1/notes/{id}/pin`\n\n### Status codes\n\n- 200 the note - pinned\n- 404 no note - gone\n',
    );
    expect(operation(other, 'POST /v1/notes/{id}/pin').responses).toEqual([]);
  });
});
