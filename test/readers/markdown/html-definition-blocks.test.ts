/**
 * A markdown page's definition list written as HTML (`<dl>`: CommonMark has none of its own) reads as
 * an HTML page's does (`src/readers/markdown/html-definition-lists.ts`): each term a field's name, a
 * flag closing the term (`(required)`) its flag.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

const share = (list: string) =>
  ['# Notes', '## Share a note', '```\nPOST /v1/notes/{note_id}/share\n```', '### Body parameters', list].join('\n\n');

const FIELDS = [
  '<dl>',
  '<dt><code>email</code> <em>string</em> (required)</dt>',
  '<dd>Whom to share with.</dd>',
  '<dt><code>role</code> <em>string</em> (optional)</dt>',
  '<dd>Their role: <code>viewer</code> or <code>editor</code>.</dd>',
  '<dt><code>days</code></dt>',
  '<dd>integer, optional. How long the share lasts.</dd>',
  '</dl>',
].join('\n');

describe('general reader: a markdown page’s `<dl>` block', () => {
  it('should read a `<dl>` whose terms are names as the fields it lists, the flag closing a term its flag', () => {
    const read = readGeneral(share(FIELDS));
    expect(bodySchema(operation(read, 'POST /v1/notes/{note_id}/share'))).toEqual({
      kind: 'object',
      properties: [
        { name: 'email', schema: { kind: 'string' }, required: true, description: 'Whom to share with.' },
        { name: 'role', schema: { kind: 'string' }, required: false, description: 'Their role: viewer or editor.' },
        { name: 'days', schema: { kind: 'integer' }, required: false, description: 'How long the share lasts.' },
      ],
    });
    expect(operation(read, 'POST /v1/notes/{note_id}/share').requestBody?.description).toBeUndefined();
    // The table stands where the block does.
    const table = read.root.children.find((node) => node.type === 'table');
    expect(table?.position?.start.line).toBe(11);
    expect(codes(read)).toEqual(['path-parameter-undocumented']);
  });

  it('should read query parameters so, placed by their title', () => {
    const page = [
      '## List notes',
      '`GET /v1/notes`',
      '### Query parameters',
      '<dl>\n<dt><code>limit</code> (integer)</dt>\n<dd>The page size.</dd>\n<dt><code>cursor</code>, required</dt>\n<dd>string. Where the page starts.</dd>\n</dl>',
    ].join('\n\n');
    expect(parameterNames(operation(readGeneral(page), 'GET /v1/notes'))).toEqual(['query:limit', 'query:cursor*']);
  });

  it('should leave a `<dl>` whose terms are no names (a glossary), and other HTML, as written', () => {
    const glossary = '<dl>\n<dt>Shared note</dt>\n<dd>A note others can read.</dd>\n<dt>Owner</dt>\n<dd>Who wrote it.</dd>\n</dl>';
    const read = readGeneral(share(glossary));
    expect(read.root.children.some((node) => node.type === 'table')).toBe(false);
    expect(read.root.children.some((node) => node.type === 'html' && node.value.startsWith('<dl>'))).toBe(true);
    const words = readGeneral(share(`<div>\n${FIELDS}\n</div>`));
    expect(words.root.children.some((node) => node.type === 'table')).toBe(false);
  });

  it('should read the flag closing a term on an HTML page too', () => {
    const page = `<html><body><h2>Share a note</h2><pre><code>POST /v1/notes/{note_id}/share</code></pre><h3>Body parameters</h3>${FIELDS}</body></html>`;
    const body = bodySchema(operation(readGeneral(page, 'api/notes.html'), 'POST /v1/notes/{note_id}/share'));
    expect(body).toMatchObject({ properties: [{ name: 'email', required: true }, { name: 'role', required: false }, { name: 'days' }] });
  });
});
