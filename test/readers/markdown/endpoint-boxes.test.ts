/**
 * An HTML block whose whole text is a request line, the method and the path in elements of their
 * own (Slate's endpoint box: `<div class="api-endpoint">` ⏎ `<i class="label label-post">POST</i>`
 * ⏎ `<h6>/api/v2/shelves</h6>`), states the section's endpoint; the curl command under it is then
 * its sample, no signature of its own. The fixture is ours, written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const SHELVES = readFileSync(path.join(import.meta.dirname, 'fixtures/endpoint-boxes/shelves.md'), 'utf8');

describe('general reader: an endpoint box in HTML', () => {
  it('should read each box as its section’s request line, the escaped placeholder a path parameter', () => {
    const read = readGeneral(SHELVES);
    expect(read.routes).toEqual(['POST /api/v2/shelves', 'GET /api/v2/shelves/{id}', 'DELETE /api/v2/shelves/{id}']);
    expect(parameterNames(operation(read, 'DELETE /api/v2/shelves/{id}'))).toEqual(['query:force', 'path:id*']);
    expect(operation(read, 'GET /api/v2/shelves/{id}').summary).toBe('This API lets you retrieve one shelf by its ID.');
  });

  it('should keep the samples under the box with its operation', () => {
    const read = readGeneral(SHELVES);
    const create = operation(read, 'POST /api/v2/shelves');
    expect(create.requestBody?.content[0]?.examples[0]?.value).toEqual({ name: 'Poetry', capacity: 40 });
    const get = operation(read, 'GET /api/v2/shelves/{id}');
    expect(get.responses[0]?.content[0]?.examples[0]?.value).toEqual({ id: 12, name: 'Poetry', capacity: 40 });
    // The note's block, words and no request line, states no endpoint.
    expect(read.routes).toHaveLength(3);
    expect(readGeneral('## Notes\n\n<div class="note">\n  <p>GET the shelf first.</p>\n</div>\n').routes).toEqual([]);
    expect(readGeneral('## Notes\n\n<div class="note">\n  <b>POST</b>\n</div>\n').routes).toEqual([]);
  });
});
