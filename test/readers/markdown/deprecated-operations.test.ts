/**
 * Operations a page marks deprecated: a note, strike-through or badge in the heading, a route
 * struck through, a first sentence or admonition of the operation's own words that says the
 * endpoint is deprecated. Never a sentence about a parameter, a future, a negation or a condition.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, type Read, readGeneral } from './helpers.js';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/deprecated-operations', name), 'utf8');

/** `GET /path` of the operations marked deprecated, in page order. */
function deprecated(read: Read): string[] {
  return (read.fragment?.operations ?? []).filter((o) => o.deprecated).map((o) => `${o.method.toUpperCase()} ${o.path}`);
}

describe('general reader: deprecated operations', () => {
  it('should read a heading’s note, strike-through or badge, and a route struck through or noted `(deprecated)`, as the operation deprecated', () => {
    const read = readGeneral(fixture('headings.md'), 'api/shelves.md');
    expect(deprecated(read)).toEqual([
      'GET /v1/shelves',
      'GET /v1/shelves/{shelf_id}',
      'DELETE /v1/shelves/{shelf_id}',
      'PATCH /v1/shelves/{shelf_id}',
      'POST /v1/shelves/{shelf_id}/move',
      'POST /v1/shelves/{shelf_id}/archive',
      'POST /v1/shelves/weigh',
    ]);
    // The route beside the struck one, and an operation whose words mark a parameter, stay as they were.
    expect(read.routes).toContain('POST /v2/shelves/{shelf_id}/archive');
    expect(read.routes).toContain('POST /v2/shelves/weigh');
    expect(read.routes).toContain('GET /v1/shelves/count');
  });

  it('should read a first sentence or admonition saying the endpoint is deprecated, never one about a part, a future or a negation', () => {
    const read = readGeneral(fixture('words.md'), 'api/books.md');
    expect(deprecated(read)).toEqual([
      'GET /v1/books',
      'GET /v1/books/{book_id}',
      'POST /v1/books/{book_id}/lend',
      'POST /v1/books/{book_id}/return',
      'POST /v1/books/{book_id}/rate',
      'POST /v1/books/{book_id}/tags',
      'POST /v1/books/{book_id}/copy',
      'POST /v1/books/{book_id}/bind',
    ]);
    expect(read.routes).toEqual(
      expect.arrayContaining([
        'GET /v1/books/search',
        'GET /v1/books/find',
        'POST /v1/books/{book_id}/shelve',
        'POST /v1/books/{book_id}/weigh',
      ]),
    );
  });

  it('should leave a heading’s deprecation note out of its title and route (`## DELETE /shelves/{id} [Deprecated]` is that route)', () => {
    const read = readGeneral(
      [
        '### `DELETE` /shelves/{id} (Deprecated)',
        'Removes a shelf.',
        '## PUT /shelves/{id} [Deprecated]',
        'Replaces a shelf.',
        '## List shelves (deprecated)',
        '`GET /shelves`',
      ].join('\n\n'),
    );
    expect(deprecated(read)).toEqual(['DELETE /shelves/{id}', 'PUT /shelves/{id}', 'GET /shelves']);
    expect((read.fragment?.operations ?? []).map((o) => o.summary)).toEqual(['Removes a shelf.', 'Replaces a shelf.', 'List shelves']);
  });

  it('should read NelmioApiDocBundle’s `### This method is deprecated ###` as its method’s', () => {
    const read = readGeneral(fixture('nelmio.md'), 'api/magazines.md');
    expect(read.routes).toEqual(['GET /api/magazines', 'POST /api/magazines']);
    expect(deprecated(read)).toEqual(['GET /api/magazines']);
  });

  it('should title an operation whose first words are the mark alone (`Warning: Deprecated`, `**Deprecated**`) by its heading, no summary of the mark', () => {
    const read = readGeneral(
      [
        '## Remove a shelf',
        '`DELETE /shelves/{id}`',
        'Warning: Deprecated',
        'Removes the shelf.',
        '## Move a shelf',
        '`POST /shelves/{id}/move`',
        '**Deprecated**',
        'Moves the shelf.',
      ].join('\n\n'),
    );
    expect(deprecated(read)).toEqual(['DELETE /shelves/{id}', 'POST /shelves/{id}/move']);
    // Before: the summaries were `Warning: Deprecated` and `**Deprecated**`.
    expect((read.fragment?.operations ?? []).map((o) => o.summary)).toEqual(['Remove a shelf', 'Move a shelf']);
  });

  it('should keep the heading’s words the summary under a mark with words after it, the mark in the description', () => {
    const read = readGeneral(fixture('marks.md'), 'api/hedges.md');
    const words = (route: string) => {
      const op = operation(read, route);
      return [op.summary, op.description, op.deprecated];
    };
    // Before, the mark was the summary (`Deprecated. Use the v2 endpoint.`) and the operation's own sentence the description.
    expect(words('POST /v1/hedges/{hedge_id}/shape')).toEqual([
      'Shape a hedge (v1)',
      '**Deprecated.** Use the v2 endpoint.\n\nShapes the hedge.',
      true,
    ]);
    expect(words('POST /v1/hedges/{hedge_id}/feed')).toEqual([
      'Feed a hedge (v1)',
      'Deprecated: use `/v2/hedges/{hedge_id}/feed`.\n\nFeeds the hedge.',
      true,
    ]);
    expect(words('POST /v1/hedges/{hedge_id}/dig')).toEqual([
      'Dig a hedge (v1)',
      'This endpoint is deprecated. Use the v2 endpoint.\n\nDigs the hedge.',
      true,
    ]);
    // Under a heading of the route alone, the sentence after the mark summarises.
    expect(words('GET /v1/hedges/{hedge_id}/leaves')).toEqual(['Lists the leaves.', '**Deprecated.** Use the v2 endpoint.', true]);
  });

  it('should read a mark alone, a quote and a struck route as it did', () => {
    const read = readGeneral(fixture('marks.md'), 'api/hedges.md');
    const words = (route: string) => {
      const op = operation(read, route);
      return [op.summary, op.description, op.deprecated];
    };
    expect(words('GET /v1/hedges')).toEqual(['List hedges (v1)', '**Deprecated**\n\nLists the hedges.', true]);
    expect(words('POST /v1/hedges/{hedge_id}/trim')).toEqual([
      'Trim a hedge (v1)',
      '> Deprecated: use /v2/hedges/{hedge_id}/trim\n\nTrims the hedge.',
      true,
    ]);
    expect(words('POST /v1/hedges')).toEqual(['Plants a hedge.', undefined, true]);
    expect(words('POST /v1/hedges/{hedge_id}/prune')).toEqual(['Prunes the hedge.', 'The `depth` parameter is deprecated.', undefined]);
  });

  it('should read a mark later in the first paragraph as the operation deprecated, the words before it the summary and the mark the description', () => {
    const read = readGeneral(fixture('later-marks.md'), 'api/hedges.md');
    const words = (route: string) => {
      const op = operation(read, route);
      return [op.summary, op.description, op.deprecated];
    };
    // Before, none was deprecated and the whole paragraph, the mark in it, was the summary.
    expect(words('POST /v1/hedges/{hedge_id}/rake')).toEqual(['Rakes the hedge.', 'Deprecated: use the v2 rake instead.', true]);
    expect(words('POST /v1/hedges/{hedge_id}/water')).toEqual(['Waters the hedge.', '**Deprecated.** Use the v2 water endpoint.', true]);
    expect(words('POST /v1/hedges/{hedge_id}/clip')).toEqual([
      'Clips the hedge.',
      'This endpoint is deprecated and will be removed in v3.',
      true,
    ]);
    expect(words('POST /v1/hedges/{hedge_id}/mow')).toEqual(['Mows the hedge to its height.', '⚠️ Deprecated', true]);
    // The emoji's mark first, as `Warning: Deprecated` is: the heading summarises.
    expect(words('POST /v1/hedges/{hedge_id}/weed')).toEqual(['Weed a hedge', '⚠️ Deprecated\n\nWeeds the hedge.', true]);
    // A heading that titles the call keeps the summary; the paragraph stays whole in the description.
    expect(words('POST /v1/hedges/{hedge_id}/fence')).toEqual(['Fence a hedge', 'Fences the hedge. Deprecated: use the v2 fence.', true]);
    // Sentences about a part, a future, a negation: no mark.
    expect(deprecated(read)).not.toContain('POST /v1/hedges/{hedge_id}/paint');
    expect(deprecated(read)).not.toContain('POST /v1/hedges/{hedge_id}/sow');
    expect(operation(read, 'POST /v1/hedges/{hedge_id}/sow').summary).toBe(
      'Sows the hedge. This endpoint will be deprecated in v3. This endpoint is not deprecated.',
    );
  });
});
