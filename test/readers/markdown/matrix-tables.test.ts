/**
 * Tables as the Matrix specification renders them: `Name | Type | Description`, a required row's
 * description opening with `**Required:**`, arrays written `[string]` and maps `{string: integer}`;
 * its HTML pages put each operation's heading in a collapsible section's summary; a status's body
 * (`#### 403 response`) is its fields' table over its JSON; an HTML table captioned with a type's
 * name, that a type cell links to, defines that type.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

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
    expect(read.diagnostics.items.map((d) => d.message)).not.toContainEqual(expect.stringContaining('{string'));
  });

  it('should read an operation’s heading inside a `<summary>` of an HTML page as that heading', () => {
    const page = readGeneral(fixture('boards.html'), 'boards.html');
    expect(page.routes).toEqual(['GET /_tack/client/v3/boards/{boardId}', 'DELETE /_tack/client/v3/boards/{boardId}']);
    const remove = operation(page, 'DELETE /_tack/client/v3/boards/{boardId}');
    expect(parameterNames(remove)).toEqual(['path:boardId*']);
    expect(remove.parameters[0]?.description).toBe('The board to delete.');
    expect(remove.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'The board was deleted.'],
      ['404', 'There is no such board.'],
    ]);
    // A summary of words (no heading) stays a paragraph of the page.
    expect(page.root.children.some((node) => node.type === 'paragraph' && /board's history/.test(JSON.stringify(node)))).toBe(true);
  });

  it('should give the JSON under a status’s fields table to that status', () => {
    const get = operation(readGeneral(fixture('responses.md'), 'responses.md'), 'GET /boards/{boardId}');
    expect(get.responses.map((r) => [r.status, r.content.flatMap((c) => c.examples.map((e) => e.value))])).toEqual([
      ['200', [{ name: 'Errands' }]],
      ['403', [{ errcode: 'M_FORBIDDEN' }]],
    ]);
  });

  it('should read a `Request body example` title as the body’s sample, no type named `example`', () => {
    expect(put.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ body: 'Buy milk', tags: ['errand'] }]);
    expect(read.diagnostics.items.map((d) => d.message)).not.toContainEqual(expect.stringContaining('"example"'));
  });

  it('should read an HTML table captioned with a type’s name, that a type cell links to, as that type', () => {
    const page = readGeneral(fixture('boards.html'), 'boards.html');
    const owner = page.fragment?.schemas.find((schema) => schema.name === 'Owner');
    const fields = owner?.schema.kind === 'object' ? owner.schema.properties : [];
    expect(fields.map((p) => [p.name, p.schema.kind, p.required])).toEqual([
      ['user_id', 'string', true],
      ['since', 'integer', false],
    ]);
    const body = strip(operation(page, 'GET /_tack/client/v3/boards/{boardId}').responses[0]?.content[0]?.schema);
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : body).toEqual(['name', 'owner']);
    // A captioned table nothing links to (`<caption>Error</caption>` under `404 response`) is that status's body.
    const notFound = operation(page, 'DELETE /_tack/client/v3/boards/{boardId}').responses.find((r) => r.status === '404');
    const error = strip(notFound?.content[0]?.schema);
    expect(error?.kind === 'object' ? error.properties.map((p) => p.name) : error).toEqual(['errcode']);
    expect(page.fragment?.schemas.map((schema) => schema.name)).toEqual(['Owner']);
  });

  it('should read a paragraph of a type’s name over a fields table, where a type cell names it, as that type (the markdown’s caption)', () => {
    const page = readGeneral(
      [
        '## GET /rooms/{roomId}/messages',
        '### 200 response',
        '| Name | Type | Description |\n| --- | --- | --- |\n| `chunk` | [[Message](#message)] | **Required:** The messages. |\n| `author` | `Author` | Who wrote it. |',
        '<a id="message"></a>\n**Message**',
        '| Name | Type | Description |\n| --- | --- | --- |\n| `body` | `string` | **Required:** The text. |\n| `sent_at` | `integer` | When it was sent. |',
        '<a id="author"></a>\nAuthor',
        '| Name | Type | Description |\n| --- | --- | --- |\n| `name` | `string` | The display name. |',
        '**Notes**',
        '| Name | Type | Description |\n| --- | --- | --- |\n| `text` | `string` | A note. |',
      ].join('\n\n'),
      'rooms.md',
    );
    const get = operation(page, 'GET /rooms/{roomId}/messages');
    const fields = (name: string) => {
      const schema = page.fragment?.schemas.find((found) => found.name === name)?.schema;
      return schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.schema.kind, p.required]) : schema;
    };
    expect(fields('Message')).toEqual([
      ['body', 'string', true],
      ['sent_at', 'integer', false],
    ]);
    expect(fields('Author')).toEqual([['name', 'string', false]]);
    // Before, their rows were the GET's query parameters and the labels its description.
    expect(get.parameters.map((p) => p.name).sort()).toEqual(['roomId', 'text']);
    expect(get.description ?? '').not.toContain('Message');
    // A bold label no type cell names (`**Notes**`) stays as written: its table is no type.
    expect(page.fragment?.schemas.map((schema) => schema.name)).toEqual(['Message', 'Author']);
  });
});
