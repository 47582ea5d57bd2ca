/**
 * A status stated only in prose whose sentence says a thing is returned ("Will return created lamp
 * with status `201 Created` on success.", GitLab's words; "The call returns the created key and
 * `201`.") answers with a body of unknown shape: `unknown` in types.ts, `z.unknown()` in
 * schemas.ts, and in openapi.json the response as stated (a description, no content: no media
 * type or schema is invented). Before, such a response was typed `undefined`, as if it had no
 * body. Words that return nothing ("Responds with `200 OK` once …", "Returns an empty body with
 * status `200`.", `204 No Content`) keep `undefined`; a sample of the answer keeps its shape. The
 * fixture is ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/unknown-bodies');

describe('general reader: a body the prose says is returned, its shape unstated', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const text = (file: string): string => run.outputs.find((output) => output.path === file)?.contents ?? '';
  const declared = (file: string, name: string): string | undefined =>
    new RegExp(`^export (?:type|const) ${name} = ([^;\\n]+)`, 'm').exec(text(file))?.[1];
  const op = (method: string, route: string) => run.document.operations.find((o) => o.method === method && o.path === route);

  it('should type an answer the words say carries something as unknown, its response in openapi.json as stated', () => {
    expect(run.failed).toBe(false);
    expect(declared('types.ts', 'PostLamps201Response')).toBe('unknown');
    expect(declared('types.ts', 'PostLampsResponse')).toBe('PostLamps201Response');
    expect(declared('schemas.ts', 'PostLamps201ResponseSchema')).toBe('z.unknown()');
    expect(declared('types.ts', 'PostLampsLampKeys201Response')).toBe('unknown');
    const spec = JSON.parse(text('openapi.json'));
    expect(spec.paths['/lamps'].post.responses['201']).toEqual({ description: 'Created on success' });
    expect(spec.paths['/lamps/{lamp}/keys'].post.responses['201']).toEqual({ description: 'Created' });
  });

  it('should keep undefined where the words return nothing or a 204, and a sample its shape', () => {
    expect(declared('types.ts', 'PostLampsLampOnResponse')).toBe('undefined');
    expect(declared('types.ts', 'PostLampsLampOffResponse')).toBe('undefined');
    expect(declared('types.ts', 'DeleteLampsLampResponse')).toBe('undefined');
    expect(op('post', '/lamps/{lamp}/on')?.responses[0]?.unknownBody).toBeUndefined();
    expect(op('post', '/shelves')?.responses[0]?.content[0]?.schema).toMatchObject({
      kind: 'object',
      properties: [{ name: 'id' }, { name: 'name' }],
    });
    expect(declared('types.ts', 'PostShelves201Response')).toBe('{');
  });
});
