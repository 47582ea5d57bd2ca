/**
 * A definition's type and flag written after its words (`The new name. String, optional.`,
 * `Type: string`), in a markdown definition list and in a `<dl>` alike
 * (`src/readers/markdown/closing-facts.ts`).
 */
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const rename = (fields: string) => ['## Rename a shelf', '`PUT /v1/shelves/{id}`', '### Request body', fields].join('\n\n');

describe('general reader: a definition closed by its type and flag', () => {
  it('should read the type and flag closing a markdown definition, the words before them the description', () => {
    const read = readGeneral(
      rename(
        [
          '`name`\n: The new name. String, optional.',
          '`position`\n: Where it goes. Integer. Required.',
          '`label`\n: Type: string',
          '`lid`\n: Whether it has a lid. Boolean.',
          '`note`\n: Why it moved. Sorted by date.',
          '`format`\n: The format to use, e.g. string.',
        ].join('\n\n'),
      ),
    );
    expect(bodySchema(operation(read, 'PUT /v1/shelves/{id}'))).toEqual({
      kind: 'object',
      properties: [
        { name: 'name', schema: { kind: 'string' }, required: false, description: 'The new name.' },
        { name: 'position', schema: { kind: 'integer' }, required: true, description: 'Where it goes.' },
        { name: 'label', schema: { kind: 'string' }, required: false },
        { name: 'lid', schema: { kind: 'boolean' }, required: false, description: 'Whether it has a lid.' },
        // Words that state no type alone are the description's: no type, none invented.
        { name: 'note', schema: { kind: 'unknown' }, required: false, description: 'Why it moved. Sorted by date.' },
        { name: 'format', schema: { kind: 'unknown' }, required: false, description: 'The format to use, e.g. string.' },
      ],
    });
  });

  it('should read them so in a `<dl>`', () => {
    const list = [
      '<dl>',
      '<dt><code>size</code></dt>',
      '<dd>The size of the box in litres. Integer, required.</dd>',
      '<dt><code>colour</code></dt>',
      '<dd>Type: string</dd>',
      '<dt><code>label</code></dt>',
      '<dd>What is written on it. Short string.</dd>',
      '</dl>',
    ].join('\n');
    expect(bodySchema(operation(readGeneral(rename(list)), 'PUT /v1/shelves/{id}'))).toEqual({
      kind: 'object',
      properties: [
        { name: 'size', schema: { kind: 'integer' }, required: true, description: 'The size of the box in litres.' },
        { name: 'colour', schema: { kind: 'string' }, required: false },
        { name: 'label', schema: { kind: 'unknown' }, required: false, description: 'What is written on it. Short string.' },
      ],
    });
  });
});
