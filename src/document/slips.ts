/**
 * Words a vendor's page misspells where specdown reads its vocabulary (`Paramter`, `Respone`,
 * `Requried`): a word one slip from a known word (a letter left out, added or changed, or two side
 * by side swapped) is read as that word. Short words are left alone (`Tpye` could be anything), and
 * so are the real words one slip from a known one (`Requires` is no `Required`).
 */

/** The words one slip from a vocabulary word that mean something else. */
const REAL_WORDS = new Set(['requires', 'requited', 'properly', 'locution', 'bequest', 'bequests', 'strong']);

const SHORTEST = 6;

/** The known word `word` misspells (lower case), or `undefined` (a known word itself, a real word, or no slip of one). */
export function meantWord(word: string, known: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower) || lower.length < SHORTEST || REAL_WORDS.has(lower) || known.includes(lower)) return undefined;
  return known.find((candidate) => oneSlipApart(lower, candidate));
}

/** Whether `a` is `b` with one letter left out, added or changed, or two neighbours swapped. */
function oneSlipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (a.length === b.length) {
    if (a.slice(start + 1) === b.slice(start + 1)) return true;
    return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
  }
  return a.length > b.length ? a.slice(start + 1) === b.slice(start) : a.slice(start) === b.slice(start + 1);
}
