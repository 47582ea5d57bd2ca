/**
 * A `|` inside a code span of a table row, as kramdown (Jekyll's markdown, many published
 * references) reads it: the span's character. GFM reads it as a cell border, so
 *
 *     Attribute                             | Description
 *     ---------:                            | --------
 *     `GROUP_NAME|GROUP_ID`<br>*required*   | The name or UUID of the consumer group.
 *
 * gives three cells (`` `GROUP_NAME ``, `` GROUP_ID`… ``, the description) and the description,
 * past the header's two columns, is dropped. Before parsing, such a pipe becomes a private-use
 * character (one for one: every position still points at the page), and after parsing the
 * character becomes `|` again. An escaped pipe (`\|`, which GFM reads as the span's) is left as
 * it is, and so is a backtick that no run of the same length closes on its line.
 */
import type { Root } from 'mdast';

const MARK = '\uE000';
/** A table's delimiter row: `---|---`, `| :--- | ---: |`. */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$/;

/** `text` with the pipes inside code spans of table rows marked; undefined when there are none. */
export function protectCodePipes(text: string): string | undefined {
  if (!text.includes('`') || !text.includes('|')) return undefined;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 1; i < lines.length; i++) {
    if (!DELIMITER_ROW.test(lines[i]!) || !lines[i - 1]!.includes('|')) continue;
    for (let row = i - 1; row < lines.length && lines[row]!.trim() !== ''; row++) {
      if (row === i) continue;
      const marked = markLine(lines[row]!);
      if (marked !== lines[row]) {
        lines[row] = marked;
        changed = true;
      }
    }
  }
  return changed ? lines.join('\n') : undefined;
}

/** The line with the unescaped pipes of its code spans marked. */
function markLine(line: string): string {
  if (!line.includes('`')) return line;
  let out = '';
  let at = 0;
  while (at < line.length) {
    const open = line.indexOf('`', at);
    if (open === -1) break;
    let run = open;
    while (line[run] === '`') run++;
    const fence = line.slice(open, run);
    const close = closingRun(line, run, fence.length);
    if (close === -1) {
      out += line.slice(at, run);
      at = run;
      continue;
    }
    const inner = line.slice(run, close).replace(/(?<!\\)\|/g, MARK);
    out += line.slice(at, run) + inner + fence;
    at = close + fence.length;
  }
  return out + line.slice(at);
}

/** Where a run of exactly `length` backticks starts at or after `from`; -1 when none does. */
function closingRun(line: string, from: number, length: number): number {
  let at = line.indexOf('`', from);
  while (at !== -1) {
    let end = at;
    while (line[end] === '`') end++;
    if (end - at === length) return at;
    at = line.indexOf('`', end);
  }
  return -1;
}

/** The marked pipes back, wherever the parse put them. */
export function restoreCodePipes(root: Root): void {
  const visit = (node: { value?: unknown; children?: unknown[] }): void => {
    if (typeof node.value === 'string' && node.value.includes(MARK)) node.value = node.value.replaceAll(MARK, '|');
    if (Array.isArray(node.children)) for (const child of node.children) visit(child as { value?: unknown; children?: unknown[] });
  };
  visit(root as unknown as { children: unknown[] });
}
