/**
 * A route labelled without its method (`Route: /api/v1/shelves/:shelf`, `Endpoint:`) takes the
 * method of the section's sample call of that route, as LibreNMS' API pages state it: curl's
 * `-X PUT`, else POST where the command sends data, else GET. Before, no operation was read from
 * the label, and the calls' paths with their sample values were reported `sample-route` or read
 * as operations of their own (`DELETE /api/v0/locations/Google`). Where the section's calls of the
 * route disagree, or none calls it, the label states no method and no operation is read. The
 * fixture is a "shelves" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/route-label-calls/Shelves.md'), 'utf8');

describe('general reader: a labelled route whose method its sample call states', () => {
  const read = readGeneral(page, 'api/Shelves.md');

  it('should read the route with the method of the call of it, its placeholders filled in', () => {
    expect(operation(read, 'GET /api/v1/shelves/{shelf}').summary).toBe('Fetch one shelf.');
    expect(operation(read, 'PUT /api/v1/shelves/{shelf}/tilt').summary).toBe('Tilt a shelf.');
  });

  it('should take the calls up to the next label, where a heading markdown leaves a paragraph parts no sections', () => {
    expect(operation(read, 'POST /api/v1/shelves/{shelf}/sand').method).toBe('post');
  });

  it('should take POST where the command sends data and names no method, under an `Endpoint:` label too', () => {
    expect(operation(read, 'POST /api/v1/shelves/{shelf}/books').summary).toBe('Add a book to a shelf.');
  });

  it('should read no method where the calls disagree, call another route, or there is no call', () => {
    expect([...read.routes].sort()).toEqual([
      'GET /api/v1/shelves/{shelf}',
      'POST /api/v1/shelves/{shelf}/books',
      'POST /api/v1/shelves/{shelf}/sand',
      'PUT /api/v1/shelves/{shelf}/tilt',
    ]);
  });

  it('should report only the calls no route takes as routes of sample values', () => {
    const reported = read.diagnostics.items.filter((d) => d.code === 'sample-route').map((d) => d.message.split(':', 1)[0]);
    expect(reported).toEqual(['POST /api/v1/shelves/12/move', 'DELETE /api/v1/boxes/12/dust']);
  });
});
