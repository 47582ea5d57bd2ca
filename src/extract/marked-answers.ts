/**
 * A yes/no cell written as a check or a cross with its word beside it, as Docusaurus references
 * set their Required columns: `✅ Yes`, `❌ No`, `✔️ Required`, `✗ Optional`. The mark and the word
 * say one thing, so the cell states that word; a mark and a word that disagree (`✅ No`) state
 * nothing, and the cell is read as written (neither yes nor no).
 *
 *     | Name  | Required |
 *     | dry   | ✅ Yes   |   → required
 *     | wait  | ❌ No    |   → optional
 */

/** A check mark (with or without its emoji variation selector), a blank, then a word of yes. */
const CHECKED = /^(?:✅|✔|✓|☑)\uFE0F? ?(yes|true|required|mandatory)[.]?$/i;
/** A cross, a blank, then a word of no. */
const CROSSED = /^(?:❌|✗|✘|✖|❎)\uFE0F? ?(no|false|optional)[.]?$/i;

/** The cell's answer, its mark dropped where its word agrees with it; any other text as it is. */
export function markedAnswer(text: string): string {
  if (text.length > 40) return text;
  return CHECKED.exec(text)?.[1] ?? CROSSED.exec(text)?.[1] ?? text;
}
