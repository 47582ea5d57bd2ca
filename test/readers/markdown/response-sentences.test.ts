import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

/** A page per call in a Graph-like reference: `## HTTP request`, `## Response` and its one sentence. */
function page(route: string, sentence: string): string {
  return ['# A call', '## HTTP request', `\`\`\`http\n${route}\n\`\`\``, '## Response', sentence].join('\n\n');
}

function answers(text: string, route: string): Array<[string, string, unknown]> {
  const read = readGeneral(text);
  return operation(read, route).responses.map((r) => [r.status, r.description, strip(r.content[0]?.schema)]);
}

describe('general reader: a response sentence that states more than one status', () => {
  it('should read the second status of "returns a `200 OK` response code or a `204 No Content` response code …"', () => {
    const text = page(
      'PUT /shelves/{id}/cover',
      'If successful, this method returns a `200 OK` response code or a `204 No Content` response code for replacing the cover of a **shelf**.',
    );
    expect(answers(text, 'PUT /shelves/{id}/cover')).toEqual([
      ['200', 'OK', undefined],
      ['204', 'No Content for replacing the cover of a shelf', undefined],
    ]);
  });

  it("should read the statuses the paragraph's other sentences state, the body named on the success that carries one", () => {
    const text = page(
      'DELETE /shelves/{id}',
      "If successful, this method returns a `200 OK` response code and a [shelf](../resources/shelf.md) object in the response body. A shelf that still holds books can't be deleted; otherwise, this method returns a `409 Conflict` response code. If the caller doesn't own the shelf, this method returns a `403 Forbidden` response code.",
    );
    expect(answers(text, 'DELETE /shelves/{id}')).toEqual([
      ['200', 'OK', { kind: 'ref', name: 'shelf' }],
      ['409', 'Conflict', undefined],
      ['403', "Forbidden if the caller doesn't own the shelf", undefined],
    ]);
  });

  it('should give the named body to its own status only where another success stated could carry one', () => {
    const text = page(
      'POST /shelves',
      'If successful, this method returns a `201 Created` response code and a [shelf](../resources/shelf.md) object in the response body, or `202 Accepted` if the shelf is made later.',
    );
    expect(answers(text, 'POST /shelves')).toEqual([
      ['201', 'Created', { kind: 'ref', name: 'shelf' }],
      ['202', 'Accepted if the shelf is made later', undefined],
    ]);
  });

  it('should keep one status where the sentence states one', () => {
    const text = page(
      'POST /shelves/{id}/archive',
      'If successful, this method returns a `202 Accepted` response code and an `Operation-Location` header.',
    );
    expect(answers(text, 'POST /shelves/{id}/archive')).toEqual([['202', 'Accepted', undefined]]);
  });
});

/** A collection page whose examples show the collection's count too (OData's `$count` segment), and a count page of its own. */
const SHELVES = [
  '# List shelves',
  '## HTTP request',
  '```http\nGET /shelves\n```',
  '## Response',
  'If successful, this method returns a `200 OK` response code and collection of [shelf](../resources/shelf.md) objects in the response body.',
  '## Examples',
  '### Example 1: Get all shelves',
  '#### Request',
  '```http\nGET https://api.example.com/v1.0/shelves\n```',
  '#### Response',
  '```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n[{ "id": "s1", "name": "Odes" }]\n```',
  '### Example 2: Count the shelves',
  '#### Request',
  '```http\nGET https://api.example.com/v1.0/shelves/$count\nConsistencyLevel: eventual\n```',
  '#### Response',
  '```http\nHTTP/1.1 200 OK\nContent-type: text/plain\n\n42\n```',
].join('\n\n');

