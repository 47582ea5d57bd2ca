import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

describe('general reader: "Request body format:" and the request\'s shape words', () => {
  it("should read `Request body format:` over a JSON sample as the request's body, never the response's", () => {
    const read = readGeneral(
      [
        '# Lamps',
        '#### CreateLamp `POST /v1/lamp`',
        'Creates a new lamp.',
        'Request body format:',
        '```json\n{\n    "name": "Desk lamp",\n    "watts": 40\n}\n```',
        'This returns the lamp, in the same format as the result of GetLamp.',
        '#### DimLamp `POST /v1/lamp/dim`',
        'Dims a lamp.',
        'Request body format:',
        '```json\n{\n  "level": 13\n}\n```',
      ].join('\n\n'),
    );
    const create = operation(read, 'POST /v1/lamp');
    expect(create.requestBody?.content[0]?.examples[0]?.value).toEqual({ name: 'Desk lamp', watts: 40 });
    // The sample is the request's: no response is made of it.
    expect(create.responses.flatMap((r) => r.content)).toEqual([]);
    expect(operation(read, 'POST /v1/lamp/dim').requestBody?.content[0]?.examples[0]?.value).toEqual({ level: 13 });
  });

  it('should read `Request body structure` (and `attributes`, `properties`, `object`) over a table as the request body', () => {
    for (const words of ['Request body structure', 'Request body attributes', 'Request body properties', 'Request body object']) {
      const read = readGeneral(
        [
          '## Create a shelf',
          '`POST /v1/shelves`',
          `### ${words}`,
          '| Field | Type | Description |\n|---|---|---|\n| wall | string | The wall it hangs on |\n| width | integer | In centimetres |',
        ].join('\n\n'),
      );
      const post = operation(read, 'POST /v1/shelves');
      const body = bodySchema(post);
      expect(body?.kind === 'object' && body.properties.map((p) => p.name), words).toEqual(['wall', 'width']);
      expect(
        post.responses.flatMap((r) => r.content),
        words,
      ).toEqual([]);
    }
  });

  it("should keep `Response structure` and `Response format:` the response's shape", () => {
    const read = readGeneral(
      [
        '## Get a shelf',
        '`GET /v1/shelves/{id}`',
        '### Response format:',
        '| Field | Type | Description |\n|---|---|---|\n| wall | string | The wall it hangs on |',
      ].join('\n\n'),
    );
    const get = operation(read, 'GET /v1/shelves/{id}');
    expect(get.requestBody).toBeUndefined();
    const schema = get.responses[0]?.content[0]?.schema;
    expect(schema?.kind === 'object' && schema.properties.map((p) => p.name)).toEqual(['wall']);
  });
});
