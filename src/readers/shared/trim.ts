/**
 * `text` without a closing run of `marks` characters and the whitespace around it (`## Title ##`
 * → `## Title`, `name *` → `name`, `Response: ` → `Response` for `:.`), or unchanged when it does
 * not end in one. A scan from the end: the regexes it replaces (`/\s*#+\s*$/`, `/[:.-]+\s*$/`)
 * try every position of a long run of spaces or marks, which is quadratic on a hostile line.
 */
export function withoutClosing(text: string, marks: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && marks.includes(trimmed[end - 1]!)) end--;
  return end === trimmed.length ? text : trimmed.slice(0, end).trimEnd();
}

/**
 * `text` without the run of whitespace and `marks` characters it ends with (`name *` → `name`
 * for `*`). A scan from the end: the regex `/[*\s]+$/` it replaces tries every position of a
 * long run of spaces, which is quadratic on a hostile cell.
 */
export function withoutTrailing(text: string, marks: string): string {
  let end = text.length;
  while (end > 0 && (marks.includes(text[end - 1]!) || /\s/.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/** `text` without the colon it ends with and the whitespace before it (`Accepted types :` → `Accepted types`), scanned from the end as `withoutTrailing` is. */
export function withoutColon(text: string): string {
  return text.endsWith(':') ? text.slice(0, -1).trimEnd() : text;
}

/** Whether `text` is blank or a colon alone between blanks (`**Data** : `'s ` : `), as `/^\s*:?\s*$/` tells but without its two runs of spaces splitting a long run every way (quadratic). */
export function isColonOrBlank(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || trimmed === ':';
}

/** A label paragraph's parts without the blanks and lone colons between them (`**Code** : `200 OK`` → the bold, the code). */
export function labelParts<Node extends { type: string; value?: string }>(children: readonly Node[]): Node[] {
  return children.filter((child) => child.type !== 'text' || !isColonOrBlank(child.value ?? ''));
}

/**
 * `text` with each run of whitespace that holds a line break made one space (a paragraph's lines
 * as one line), as `text.replace(/\s*\n\s*\/g, ' ')` gives, in one pass: that regex tries every
 * position of a long run of blanks with no line break in it, which is quadratic.
 */
export function linesJoined(text: string): string {
  return text.includes('\n') ? text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)) : text;
}

/** A line that opens with a label of its own (`Min length: 1`, `Pattern: …`): a fact, no wrapped words. */
const LABEL_LINE = /^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}:(?:\s|$)/;

/**
 * `text` with each paragraph's lines joined with one blank (a wrapped line's break and indentation,
 * as `linesJoined` joins them) and the blank lines between paragraphs one blank line, in one pass;
 * undefined where a line after the first opens with a label (`Min length: 1`), a line of its own.
 */
export function wrappedLinesJoined(text: string): string | undefined {
  let joined = '';
  let blank = false;
  for (const line of text.split('\n')) {
    const words = line.trim();
    if (words === '') {
      blank = joined !== '';
      continue;
    }
    if (joined !== '' && LABEL_LINE.test(words)) return undefined;
    joined += joined === '' ? line.trimEnd() : `${blank ? '\n\n' : ' '}${words}`;
    blank = false;
  }
  return joined;
}
