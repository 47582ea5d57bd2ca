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
 * wide indents, ASCII art), an indented code block's, a paragraph's.
 */
export function deepestContainerLine(text: string, maxDepth: number): { line: number; offset: number } | undefined {
  let line = 1;
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
    if (quotes > maxDepth || (indent / 2 > maxDepth * 2 && (quotes > 0 || listMarkerAt(text, i, end)))) return { line, offset: start };
    start = end + 1;
  }
  return undefined;
}

/** A list item's marker at `at`: `-`, `*`, `+` or up to nine digits and `.` or `)`, then a blank or the line's end. */
function listMarkerAt(text: string, at: number, end: number): boolean {
  let i = at;
  const c = text.charCodeAt(i);
  if (c === 0x2d || c === 0x2a || c === 0x2b) i++;
  else {
    while (i < end && i - at < 9 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    if (i === at || (text.charCodeAt(i) !== 0x2e && text.charCodeAt(i) !== 0x29)) return false;
    i++;
  }
  return i >= end || text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x0d;
}
