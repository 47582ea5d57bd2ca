/**
 * Uploads documented in sentences and a list (as Paperless-ngx's API page and the references
 * written like it do): "POST a multipart form to this endpoint, where the form field `image`
 * contains …", then "the following optional form fields:" over a list whose items nest. The
 * fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/form-uploads/covers.md'), 'utf8');

describe('general reader: form fields named in prose', () => {
  const read = readGeneral(PAGE, 'api/covers.md');

  it('should read the form field a sentence names as a field of the multipart body, beside the listed ones and their nesting', () => {
    const upload = operation(read, 'POST /api/shelves/upload_cover');
    const [content, ...others] = upload.requestBody?.content ?? [];
    expect(others).toEqual([]);
    expect(content?.mediaType).toBe('multipart/form-data');
    expect(strip(content?.schema)).toEqual({
      kind: 'object',
      properties: [
        { name: 'caption', required: false, schema: { kind: 'unknown' }, description: 'A caption shown under the cover.' },
        {
          name: 'placement',
          required: false,
          description: 'Where the cover goes on the shelf.',
          schema: {
            kind: 'object',
            properties: [
              { name: 'row', required: false, schema: { kind: 'unknown' }, description: 'The row, counted from the top.' },
              { name: 'slot', required: false, schema: { kind: 'unknown' }, description: 'The slot within the row.' },
            ],
          },
        },
        { name: 'labels', required: false, schema: { kind: 'unknown' }, description: 'Specify this multiple times to add several labels.' },
        // No type (the sentence states none) and no required flag (it states none either).
        {
          name: 'image',
          required: false,
          schema: { kind: 'unknown' },
          description:
            'POST a multipart form to this endpoint, where the form field `image` contains the picture that you want to put on the shelf.',
        },
      ],
    });
  });

  it('should read `the required `a` form field` as a required field and the body as a form, a field a negated sentence names not', () => {
    const spine = operation(read, 'PUT /api/shelves/{shelf}/spine');
    const [content, ...others] = spine.requestBody?.content ?? [];
    expect(others).toEqual([]);
    // A form whose encoding nothing states: the one a form of its fields takes (no file: url-encoded).
    expect(content?.mediaType).toBe('application/x-www-form-urlencoded');
    const schema = content?.schema;
    expect(schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}`) : schema).toEqual([
      'text*',
      'colour',
    ]);
  });

  it('should say what it found in prose, and read no form field of a GET or of a sentence about the response', () => {
    expect(read.root.data?.found).toBe('2 request lines in inline code; 1 bullet list attribute table; 3 form fields named in prose');
    const other = readGeneral(
      [
        '## Find covers',
        '`GET /api/covers`',
        'Filter with the `title` form field.',
        '## Add a cover',
        '`POST /api/covers`',
        'The response names the stored file in the `path` form field.',
      ].join('\n\n'),
    );
    expect(operation(other, 'GET /api/covers').requestBody).toBeUndefined();
    expect(operation(other, 'POST /api/covers').requestBody).toBeUndefined();
  });
});
