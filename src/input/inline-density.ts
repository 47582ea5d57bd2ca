/**
 * Emphasis and strikethrough marks of one paragraph, counted before any reader parses the page.
 * micromark pairs `*`, `_` and `~` runs by walking back from each closing run over the paragraph's
 * events, and splices the events array at each pair, so its time grows with the square of the runs
 * one paragraph holds: 40,000 bold words in one paragraph took 29 s, `*a_` × 10,000 took 21 s and
 * `~a` × 40,000 took 117 s. No docs paragraph, table cell or heading holds thousands of marks, so a
 * page with one past the limit is refused unread, as pages nested too deep are.
 */

import { fenceRun } from './container-depth.js';

/** Runs of `*`, `_` or `~` that can open or close a span, in one paragraph, table row or heading. */
export const MAX_INLINE_MARKS = 5_000;

/**
 * The first line where a paragraph, table row or heading passes `limit` runs of `*`, `_` or `~`
 * that can open or close a span, with the count, or undefined. Fenced code is not counted; a
 * paragraph ends at a blank line, a heading, a list item that may interrupt it or a table (each
 * row is counted alone, as micromark reads each cell alone). Runs inside code spans are counted
 * too: the count errs high, never low, and no docs paragraph comes near the limit either way.
 */
export function densestInlineLine(text: string, limit = MAX_INLINE_MARKS): { line: number; offset: number; marks: number } | undefined {
  let line = 1;
  let fence: { mark: number; length: number } | undefined;
  let marks = 0;
  // The quote depth of the table whose rows the lines are (each row its own paragraph), or -1.
  let table = -1;
  // The paragraph's last list item: an ordered item numbered past 1 starts an item only after another ordered one.
  let lastItem: 'bullet' | 'ordered' | undefined;
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let i = start;
    let quotes = 0;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3e) quotes++;
      else if (c !== 0x20 && c !== 0x09) break;
    }
    const run = fenceRun(text, i, end);
    if (fence) {
      if (run && run.mark === fence.mark && run.length >= fence.length && text.slice(i + run.length, end).trim() === '') fence = undefined;
    } else if (run) {
      fence = run;
      marks = 0;
      table = -1;
    } else if (i >= end || text.slice(i, end).trim() === '') {
      marks = 0;
      table = -1;
      lastItem = undefined;
    } else {
      const item = listItem(text, i, end);
      const startsItem = item && (item.bullet || item.first || lastItem === 'ordered');
      const title = heading(text, i, end);
      if (title || underline(text, i, end)) {
        marks = 0;
        table = -1;
      } else if (delimiterRow(text, i, end)) {
        table = quotes;
        marks = 0;
      } else if (startsItem) {
        marks = 0;
        table = -1;
        lastItem = item.bullet ? 'bullet' : 'ordered';
      } else if (table === quotes) marks = 0;
      else table = -1;
      marks += lineMarks(text, i, end);
      if (marks > limit) return { line, offset: start, marks };
      if (title) marks = 0;
    }
    start = end + 1;
  }
  return undefined;
}

/** Runs of `*`, `_` or `~` on the line from `at` that micromark marks as able to open or close a span. */
function lineMarks(text: string, at: number, end: number): number {
  let count = 0;
  for (let i = at; i < end; ) {
    const c = text.charCodeAt(i);
    if (c !== 0x2a && c !== 0x5f && c !== 0x7e) {
      i++;
      continue;
    }
    let run = i;
    while (run < end && text.charCodeAt(run) === c) run++;
    const before = i > at ? kind(text, i - 1) : WHITESPACE;
    const after = run < end ? kind(text, run) : WHITESPACE;
    // CommonMark's flanking rules, as micromark's attention and strikethrough tokenizers apply them.
    const open = after === OTHER || (after === PUNCTUATION && before !== OTHER);
    const close = before === OTHER || (before === PUNCTUATION && after !== OTHER);
    const counts = c === 0x5f ? (open && (before !== OTHER || !close)) || (close && (after !== OTHER || !open)) : open || close;
    if (counts) count++;
    i = run;
  }
  return count;
}

const WHITESPACE = 1;
const PUNCTUATION = 2;
const OTHER = 3;
const UNICODE_WHITESPACE = /\s/u;
const UNICODE_PUNCTUATION = /[\p{P}\p{S}]/u;

/** The class micromark gives the character at `at`: whitespace, punctuation (ASCII or Unicode) or other. */
function kind(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0x80) {
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return WHITESPACE;
    if (c < 0x20 || c === 0x7f) return OTHER;
    if ((c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e)) return PUNCTUATION;
    return OTHER;
  }
  const ch = String.fromCodePoint(text.codePointAt(at) ?? c);
  if (UNICODE_WHITESPACE.test(ch)) return WHITESPACE;
  return UNICODE_PUNCTUATION.test(ch) ? PUNCTUATION : OTHER;
}

/** An ATX heading from `at`: one to six `#`, then a blank or the line's end. */
function heading(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && i - at < 7 && text.charCodeAt(i) === 0x23) i++;
  return i > at && i - at <= 6 && (i >= end || text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09);
}

/** A setext underline from `at` (`===` or `---` and blanks only): the paragraph above is a heading. */
function underline(text: string, at: number, end: number): boolean {
  const mark = text.charCodeAt(at);
  if (mark !== 0x3d && mark !== 0x2d) return false;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== mark && c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** A table's delimiter row from `at` (`|---|:--:|`, `--- | ---`): pipes, dashes, colons and blanks, with a pipe and a dash. */
function delimiterRow(text: string, at: number, end: number): boolean {
  let pipe = false;
  let dash = false;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7c) pipe = true;
    else if (c === 0x2d) dash = true;
    else if (c !== 0x3a && c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return pipe && dash;
}

/**
 * A list item's marker from `at` followed by a blank and words: a bullet, or an ordered item and
 * whether it is numbered 1 (only such an item may interrupt a paragraph; `2.` there goes on with it).
 */
function listItem(text: string, at: number, end: number): { bullet: boolean; first: boolean } | undefined {
  let i = at;
  const c = text.charCodeAt(i);
  const bullet = c === 0x2d || c === 0x2a || c === 0x2b;
  if (bullet) i++;
  else {
    while (i < end && i - at < 9 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    if (i === at || (text.charCodeAt(i) !== 0x2e && text.charCodeAt(i) !== 0x29)) return undefined;
    i++;
  }
  if (i >= end || (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0x09)) return undefined;
  if (text.slice(i, end).trim() === '') return undefined;
  return { bullet, first: !bullet && Number(text.slice(at, i - 1)) === 1 };
}
