/**
 * A media type stated in a body's or response's title (`### Response (application/xml)`,
 * `#### 201 Created (application/hal+json)`, `### Request body (multipart/form-data)`,
 * `### Response — application/hal+json`): that part's content is of that type, and a
 * ```` ```json ```` sample under it joins it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Content, Operation } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/titled-media-types/shelves.md'), 'utf8');

/** Each response's content: its media types, whether each has a schema and how many examples. */
function answers(op: Operation): Array<[string, Array<[string, boolean, number]>]> {
  const entries = (content: readonly Content[]) =>
    content.map((c): [string, boolean, number] => [c.mediaType, c.schema !== undefined && c.schema.kind !== 'unknown', c.examples.length]);
  return op.responses.map((response) => [response.status, entries(response.content)]);
}

describe('general reader: media types stated in titles', () => {
  const read = readGeneral(page, 'docs/shelves.md');

  it('should give a response the media type its title states, in a parenthesis or after a dash', () => {
    expect(answers(operation(read, 'GET /shelves/{id}'))).toEqual([['2XX', [['application/xml', true, 0]]]]);
    expect(answers(operation(read, 'GET /books'))).toEqual([['200', [['application/hal+json', true, 1]]]]);
    // Words in a parenthesis that are no media type (`(JSON and/or XML)`) state none.
    expect(answers(operation(read, 'GET /catalogue'))).toEqual([['2XX', [['application/json', true, 0]]]]);
  });

  it('should read a bold label’s media type as a heading’s', () => {
    expect(answers(operation(read, 'GET /books/{id}'))).toEqual([['2XX', [['application/xml', true, 0]]]]);
    expect(answers(operation(read, 'GET /books/{id}/cover'))).toEqual([['200', [['application/hal+json', false, 1]]]]);
  });

  it('should send a request body as the media type its title states', () => {
    const body = operation(read, 'POST /shelves').requestBody;
    expect(body?.content.map((c) => c.mediaType)).toEqual(['multipart/form-data']);
  });

  it('should join a `json` sample under a title stating a `+json` type to that type, no second entry', () => {
    expect(answers(operation(read, 'POST /shelves'))).toEqual([['201', [['application/hal+json', true, 1]]]]);
    expect(answers(operation(read, 'GET /authors/{id}'))).toEqual([['200', [['application/hal+json', false, 1]]]]);
  });
});

const colons = readFileSync(path.join(import.meta.dirname, 'fixtures/titled-media-types/colons.md'), 'utf8');

describe('general reader: media types stated after a colon in titles', () => {
  const read = readGeneral(colons, 'docs/shelves.md');

  it('should read `Response: application/xml` (a heading or a bold label) as the parenthesis is read', () => {
    expect(answers(operation(read, 'GET /shelves/{id}'))).toEqual([['2XX', [['application/xml', true, 0]]]]);
    expect(answers(operation(read, 'GET /books/{id}'))).toEqual([['2XX', [['application/xml', true, 0]]]]);
    expect(answers(operation(read, 'POST /shelves'))).toEqual([['201', [['application/hal+json', true, 1]]]]);
  });

  it('should read `Responses — 200: application/xml` as that status’s response of that type', () => {
    expect(answers(operation(read, 'PUT /shelves/{id}/name'))).toEqual([['200', [['application/xml', true, 0]]]]);
  });

  it('should send a request body as the media type after its title’s colon', () => {
    expect(operation(read, 'POST /shelves').requestBody?.content.map((c) => c.mediaType)).toEqual(['multipart/form-data']);
    expect(operation(read, 'PUT /shelves/{id}/name').requestBody?.content.map((c) => c.mediaType)).toEqual([
      'application/x-www-form-urlencoded',
    ]);
  });

  it('should take no media type from a colon in prose', () => {
    expect(answers(operation(read, 'GET /books/{id}/cover'))).toEqual([['2XX', [['application/json', false, 1]]]]);
  });
});

const labels = readFileSync(path.join(import.meta.dirname, 'fixtures/titled-media-types/labels.md'), 'utf8');

describe('general reader: a JSON media type in a response’s title over a `json` sample', () => {
  const read = readGeneral(labels, 'docs/lamps.md');

  it('should give the sample the title’s `+json` type (a bold label or a heading), and a JSON fence no XML type', () => {
    expect(answers(operation(read, 'GET /lamps/{id}'))).toEqual([['2XX', [['application/hal+json', false, 1]]]]);
    expect(answers(operation(read, 'GET /bulbs/{id}'))).toEqual([['2XX', [['application/hal+json', false, 1]]]]);
    expect(answers(operation(read, 'GET /sockets/{id}'))).toEqual([['2XX', [['application/vnd.lamps+json', false, 1]]]]);
    expect(answers(operation(read, 'GET /shades/{id}'))).toEqual([['2XX', [['application/json', false, 1]]]]);
  });
});
