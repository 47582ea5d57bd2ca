import { describe, expect, it } from 'vitest';
import { readGeneral } from './helpers.js';

/** A call-style "library" API: the URL scheme stated once, its methods under group headings. */
const GROUPS = [
  '# Library API',
  '## Usage',
  'Calls can be invoked with GET or POST. The URL of every request is of the form: `/lib/$VERSION/$FUNCTIONNAME`.',
  'The latest version is 2.',
  '## Methods',
  '### Shelves',
  '#### createShelf(name [, label])',
  'creates a shelf',
  '#### countShelves()',
  'counts the shelves',
  '### Loans',
  '#### renew(loanID)',
  'renews a loan',
].join('\n\n');

/** Each operation's `METHOD path` and its tags. */
function tagged(text: string, file?: string): string[] {
  return (readGeneral(text, file).fragment?.operations ?? []).map((o) => `${o.path.split('/').pop()} ${o.tags.join(',')}`);
}

describe('general reader: the group headings of a call-style reference', () => {
  it('should tag each method section with the group heading it sits under, where the page has several', () => {
    expect(tagged(GROUPS)).toEqual(['createShelf Shelves', 'countShelves Shelves', 'renew Loans']);
    // All methods under one heading: no grouping stated, the page's tag (its folder) kept.
    expect(tagged(GROUPS.replace('### Loans\n\n', ''), 'library/calls.md')).toEqual([
      'createShelf library',
      'countShelves library',
      'renew library',
    ]);
  });

  it('should read a group heading with closing hashes, where each group states its own scheme', () => {
    const text = [
      '# General',
      '- Either `GET` or `POST` can be used as the request type for all API methods.',
      '# Shelves #',
      'All Shelf API methods are under "shelf", e.g.: `/lib/v2/shelf/methodName`.',
      '## Count shelves ##',
      'Name: `count`',
      '# Loans #',
      'All Loan API methods are under "loan", e.g.: `/lib/v2/loan/methodName`.',
      '## List loans ##',
      'Name: `list`',
    ].join('\n\n');
    expect(tagged(text)).toEqual(['count Shelves', 'list Loans']);
  });
});
