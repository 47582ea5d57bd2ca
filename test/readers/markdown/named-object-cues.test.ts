/**
 * A sentence that announces the fields of an object it names in code, "The `book` object has the
 * following fields:", "Each `shelf_label` object contains these properties:", over a list among a
 * part's fields: the list defines that object's type (`Book`, `ShelfLabel`), none of the part's
 * fields, and the part goes on after it ("Extra parameters (optional):" ⏎ its list). Before, the
 * object's fields were read as the request body's own. A cue whose subject is not in code ("The
 * response object has the following fields:") stays the part's title. The fixture is ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/named-object-cues');

const names = (schema: Schema | undefined): string[] => (schema?.kind === 'object' ? schema.properties.map((p) => p.name) : []);

describe('general reader: a cue naming an object over its fields', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const stock = run.document.operations.find((o) => o.method === 'post' && o.path === '/v1/shelves/stock');

  it('should read the named object’s fields as a type of its name, none of the body’s', () => {
    expect(run.failed).toBe(false);
    expect(names(stock?.requestBody?.content[0]?.schema)).toEqual(['shelf', 'books', 'label', 'note']);
    const schemas = new Map(run.document.schemas.map((s) => [s.name, s.schema]));
    expect(names(schemas.get('Book'))).toEqual(['title', 'pages']);
    expect(names(schemas.get('ShelfLabel'))).toEqual(['text', 'color']);
  });

  it('should go on with the part after the object’s fields, its label no words of the description', () => {
    expect(stock?.description ?? '').not.toContain('Extra parameters');
  });

  it('should keep a cue whose subject is not in code the part’s title', () => {
    const body = stock?.responses.find((r) => r.status.startsWith('2'))?.content[0];
    expect(names(body?.schema)).toEqual(['shelf', 'count']);
  });
});

describe('general reader: a cue naming its object in code at its end (“… used by the `config`:”)', async () => {
  const run = await generate({ input: path.join(import.meta.dirname, 'fixtures/closing-object-cues'), cache: false });
  const body = (method: string, route: string) =>
    run.document.operations.find((o) => o.method === method && o.path === route)?.requestBody?.content[0]?.schema;

  it('should read the fields the cue lists as the named member’s, none of the body’s', () => {
    expect(names(body('post', '/lamps/{lamp}/hooks'))).toEqual(['kind', 'config', 'active']);
    expect(names(body('patch', '/lamps/{lamp}/hooks/{id}'))).toEqual(['settings', 'active']);
    const schemas = new Map(run.document.schemas.map((s) => [s.name, s.schema]));
    expect(names(schemas.get('Config'))).toEqual(['url', 'secret']);
    expect(names(schemas.get('Settings'))).toEqual(['colour', 'dim']);
  });
});
