/**
 * A sentence stating the requests' or the answers' media type ("Requests must be sent with the
 * `application/vnd.api+json` content type.", "Set the `Accept` header to …"), as JSON:API references
 * write it: what a media-type header line states (header-lines.test.ts), the sentence prose still;
 * before the page's operations, every call's. The fixtures are made-up APIs written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/media-type-sentences', name), 'utf8');
const bodyTypes = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).requestBody?.content.map((c) => c.mediaType);
const answerTypes = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).responses.map((r) => `${r.status}: ${r.content.map((c) => c.mediaType).join(', ')}`);

describe('general reader: a sentence stating the media type of requests or answers', () => {
  it("should give every operation of the page the types its words before them state, a form's own type kept", () => {
    const read = readGeneral(fixture('lamps.md'));
    // Before, the samples were application/json.
    expect(answerTypes(read, 'GET /lamps')).toEqual(['2XX: application/vnd.api+json']);
    expect(bodyTypes(read, 'POST /lamps')).toEqual(['application/vnd.api+json']);
    expect(answerTypes(read, 'POST /lamps')).toEqual(['2XX: application/vnd.api+json']);
    expect(operation(read, 'GET /lamps').requestBody).toBeUndefined();
    expect(bodyTypes(read, 'POST /lamps/{id}/photo')).toEqual(['multipart/form-data']);
  });

  it("should read an operation's sentence naming the `Content-Type` or `Accept` header, and keep it prose", () => {
    const read = readGeneral(fixture('shelves.md'));
    expect(bodyTypes(read, 'POST /shelves')).toEqual(['application/vnd.api+json']);
    expect(operation(read, 'POST /shelves').summary).toBe('Set the Content-Type header to application/vnd.api+json.');
    // The request's header says nothing of the answer's type.
    expect(answerTypes(read, 'POST /shelves')).toEqual(['2XX: application/json']);
    expect(answerTypes(read, 'GET /shelves/{id}')).toEqual(['2XX: application/vnd.api+json']);
  });

  it('should read no type from a sentence that mentions one in passing, sets a condition or offers a choice', () => {
    const read = readGeneral(fixture('shelves.md'));
    // "The … media type is defined by …", "If you send …", "Errors are returned as …" before the operations; "may also" in one.
    expect(bodyTypes(read, 'PATCH /shelves/{id}')).toEqual(['application/json']);
    expect(operation(read, 'GET /shelves/{id}').requestBody).toBeUndefined();
  });

  it('should read a sentence naming no header nor type word that closes on the one media type its requests or answers use', () => {
    const read = readGeneral(fixture('pots.md'));
    // "Requests and responses use `application/vnd.api+json`." before the operations: before, every body was application/json.
    expect(answerTypes(read, 'GET /pots')).toEqual(['2XX: application/vnd.api+json']);
    expect(bodyTypes(read, 'POST /pots/{id}/tags')).toEqual(['application/vnd.api+json']);
    // "Send the body as `application/merge-patch+json`." under the operation: its own, before application/vnd.api+json.
    expect(bodyTypes(read, 'PATCH /pots/{id}')).toEqual(['application/merge-patch+json']);
  });

  it('should read no type from a media type that does not close the sentence as what the bodies use', () => {
    const read = readGeneral(fixture('trays.md'));
    // "Requests link to schemas in `application/schema+json`.", a URL's path: no statement.
    expect(bodyTypes(read, 'POST /trays')).toEqual(['application/json']);
    expect(answerTypes(read, 'POST /trays')).toEqual(['2XX: application/json']);
  });
});
