/**
 * RPC references written as Dropbox's HTTP reference is: `**URL Structure**` and `**Method**` over
 * their blocks, the arguments and result as a struct's listing, a field a line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { operation, readGeneral, strip } from './helpers.js';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/rpc-pages', name), 'utf8');

function definition(op: Operation, status?: string): unknown {
  const schema = status
    ? op.responses.find((response) => response.status === status)?.content[0]?.schema
    : op.requestBody?.content[0]?.schema;
  return strip(schema);
}

describe('general reader: RPC pages with struct listings (Dropbox-style)', () => {
  it('should read the `URL Structure` and `Method` labels as the request line, no words of the call', () => {
    const read = readGeneral(fixture('copy.md'), 'copy.md');
    expect(read.routes).toEqual(['POST /2/shelves/copy']);
    const op = operation(read, 'POST /2/shelves/copy');
    expect(op.summary).toBe(
      "Copy a book or a shelf to a different location in the user's library. If the source path is a shelf, all its contents will be copied.",
    );
    expect(op.description).toBeUndefined();
    // The `Errors` listing is a union's tags: no HTTP status of it.
    expect(op.responses.map((response) => response.status)).toEqual(['2XX']);
  });

  it("should read the struct's listing as the body's fields, `?` optional, a stated default optional, the type's arguments its limits", () => {
    const op = operation(readGeneral(fixture('copy.md'), 'copy.md'), 'POST /2/shelves/copy');
    expect(definition(op)).toEqual({ kind: 'ref', name: 'RelocationArg' });
    const read = readGeneral(fixture('copy.md'), 'copy.md');
    const arg = strip(read.fragment?.schemas.find((schema) => schema.name === 'RelocationArg'));
    expect(arg?.schema).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'from_path', required: true, schema: { kind: 'string', pattern: '(/(.|[\\r\\n])*)|(ns:[0-9]+(/.*)?)' } },
        { name: 'to_path', required: true, schema: { kind: 'string' } },
        { name: 'autorename', required: false, schema: { kind: 'boolean', default: false } },
        { name: 'limit', required: false, schema: { kind: 'integer', minimum: 1, maximum: 1000 } },
      ],
    });
  });

  it("should read a listing written as lines of one paragraph, its name on the first, a line that opens no field going on the one above, a list's items' limits theirs", () => {
    const read = readGeneral(fixture('list-books.md'), 'list-books.md');
    const op = operation(read, 'POST /2/shelves/list_books');
    expect(definition(op)).toEqual({ kind: 'ref', name: 'ListBooksArg' });
    expect(definition(op, '2XX')).toEqual({ kind: 'ref', name: 'ListBooksResult' });
    const arg = strip(read.fragment?.schemas.find((schema) => schema.name === 'ListBooksArg'));
    expect(arg?.schema).toMatchObject({
      properties: [
        { name: 'shelf', required: true, schema: { kind: 'string', minLength: 1, maxLength: 255 } },
        {
          name: 'tags',
          required: false,
          description: 'Only books with these tags. This field is optional.',
          // The items' own limits are theirs.
          schema: { kind: 'array', maxItems: 10, items: { kind: 'string', maxLength: 32 } },
        },
        { name: 'since', required: false, schema: { kind: 'string' } },
      ],
    });
    const result = strip(read.fragment?.schemas.find((schema) => schema.name === 'ListBooksResult'));
    expect(result?.schema).toMatchObject({
      properties: [
        { name: 'entries', required: true, schema: { kind: 'array', items: { kind: 'ref', name: 'BookMetadata' } } },
        { name: 'ranks', required: true, schema: { kind: 'array', items: { kind: 'integer', minimum: 1, maximum: 5 } } },
        { name: 'codes', required: true, schema: { kind: 'array', minItems: 1, items: { kind: 'string', pattern: '[A-Z]{3}' } } },
        { name: 'has_more', required: true, schema: { kind: 'boolean' } },
      ],
    });
  });
});
