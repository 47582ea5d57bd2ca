/**
 * Discord's `###### JSON/Form Params` over a body's fields: the body is sent as JSON or as a form,
 * documented for both (`application/json` and `multipart/form-data`). The page is ours, in that layout.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/discord-layout/shelf.md'), 'utf8');

/** `mediaType: field names` of the operation's request body. */
function body(read: ReturnType<typeof readGeneral>, route: string): string[] {
  return (operation(read, route).requestBody?.content ?? []).map((c) => {
    const schema = c.schema;
    const names = schema?.kind === 'object' ? schema.properties.map((p) => p.name).join(',') : (schema?.kind ?? '');
    return `${c.mediaType}: ${names}`;
  });
}

describe('general reader: a `JSON/Form Params` title', () => {
  it('should read the fields under it as a body sent as JSON or as a multipart form', () => {
    const read = readGeneral(PAGE);
    expect(body(read, 'POST /shelves/{shelf.id}/notes')).toEqual([
      'application/json: content,pinned',
      'multipart/form-data: content,pinned',
    ]);
    expect(operation(read, 'POST /shelves/{shelf.id}/notes').parameters.map((p) => p.name)).toEqual(['shelf.id']);
  });

  it('should leave a `JSON Params` body JSON only', () => {
    expect(body(readGeneral(PAGE), 'PATCH /shelves/{shelf.id}')).toEqual(['application/json: name']);
  });
});
