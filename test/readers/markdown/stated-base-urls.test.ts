import { describe, expect, it } from 'vitest';
import { readGeneral } from './helpers.js';

describe('general reader: a base URL the prose states', () => {
  it('should take each base URL a sentence or a list item states as a server, and none a sentence only mentions', () => {
    const read = readGeneral(
      [
        '# Library API',
        '- The preferred API base URL is `https://books.example.com/api/v2/`\n- The legacy base URL is `https://books.example.com/legacy/v1/`\n- All dates are in UTC',
        'See the base URL page for https://other.example.com/ and its mirrors.',
        '### GET /shelves - List shelves',
        'Lists the shelves.',
      ].join('\n\n'),
    );
    expect(read.fragment?.servers).toEqual(['https://books.example.com/api/v2', 'https://books.example.com/legacy/v1']);
    expect(read.routes).toEqual(['GET /shelves']);
  });
});
