/**
 * `text` without a closing run of `mark` characters and the whitespace around it (`## Title ##`
 * → `## Title`, `name *` → `name`), or unchanged when it does not end in one. A scan from the
 * end: the regex `/\s*#+\s*$/` it replaces tries every position of a long run of spaces, which
 * is quadratic on a hostile line.
 */
export function withoutClosing(text: string, mark: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === mark) end--;
  return end === trimmed.length ? text : trimmed.slice(0, end).trimEnd();
}
