/**
 * The evidence that a `.txt` page is a rendered reference copied as text whose entries are
 * stacked a line each (IBM Cloud's, Atlassian's, an API explorer's), not the DocFX page the text
 * dialect reads (which flattens every table row onto one line):
 *
 *     studio_id          kilnIdOrKey        dry_run
 *     Required           string             boolean
 *     string             Required           Whether to check …
 *
 * An entry is a name alone on its line over a type word alone (or a flag alone, then a type word)
 * or over a type line of dotted facts (Zudoku's `string · required`), or a name and its type run
 * together before dotted facts (Zudoku's `idstring · required`); so is an explorer's method alone
 * over its URL or route (`GET` ⏎ `https://api.example.com/v1` ⏎ `/lamps/{lampId}`), its request
 * line (the text dialect's pages write `GET /lamps/{lampId}` on one line).
 */
import { splitLines } from '../shared/lines.js';
import { isBareTypeWord } from './attribute-lists.js';
import { isDottedTypeLine, isGluedEntry, stackedRequestEnd } from './copied-stacks.js';
import { isCopiedTextPage } from './copied-text.js';

/** A parameter's or field's name alone: one word of code's characters. */
const NAME = /^[A-Za-z_$@][\w.[\]$@-]{0,99}$/;
/** A flag on a line of its own. */
const FLAG = /^(?:required|optional)$/i;

/** How many stacked entries and requests the page writes (none for a page that is no copied text). */
export function stackedEntries(file: string, text: string): { entries: number; requests: number } {
  if (!isCopiedTextPage(file, text)) return { entries: 0, requests: 0 };
  const split = splitLines(text).lines;
  const lines = split.map((line) => line.text.trim());
  let entries = 0;
  let requests = 0;
  for (let index = 0; index + 1 < lines.length; index++) {
    const name = lines[index]!;
    if (isGluedEntry(name)) entries++;
    if (stackedRequestEnd(split, index) !== undefined) requests++;
    if (!NAME.test(name) || isBareTypeWord(name) || FLAG.test(name)) continue;
    const next = lines[index + 1]!;
    const typed = (isBareTypeWord(next) && !FLAG.test(next)) || isDottedTypeLine(next);
    const flagged = FLAG.test(next) && isBareTypeWord(lines[index + 2] ?? '') && !FLAG.test(lines[index + 2]!);
    if (typed || flagged) entries++;
  }
  return { entries, requests };
}
