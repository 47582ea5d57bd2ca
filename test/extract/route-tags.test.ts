import { describe, expect, it } from 'vitest';
import { readTags } from '../../src/extract/endpoint.js';

describe('readTags: the route word an operation is tagged with, where nothing else tags it', () => {
  it("should take the route's first plain word, past `api` and a version", () => {
    expect(readTags('page.md', '/api/v2/shelves/{id}', undefined)).toEqual(['shelves']);
    expect(readTags('page.md', '/v1.0/books', undefined)).toEqual(['books']);
  });

  it('should pass over a version written as a date, as dated APIs write it', () => {
    expect(readTags('page.md', '/2010-04-01/Libraries/{LibrarySid}/Shelves.json', undefined)).toEqual(['Libraries']);
  });

  it('should make no tag of a segment holding a parameter, a custom verb after it included; a verb after a collection is no part of its word', () => {
    expect(readTags('page.md', '/v1/{name}:cancel', undefined)).toEqual([]);
    expect(readTags('page.md', '/v1/{parent}/shelves:batchGet', undefined)).toEqual(['shelves']);
  });

  it("should prefer the group heading, the page's tags and the page's folder to the route", () => {
    expect(readTags('page.md', '/shelves', undefined, 'Loans')).toEqual(['Loans']);
    expect(readTags('page.md', '/shelves', ['b', 'a', 'b'])).toEqual(['a', 'b']);
    expect(readTags('library/page.md', '/shelves', undefined)).toEqual(['library']);
  });
});
