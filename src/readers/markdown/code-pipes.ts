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
/**
 * A table's delimiter row, its line trimmed: `---|---`, `| :--- | ---: |`. No two runs of blanks
 * meet but across a pipe (the line's own blanks trimmed first), so a line of blanks is read once.
 */
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?(?:[ \t]*\|[ \t]*:?-+:?)+[ \t]*\|?$|^\|[ \t]*:?-+:?[ \t]*\|$/;

/** `text` with the pipes inside code spans of table rows marked; undefined when there are none. */
export function protectCodePipes(text: string): string | undefined {
  if (!text.includes('`') || !text.includes('|')) return undefined;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i - 1]!.includes('|') || !DELIMITER_ROW.test(lines[i]!.trim())) continue;
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

/**
 * The line with the unescaped pipes of its code spans marked. A span opens at a run of backticks
 * and closes at the next run of the same length (CommonMark's rule); the runs are found once and
 * each length's next run by a cursor that only moves forward, so a line of many unmatched runs
 * stays linear.
 */
function markLine(line: string): string {
  if (!line.includes('`')) return line;
  const runs: Array<{ start: number; end: number }> = [];
  for (let at = line.indexOf('`'); at !== -1; ) {
    let end = at;
    while (line[end] === '`') end++;
    runs.push({ start: at, end });
    at = line.indexOf('`', end);
  }
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const length = run.end - run.start;
    const list = byLength.get(length);
    if (list) list.push(index);
    else byLength.set(length, [index]);
  });
  const cursor = new Map<number, number>();
  let out = '';
  let at = 0;
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]!;
    const length = open.end - open.start;
    const list = byLength.get(length)!;
    let next = cursor.get(length) ?? 0;
    while (next < list.length && list[next]! <= i) next++;
    cursor.set(length, next);
    if (next === list.length) continue;
    const close = runs[list[next]!]!;
    out += line.slice(at, open.end) + line.slice(open.end, close.start).replace(/(?<!\\)\|/g, MARK);
    at = close.start;
    i = list[next]!;
  }
  return out + line.slice(at);
}

/** The marked pipes back, wherever the parse put them. */
export function restoreCodePipes(root: Root): void {
  const visit = (node: { value?: unknown; children?: unknown[] }): void => {
    if (typeof node.value === 'string' && node.value.includes(MARK)) node.value = node.value.replaceAll(MARK, '|');
    if (Array.isArray(node.children)) for (const child of node.children) visit(child as { value?: unknown; children?: unknown[] });
  };
  visit(root as unknown as { children: unknown[] });
}
