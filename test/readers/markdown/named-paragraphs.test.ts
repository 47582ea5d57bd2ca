/**
 * Parameters written as paragraphs of a bold name over its notes in parentheses
 * (`**days** (body, integer, required): Number of days.`), one a paragraph or one a line, are read
 * as the bullet list of them is: placed by the location the notes state, typed, flagged. The
 * fixture is a "lamps" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/document/plain-text.js';
import { readListAhead, tableOfAttributeList } from '../../../src/readers/markdown/attribute-lists.js';
import { convertNamedParagraphs } from '../../../src/readers/markdown/named-paragraphs.js';
import { markdownProcessor } from '../../../src/readers/shared/markdown.js';
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

  it('should convert a run once: the table it was read as is the one the parts are given, once', () => {
    const text = '**limit** (query, integer, optional): Max items.\n\n**cursor** (query, string): Where to start.\n';
    const root = markdownProcessor.parse(text);
    convertNamedParagraphs(root, text);
    const [list] = root.children;
    if (list?.type !== 'list') throw new Error('the run is no list');
    const table = tableOfAttributeList(list, text);
    expect(table?.children.map((row) => row.children.map((cell) => plainText(cell)))).toEqual([
      ['Attribute', 'Type', 'Required', 'Description', 'In'],
      ['limit', 'integer', 'no', 'Max items.', 'query'],
      ['cursor', 'string', '', 'Where to start.', 'query'],
    ]);
    // Given once (the parts place and mark it): a later read converts the list again, to the same table.
    const again = tableOfAttributeList(list, text);
    expect(again).toEqual(table);
    expect(again).not.toBe(table);
    // Read ahead, the table is the next untitled read's; a titled read converts the list as it reads under a title.
    const ahead = readListAhead(list, text);
    expect(tableOfAttributeList(list, text, true)).not.toBe(ahead);
    expect(tableOfAttributeList(list, text)).toBe(ahead);
  });
});
