/**
 * A request told by a later paragraph of a list's item, the method in capitals as its verb, as
 * Paperless-ngx's API page writes how to get a token:
 *
 *     2.  Token authentication
 *
 *         Lamps also offers an endpoint to get tokens.
 *
 *         POST a username and password as a form or json string to
 *         `/api/token/` and lamps will respond with a token.
 *
 * Before, only an item's first paragraph was read for such a sentence, and the call was lost. A
 * later paragraph must open with the method; one that names it further on stays the item's words.
 * The fixtures are ours.
 */
import { describe, expect, it } from 'vitest';
import { readGeneral } from './helpers.js';

const item = (at: number, title: string, ...paragraphs: string[]) =>
  [`${at}.  ${title}`, ...paragraphs.map((p) => p.replace(/^/gm, '    '))].join('\n\n');

describe('general reader: a request told by a later paragraph of a list item', () => {
  it('should read the call a later paragraph opens with', () => {
    const told = 'POST a username and password as a form or json string to\n`/api/token/` and lamps will respond with a token.';
    const page = [
      '# Lamps API\n',
      '## Authorization\n',
      'Lamps accepts two forms of authentication.\n',
      item(1, 'Basic authentication', 'Send a header with your name and password.'),
      '',
      item(2, 'Token authentication', 'Lamps also offers an endpoint to get tokens.', told),
    ].join('\n');
    expect(readGeneral(page, 'api/auth.md').routes).toEqual(['POST /api/token']);
  });

  it('should leave a later paragraph that names the method further on as words', () => {
    const page = [
      '# Lamps API\n',
      '## Authorization\n',
      item(1, 'Token authentication', 'Lamps also offers an endpoint.', 'You then POST a username and password to `/api/token/`.'),
    ].join('\n');
    expect(readGeneral(page, 'api/auth.md').routes).toEqual([]);
  });

  it('should read thousands of items, hostile routes and a run of blanks in a moment', () => {
    const items = Array.from({ length: 3000 }, (_, at) =>
      item(at + 1, `Step ${at}`, 'Words.', `POST a lamp to \`/lamps/__proto__/${at}\`.`),
    );
    const wide = item(3001, 'Wide', 'Words.', `POST a${' '.repeat(300_000)}lamp to \`/*/\`.`);
    const read = readGeneral(['# Lamps API\n', '## Steps\n', ...items, wide].join('\n\n'), 'api/many.md');
    expect(Array.isArray(read.routes)).toBe(true);
    expect(read.routes.every((route) => route.startsWith('POST /'))).toBe(true);
  });
});
