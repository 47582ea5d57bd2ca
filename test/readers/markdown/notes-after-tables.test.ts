/**
 * A note right after a part's table (`:::note`, Slate's `<aside>`, GitHub's `> [!WARNING]`, MDX's
 * `<Warning>`) is the operation's, kept in its description as a note atop its prose is: before, under
 * the part's title it was no words of anything and was lost. After a body's table it stays the body's
 * description, as the body's prose is. The fixture is a shelf API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/notes-after-tables');

describe('general reader: a note right after a part’s table', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const openapi = JSON.parse(run.outputs.find((o) => o.path === 'openapi.json')?.contents ?? '{}');
  const words = (route: string, method: string) => [openapi.paths[route][method].summary, openapi.paths[route][method].description];

  it('should keep a note after a parameters table in the description, the summary as it was', () => {
    expect(run.failed).toBe(false);
    expect(words('/api/shelves/{id}', 'get')).toEqual(['Reads a shelf.', 'Shelves removed in the last hour are still returned.']);
    expect(words('/api/shelves/{id}/books', 'get')).toEqual(["Lists a shelf's books.", 'Books on loan are left out.']);
    expect(words('/api/pegs', 'get')).toEqual(['Lists pegs.', '> [!WARNING]\n> Pegs are counted once a day.']);
  });

  it("should keep a note after a headers table so, one after a body's table the body's words as before, and the rows as they were", () => {
    expect(words('/api/nails', 'put')).toEqual(['Adds a nail.', 'Nails rust.']);
    expect(words('/api/boards', 'post')).toEqual(['Adds a board.', undefined]);
    expect(openapi.paths['/api/boards'].post.requestBody.description).toBe('A shelf holds at most twelve boards.');
    expect(Object.keys(openapi.paths['/api/boards'].post.requestBody.content['application/json'].schema.properties)).toEqual(['width']);
    expect(openapi.paths['/api/shelves/{id}'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['id', 'depth']);
    expect(openapi.paths['/api/pegs'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['bent']);
    expect(openapi.paths['/api/nails'].put.parameters.map((p: { name: string }) => p.name)).toEqual(['X-Nail-Size']);
  });
});
