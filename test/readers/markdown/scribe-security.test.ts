/**
 * Laravel Scribe's authentication: the "Authenticating requests" sentence states the scheme
 * (`**`Authorization`**` header with the value `"Bearer {YOUR_AUTH_KEY}"`: http bearer; a
 * `**`X-Api-Key`**` header: an API key there), and each endpoint under a `requires
 * authentication` badge takes it; the badge stays no words. The fixtures are our Scribe pages
 * (scribe-pages.test.ts) with that section written as Scribe writes it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/scribe-security', name), 'utf8');

describe('general reader: Scribe’s authentication section and badges', () => {
  it('should read the HTML page’s bearer scheme, which the badged endpoint alone takes', () => {
    const read = readGeneral(fixture('index.html'), 'docs/index.html');
    expect(read.fragment?.securitySchemes).toEqual([{ name: 'Authorization', type: 'http', scheme: 'bearer' }]);
    expect(operation(read, 'DELETE /api/sightings/{id}').security).toEqual([{ Authorization: [] }]);
    expect(operation(read, 'GET /api/sightings/{id}').security).toBeUndefined();
    expect(operation(read, 'DELETE /api/sightings/{id}').description ?? '').not.toMatch(/authenticat/i);
  });

  it('should read the markdown’s header key scheme, the badge no word of the description', () => {
    const read = readGeneral(fixture('bookings.md'), 'docs/bookings.md');
    expect(read.fragment?.securitySchemes).toEqual([{ name: 'X-Api-Key', type: 'apiKey', in: 'header', parameterName: 'X-Api-Key' }]);
    const list = operation(read, 'GET /api/kennels/{kennel_id}/bookings');
    expect(list.security).toEqual([{ 'X-Api-Key': [] }]);
    expect(list.description).toBe('Lists the bookings of a kennel.');
  });
});
