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
    else if (openedOnLine(text, i, end, maxDepth - quotes) || emphasisRunPast(text, i, end, maxDepth)) return { line, offset: start };
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
 * Whether the line from `at` holds a run of one emphasis mark (`*`, `_`) longer than `2 × maxDepth + 1`
 * that can open emphasis (a non-blank follows it): `____x____` is strong in strong in strong, one
 * level per pair of marks. micromark's time grows with the square of such a run (16,000
 * marks took 5 s) and the nodes it makes nest past what the tree's walkers recurse through (20,000
 * overflowed the stack). A blank's run (`Name: ______`) or a thematic break opens nothing.
 */
function emphasisRunPast(text: string, at: number, end: number, maxDepth: number): boolean {
  for (let i = at; i < end; ) {
    const c = text.charCodeAt(i);
    if (c !== 0x2a && c !== 0x5f) {
      i++;
      continue;
    }
    let run = i;
    while (run < end && text.charCodeAt(run) === c) run++;
    const next = run < end ? text.charCodeAt(run) : 0x20;
    if (run - i > 2 * maxDepth + 1 && next !== 0x20 && next !== 0x09 && next !== 0x0d) return true;
    i = run;
  }
  return false;
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
function fenceRun(text: string, at: number, end: number): { mark: number; length: number } | undefined {
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
