/**
 * Slips a page does not show, in names and routes (`src/extract/written-slips.ts`): a zero-width
 * character is read without, a non-breaking space inside a name is kept, an empty segment of a
 * route is read as one slash; each reported at its line and column.
 */
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const TABLE = '| Name | Type | Description |\n| --- | --- | --- |';

const page = (route: string, name: string) =>
  ['# Shelves', '## List books', `\`${route}\``, '### Query parameters', `${TABLE}\n| \`${name}\` | integer | How many. |`].join('\n\n');

const found = (text: string) =>
  readGeneral(text).diagnostics.items.map((d) => [d.code, d.source.start.line, d.source.start.column, d.message]);

describe('general reader: names and routes written with slips the page does not show', () => {
  it('should read a name without its zero-width character, and say so at the character', () => {
    const text = page('GET /books', 'li\u200bmit');
    expect(parameterNames(operation(readGeneral(text), 'GET /books'))).toEqual(['query:limit']);
    expect(found(text)).toEqual([
      [
        'invisible-character',
        11,
        6,
        'the name `limit` is written with an invisible character (U+200B ZERO WIDTH SPACE) in it; read without it',
      ],
    ]);
  });

  it('should read a name with a byte-order mark or a word joiner in it without them, reported at the one inside it', () => {
    const text = page('GET /books', '\ufeffcur\u2060sor');
    expect(parameterNames(operation(readGeneral(text), 'GET /books'))).toEqual(['query:cursor']);
    expect(found(text).map(([code, line, column]) => [code, line, column])).toEqual([['invisible-character', 11, 8]]);
  });

  it('should keep a name with a non-breaking space inside it as written, and report it', () => {
    const text = page('GET /books', 'page\u00a0size');
    expect(parameterNames(operation(readGeneral(text), 'GET /books'))).toEqual(['query:page\u00a0size']);
    expect(found(text)).toEqual([
      [
        'invisible-character',
        11,
        8,
        'the name `page\u00a0size` has a non-breaking space (U+00A0) inside it, which no name holds; read as written (one word or two: fix the page)',
      ],
    ]);
  });

  it('should not report a name the page indents with non-breaking spaces, nor a clean one', () => {
    expect(found(page('GET /books', 'limit'))).toEqual([]);
    expect(found(page('GET /books', 'limit\u00a0'))).toEqual([]);
  });

  it('should read a route without its zero-width character, and say so at the character', () => {
    const text = page('GET /shelves/\u200b{id}/books', 'limit');
    expect(readGeneral(text).routes).toEqual(['GET /shelves/{id}/books']);
    expect(found(text).filter(([code]) => code === 'invisible-character')).toEqual([
      [
        'invisible-character',
        5,
        15,
        'the route `/shelves/{id}/books` is written with an invisible character (U+200B ZERO WIDTH SPACE) in it; read without it',
      ],
    ]);
  });

  it('should read a route with an empty segment with one slash, and say so at the `//`', () => {
    const text = page('GET /shelves//books', 'limit');
    expect(readGeneral(text).routes).toEqual(['GET /shelves/books']);
    expect(found(text)).toEqual([
      [
        'empty-path-segment',
        5,
        14,
        'the route `/shelves//books` has an empty segment (`//`), which no route means; read as `/shelves/books`',
      ],
    ]);
  });

  it("should not take a full URL's `//` for an empty segment", () => {
    const text = page('GET https://api.example.com/v1/books', 'limit');
    expect(readGeneral(text).routes).toEqual(['GET /v1/books']);
    expect(found(text)).toEqual([]);
  });

  it('should read a placeholder left open, or never opened, as meant, and say so at it', () => {
    const open = page('GET /shelves/{shelfId/books', 'limit');
    expect(readGeneral(open).routes).toEqual(['GET /shelves/{shelfId}/books']);
    expect(found(open).filter(([code]) => code === 'unclosed-placeholder')).toEqual([
      ['unclosed-placeholder', 5, 15, 'the placeholder `{shelfId` of the route is not closed; read as `{shelfId}`'],
    ]);
    const unopened = page('GET /shelves/shelfId}', 'limit');
    expect(readGeneral(unopened).routes).toEqual(['GET /shelves/{shelfId}']);
    expect(
      found(unopened)
        .filter(([code]) => code === 'unclosed-placeholder')
        .map(([, line, column]) => [line, column]),
    ).toEqual([[5, 15]]);
  });

  it('should leave placeholders written whole, with constraints or doubled braces, unreported', () => {
    for (const route of ['GET /shelves/{id:[0-9]+}', 'GET /shelves/{{id}}', 'GET /shelves/{id}/books{?page}'])
      expect(found(page(route, 'limit')).filter(([code]) => code === 'unclosed-placeholder')).toEqual([]);
  });

  it("should leave a placeholder linked to its type (Discord's `{channel.id#DOCS_…/channel-object}`) unreported, its slash no slip", () => {
    const text = [
      '# Channels',
      '## Get Channel Message % GET /channels/{channel.id#DOCS_RESOURCES_CHANNEL/channel-object}/messages/{message.id#DOCS_RESOURCES_CHANNEL/message-object}',
      'Returns a message.',
    ].join('\n\n');
    expect(readGeneral(text).routes).toEqual(['GET /channels/{channel.id}/messages/{message.id}']);
    expect(found(text).filter(([code]) => code === 'unclosed-placeholder')).toEqual([]);
    // A slip beside such a placeholder is still one.
    const slipped = text.replace('/messages/{message.id#DOCS_RESOURCES_CHANNEL/message-object}', '/messages/{message.id');
    expect(readGeneral(slipped).routes).toEqual(['GET /channels/{channel.id}/messages/{message.id}']);
    expect(
      found(slipped)
        .filter(([code]) => code === 'unclosed-placeholder')
        .map(([, line, column, message]) => [line, column, message]),
    ).toEqual([[3, 100, 'the placeholder `{message.id` of the route is not closed; read as `{message.id}`']]);
  });

  it('should read a route with a space before its placeholder without it, and say so at the space', () => {
    for (const [route, column] of [
      ['GET /shelves/ {shelfId}', 15],
      ['GET /shelves /{shelfId}', 14],
      ['GET /shelves/ :shelfId', 15],
    ] as const) {
      const text = page(route, 'limit');
      expect(readGeneral(text).routes).toEqual(['GET /shelves/{shelfId}']);
      expect(
        found(text)
          .filter(([code]) => code === 'spaced-route')
          .map(([, line, at]) => [line, at]),
      ).toEqual([[5, column]]);
    }
    // The space after the method is no slip.
    const opening = page('POST  /{shelfId}', 'limit');
    expect(readGeneral(opening).routes).toEqual(['POST /{shelfId}']);
    expect(found(opening).filter(([code]) => code === 'spaced-route')).toEqual([]);
  });

  it('should report each slip of a fence of several request lines once, at its own line', () => {
    const text = ['# Shelves', '## Shelf', '```\nGET /shelves/{shelfId\nDELETE /shelves/{shelfId\n```'].join('\n\n');
    expect(readGeneral(text).routes).toEqual(['GET /shelves/{shelfId}', 'DELETE /shelves/{shelfId}']);
    expect(
      found(text)
        .filter(([code]) => code === 'unclosed-placeholder')
        .map(([, line, column]) => [line, column]),
    ).toEqual([
      [6, 14],
      [7, 17],
    ]);
  });
});
