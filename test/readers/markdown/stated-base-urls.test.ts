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

  it('should take a base path stated without a host as the server, the routes staying as written relative to it', () => {
    const read = readGeneral(
      [
        '# Shelves API',
        'Base endpoint is: `/library/api/v2`',
        '## List the shelves of a branch',
        '* Method: `GET`\n* Endpoint: `/shelves/{branch}`',
      ].join('\n\n'),
    );
    expect(read.fragment?.servers).toEqual(['/library/api/v2']);
    expect(read.routes).toEqual(['GET /shelves/{branch}']);
  });

  it.each([
    ['The base path is `/library/api/v2/`.', ['/library/api/v2']],
    ['All endpoints are relative to `/library/api/v2`', ['/library/api/v2']],
    ['All endpoints below are relative to https://books.example.com/api/v2.', ['https://books.example.com/api/v2']],
    ['Base URL: `/library/api/v2`', ['/library/api/v2']],
  ])('should read the base a sentence states: %s', (sentence, servers) => {
    const read = readGeneral(['# Shelves API', sentence, '### GET /shelves - List shelves', 'Lists the shelves.'].join('\n\n'));
    expect(read.fragment?.servers).toEqual(servers);
  });

  it('should take the base endpoint of the one API version an item states it for, none from the versions removed', () => {
    const read = readGeneral(
      [
        '# Shelves API',
        '* API v1: Removed with API v3: until Library 2.1\n* API v3: Base endpoint `/library/api/v3`: since Library 2.2',
        '### GET /shelves - List shelves',
        'Lists the shelves.',
      ].join('\n\n'),
    );
    expect(read.fragment?.servers).toEqual(['/library/api/v3']);
  });

  it('should take no base from a sentence that only mentions a path or a base', () => {
    const read = readGeneral(
      [
        '# Shelves API',
        'The base path is where the catalogue keeps its records, under `/srv/library`.',
        'All dates are relative to the library’s time zone.',
        'Base endpoint is: `/` for every call.',
        '### GET /shelves - List shelves',
        'Lists the shelves.',
      ].join('\n\n'),
    );
    expect(read.fragment?.servers).toBeUndefined();
  });
});
