/**
 * The singular of a plural name, by the plain rules of English and its few irregular words: the
 * names of inferred arrays' items (infer/names.ts), the type "a list of shelves" names
 * (merge/named-types.ts), the type "Shelves are represented as JSON objects" defines
 * (readers/markdown/json-formats.ts). The last word of `text` is made singular (`shelves` → `shelf`, `BookCopies` → `BookCopy`, `book
 * copies` → `book copy`), the rest kept as written:
 *
 *     irregular words        children → child, people → person, women → woman, mice → mouse,
 *                            indices → index, criteria → criterion, analyses → analysis, …
 *     words that stay        data, series, news, status, alias → none (not a plural)
 *     …ies  → …y             categories → category (not movies, cookies: → movie, cookie)
 *     …ves  → …f / …fe       the closed set of -f/-fe nouns: shelves → shelf, leaves → leaf,
 *                            knives → knife, wolves → wolf; any other …ves → …ve: archives →
 *                            archive, drives → drive, moves → move
 *     …(ss|sh|ch|x|z|us)es → drop "es"    addresses → address, matches → match, statuses → status
 *     …yses → …ysis          analyses → analysis
 *     …s (not …ss, …us, …is) → drop "s"   headers → header, emails → email
 *
 * Where a plural may stand for two singulars (`leaves`: `leaf`, or the HR `leave`), both are
 * given, the likelier first. Case is kept: `People` → `Person`. A word in capitals (`URLS`) is
 * left alone.
 */

/** Irregular plurals, whole last word (lowercase) → its singulars; an empty list: not a plural. */
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map([
  ['children', ['child']],
  ['people', ['person']],
  ['men', ['man']],
  ['women', ['woman']],
  ['mice', ['mouse']],
  ['geese', ['goose']],
  ['feet', ['foot']],
  ['teeth', ['tooth']],
  ['indices', ['index']],
  ['matrices', ['matrix']],
  ['vertices', ['vertex']],
  ['appendices', ['appendix']],
  ['criteria', ['criterion']],
  ['phenomena', ['phenomenon']],
  ['crises', ['crisis']],
  ['theses', ['thesis']],
  ['hypotheses', ['hypothesis']],
  ['diagnoses', ['diagnosis']],
  ['aliases', ['alias']],
  ['caches', ['cache']],
  ['heroes', ['hero']],
  ['echoes', ['echo']],
  ['potatoes', ['potato']],
  ['tomatoes', ['tomato']],
  ['movies', ['movie']],
  ['cookies', ['cookie']],
  ['zombies', ['zombie']],
  ['calories', ['calorie']],
  ['lives', ['life', 'live']],
  ['elves', ['elf']],
  ['data', []],
  ['series', []],
  ['species', []],
  ['news', []],
  ['alias', []],
  ['bias', []],
  ['canvas', []],
  ['atlas', []],
]);

/** Irregular plurals that also end a compound word (`salespeople`, `grandchildren`, `bookshelves`). */
const IRREGULAR_ENDINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['people', ['person']],
  ['children', ['child']],
  // The -f/-fe nouns whose plural is -ves (`lives` and `elves` only as whole words: `olives`, `delves`).
  ['calves', ['calf']],
  ['halves', ['half']],
  ['shelves', ['shelf', 'shelve']],
  ['selves', ['self']],
  ['wolves', ['wolf']],
  ['leaves', ['leaf', 'leave']],
  ['sheaves', ['sheaf']],
  ['loaves', ['loaf']],
  ['thieves', ['thief']],
  ['hooves', ['hoof']],
  ['scarves', ['scarf']],
  ['dwarves', ['dwarf']],
  ['wharves', ['wharf']],
  ['knives', ['knife']],
  ['wives', ['wife']],
]);

/** The last word of a name: a capital and the small letters after it, or the small letters ending it. */
const LAST_WORD = /[A-Z]?[a-z]+$/;

/** The singulars `text` may stand for, the likelier first; none where it does not read as a plural. */
export function singulars(text: string): string[] {
  const word = LAST_WORD.exec(text)?.[0];
  if (word === undefined) return [];
  const head = text.slice(0, -word.length);
  const lower = word.toLowerCase();
  const whole = IRREGULAR.get(lower);
  if (whole) return whole.map((singular) => head + sameCase(word, singular));
  for (const [ending, forms] of IRREGULAR_ENDINGS)
    if (lower.endsWith(ending)) {
      const stem = word.slice(0, -ending.length);
      return forms.map((form) => head + stem + (stem === '' ? sameCase(word, form) : form));
    }
  return regular(text);
}

function regular(text: string): string[] {
  if (text.length > 4 && text.endsWith('ies')) return [`${text.slice(0, -3)}y`];
  if (/(?:ss|sh|ch|x|z|us)es$/.test(text)) return [text.slice(0, -2)];
  if (text.endsWith('yses')) return [`${text.slice(0, -2)}is`];
  if (text.length > 1 && text.endsWith('s') && !/(?:ss|us|is)$/.test(text)) return [text.slice(0, -1)];
  return [];
}

/** `singular` with the first letter's case of `word` (`People` → `Person`). */
function sameCase(word: string, singular: string): string {
  return /^[A-Z]/.test(word) ? singular[0]!.toUpperCase() + singular.slice(1) : singular;
}
