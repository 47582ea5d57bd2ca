/**
 * A curl command's first argument written as a host with no scheme before a path
 * (`shelves.example.com/v2/ping`, `localhost:8080/ping`, `127.0.0.1:9000/…`): the URL curl sends it
 * to (`http://`, curl's guess), its host stripped as an `https://` URL's is and a base URL where a
 * request line names the route. A dotted first segment that is no host name (`shelves.v2`) stays
 * the path's. The fixtures are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeneral } from './helpers.js';

const page = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/schemeless-curls', name), 'utf8');

describe('general reader: a curl URL written without a scheme', () => {
  it('should strip the host (a dotted name, `localhost` or an address, a port) from the route', () => {
    const read = readGeneral(page('shelves.md'), 'api/shelves.md');
    expect(read.routes).toEqual(['GET /v2/ping/now', 'GET /v2/shelves/s1/count', 'POST /v2/shelves/s1/dust', 'GET /shelves.v2/books.json']);
  });

  it('should give the base URL a request line’s route shows, as for an `http://` URL', () => {
    const read = readGeneral(page('gardens.md'), 'api/gardens.md');
    expect(read.routes).toEqual(['POST /gardens/{id}/water']);
    expect(read.fragment?.servers).toEqual(['http://gardens.example.com:8443/api']);
  });
});
