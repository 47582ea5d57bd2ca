/**
 * The request's media-type headers written out in a paragraph, a line each, as JSON:API references
 * state them (`Content-Type: application/vnd.api+json`, `Accept: …`): the body's and the answer's
 * media types, as a headers table's rows are, and no words of the operation's. The fixtures are
 * made-up APIs written by us.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const lamp = "| Field | Type | Description |\n|---|---|---|\n| `name` | string | The lamp's name. |";
const bodyTypes = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).requestBody?.content.map((c) => c.mediaType);
const answerTypes = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).responses.map((r) => `${r.status}: ${r.content.map((c) => c.mediaType).join(', ')}`);

describe('general reader: media-type header lines', () => {
  it("should read a `Content-Type` line as the body's media type, no words of the operation's", () => {
    const read = readGeneral(
      [
        '## Create a lamp',
        'Creates a lamp.',
        '`POST /v1/lamps`',
        'Content-Type: application/vnd.api+json',
        lamp,
        '## Rename a lamp',
        '`PUT /v1/lamps/{id}`',
        '**Content type:** `application/xml`',
        lamp,
        '## Patch a lamp',
        '`PATCH /v1/lamps/{id}`',
        'Media type: application/merge-patch+json; charset=utf-8',
        lamp,
      ].join('\n\n'),
    );
    const create = operation(read, 'POST /v1/lamps');
    expect(bodyTypes(read, 'POST /v1/lamps')).toEqual(['application/vnd.api+json']);
    expect(create.summary).toBe('Creates a lamp.');
    expect(create.description).toBeUndefined();
    expect(create.parameters).toEqual([]);
    // (Before, the line was the summary and the body application/json.)
    expect(bodyTypes(read, 'PUT /v1/lamps/{id}')).toEqual(['application/xml']);
    expect(operation(read, 'PUT /v1/lamps/{id}').summary).toBe('Rename a lamp');
    expect(bodyTypes(read, 'PATCH /v1/lamps/{id}')).toEqual(['application/merge-patch+json']);
    expect(operation(read, 'PATCH /v1/lamps/{id}').description).toBeUndefined();
  });

  it("should read an `Accept` line as the answer's media type, and both lines of one paragraph", () => {
    const read = readGeneral(
      [
        '## Get a lamp',
        '`GET /v1/lamps/{id}`',
        'Accept: application/vnd.api+json',
        '### Response',
        lamp,
        '## Create a lamp',
        '`POST /v1/lamps`',
        'Content-Type: application/vnd.api+json\nAccept: application/vnd.api+json',
        lamp,
        '### Response',
        '`201 Created`',
        lamp,
      ].join('\n\n'),
    );
    expect(answerTypes(read, 'GET /v1/lamps/{id}')).toEqual(['2XX: application/vnd.api+json']);
    expect(operation(read, 'GET /v1/lamps/{id}').summary).toBe('Get a lamp');
    expect(operation(read, 'GET /v1/lamps/{id}').parameters.map((p) => p.name)).toEqual(['id']);
    expect(bodyTypes(read, 'POST /v1/lamps')).toEqual(['application/vnd.api+json']);
    expect(answerTypes(read, 'POST /v1/lamps')).toEqual(['201: application/vnd.api+json']);
  });

  it("should read a `Content-Type` line under a response's title as that response's media type", () => {
    const read = readGeneral(
      ['## Get a lamp', '`GET /v1/lamps/{id}`', '### Response', 'Content-Type: application/hal+json', lamp].join('\n\n'),
    );
    expect(answerTypes(read, 'GET /v1/lamps/{id}')).toEqual(['2XX: application/hal+json']);
    expect(operation(read, 'GET /v1/lamps/{id}').requestBody).toBeUndefined();
    expect(operation(read, 'GET /v1/lamps/{id}').description).toBeUndefined();
  });

  it("should read a form's `Content-Type` line as the form's type, no words of the operation's", () => {
    const read = readGeneral(
      ['## Create a lamp', '`POST /v1/lamps`', 'Content-Type: application/x-www-form-urlencoded', lamp].join('\n\n'),
    );
    expect(bodyTypes(read, 'POST /v1/lamps')).toEqual(['application/x-www-form-urlencoded']);
    expect(operation(read, 'POST /v1/lamps').summary).toBe('Create a lamp');
  });

  it('should keep a sentence naming the header (whose type it states: media-type-sentences.ts), a line of no media type and a line under an errors title as prose', () => {
    const read = readGeneral(
      [
        '## Create a lamp',
        '`POST /v1/lamps`',
        'Send `Content-Type: application/vnd.api+json` with every call.',
        'Accept: application/*',
        lamp,
        '### Errors',
        'Content-Type: application/problem+json',
      ].join('\n\n'),
    );
    const create = operation(read, 'POST /v1/lamps');
    // The sentence states the request's type (media-type-sentences.test.ts) and stays the summary; the errors' line states none.
    expect(bodyTypes(read, 'POST /v1/lamps')).toEqual(['application/vnd.api+json']);
    expect(create.summary).toBe('Send Content-Type: application/vnd.api+json with every call.');
    expect(create.description).toBe('Accept: application/*');
  });

  it("should give a `json` fence's sample of a body no table documents the one JSON type the lines state", () => {
    const read = readGeneral(
      [
        '## Create a lamp',
        '`POST /v1/lamps`',
        'Content-Type: application/vnd.api+json\nAccept: application/vnd.api+json',
        'Request:',
        '```json\n{"data": {"type": "lamps", "attributes": {"name": "Desk"}}}\n```',
        'Response:',
        '```json\n{"data": {"type": "lamps", "id": "1"}}\n```',
        '## Get a lamp',
        '`GET /v1/lamps/{id}`',
        '```json\n{"data": {"type": "lamps", "id": "1"}}\n```',
      ].join('\n\n'),
    );
    // (Before, both samples were application/json beside the stated type.)
    expect(bodyTypes(read, 'POST /v1/lamps')).toEqual(['application/vnd.api+json']);
    expect(answerTypes(read, 'POST /v1/lamps')).toEqual(['2XX: application/vnd.api+json']);
    // A page that states no type: the fence's JSON.
    expect(answerTypes(read, 'GET /v1/lamps/{id}')).toEqual(['2XX: application/json']);
  });

  it("should give the answer's `json` sample the one JSON type its curl command's `Accept` header asks for", () => {
    const call = (accept: string) =>
      `\`\`\`bash\ncurl https://api.example.com/v1/lamps/1 -H 'Accept: ${accept}'\n\`\`\`\n\n### Response\n\n\`\`\`json\n{"data": {"type": "lamps", "id": "1"}}\n\`\`\``;
    const read = readGeneral(
      [
        '## Get a lamp',
        '`GET /v1/lamps/{id}`',
        call('application/vnd.api+json'),
        '## Get a bulb',
        '`GET /v1/bulbs/{id}`',
        call('*/*').replace('/lamps/', '/bulbs/'),
      ].join('\n\n'),
    );
    expect(answerTypes(read, 'GET /v1/lamps/{id}')).toEqual(['2XX: application/vnd.api+json']);
    expect(answerTypes(read, 'GET /v1/bulbs/{id}')).toEqual(['2XX: application/json']);
  });
});
