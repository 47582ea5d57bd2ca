/**
 * The method and the route each under a title of its own (`### Request Type` ⏎ `GET` ⏎
 * `### Request URL` ⏎ `/api/v1/shelves`, the route also in a fence, `### Request Path` ⏎
 * ```` ```plain ````; `### 请求类型` ⏎ `PUT` ⏎ `### 请求路径` ⏎ …), as references written from one
 * form per call state them (the route's title first too): the request line, the section's tables its parts. Before, no
 * operation was read from them (only from a curl command the section might also hold). A method
 * title over other words states nothing. The fixture is a "shelf" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/heading-labels/shelves.md'), 'utf8');

describe('general reader: the method and the route under titles of their own', () => {
  const read = readGeneral(page, 'api/shelves.md');

  it('should read the request line from the two titles, the section’s table its parameters', () => {
    expect(read.routes).toEqual([
      'GET /api/v1/shelves',
      'POST /api/v1/shelves/{shelfId}/move',
      'PUT /api/v1/shelves/{shelfId}',
      'DELETE /api/v1/shelves/{shelfId}',
    ]);
    const list = operation(read, 'GET /api/v1/shelves');
    expect(list.summary).toBe('List shelves');
    expect(parameterNames(list)).toEqual(['query:room*', 'query:limit']);
  });

  it('should read a route in a fence, and Chinese titles, and nothing under a method title over words', () => {
    const move = operation(read, 'POST /api/v1/shelves/{shelfId}/move');
    expect(parameterNames(move)).toEqual(['path:shelfId*']);
    expect(move.requestBody).toBeDefined();
    expect(operation(read, 'PUT /api/v1/shelves/{shelfId}').summary).toBe('更新书架');
    expect(read.routes.some((route) => route.includes('colours'))).toBe(false);
    expect(operation(read, 'DELETE /api/v1/shelves/{shelfId}').summary).toBe('Remove a shelf');
  });
});
