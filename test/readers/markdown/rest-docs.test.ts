/**
 * Guides built from Spring REST Docs' snippets (Asciidoctor's HTML): a section per operation whose
 * calls are its `curl-request` or `http-request` snippet, its `Path | Type | Description` tables of
 * request and response fields, and path parameters under a caption naming the route. The fixture is
 * a "library" API written by us in that HTML.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/rest-docs/shelves.html'), 'utf8');

describe('general reader: Spring REST Docs guides', () => {
  it("should read a section whose only call is its curl command as that command's route, beside sections that state theirs", () => {
    const read = readGeneral(page, 'api/shelves.html');
    expect(read.routes).toEqual(['GET /shelves', 'POST /shelves', 'GET /shelves/{id}']);
    expect(parameterNames(operation(read, 'GET /shelves'))).toEqual(['query:page']);
    expect(parameterNames(operation(read, 'GET /shelves/{id}'))).toEqual(['path:id*']);
  });

  it('should read a `Path | Type | Description` table of JSON paths as the fields it names', () => {
    const read = readGeneral(page, 'api/shelves.html');
    expect(strip(operation(read, 'GET /shelves').responses[0]?.content[0]?.schema)).toEqual({
      kind: 'object',
      properties: [
        {
          name: 'shelves',
          description: 'An array of shelves',
          required: false,
          schema: {
            kind: 'array',
            items: {
              kind: 'object',
              properties: [
                { name: 'id', description: "The shelf's id", required: false, schema: { kind: 'number' } },
                { name: 'name', description: "The shelf's name", required: false, schema: { kind: 'string' } },
              ],
            },
          },
        },
      ],
    });
    const body = bodySchema(operation(read, 'POST /shelves'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.schema.kind])).toEqual([
      ['name', 'string'],
      ['tags', 'array'],
    ]);
  });

  it('should take a curl-only section in markdown beside a section of request messages, and keep a Path column of routes', () => {
    const read = readGeneral(
      [
        '### Listing shelves',
        '#### Example request',
        "```bash\n$ curl 'http://localhost:8080/shelves?page=2' -i -X GET\n```",
        '### Retrieve a shelf',
        '```http\nGET /shelves/{id} HTTP/1.1\nHost: localhost:8080\n```',
        '### Routes',
        '| Path | Type | Description |\n|---|---|---|\n| `/shelves` | GET | The shelves |',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /shelves', 'GET /shelves/{id}']);
  });

  it("should read an `HTTP request` snippet's body as the request's sample, its request line still the route", () => {
    const text = readFileSync(path.join(import.meta.dirname, 'fixtures/rest-docs/create-shelf.md'), 'utf8');
    const read = readGeneral(text, 'api/create-shelf.md');
    expect(read.routes).toEqual(['POST /shelves', 'GET /shelves/{id}']);
    expect(read.diagnostics.items).toEqual([]);
    const content = operation(read, 'POST /shelves').requestBody?.content;
    expect(content?.map((c) => [c.mediaType, c.schema?.kind, c.examples.map((e) => e.value)])).toEqual([
      ['application/json', 'object', [{ name: 'Prose', tags: ['http://localhost:8080/tags/2'] }]],
    ]);
    // A snippet without a body sends none.
    expect(operation(read, 'GET /shelves/{id}').requestBody).toBeUndefined();
  });
});