describe("general reader: a collection's count (OData's `$count`)", () => {
  it("should leave a count request's sample and its answer out of the collection's operation", () => {
    const list = operation(readGeneral(SHELVES), 'GET /shelves');
    const ok = list.responses.find((r) => r.status === '200');
    expect(ok?.content.map((c) => [c.mediaType, c.examples.length])).toEqual([['application/json', 1]]);
  });

  it('should read a text answer (`Content-type: text/plain` over `42`) of a count call as a string, not JSON', () => {
    const text = [
      '# Count shelves',
      '## HTTP request',
      '```http\nGET /shelves/$count\n```',
      '## Example',
      '#### Request',
      '```http\nGET https://api.example.com/v1.0/shelves/$count\n```',
      '#### Response',
      '```http\nHTTP/1.1 200 OK\nContent-type: text/plain\n\n42\n```',
    ].join('\n\n');
    const count = operation(readGeneral(text), 'GET /shelves/$count');
    expect(count.responses.map((r) => [r.status, r.content.map((c) => [c.mediaType, strip(c.schema), c.examples[0]?.raw])])).toEqual([
      ['200', [['text/plain', { kind: 'string' }, '42']]],
    ]);
  });
});

describe("general reader: OData's collection envelope", () => {
  const envelope = (sample: string) =>
    [
      '# List loans',
      '## HTTP request',
      '```http\nGET /loans\n```',
      '## Response',
      'If successful, this method returns a `200 OK` response code and collection of [loan](../resources/loan.md) objects in the response body.',
      '## Example',
      '#### Request',
      '```http\nGET https://api.example.com/v1.0/loans\n```',
      '#### Response',
      `\`\`\`http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n${sample}\n\`\`\``,
    ].join('\n\n');

  it('should make a collection whose sample is the envelope the envelope: its `value` the collection, its annotations open', () => {
    const read = readGeneral(envelope('{ "@odata.context": "https://api.example.com/v1.0/$metadata#loans", "value": [ { "id": "l1" } ] }'));
    const ok = operation(read, 'GET /loans').responses.find((r) => r.status === '200');
    expect(strip(ok?.content[0]?.schema)).toEqual({
      kind: 'object',
      properties: [
        { name: '@odata.context', schema: { kind: 'unknown' }, required: false },
        { name: 'value', schema: { kind: 'array', items: { kind: 'ref', name: 'loan' } }, required: false },
      ],
    });
  });

  it('should leave the collection a bare array where a sample shows one, or keys that are no annotations', () => {
    for (const sample of ['[ { "id": "l1" } ]', '{ "total": 1, "value": [ { "id": "l1" } ] }']) {
      const ok = operation(readGeneral(envelope(sample)), 'GET /loans').responses.find((r) => r.status === '200');
      expect(strip(ok?.content[0]?.schema)).toEqual({ kind: 'array', items: { kind: 'ref', name: 'loan' } });
    }
  });

  it('should read a status line a sample restates (`HTTP/1.1 204 No Content`) as that answer, no second row of it', () => {
    const text = [
      '# Replace a cover',
      '## HTTP request',
      '```http\nPUT /shelves/{id}/cover\n```',
      '## Response',
      'If successful, this method returns a `200 OK` response code or a `204 No Content` response code.',
      '## Example',
      '#### Response',
      '```http\nHTTP/1.1 204 No Content\n```',
    ].join('\n\n');
    const read = readGeneral(text);
    expect(read.diagnostics.items.filter((d) => d.code === 'malformed-row')).toEqual([]);
    expect(operation(read, 'PUT /shelves/{id}/cover').responses.map((r) => r.status)).toEqual(['200', '204']);
  });

  it('should read a body named without "object" ("and a [shelfJob](…) in the response body") and a status stated alone after "Otherwise,"', () => {
    const text = page(
      'POST /shelves/{id}/jobs',
      'If successful, this method returns a `202 Accepted` response code and a [shelfJob](../resources/shelfjob.md) in the response body. If a job of that name exists, the method returns a `200 OK` response code with the existing job. Otherwise, `409 Conflict`.',
    );
    expect(answers(text, 'POST /shelves/{id}/jobs')).toEqual([
      ['202', 'Accepted', { kind: 'ref', name: 'shelfJob' }],
      ['200', 'OK if a job of that name exists', undefined],
      ['409', 'Conflict', undefined],
    ]);
    // In one sentence too, after a semicolon; a header named there is no body.
    const one = page(
      'POST /shelves/{id}/moves',
      'If successful, this method returns a `202 Accepted` response code and an `Operation-Location` header in the response body; otherwise, `409 Conflict`.',
    );
    expect(answers(one, 'POST /shelves/{id}/moves')).toEqual([
      ['202', 'Accepted', undefined],
      ['409', 'Conflict', undefined],
    ]);
  });
});
