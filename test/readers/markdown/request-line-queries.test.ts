import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

/** A shelf search written the way Grafana-style references write their routes: sample query values in the request line. */
const SEARCH = [
  '# Shelves',
  '## Search shelves with paging',
  '`GET /api/shelves/search?perpage=50&page=1&query=poetry&sort=bookCount-desc`',
  'or',
  '`GET /api/shelves/search?name=poetry`',
  '**Required permissions**',
  '| Action | Scope |\n|---|---|\n| shelves:read | shelves:* |',
  '**Example Request**:',
  '```http\nGET /api/shelves/search?perpage=10&page=1&query=poetry HTTP/1.1\nAccept: application/json\n```',
  '**Example Response**:',
  '```http\nHTTP/1.1 200\nContent-Type: application/json\n\n{"totalCount": 1, "shelves": [{"id": 1, "name": "Poetry"}]}\n```',
].join('\n\n');

describe('general reader: the query keys a request line shows', () => {
  it('should read the keys of the request line and of its alternative after "or" as optional query parameters typed by their sample values', () => {
    const search = operation(readGeneral(SEARCH), 'GET /api/shelves/search');
    expect(parameterNames(search)).toEqual(['query:perpage', 'query:page', 'query:query', 'query:sort', 'query:name']);
    const types = Object.fromEntries(search.parameters.map((p) => [p.name, p.schema.kind]));
    expect(types).toEqual({ perpage: 'integer', page: 'integer', query: 'string', sort: 'string', name: 'string' });
  });

  it('should keep the row of a key a table documents, never a second parameter of its name', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '## Search shelves',
        '`GET /api/shelves/search?perpage=50&sort=name-desc`',
        '| Parameter | Type | Description |\n|---|---|---|\n| `perpage` | integer | Shelves per page, at most 1000 |',
      ].join('\n\n'),
    );
    const search = operation(read, 'GET /api/shelves/search');
    expect(parameterNames(search)).toEqual(['query:perpage', 'query:sort']);
    expect(search.parameters[0]?.description).toBe('Shelves per page, at most 1000');
  });

  it('should read no query parameter from a request line a sentence names', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '## Search shelves',
        '`GET /api/shelves/search`',
        'Searches the shelves; `GET /api/shelves/search?name=poetry` finds one by its name.',
      ].join('\n\n'),
    );
    expect(parameterNames(operation(read, 'GET /api/shelves/search'))).toEqual([]);
  });
});

describe('general reader: summaries that are no prose of the call', () => {
  it('should take the heading as the summary where a bold label or the "or" between request lines follows the signature', () => {
    const search = operation(readGeneral(SEARCH), 'GET /api/shelves/search');
    expect(search.summary).toBe('Search shelves with paging');
    const read = readGeneral(
      [
        '# Shelves',
        '## Get a shelf',
        '`GET /api/shelves/:id`',
        '**Required permissions**',
        'See the introduction.',
        '| Action | Scope |\n|---|---|\n| shelves:read | shelves:* |',
      ].join('\n\n'),
    );
    const get = operation(read, 'GET /api/shelves/{id}');
    expect(get.summary).toBe('Get a shelf');
    // The label and its words stay the operation's description.
    expect(get.description).toContain('See the introduction.');
  });

  it("should take the heading as the summary where the only prose follows the operation's body fields, the prose its description", () => {
    const read = readGeneral(
      [
        '# Shelves',
        '## Update shelf preferences',
        '`PUT /api/shelves/:shelfId/preferences`',
        '**Example Request**:',
        '```http\nPUT /api/shelves/2/preferences HTTP/1.1\nContent-Type: application/json\n\n{"theme": "dark"}\n```',
        'JSON Body Schema:',
        '- **theme** - One of: `light`, `dark`',
        'Omitting a key resets it to its default.',
      ].join('\n\n'),
    );
    const update = operation(read, 'PUT /api/shelves/{shelfId}/preferences');
    expect(update.summary).toBe('Update shelf preferences');
    expect(update.description).toContain('Omitting a key resets it to its default.');
  });

  it('should pass over a list of version notes atop the prose to the summary, the notes kept in the description', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '## Count shelves',
        '`GET /api/shelves/count`',
        ' * API >= 1\n * Since 2.3',
        'counts the shelves',
        '## List shelves',
        '`GET /api/shelves`',
        ' * Lists every shelf\n * Since 2.3',
      ].join('\n\n'),
    );
    const count = operation(read, 'GET /api/shelves/count');
    expect(count.summary).toBe('counts the shelves');
    expect(count.description).toContain('API >= 1');
    // A list of other words is no version notes: the heading's title stays the summary.
    expect(operation(read, 'GET /api/shelves').summary).toBe('List shelves');
  });

  it('should keep prose right after the signature as the summary, and a bold sentence too', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '## Get a shelf',
        '`GET /api/shelves/:id`',
        'Returns one shelf with its books.',
        '## Delete a shelf',
        '`DELETE /api/shelves/:id`',
        '**Deletes the shelf and every book on it.**',
      ].join('\n\n'),
    );
    expect(operation(read, 'GET /api/shelves/{id}').summary).toBe('Returns one shelf with its books.');
    expect(operation(read, 'DELETE /api/shelves/{id}').summary).toBe('Deletes the shelf and every book on it.');
  });
});

describe('general reader: a request line whose code span is left open', () => {
  it('should read `` `PUT /path `` (no closing backtick) alone on its line as the request line', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '## Replace the books of a shelf',
        'Replaces every book on the shelf.',
        '`PUT /api/shelves/:shelfId/books',
        '```http\nPUT /api/shelves/1/books HTTP/1.1\nContent-Type: application/json\n\n{"books": ["Odes"]}\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['PUT /api/shelves/{shelfId}/books']);
    expect(operation(read, 'PUT /api/shelves/{shelfId}/books').summary).toBe('Replaces every book on the shelf.');
  });

  it('should not read a sentence that opens a code span and never closes it', () => {
    const read = readGeneral(['# Shelves', '## Notes', 'Use `PUT /api/shelves/:shelfId/books to replace them.'].join('\n\n'));
    expect(read.routes).toEqual([]);
  });

  it('should match a curl call to a route whose segment holds a placeholder among words (`shelf.{shelf_id}`), and read its query', () => {
    const read = readGeneral(
      [
        '# Library REST API',
        '#### GET /api/cover_proxy/shelf.&lt;shelf_id>',
        'Returns the cover image of the specified shelf.',
        '```shell\ncurl -X GET -H "Authorization: Bearer ABCDEFGH" \\\n  http://localhost:8080/api/cover_proxy/shelf.poetry?size=128 -o cover.jpg\n```',
        // The words around the placeholder must match: a call of `tag.…` is no call of this route.
        'The cover of a tag is served alike:',
        '```shell\ncurl -X GET http://localhost:8080/api/cover_proxy/tag.poetry?format=png -o cover.png\n```',
      ].join('\n\n'),
    );
    const cover = operation(read, 'GET /api/cover_proxy/shelf.{shelf_id}');
    expect(parameterNames(cover)).toEqual(['query:size', 'path:shelf_id*']);
    expect(cover.parameters[0]?.schema.kind).toBe('integer');
  });
});
