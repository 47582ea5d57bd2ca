/**
 * A disclosure widget's wrapper (`<details>`, `</details>`) and its `<summary>` label are layout,
 * no words of a description (`src/extract/layout-html.ts`), closed or left open.
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const TABLE = '| Name | Type | Required | Description |\n| --- | --- | --- | --- |\n| `title` | string | yes | The title. |';

const page = (between: string, end = '') =>
  [
    '# Shelves',
    '## Add a book',
    'Adds a book to a shelf.',
    '`POST /books`',
    '### Request body',
    TABLE,
    `${between}### Response`,
    '```json\n{"id": "bk_2"}\n```',
    end,
  ].join('\n\n');

describe('general reader: a <details> wrapper is layout', () => {
  it('should give a body no description of a <details> left open before the next section', () => {
    const read = readGeneral(page('<details>\n<summary>More</summary>\n\n'));
    const op = operation(read, 'POST /books');
    expect(op.requestBody?.description).toBeUndefined();
    expect(bodySchema(op)).toEqual({
      kind: 'object',
      properties: [{ name: 'title', schema: { kind: 'string' }, required: true, description: 'The title.' }],
    });
    expect(read.diagnostics.items).toEqual([]);
  });

  it('should keep the words inside a <details> block, not its wrapper or label', () => {
    const op = operation(
      readGeneral(page('<details>\n<summary>Show more</summary>\n\nTitles are kept as given.\n\n</details>\n\n')),
      'POST /books',
    );
    expect(op.requestBody?.description).toBe('Titles are kept as given.');
  });

  it('should keep a block whose summary holds markup, as written', () => {
    const op = operation(readGeneral(page('<details><summary>See <b>notes</b></summary>\n\n')), 'POST /books');
    expect(op.requestBody?.description).toBe('<details><summary>See <b>notes</b></summary>');
  });
});
