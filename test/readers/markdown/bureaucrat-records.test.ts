/**
 * Bureaucrat's markdown (Elixir): per recorded test, `##### Request` ⏎ `* __Method:__ GET` ⏎
 * `* __Path:__ /api/birds/4` ⏎ `* __Request headers:__` and its fence, `##### Response` ⏎
 * `* __Status__: 200` ⏎ `* __Response headers:__` ⏎ `* __Response body:__` and their fences.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { codes, operation, readGeneral } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/bureaucrat');
const read = (name: string) => readGeneral(readFileSync(path.join(FIXTURES, name), 'utf8'), `api/${name}`);

const statuses = (op: Operation): string[] => op.responses.map((r) => `${r.status}:${r.content.map((c) => c.mediaType).join(',')}`);

describe('general reader: Bureaucrat’s markdown', () => {
  it('should read each record’s `Status` as the answer’s status, its headers and body that answer’s', () => {
    const page = read('API.md');
    expect(page.routes).toEqual(['GET /api/birds', 'GET /api/birds/{id}', 'POST /api/birds', 'DELETE /api/birds/{id}']);
    expect(statuses(operation(page, 'GET /api/birds/{id}'))).toEqual(['200:application/json', '404:application/json']);
    expect(statuses(operation(page, 'POST /api/birds'))).toEqual(['201:application/json']);
    expect(statuses(operation(page, 'DELETE /api/birds/{id}'))).toEqual(['204:']);
    const shown = operation(page, 'GET /api/birds/{id}').responses[1]?.content[0]?.examples?.[0]?.value;
    expect(shown).toEqual({ errors: { detail: 'Not Found' } });
  });

  it('should read the `Path` as a sample call of the heading’s route, its body the request’s sample, never an operation', () => {
    const page = read('API.md');
    expect(page.routes).not.toContain('GET /api/birds/4');
    const create = operation(page, 'POST /api/birds');
    expect(create.requestBody?.content[0]?.examples?.[0]?.value).toEqual({ bird: { species: 'wren', name: 'Jenny' } });
    // The test client's `multipart/mixed; boundary=plug_conn_test` is not how the API is called.
    expect(create.requestBody?.content.map((c) => c.mediaType)).toEqual(['application/json']);
  });

  it('should report a page whose records state no route (`### show`) `sample-route`, no operation', () => {
    const page = read('controllers.md');
    expect(page.routes).toEqual([]);
    expect(codes(page)).toContain('sample-route');
  });
});
