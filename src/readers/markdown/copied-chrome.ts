/**
 * The site around the article in a page of copied text (copied-text.ts): none of its lines are
 * the reference's words.
 *
 *     Example API docs          the header and sidebar: a run of at least five short lines, no
 *     Home                      sentence, no request line, from the page's top to a blank line or
 *     Get banner by id          the title's heading; where the run's last line repeats one of the
 *     List banners              sidebar's (the page's own entry), that line is the title
 *     Get banner by id
 *     On this page              the contents: its title and the short lines after it
 *     Edit this page            footer lines (`Edit this page`, `© …`, `All rights reserved.`,
 *     Was this page helpful?    `Last updated …`, the feedback question and its Yes / No)
 */
import type { Line } from '../shared/lines.js';
import { anchoredHeading } from './copied-headings.js';

const NAV_RUN = 5;
const NAV_LENGTH = 60;
const REQUEST_LINE = /^(?:GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS|TRACE)\s+\S*\//;
const CONTENTS = /^(?:on this page|in this article|contents|table of contents|page contents):?$/i;
const FOOTER = /^(?:edit this page(?: on \w+)?|edit on github|(?:©|\(c\)|copyright\b).*|.*\ball rights reserved\.?|last updated\b.*)$/i;
const FEEDBACK = /^(?:was this page helpful|did this page help you|is this page helpful)\??$/i;
const ANSWER = /^(?:yes|no)$/i;

export interface Chrome {
  /** 1 for each line of the site's, 0 for the article's. */
  skip: Uint8Array;
  /** The title's line where the sidebar's entry for the page showed it, unanchored. */
  title?: number;
}

function isNavLine(line: Line | undefined, marked: ReadonlySet<number>): boolean {
  const text = line?.text.trim() ?? '';
  return (
    text !== '' &&
    text.length <= NAV_LENGTH &&
    !line!.text.includes('\t') &&
    !/[.:;,!?{[]$/.test(text) &&
    !/^[{[]/.test(text) &&
    !REQUEST_LINE.test(text) &&
    anchoredHeading(line!, marked) === undefined
  );
}

/** The lines of the site's layout in `lines` (`marked`: the lines whose `#` after the words is a heading's mark). */
export function findChrome(lines: readonly Line[], marked: ReadonlySet<number>): Chrome {
  const skip = new Uint8Array(lines.length);
  let title: number | undefined;
  let start = 0;
  while (start < lines.length && lines[start]!.text.trim() === '') start++;
  let end = start;
  while (isNavLine(lines[end], marked)) end++;
  if (end - start >= NAV_RUN) {
    const next = lines[end];
    const last = lines[end - 1]!.text.trim();
    const repeated = lines.slice(start, end - 1).some((line) => line.text.trim() === last);
    if (repeated) title = end - 1;
    if (repeated || next === undefined || next.text.trim() === '' || anchoredHeading(next, marked)) skip.fill(1, start, title ?? end);
  }
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!.text.trim();
    if (/^\d+$/.test(text)) index = skipGutter(lines, index, skip);
    else if (FOOTER.test(text)) skip[index] = 1;
    else if (FEEDBACK.test(text)) index = skipAnswers(lines, index, skip);
    else if (CONTENTS.test(text)) index = skipContents(lines, index, skip, marked);
  }
  return title === undefined ? { skip } : { skip, title };
}

/**
 * A code block's line numbers set in a table beside it (Pygments' `linenos="table"`, Chroma's
 * `lntable`): their column copies as a line a number, ascending by one, then the tab between the
 * cells alone on its line (after a blank line or two), then the code. The numbers are no words; returns the last line read.
 */
function skipGutter(lines: readonly Line[], index: number, skip: Uint8Array): number {
  let end = index;
  while (lines[end + 1] && lines[end + 1]!.text.trim() === String(Number(lines[end]!.text.trim()) + 1)) end++;
  // (Chroma's last number ends with its line break: a blank line or two before the tab.)
  let tab = end + 1;
  while (tab <= end + 2 && lines[tab]?.text === '') tab++;
  const after = lines[tab]?.text;
  if (after === undefined || !after.includes('\t') || after.trim() !== '') return end;
  skip.fill(1, index, end + 1);
  return tab;
}

/** The feedback question and the answers under it; returns the last line skipped. */
function skipAnswers(lines: readonly Line[], index: number, skip: Uint8Array): number {
  skip[index] = 1;
  let at = index + 1;
  while (at < lines.length && (lines[at]!.text.trim() === '' || ANSWER.test(lines[at]!.text.trim()))) skip[at++] = 1;
  return at - 1;
}

/** An "On this page" title and the short lines under it (blank lines between allowed once); returns the last line skipped. */
function skipContents(lines: readonly Line[], index: number, skip: Uint8Array, marked: ReadonlySet<number>): number {
  skip[index] = 1;
  let at = index + 1;
  while (at < lines.length && lines[at]!.text.trim() === '') at++;
  if (!isNavLine(lines[at], marked)) return index;
  while (isNavLine(lines[at], marked)) skip[at++] = 1;
  return at - 1;
}
