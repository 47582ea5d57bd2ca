/**
 * A sentence that names the form a body is sent as and sets JSON aside after it ("use
 * `multipart/form-data` as the encoding type, instead of JSON", as file-upload pages of CMS
 * references write) states that form; JSON named as the way, a form set aside, states none. The
 * fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/json-set-aside/lamps.md'), 'utf8');

describe('general reader: a form stated with JSON set aside', () => {
  const read = readGeneral(PAGE, 'api/lamps.md');

  it('should send the body as the form named before `instead of JSON`', () => {
    const media = operation(read, 'POST /lamps/photos').requestBody?.content.map((c) => c.mediaType);
    expect(media).toEqual(['multipart/form-data']);
  });

  it('should keep JSON where the sentence sets the form aside', () => {
    const media = operation(read, 'PATCH /lamps/{id}').requestBody?.content.map((c) => c.mediaType);
    expect(media).toEqual(['application/json']);
  });
});
