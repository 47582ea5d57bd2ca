/**
 * The format and pattern a description states on lines of their own, a label and its value (as
 * `described-limits.ts` reads `Min length: 1`):
 *
 *     When the bed was planted. <br> Format: date-time      → format date-time
 *     The number of slots. <br> Format: `int32`             → format int32
 *     The bed's code. ⏎ Pattern: `^[a-z]+$`                 → pattern ^[a-z]+$
 *     The first item. Default: 0, Format: int64             → format int64 (a label after a sentence or a fact)
 *
 * A format is one of the words specdown writes, and only goes where it fits the value's kind
 * (`constraints.ts`' `withLimits`): an integer's on an integer, a number's on a number, a string's
 * on a string or a value of no stated type. A pattern is read where JavaScript reads it as a
 * regular expression, and from a line with no markup but a code span: `^[a-z]*[0-9]*$` written
 * bare parses as emphasis, its text no longer the pattern. A line that says more (`Format: ISO
 * 8601 date`, `Pattern: see below`) states none.
 */
import type { Nodes, TableCell } from 'mdast';
import { isBreak } from '../document/line-break.js';
import { readsAsPattern } from '../document/patterns.js';
import { plainText } from '../document/plain-text.js';

/** The formats a `Format:` line may state, by the kind they fit. */
export const STRING_FORMATS: ReadonlySet<string> = new Set([
  'date-time',
  'date',
  'time',
  'duration',
  'uuid',
  'uri',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'byte',
  'binary',
  'password',
]);
export const INTEGER_FORMATS: ReadonlySet<string> = new Set(['int32', 'int64']);
export const NUMBER_FORMATS: ReadonlySet<string> = new Set(['float', 'double', 'decimal']);

const LABEL = /^(format|pattern)[ \t]*:[ \t]*/i;

/** A line's pieces: plain text (with its node's source, where known), a code span's value, or markup (emphasis, a link, HTML). */
interface Piece {
  kind: 'text' | 'code' | 'markup';
  value: string;
  source?: string;
}

/**
 * The format and pattern the description cell's labelled lines state; none where it has no such
 * line. `markdown` is the page's source: a pattern written bare is read only where the source
 * holds it as read (`\.` is markdown's escaped `.`: `^\d+\.\d+$` reads `^\d+.\d+$`).
 */
export function describedFormats(cell: TableCell | undefined, markdown?: string): { format?: string; pattern?: string } {
  const stated: { format?: string; pattern?: string } = {};
  if (!cell || !/format|pattern/i.test(plainText(cell))) return stated;
  for (const line of lines(cell.children, markdown)) {
    const first = line[0];
    const label = first?.kind === 'text' ? LABEL.exec(first.value.trimStart()) : null;
    if (!first || !label) continue;
    const rest: Piece[] = [{ ...first, value: first.value.trimStart().slice(label[0].length) }, ...line.slice(1)];
    const value = labelledValue(rest, label[1]!.toLowerCase() === 'pattern');
    if (value === undefined) continue;
    if (label[1]!.toLowerCase() === 'format') {
      const format = value.toLowerCase();
      if (STRING_FORMATS.has(format) || INTEGER_FORMATS.has(format) || NUMBER_FORMATS.has(format)) stated.format ??= format;
    } else if (stated.pattern === undefined && readsAsPattern(value)) stated.pattern = value;
  }
  return stated;
}

/** The value after a label: a code span alone (a closing period aside), or plain text with no markup (a pattern's as its source writes it). */
function labelledValue(pieces: readonly Piece[], literal: boolean): string | undefined {
  const kept = pieces.filter((piece) => !(piece.kind === 'text' && /^[ \t]*\.?[ \t]*$/.test(piece.value)));
  if (kept.length === 1 && kept[0]!.kind === 'code') return kept[0]!.value.trim() || undefined;
  if (kept.length === 0 || kept.some((piece) => piece.kind !== 'text' || (literal && !piece.source?.includes(piece.value.trim()))))
    return undefined;
  const text = kept
    .map((piece) => piece.value)
    .join('')
    .trim();
  // A reader's cell of the source's words (a list item's) keeps a code span's backticks.
  const value = /^`[^`]+`$/.test(text) ? text.slice(1, -1) : text;
  return value && !/\s/.test(value) ? value : undefined;
}

/**
 * Where a line ends: a newline, a `<br>`; or where a label opens after a sentence or another fact
 * on the line (`The page size. Format: int32`, Atlassian's `Default: 50, Format: int32`).
 */
const LINE_OR_FACT = /\r?\n|<br\s*\/?>|[.,;][ \t]+(?=(?:format|pattern)[ \t]*:)/i;

/** The cell's pieces, parted into its lines (a line break, `<br>`, a newline in its text). */
function lines(nodes: readonly Nodes[], markdown: string | undefined, out: Piece[][] = [[]]): Piece[][] {
  for (const node of joinedTexts(nodes)) {
    if (node.type === 'text') {
      const { start, end } = node.position ?? {};
      const source = start?.offset !== undefined && end?.offset !== undefined ? markdown?.slice(start.offset, end.offset) : undefined;
      const [head, ...others] = node.value.split(LINE_OR_FACT);
      out[out.length - 1]!.push({ kind: 'text', value: head!, ...(source !== undefined ? { source } : {}) });
      for (const other of others) out.push([{ kind: 'text', value: other, ...(source !== undefined ? { source } : {}) }]);
    } else if (node.type === 'inlineCode') out[out.length - 1]!.push({ kind: 'code', value: node.value });
    else if (isBreak(node)) out.push([]);
    else if (node.type === 'paragraph') {
      if (out[out.length - 1]!.length > 0) out.push([]);
      lines(node.children, markdown, out);
      out.push([]);
    } else out[out.length - 1]!.push({ kind: 'markup', value: '' });
  }
  return out;
}

/**
 * The nodes, texts side by side joined into one (a reader's description of paragraphs joined by a
 * blank, `The page size.` ` ` `Format: int32`, reads as the line it shows); a joined text has no source.
 */
function joinedTexts(nodes: readonly Nodes[]): Nodes[] {
  const out: Nodes[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + node.value };
    else out.push(node);
  }
  return out;
}
