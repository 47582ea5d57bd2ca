import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

/** A call-style "library" API: each call's methods in its heading, its URL under a label. */
const PAGE = [
  '# Calls',
  '### `GET` `POST` borrow',
  'Borrows a book from the library.',
  '**Resource URL:**',
  'http&#58;//library.example.com/lending/api/borrow?[parameters]&signature=[signature]',
  '**Parameters:**',
  [
    '| Param Name | Required / Optional | Type | Description |',
    '| :--- | :--- | :--- | :--- |',
    '| bookID | Required | String | The book to borrow. |',
    '| days | Optional | Number | How long for. |',
  ].join('\n'),
  '**Example Requests:**',
  '* http&#58;//library.example.com/lending/api/borrow?bookID=b12&signature=1234',
  '### GET returned',
  '**Request URL:** https://library.example.com/lending/api/returned',
  'Lists the books returned today.',
].join('\n\n');

describe('general reader: the methods in a heading, the URL under a `Resource URL:` label', () => {
  it('should read each method the heading names at the URL the label gives, the query and host aside', () => {
    const read = readGeneral(PAGE);
    expect(read.routes).toEqual(['GET /lending/api/borrow', 'POST /lending/api/borrow', 'GET /lending/api/returned']);
    expect(operation(read, 'GET /lending/api/borrow').summary).toBe('Borrows a book from the library.');
  });

  it('should read a `Required / Optional` column as the flag its cells state', () => {
    const read = readGeneral(PAGE);
    // `&signature=[signature]` in the URL the label gives: a key the table does not list (`[parameters]` names none).
    expect(parameterNames(operation(read, 'GET /lending/api/borrow'))).toEqual(['query:bookID*', 'query:days', 'query:signature']);
  });

  it('should leave a heading with methods but no URL label, and a label whose URL is an example, as they are', () => {
    const read = readGeneral(
      [
        '### GET started',
        'Read the guide first.',
        '**Example URL:**',
        'https://library.example.com/lending/api/borrow?bookID=b12',
        '### `POST` notes',
        'See **URL:** below for more.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual([]);
  });
});

const resourcePage = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/resource-urls', name), 'utf8');

describe('general reader: a call named by its heading, its route under a `## Resource URL` heading (Twitter v1.1-style)', () => {
  it('should read the URL under the heading as the route, the heading (`# GET shelves/show/:id`) as its name alone', () => {
    const read = readGeneral(resourcePage('shelves-show.md'), 'shelves-show.md');
    expect(read.routes).toEqual(['GET /1.1/shelves/show.json']);
    const op = operation(read, 'GET /1.1/shelves/show.json');
    // The heading's `:id` is the query's `id`; the `Resource Information` facts are no parameters.
    expect(parameterNames(op)).toEqual(['query:id*', 'query:include_books']);
    // A version segment (`1.1`, as `v1` is) names no group.
    expect(op.tags).toEqual(['shelves']);
  });

  it("should read a POST's parameters as query parameters where its example request sends them in the query", () => {
    const op = operation(readGeneral(resourcePage('shelves-create.md')), 'POST /1.1/shelves/create.json');
    expect(parameterNames(op)).toEqual(['query:name*', 'query:mode', 'query:description']);
    expect(op.requestBody).toBeUndefined();
  });
});
