import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** A reference that states a route with its parameter once, then writes other methods' routes with sample ids. */
function page(...sections: string[]): string {
  return [
    '## Shelves',
    '### Put a shelf in a library',
    '**PUT** https://library.example.com/api2/libraries/{library-id}/shelves/?p={path}',
    '* library-id\n* path',
    ...sections,
  ].join('\n\n');
}

describe('general reader: a request line with a sample id where the page states the route with its parameter', () => {
  it("should read a section's only line of another method, `/libraries/<uuid>/shelves/?p=/a`, as the stated route", () => {
    const read = readGeneral(
      page(
        '### Rename a shelf',
        '**POST** https://library.example.com/api2/libraries/2deffbac-d7be-4ace-b406-efb799083ee9/shelves/?p=/a&name=b',
        '**Sample response**',
        '```\n{"success": true}\n```',
      ),
    );
    expect(read.routes).toEqual(['PUT /api2/libraries/{library-id}/shelves', 'POST /api2/libraries/{library-id}/shelves']);
    expect(operation(read, 'POST /api2/libraries/{library-id}/shelves').summary).toBe('Rename a shelf');
  });

  it("should keep a line of the stated route's own method an example, and one whose other segments differ", () => {
    const read = readGeneral(
      page(
        '### Put a shelf again',
        '**PUT** https://library.example.com/api2/libraries/2deffbac-d7be-4ace-b406-efb799083ee9/shelves/?p=/a',
        '### Rename a book',
        '**POST** https://library.example.com/api2/libraries/2deffbac-d7be-4ace-b406-efb799083ee9/books/?p=/a',
      ),
    );
    expect(read.routes).toEqual(['PUT /api2/libraries/{library-id}/shelves']);
  });

  it('should keep the line an example where two stated routes have its shape', () => {
    const read = readGeneral(
      page(
        '### Move a shelf',
        '**PATCH** https://library.example.com/api2/libraries/{library}/shelves/',
        '### Rename a shelf',
        '**POST** https://library.example.com/api2/libraries/2deffbac-d7be-4ace-b406-efb799083ee9/shelves/',
      ),
    );
    expect(read.routes).toEqual(['PUT /api2/libraries/{library-id}/shelves', 'PATCH /api2/libraries/{library}/shelves']);
  });
});
