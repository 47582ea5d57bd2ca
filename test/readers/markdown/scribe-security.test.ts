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

  it('should read "This endpoint requires authentication." under an endpoint as the badge, and leave the opposite sentence’s as it is', () => {
    const read = readGeneral(fixture('walks.md'), 'docs/walks.md');
    expect(read.fragment?.securitySchemes).toEqual([{ name: 'Authorization', type: 'http', scheme: 'bearer' }]);
    const list = operation(read, 'GET /api/walks');
    expect(list.security).toEqual([{ Authorization: [] }]);
    // The sentence alone is no words of the endpoint, as the badge is none; among other words, they stay.
    expect(list.summary).toBe('List walks');
    expect(list.description).toBe('Lists the walks booked for today.');
    const book = operation(read, 'POST /api/walks');
    expect(book.security).toEqual([{ Authorization: [] }]);
    expect(`${book.summary} ${book.description ?? ''}`).toMatch(/This endpoint requires authentication\./);
    // "… does not require …" is no requirement, and no `security: []` either (an endpoint without the badge is left as it is).
    const route = operation(read, 'GET /api/walks/{id}/route');
    expect(route.security).toBeUndefined();
    expect(route.description).toBe('This endpoint does not require authentication.');
  });

  it('should state no scheme for the sentence where the page states none', () => {
    const page = '# Walks\n\n## List walks\n\nThis endpoint requires authentication.\n\n### HTTP Request\n\n`GET api/walks`\n';
    const read = readGeneral(page, 'docs/walks.md');
    expect(read.fragment?.securitySchemes ?? []).toEqual([]);
    expect(operation(read, 'GET /api/walks').security).toBeUndefined();
    // Marked for the merge, which gives it the scheme another page states, where one does.
    expect(read.fragment?.authenticated).toEqual([0]);
  });
});
