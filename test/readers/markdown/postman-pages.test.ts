/**
 * A Postman collection written out by postman-to-markdown: `## End-point: …` per request, the
 * method in `### Method: GET` over the URL quoted in a fence, `Param | value` tables, the body's
 * mode in its title (`Body (**raw**)`, `Body formdata`), `### Response: 200` over each answer's
 * sample and the collection's authentication in a table of its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/postman-pages/shelves.md'), 'utf8');

describe('general reader: postman-to-markdown’s pages', () => {
  const read = readGeneral(page, 'api/README.md');

  it('should read `### Method: GET` over the quoted URL as the request line, the title without its `End-point:` label', () => {
    expect(read.routes).toEqual(['GET /shelves', 'POST /shelves', 'DELETE /shelves/{shelfId}', 'POST /shelves/{shelfId}/cover']);
    expect(operation(read, 'POST /shelves').summary).toBe('Create shelf');
  });

  it('should read the Param | value tables as the parameters, their values the examples', () => {
    const list = operation(read, 'GET /shelves');
    expect(list.parameters.map((p) => [p.in, p.name, p.schema.kind, p.schema.examples])).toEqual([
      ['query', 'limit', 'integer', [10]],
      ['query', 'sort', 'string', ['name']],
    ]);
    expect(parameterNames(operation(read, 'DELETE /shelves/{shelfId}'))).toEqual(['path:shelfId*']);
  });

  it('should send a `Body formdata` as multipart/form-data, its file a binary field, and leave the authentication table out of the body', () => {
    const upload = operation(read, 'POST /shelves/{shelfId}/cover');
    expect(upload.requestBody?.content.map((content) => content.mediaType)).toEqual(['multipart/form-data']);
    expect(bodySchema(upload)).toMatchObject({
      properties: [
        { name: 'image', schema: { kind: 'string', format: 'binary' } },
        { name: 'caption', schema: { kind: 'string' } },
      ],
    });
  });

  it('should read `### Response: 204` over a `null` sample as a 204 with no content, and the other statuses by their titles', () => {
    expect(operation(read, 'DELETE /shelves/{shelfId}').responses.map((r) => [r.status, r.content.length])).toEqual([['204', 0]]);
    expect(operation(read, 'POST /shelves').responses.map((r) => r.status)).toEqual(['201']);
    expect(operation(read, 'GET /shelves').responses.map((r) => r.status)).toEqual(['200']);
  });

  it('should read a `|Content-Type|Value|` headers table by its names, and report nothing but the undocumented path parameter', () => {
    expect(codes(read)).toEqual(['path-parameter-undocumented']);
  });

  it('should leave a `Method:` heading whose next block is no URL alone as it is', () => {
    const other = readGeneral(['## Notes', '### Method: GET', 'Only reads.', '## List', '`GET /things`'].join('\n\n'));
    expect(other.routes).toEqual(['GET /things']);
  });
});
