/** The one singular of plural names: item names of inferred arrays and the types "a list of …" names. */
import { describe, expect, it } from 'vitest';
import { singulars } from '../../src/ir/singular.js';

describe('singulars', () => {
  it.each([
    // -ves: the -f/-fe nouns, and every other -ves word keeps its -ve.
    ['shelves', ['shelf', 'shelve']],
    ['leaves', ['leaf', 'leave']],
    ['knives', ['knife']],
    ['wolves', ['wolf']],
    ['halves', ['half']],
    ['lives', ['life', 'live']],
    ['archives', ['archive']],
    ['drives', ['drive']],
    ['moves', ['move']],
    ['olives', ['olive']],
    ['objectives', ['objective']],
    ['BookShelves', ['BookShelf', 'BookShelve']],
    ['bookshelves', ['bookshelf', 'bookshelve']],
    // Irregular plurals, whole words and compound endings.
    ['children', ['child']],
    ['grandchildren', ['grandchild']],
    ['people', ['person']],
    ['People', ['Person']],
    ['salespeople', ['salesperson']],
    ['men', ['man']],
    ['women', ['woman']],
    ['mice', ['mouse']],
    ['indices', ['index']],
    ['criteria', ['criterion']],
    ['analyses', ['analysis']],
    ['movies', ['movie']],
    // Regular plurals.
    ['statuses', ['status']],
    ['addresses', ['address']],
    ['EmailAddresses', ['EmailAddress']],
    ['matches', ['match']],
    ['boxes', ['box']],
    ['categories', ['category']],
    ['book copies', ['book copy']],
    ['shelf_items', ['shelf_item']],
    ['URLs', ['URL']],
    ['responses', ['response']],
    // Words that do not read as plurals.
    ['data', []],
    ['Data', []],
    ['status', []],
    ['series', []],
    ['alias', []],
    ['specimen', []],
    ['URLS', []],
    ['', []],
  ])('should make %j singular as %j', (plural, want) => {
    expect(singulars(plural)).toEqual(want);
  });
});
