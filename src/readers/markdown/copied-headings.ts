/**
 * The headings of a page of copied text (copied-text.ts): a heading's line has no `#` of markdown,
 * only what the site put beside its words, or the words alone where they are a section's title.
 *
 *     #Get banner by id         the anchor link's `#` glued in front (rehype-autolink-headings,
 *                               GitHub's, Docusaurus's `#` or `🔗`)
 *     Get banner by id¶         Sphinx's and Python-Markdown's permalink `¶` (or `§`) after
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

/** The columns [from, to) of a heading's words where the line is a heading by its anchor, else undefined. */
export function anchoredHeading(line: Line): { from: number; to: number } | undefined {
  const text = line.text.trimEnd();
  const before = ANCHOR_BEFORE.exec(text);
  if (before) {
    const words = text.slice(before[0].length);
    return WORDS.test(words) && !/\.$/.test(words) ? { from: before[0].length, to: text.length } : undefined;
  }
  const after = ANCHOR_AFTER.exec(text);
  if (after) {
    const words = text.slice(0, after.index).trimEnd();
    return WORDS.test(words) && !/\.$/.test(words) ? { from: 0, to: words.length } : undefined;
  }
  return undefined;
}

/** Whether a line alone is a known section's title (`Query Parameters`, `Request Body`), not a label (`Response:`). */
export function isTitleLine(line: Line, titles: TitleVocabulary): boolean {
  const text = line.text.trim();
  if (text === '' || text.length > TITLE_LENGTH || text.includes('\t') || /[:.]$/.test(text) || !WORDS.test(text)) return false;
  // An entry (`description (required) - Release notes`) is no title, whatever its name.
  if (/[()]|\s[-\u2013\u2014]\s/.test(text)) return false;
  return sectionOfTitle(text, titles) !== undefined;
}

/** A heading the page shows, and whether words of the article (a paragraph, table or sample) came before it. */
export interface HeadingMark {
  afterHeading: boolean;
  afterContent: boolean;
}

/** The heading levels, in page order, by the evidence above. */
export function headingDepths(marks: readonly HeadingMark[]): Array<1 | 2 | 3 | 4 | 5 | 6> {
  const depths: Array<1 | 2 | 3 | 4 | 5 | 6> = [];
  marks.forEach((mark, index) => {
    const previous = depths[index - 1];
    if (index === 0 && !mark.afterContent) depths.push(1);
    else if (mark.afterHeading && previous !== undefined) depths.push(Math.min(previous + 1, 6) as 2 | 3 | 4 | 5 | 6);
    else depths.push(2);
  });
  return depths;
}
