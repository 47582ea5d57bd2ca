/**
 * A call's routes each under a subtitle of its own, whose parts stand below them all (Kong's Admin
 * API: `##### Create Shelf` ⏎ `<div class="endpoint post">/shelves</div>` ⏎ `##### Create Shelf
 * Associated to a Specific Library` ⏎ its route ⏎ `#### Request Body`): the parts are every route's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const read = () => readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/titled-routes/shelves.md'), 'utf8'));

describe('general reader: routes under subtitles of their own, sharing the parts below them', () => {
  it('should give each route the body and the answer below the last, its subtitle its summary', () => {
    const page = read();
    for (const route of ['POST /shelves', 'POST /libraries/{library_name_or_id}/shelves']) {
      const create = operation(page, route);
      const body = bodySchema(create);
      expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : body).toEqual(['name', 'capacity']);
      expect(create.responses.map((r) => r.status)).toEqual(['201']);
    }
    expect(operation(page, 'POST /shelves').summary).toBe('Create Shelf');
    expect(operation(page, 'POST /libraries/{library_name_or_id}/shelves').summary).toBe('Create Shelf Associated to a Specific Library');
    expect(parameterNames(operation(page, 'POST /shelves'))).toEqual([]);
    expect(parameterNames(operation(page, 'POST /libraries/{library_name_or_id}/shelves'))).toEqual(['path:library_name_or_id*']);
  });

  it('should read `Request Querystring Parameters` as the query of every route, and leave subtitles with parts of their own apart', () => {
    const page = read();
    expect(parameterNames(operation(page, 'GET /shelves'))).toEqual(['query:offset']);
    expect(parameterNames(operation(page, 'GET /libraries/{library_name_or_id}/shelves'))).toEqual([
      'path:library_name_or_id*',
      'query:offset',
    ]);
    expect(operation(page, 'GET /shelves').summary).toBe('List All Shelves');
    expect(operation(page, 'GET /shelves/{shelf_id}').summary).toBe('Retrieve Shelf');
    expect(operation(page, 'GET /libraries/{library_id}/shelves/{shelf_id}').summary).toBe('Retrieve Shelf of a Library');
    expect(page.routes).toHaveLength(6);
  });
});
