import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

/** A "library" API whose calls are bullet lists, the parameters grouped by the place in parentheses after the label. */
const call = (method: string, url: string, ...items: string[]) =>
  ['## A call', `* **URL**: ${url}`, `* **Method**: ${method}`, ...items].join('\n');

describe("general reader: a labelled list's parameters grouped by place (`* **Parameters**: (Headers)`)", () => {
  it('should place each group by the part its place names, the closing `Mandatory.` / `Optional.` the flag', () => {
    const read = readGeneral(
      call(
        'POST',
        'api/shelves/:shelf_id/books',
        '* **Parameters**: (Headers)',
        '  * *Branch-Token*: the token of the branch. Mandatory.',
        "  * *Request-Id*: an id of the caller's choosing. Optional.",
        '* **Parameters**: (URL parameters / path)',
        '  * *shelf_id*: the shelf. Mandatory.',
        '* **Parameters**: (Query string parameters)',
        '  * *notify* (default: true): tell the members who wait for it. Optional.',
        '* **Parameters**: (JSON Payload)',
        "  * *title*: (default 'Untitled') the book's title. Mandatory.",
        '  * *isbn*: its ISBN.',
      ),
    );
    const add = operation(read, 'POST /api/shelves/{shelf_id}/books');
    expect(parameterNames(add)).toEqual(['header:Branch-Token*', 'header:Request-Id', 'path:shelf_id*', 'query:notify']);
    expect(add.parameters.map((p) => p.description)).toEqual([
      'the token of the branch.',
      "an id of the caller's choosing.",
      'the shelf.',
      'tell the members who wait for it.',
    ]);
    expect(add.parameters[3]?.schema).toMatchObject({ kind: 'boolean', default: true });
    // No type stated: none given (the default is kept as written, the description without it).
    expect(bodySchema(add)).toEqual({
      kind: 'object',
      properties: [
        { name: 'title', schema: { kind: 'unknown', default: 'Untitled' }, required: true, description: "the book's title." },
        { name: 'isbn', schema: { kind: 'unknown' }, required: false, description: 'its ISBN.' },
      ],
    });
    expect(codes(read)).toEqual([]);
  });

  it('should read names plain before their colon, or marked before their words alone, and skip an odd item among three', () => {
    const read = readGeneral(
      call(
        'GET',
        'api/books',
        '* **Parameters**: (query string)',
        '  * shelf: the shelf the books stand on. Mandatory.',
        '  * *tags* list of tags, comma separated .Optional.',
        '  * a couple *from* & *to*: two dates bounding the search.',
        '  * `lang`: the language.',
      ),
    );
    const books = operation(read, 'GET /api/books');
    expect(parameterNames(books)).toEqual(['query:shelf*', 'query:tags', 'query:lang']);
    expect(books.parameters.map((p) => p.description)).toEqual([
      'the shelf the books stand on.',
      'list of tags, comma separated .',
      'the language.',
    ]);
  });

  it('should leave a group as it is where the place names no part or most items do not read', () => {
    const read = readGeneral(
      call(
        'GET',
        'api/books',
        '* **Parameters**: (optional)',
        '  * *shelf*: the shelf. Mandatory.',
        '* **Parameters**: (Headers)',
        '  * a couple *login* & *password*: sent as basic authentication.',
        "  * an *api_key* from the member's settings.",
        '  * *Branch-Token*: the token of the branch. Mandatory.',
        '* **Parameters**: (query string)',
        '  * *lang*: the language. Optional.',
      ),
    );
    expect(parameterNames(operation(read, 'GET /api/books'))).toEqual(['query:lang']);
  });
});
