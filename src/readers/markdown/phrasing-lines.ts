/**
 * Phrasing content parted into its lines, as labelled lines are read (`Type: String` ⏎ `Required:
 * Yes` in one paragraph): at its line breaks and at the newlines inside its text, each line trimmed
 * of blank text, every piece of text placed where it stands in the page.
 */
import type { PhrasingContent, Text } from 'mdast';

/** Phrasing content split at its line breaks and newlines, each line trimmed of blank text. */
export function phrasingLines(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const out: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === 'break') {
      out.push([]);
      continue;
    }
    if (child.type !== 'text' || !child.value.includes('\n')) {
      out[out.length - 1]!.push(child);
      continue;
    }
    let from = 0;
    for (let cut = child.value.indexOf('\n'); cut >= 0; cut = child.value.indexOf('\n', from)) {
      if (cut > from) out[out.length - 1]!.push(sliced(child, from, cut));
      out.push([]);
      from = cut + 1;
    }
    if (from < child.value.length) out[out.length - 1]!.push(sliced(child, from, child.value.length));
  }
  return out.map((line) => trimLine(line)).filter((line) => line.length > 0);
}

/** A line without its blank text at either end. */
function trimLine(line: PhrasingContent[]): PhrasingContent[] {
  const trimmed = [...line];
  while (trimmed[0]?.type === 'text' && trimmed[0].value.trim() === '') trimmed.shift();
  while (trimmed.at(-1)?.type === 'text' && (trimmed.at(-1) as Text).value.trim() === '') trimmed.pop();
  const first = trimmed[0];
  if (first?.type === 'text') trimmed[0] = sliced(first, first.value.length - first.value.trimStart().length, first.value.length);
  const last = trimmed.at(-1);
  if (last?.type === 'text') {
    const from = trimmed.length === 1 ? last.value.length - last.value.trimStart().length : 0;
    trimmed[trimmed.length - 1] = sliced(last, from, last.value.trimEnd().length);
  }
  return trimmed;
}

/**
 * The text node's characters `from` to `to`, placed where they stand in the page. A value is
 * shorter than its source by each escape (`shelf\.` reads `shelf.`): the start counts from the
 * node's start, an end followed by nothing but blanks on its line from the node's end, so that a
 * line ending in an escape (AWS's `The name\.` before a hard break) keeps its last character.
 */
export function sliced(node: Text, from: number, to: number): Text {
  const start = node.position?.start;
  if (!start || start.offset === undefined) return { type: 'text', value: node.value.slice(from, to) };
  const at = (index: number) => {
    const before = node.value.slice(0, index);
    const breaks = before.split('\n').length - 1;
    const column = breaks === 0 ? start.column + index : index - before.lastIndexOf('\n');
    return { line: start.line + breaks, column, offset: start.offset! + index };
  };
  const end = node.position?.end;
  const tail = node.value.length - to;
  const last =
    end?.offset !== undefined && BLANKS.test(node.value.slice(to))
      ? { line: end.line, column: end.column - tail, offset: end.offset - tail }
      : at(to);
  return { type: 'text', value: node.value.slice(from, to), position: { start: at(from), end: last } };
}

const BLANKS = /^[ \t]*$/;
