/**
 * The headings of a page of copied text (copied-text.ts): a heading's line has no `#` of markdown,
 * only what the site put beside its words, or the words alone where they are a section's title.
 *
 *     #Get banner by id         the anchor link's `#` glued in front (rehype-autolink-headings,
 *                               GitHub's, Docusaurus's `#` or `🔗`)
 *     Get banner by id¶         Sphinx's and Python-Markdown's permalink `¶` (or `§`) after
 *     Get banner by id#         a Hugo heading hook's `<a class="anchor">#</a>` after, where the
 *                               page's headings copy so (hashMarkedLines: two or more lines of
 *                               other words, each standing alone; not `C#`, `Using F#`: a word
 *                               of one letter before the `#` is a language's name)
 *     Query Parameters          a known section title alone on its line over a table, a sample or
 *                               a blank line (not `Example response:`: a label, read as one)
 *
 * The level is what the page shows of it, no more: the title is 1 (the first heading, before any
 * words of the article), a heading right under another one level down (`#Result` ⏎ `#Success`),
 * every other heading 2.
 */
import type { Line } from '../shared/lines.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';

/** The words of a heading: they open with a letter, a digit, a path or a quote, and end with no sentence's period. */
const WORDS = /^[\p{L}\p{N}/`'"(_][^\t]{0,149}$/u;
const ANCHOR_BEFORE = /^(?:#|§|¶|🔗)(?=\S)/u;
const ANCHOR_AFTER = /[ \u00a0]?[¶§]$/u;
/** A title line's longest words (`Request body parameters`): longer is prose. */
const TITLE_LENGTH = 60;

/** A permalink's `#` after the words, glued or after a space, past a letter, digit, bracket or quote (or `C#`'s own). */
const HASH_AFTER = /(?<=[\p{L}\p{N})}\]'"`’#])[ \u00a0]?#$/u;
/** Words ending in a word of one letter: `C#`, `F#`, `Using C#` name a language, no heading's mark. */
const LANGUAGE_NAME = /(?:^|[\s(/])\p{L}$/u;
/** The line after a heading: a blank line, a table's row, a sample, or words opening as a paragraph does (not a sentence running on). */
const AFTER_HEADING = /^\s*$|\t|^\s*[\p{Lu}\p{N}{["/$`<]|^\s*curl\s/u;

/**
 * The lines whose `#` after the words is a permalink's (Hugo's heading render hooks, `Title<a
 * class="anchor" href="#title">#</a>`, copy as `Title#`): only where the page's headings copy so,
 * two or more such lines of different words, each standing alone (the line after it blank, a
 * table's row, a sample or a paragraph's opening, not the rest of a sentence). A `#` after a word
 * of one letter (`C#`, `F#`) is a language's name, never the mark.
 */
export function hashMarkedLines(lines: readonly Line[]): ReadonlySet<number> {
  const marked = new Set<number>();
  const words = new Set<string>();
  for (const line of lines) {
    const text = line.text.trimEnd();
    if (!text.endsWith('#')) continue;
    const match = HASH_AFTER.exec(text);
    if (!match) continue;
    const before = text.slice(0, match.index).trimStart();
    if (!isHeadingWords(before) || LANGUAGE_NAME.test(before)) continue;
    const next = lines[line.index + 1];
    if (next !== undefined && !AFTER_HEADING.test(next.text)) continue;
    marked.add(line.index);
    words.add(before);
  }
  return words.size >= 2 ? marked : new Set();
}

function isHeadingWords(words: string): boolean {
  return WORDS.test(words) && !/\.$/.test(words);
}

/**
 * The columns [from, to) of a heading's words where the line is a heading by its anchor, else
 * undefined; `marked` holds the lines whose `#` after the words is the page's mark (hashMarkedLines).
 */
export function anchoredHeading(line: Line, marked?: ReadonlySet<number>): { from: number; to: number } | undefined {
  const text = line.text.trimEnd();
  if (marked?.has(line.index)) {
    const lead = text.length - text.trimStart().length;
    return { from: lead, to: text.slice(0, -1).trimEnd().length };
  }
  const before = ANCHOR_BEFORE.exec(text);
  if (before) {
    const words = text.slice(before[0].length);
    return isHeadingWords(words) ? { from: before[0].length, to: text.length } : undefined;
  }
  const after = ANCHOR_AFTER.exec(text);
  if (after) {
    const words = text.slice(0, after.index).trimEnd();
    return isHeadingWords(words) ? { from: 0, to: words.length } : undefined;
  }
  return undefined;
}

/**
 * An error section's title with its statuses beside it (`Errors (4xx)`, `Error responses (404, 409)`,
 * `Error responses — 404`): a title, as `Errors` is, whatever its parentheses or dash.
 */
export const ERROR_TITLE_STATUS =
  /^(?:errors?|error responses?|possible errors)(?: \((?:[45](?:\d{2}|xx))(?:, ?[45](?:\d{2}|xx)){0,9}\)| [-\u2013\u2014] [45]\d{2})$/i;
/** An error section's title (`Errors`, `Error responses`, `Possible errors`, a status beside it or none): statuses stacked under it are its answers. */
export const ERROR_TITLE = /^(?:errors?|error responses?|possible errors)(?:$| [(\-\u2013\u2014])/i;

/** Whether a line alone is a known section's title (`Query Parameters`, `Request Body`), not a label (`Response:`). */
export function isTitleLine(line: Line, titles: TitleVocabulary): boolean {
  const text = line.text.trim();
  if (ERROR_TITLE_STATUS.test(text)) return true;
  if (text === '' || text.length > TITLE_LENGTH || text.includes('\t') || /[:.]$/.test(text) || !WORDS.test(text)) return false;
  // An entry (`description (required) - Release notes`) is no title, whatever its name.
  if (/[()]|\s[-\u2013\u2014]\s/.test(text)) return false;
  return sectionOfTitle(text, titles) !== undefined;
}

/** A heading the page shows, and whether words of the article (a paragraph, table or sample) came before it. */
export interface HeadingMark {
  afterHeading: boolean;
  afterContent: boolean;
  /** An operation's title on a page whose request lines close their operations (copied-columns.ts). */
  column?: boolean;
}

/** The heading levels, in page order, by the evidence above. */
export function headingDepths(marks: readonly HeadingMark[]): Array<1 | 2 | 3 | 4 | 5 | 6> {
  const depths: Array<1 | 2 | 3 | 4 | 5 | 6> = [];
  // Under an operation's title (a three-panel page's), its sections' titles are a level down.
  let column = false;
  marks.forEach((mark, index) => {
    const previous = depths[index - 1];
    if (mark.column) [column] = [true, depths.push(2)];
    else if (column) depths.push(Math.min(Math.max(previous! + (mark.afterHeading ? 1 : 0), 3), 6) as 3 | 4 | 5 | 6);
    else if (index === 0 && !mark.afterContent) depths.push(1);
    else if (mark.afterHeading && previous !== undefined) depths.push(Math.min(previous + 1, 6) as 2 | 3 | 4 | 5 | 6);
    else depths.push(2);
  });
  return depths;
}
