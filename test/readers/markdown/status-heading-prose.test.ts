/**
 * Atlassian-style status headings with prose under them: `#### 200 OK` ⏎ "Returned if the request
 * is successful." — the prose up to the sample or the next heading is the status's description.
 * The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/status-headings/kites.md'), 'utf8'), 'api/kites.md');
const statuses = (route: string) => operation(read, route).responses.map((r) => [r.status, r.description]);

describe('general reader: prose under a status heading', () => {
  it('should take the paragraphs right under a status heading as its description, a media-type line and the sample not', () => {
    expect(statuses('GET /rest/api/3/kite/{kiteId}')).toEqual([
      ['200', 'Returned if the request is successful.'],
      ['401', 'Returned if the authentication credentials are incorrect or missing.'],
      ['404', 'Returned if the kite is not found.\n\nThe kite may have been grounded.'],
    ]);
    expect(operation(read, 'GET /rest/api/3/kite/{kiteId}').responses[0]?.content[0]?.examples[0]?.value).toEqual({
      id: 'k1',
      colour: 'red',
    });
  });

  it('should keep the reason phrase where a sample comes before the prose, or nothing is under the heading', () => {
    expect(statuses('POST /rest/api/3/kite/{kiteId}/launch')).toEqual([
      ['202', 'Accepted'],
      ['409', 'Returned if the kite is already flying.'],
    ]);
    expect(statuses('DELETE /rest/api/3/kite/{kiteId}')).toEqual([['204', 'No Content']]);
  });

  it('should take a sentence that states the heading’s status again as its description, no second status', () => {
    expect(statuses('POST /rest/api/3/kite/{kiteId}/reel')).toEqual([
      ['200', 'Returned once the kite is reeled in.'],
      ['403', "A 403 response is returned when the caller does not hold the kite's line."],
      ['423', 'The server returns a `423 Locked` while the kite is inspected.'],
    ]);
  });

  it('should part the paragraphs of an HTML page’s status with a blank line, as a markdown page’s', () => {
    const page = readGeneral(
      [
        '<h2>Get kite</h2>',
        '<p><code>GET /kites/{id}</code></p>',
        '<h3>Responses</h3>',
        '<h4>404</h4>',
        '<p>Returned if the kite is not found.</p>',
        '<p>The kite may have been grounded.</p>',
      ].join('\n'),
      'api/kites.html',
    );
    expect(operation(page, 'GET /kites/{id}').responses.map((r) => [r.status, r.description])).toEqual([
      ['404', 'Returned if the kite is not found.\n\nThe kite may have been grounded.'],
    ]);
  });

  it('should leave the next operation’s prose to it', () => {
    const page = readGeneral(
      [
        '## Ground kite',
        '`DELETE /kites/{id}`',
        '#### 204',
        'Returned if the kite was grounded.',
        '## Fly kite',
        'Flies a kite.',
        '`POST /kites/{id}/flights`',
      ].join('\n\n'),
    );
    expect(operation(page, 'DELETE /kites/{id}').responses.map((r) => [r.status, r.description])).toEqual([
      ['204', 'Returned if the kite was grounded.'],
    ]);
    expect(operation(page, 'POST /kites/{id}/flights').summary).toBe('Flies a kite.');
  });
});

describe('general reader: a media-type line under a status heading', () => {
  const page = [
    '## Get kite',
    '`GET /rest/api/3/kites/{kiteId}`',
    '### Responses',
    '#### 200 OK',
    'Returned if the request is successful.',
    'Content type: application/vnd.kite+json',
    '```json\n{"id": "k1"}\n```',
    '#### 404 Not Found',
    'Returned if the kite is not found.',
    'Content type: application/json',
  ].join('\n\n');

  it('should give the response’s body the media type the line states, and a status with no sample no body', () => {
    const responses = operation(readGeneral(page), 'GET /rest/api/3/kites/{kiteId}').responses;
    expect(responses.map((r) => [r.status, r.description, r.content.map((c) => c.mediaType)])).toEqual([
      ['200', 'Returned if the request is successful.', ['application/vnd.kite+json']],
      ['404', 'Returned if the kite is not found.', []],
    ]);
  });

  it('should read a status heading under a status table that lists it as that status again, no slip, and `200 response` as no reason', () => {
    const page = (detail: string) =>
      readGeneral(
        [
          '## Get kite',
          '`GET /v1/kites/{kiteId}`',
          '### Responses',
          '| Status | Description |\n|---|---|\n| 200 OK | Returned if the request is successful. |\n| 404 Not Found | Returned if the kite is not found. |',
          detail,
          'Content type: `application/json`',
          '```json\n{"id": "k1"}\n```',
        ].join('\n\n'),
      );
    for (const heading of ['#### 200 response', '#### 200 OK', '#### 200\n\nReturned if the request is successful.']) {
      const read = page(heading);
      expect(operation(read, 'GET /v1/kites/{kiteId}').responses.map((r) => [r.status, r.description, r.content.length])).toEqual([
        ['200', 'Returned if the request is successful.', 1],
        ['404', 'Returned if the kite is not found.', 0],
      ]);
      expect(codes(read)).not.toContain('malformed-row');
    }
    // Other words under the heading are a second description of the status: the first is kept, and said so.
    expect(codes(page('#### 200 OK\n\nThe kite, with its line.'))).toContain('malformed-row');
    // Alone, `#### 200 response` is the status, its words the status's own.
    const alone = readGeneral(
      ['## Get kite', '`GET /v1/kites/{kiteId}`', '### Responses', '#### 200 response', '```json\n{"id": "k1"}\n```'].join('\n\n'),
    );
    expect(operation(alone, 'GET /v1/kites/{kiteId}').responses.map((r) => [r.status, r.description])).toEqual([['200', 'OK']]);
  });
});
