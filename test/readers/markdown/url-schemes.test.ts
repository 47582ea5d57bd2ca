/**
 * A call-style reference whose URL scheme is a full URL with a placeholder in its path
 * (`https://bots.library.example/bot<key>/METHOD_NAME`), its HTTP methods stated as what the API
 * supports ("We support GET and POST HTTP methods."), and each method a section headed by its
 * name alone (`#### getShelf`). The fixture is ours, written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, parameterNames, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/url-schemes/library_bot.md'), 'utf8');

describe('general reader: a full-URL scheme, each method a heading of its name alone', () => {
  it('should read each camelCase heading where the scheme holds as its route, the host the server; `#### Shelf` is none', () => {
    const read = readGeneral(PAGE);
    expect(read.routes).toEqual([
      'GET /bot{key}/getShelf',
      'GET /bot{key}/lendBook',
      'GET /bot{key}/listShelves',
      'GET /bot{key}/moveShelf',
    ]);
    expect(read.root.data?.page?.servers).toEqual(['https://bots.library.example']);
  });

  it("should read the placeholder in the scheme's path as a path parameter of every method, reported once as undocumented", () => {
    const read = readGeneral(PAGE);
    expect(parameterNames(operation(read, 'GET /bot{key}/listShelves'))).toEqual(['path:key*']);
    expect(codes(read).filter((code) => code === 'path-parameter-undocumented')).toHaveLength(1);
  });

  it("should read the section's table as its parameters and its first sentences as its summary", () => {
    const read = readGeneral(PAGE);
    const lend = operation(read, 'GET /bot{key}/lendBook');
    expect(parameterNames(lend)).toEqual(['query:reader_id*', 'query:book_ids*', 'query:shelves', 'query:notify', 'path:key*']);
    expect(lend.summary).toMatch(/^Use this method to lend books to a reader\./);
    const shelf = operation(read, 'GET /bot{key}/getShelf').parameters[0]!;
    expect(shelf.schema).toMatchObject({ kind: 'union', variants: [{ kind: 'integer' }, { kind: 'string' }] });
  });

  it('should read "GET and POST requests are accepted" as the methods sentence too', () => {
    const read = readGeneral(PAGE.replace('We support GET and POST HTTP methods.', 'GET and POST requests are accepted.'));
    expect(read.routes).toHaveLength(4);
  });

  it('should read no method where the page states none, and report each', () => {
    const read = readGeneral(PAGE.replace('We support GET and POST HTTP methods.', 'We support many HTTP clients.'));
    expect(read.routes).toEqual([]);
    expect(codes(read).filter((code) => code === 'unstated-method')).toHaveLength(4);
  });

  it('should read a heading of a name alone only where a scheme holds', () => {
    const read = readGeneral(
      [
        '# Library API',
        '## Shelf methods',
        'All shelf methods are called as `/api/shelf/methodName`; every method is a POST.',
        '#### countShelves()',
        'Counts the shelves.',
        '#### renameShelf',
        'Renames a shelf.',
        '## Concepts',
        '#### readerCard',
        'A reader card lets a reader borrow books.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /api/shelf/countShelves', 'POST /api/shelf/renameShelf']);
  });

  it('should read dotted method names (`### shelves.list`) too, never a name alone under a method, nor a file name', () => {
    const read = readGeneral(
      [
        '# Shelf Web API',
        'Every method is called as `https://api.shelves.example/api/METHOD_NAME`. All methods accept POST requests.',
        '## Methods',
        '### shelves.list',
        'Lists the shelves.',
        '### shelves.rename',
        'Renames a shelf.',
        '##### shelfId',
        'The shelf to rename.',
        '### settings.json',
        'The settings file.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /api/shelves.list', 'POST /api/shelves.rename']);
  });

  it('should read a scheme in a fence of its own line, and "use either GET or POST to call a method"', () => {
    const read = readGeneral(
      [
        '# Shelf Bot API',
        'Requests take this form:',
        '```\nhttps://bots.shelves.example/bot<token>/METHOD_NAME\n```',
        'You can use either GET or POST to call a method.',
        '## Methods',
        '### getShelf',
        'Gets a shelf.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /bot{token}/getShelf']);
    expect(read.root.data?.page?.servers).toEqual(['https://bots.shelves.example']);
  });

  it('should read a scheme written in the prose (its `<token>` parsed as HTML), the HTTP methods its own sentence states', () => {
    const read = readGeneral(
      [
        '# Shelf Bot API',
        "Requests are sent to https://bots.shelves.example/bot<token>/METHOD_NAME using GET or POST. `<token>` is your bot's key.",
        '## Methods',
        '### getShelf',
        'Gets a shelf.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /bot{token}/getShelf']);
    const [token] = operation(read, 'GET /bot{token}/getShelf').parameters;
    expect([token?.in, token?.name, token?.description]).toEqual(['path', 'token', "<token> is your bot's key."]);
  });

  it("should read a one-word heading between two methods as a method, never a part's title or one at the end", () => {
    const read = readGeneral(
      [
        '# Shelf Bot API',
        'All queries are sent as `https://bots.shelves.example/bot<token>/METHOD_NAME`. We support GET and POST HTTP methods.',
        '## Available methods',
        '#### getShelf',
        'Gets a shelf.',
        '#### close',
        'Closes the bot.',
        '#### logOut',
        'Logs the bot out.',
        '#### examples',
        'Calls to try.',
        '#### sendShelf',
        'Sends a shelf.',
        '#### limits',
        'How often a bot may call.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual([
      'GET /bot{token}/getShelf',
      'GET /bot{token}/close',
      'GET /bot{token}/logOut',
      'GET /bot{token}/sendShelf',
    ]);
  });
});
