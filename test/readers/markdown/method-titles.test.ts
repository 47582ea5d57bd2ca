import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

/** `name*` of every body field, `*` where it is required. */
function fields(op: Operation): string[] {
  const schema = bodySchema(op);
  return schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}`) : [];
}

/** A library API whose parameter titles open with the method the values travel with. */
const LIBRARY = [
  '# Shelves',
  '### POST /api/shelves',
  'Creates a shelf.',
  '#### Post body parameters',
  '<hr />',
  '**label** <Required />',
  'The label printed on the shelf.',
  '<hr />',
  '**floor** <Optional />',
  'The floor the shelf stands on.',
  '<hr />',
  '### POST /api/books/{id}/move',
  'Moves a book to another shelf.',
  '#### GET parameters',
  '| Name | Type | Description |\n|---|---|---|\n| notify | boolean | Whether to tell the reader. |',
  '#### POST parameters',
  '| Name | Type | Required | Description |\n|---|---|---|---|\n| shelf | string | yes | The new shelf. |',
].join('\n\n');

describe('general reader: a parameters title that opens with the method the values travel with', () => {
  it("should read `Post body parameters` as the request body's fields, their flags kept", () => {
    const post = operation(readGeneral(LIBRARY), 'POST /api/shelves');
    expect(fields(post)).toEqual(['label*', 'floor']);
    expect(parameterNames(post)).toEqual([]);
  });

  it("should read a POST's `GET parameters` as its query and its `POST parameters` as its body", () => {
    const move = operation(readGeneral(LIBRARY), 'POST /api/books/{id}/move');
    expect(parameterNames(move)).toEqual(['query:notify', 'path:id*']);
    expect(fields(move)).toEqual(['shelf*']);
  });
});
