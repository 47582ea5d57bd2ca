/**
 * On a page that states its routes, a section whose only call is a curl command is that section's
 * operation where its title names an action (`## Delete a note` ⏎ `curl -X DELETE …`), never where
 * the section is about a general topic (an "Authentication" section's `curl …/v1/me`). The fixture
 * is a "notes" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesAction } from '../../../src/readers/markdown/action-titles.js';
import { operation, parameterNames, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/action-curls/notes.md'), 'utf8');

describe('general reader: a curl command alone in a section titled by an action', () => {
  const read = readGeneral(page, 'api/notes.md');

  it("should read the section's curl command as its operation beside the routes the page states", () => {
    expect(read.routes).toEqual([
      'GET /v1/notes',
      'GET /v1/notes/{note_id}',
      'POST /v1/notes',
      'POST /v1/notes/archive',
      'DELETE /v1/notes/{note_id}',
      'PATCH /v1/notes/{note_id}',
      'GET /v1/search',
    ]);
    expect(operation(read, 'POST /v1/notes/archive').summary).toBe('Moves every note older than a year to the archive.');
    expect(parameterNames(operation(read, 'GET /v1/search'))).toEqual(['query:limit', 'query:q']);
  });

  it("should name a sample id as the section's path parameters table or the page's route of another method does", () => {
    const remove = operation(read, 'DELETE /v1/notes/{note_id}');
    expect(strip(remove.parameters.map((p) => [p.name, p.in, p.schema]))).toEqual([['note_id', 'path', { kind: 'integer' }]]);
    expect(operation(read, 'PATCH /v1/notes/{note_id}').requestBody?.content[0]?.examples[0]?.value).toEqual({ title: 'Groceries' });
  });

  it('should keep a sample id no table names an example, said so', () => {
    expect(read.routes.some((route) => route.includes('/pin'))).toBe(false);
    const reported = read.diagnostics.items.filter((d) => d.code === 'sample-route');
    expect(reported.map((d) => [d.source.start.line, d.message.slice(0, 22)])).toEqual([[90, 'POST /v1/notes/42/pin:']]);
  });

  it('should read no operation of a section about authentication, keys, pagination or errors', () => {
    for (const route of ['GET /v1/me', 'POST /v1/keys', 'DELETE /v1/notes/archive']) expect(read.routes).not.toContain(route);
    const alone = readGeneral(
      ['## Authentication', '```bash\ncurl https://api.example.com/v1/me\n```', '## List notes', '`GET /v1/notes`'].join('\n\n'),
    );
    expect(alone.routes).toEqual(['GET /v1/notes']);
  });

  it('should tell an action from a topic by the title', () => {
    for (const title of ['Delete a note', 'Creates a shelf', 'Listing notes', 'Pinning a note', 'Search notes'])
      expect(namesAction(title), title).toBe(true);
    for (const title of [
      'Authentication',
      'Authenticate a request',
      'Get an API key',
      'Get your token',
      'Get started',
      'Errors',
      'Paginating results',
      'Rate limits',
      'Notes',
    ])
      expect(namesAction(title), title).toBe(false);
  });
});
