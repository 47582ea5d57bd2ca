/**
 * Container nesting of a page, checked before any reader parses it. remark's time and memory grow
 * steeply with nested block quotes and lists (a 4 MB page of nested quotes took minutes and
 * gigabytes), and no docs page nests deeply, so a page past the limit is refused unread, whatever
 * its dialect.
 */

/**
 * The first line whose `>` markers pass `maxDepth`, or whose indentation passes `2 × maxDepth` list
 * levels before a list item's marker or a quote's `>` (a nested list opens each level with one).
 * Indentation before other words is no nesting: a code sample's lines (JSON pretty-printed with
 * wide indents, ASCII art), an indented code block's, a paragraph's. Markers written one after
 * another on a line (`- - - x`) nest too, one level each, outside a fenced code sample (YAML's
 * nested sequences are written so).
 */
export function deepestContainerLine(text: string, maxDepth: number): { line: number; offset: number } | undefined {
  let line = 1;
  // The fence a code sample is in (its character and length), whose lines open no containers: YAML's `- - x`.
  let fence: { mark: number; length: number } | undefined;
  // The emphasis marks (1 `*`, 2 `_`) of which the paragraph has opened a run past the limit.
  let emphasis = 0;
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let quotes = 0;
    let indent = 0;
    let i = start;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3e) quotes++;
      else if (c === 0x20) indent++;
      else if (c === 0x09) indent += 4;
      else break;
    }
    if (quotes > maxDepth || (indent / 2 > maxDepth * 2 && (quotes > 0 || listMarkerEnd(text, i, end) >= 0)))
      return { line, offset: start };
    const run = fenceRun(text, i, end);
    if (fence) {
      if (run && run.mark === fence.mark && run.length >= fence.length && text.slice(i + run.length, end).trim() === '') fence = undefined;
    } else if (run) fence = run;
    else if (openedOnLine(text, i, end, maxDepth - quotes)) return { line, offset: start };
    else if (i >= end || text.slice(i, end).trim() === '') emphasis = 0;
    else {
      emphasis = emphasisRuns(text, i, end, maxDepth, emphasis);
      if (emphasis < 0) return { line, offset: start };
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * Whether the line from `at` opens more than `room` containers: list items and quotes written one
 * after the other on it (`- - - x`, `1. > - x`), each one level deeper than the last. A thematic
 * break (`- - - -`, `* * *`: one marker and blanks only) opens none.
 */
function openedOnLine(text: string, at: number, end: number, room: number): boolean {
  let opened = 0;
  let i = at;
  while (opened <= room && i < end) {
    const c = text.charCodeAt(i);
    const marker = c === 0x3e ? i + 1 : listMarkerEnd(text, i, end);
    if (marker < 0) return false;
    i = marker;
    opened++;
    while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  }
  return opened > room && !thematicBreak(text, at, end);
}

/**
 * The emphasis marks of which the paragraph has opened a run longer than `2 × maxDepth + 1` once the
 * line from `at` is read (`opened` before it), or -1 where the line closes such a run with another:
 * `____x____` is strong in strong in strong, a level per pair of marks. micromark's time grows with
 * the square of such runs (16,000 marks took 5 s) and the nodes they make nest past what the tree's
 * walkers recurse through (40,000 overflowed the stack). A run opens where a non-blank follows it and
 * closes where one precedes it; a run alone (`Signed: ______`, `****x`) nests nothing.
 */
function emphasisRuns(text: string, at: number, end: number, maxDepth: number, opened: number): number {
  let marks = opened;
  for (let i = at; i < end; ) {
    const c = text.charCodeAt(i);
    if (c !== 0x2a && c !== 0x5f) {
      i++;
      continue;
    }
    let run = i;
    while (run < end && text.charCodeAt(run) === c) run++;
    if (run - i > 2 * maxDepth + 1) {
      const bit = c === 0x2a ? 1 : 2;
      if (i > at && !blank(text.charCodeAt(i - 1)) && marks & bit) return -1;
      if (run < end && !blank(text.charCodeAt(run))) marks |= bit;
    }
    i = run;
  }
  return marks;
}

function blank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}

/** The line from `at` holds one character of `-`, `*`, `_` and blanks only (`- - -`): a thematic break. */
function thematicBreak(text: string, at: number, end: number): boolean {
  const mark = text.charCodeAt(at);
  if (mark !== 0x2d && mark !== 0x2a && mark !== 0x5f) return false;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== mark && c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** The run of three or more backticks or tildes at `at` that opens or closes a fence, or undefined. */
export function fenceRun(text: string, at: number, end: number): { mark: number; length: number } | undefined {
  const mark = text.charCodeAt(at);
  if (mark !== 0x60 && mark !== 0x7e) return undefined;
  let i = at;
  while (i < end && text.charCodeAt(i) === mark) i++;
  return i - at >= 3 ? { mark, length: i - at } : undefined;
}

/**
 * The index after a list item's marker at `at` (`-`, `*`, `+` or up to nine digits and `.` or `)`,
 * then a blank or the line's end), or -1 where none stands there.
 */
function listMarkerEnd(text: string, at: number, end: number): number {
  let i = at;
  const c = text.charCodeAt(i);
  if (c === 0x2d || c === 0x2a || c === 0x2b) i++;
  else {
    while (i < end && i - at < 9 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    if (i === at || (text.charCodeAt(i) !== 0x2e && text.charCodeAt(i) !== 0x29)) return -1;
    i++;
  }
  return i >= end || text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x0d ? i : -1;
}
