/**
 * Container nesting of a page, checked before any reader parses it. remark's time and memory grow
 * steeply with nested block quotes and lists (a 4 MB page of nested quotes took minutes and
 * gigabytes), and no docs page nests deeply, so a page past the limit is refused unread, whatever
 * its dialect.
 */

/** The first line whose `>` markers pass `maxDepth`, or whose indentation passes `2 × maxDepth` list levels. */
export function deepestContainerLine(text: string, maxDepth: number): { line: number; offset: number } | undefined {
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let quotes = 0;
    let indent = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3e) quotes++;
      else if (c === 0x20) indent++;
      else if (c === 0x09) indent += 4;
      else break;
    }
    if (quotes > maxDepth || indent / 2 > maxDepth * 2) return { line, offset: start };
    start = end + 1;
  }
  return undefined;
}
