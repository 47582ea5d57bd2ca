/**
 * Splitting one flattened table row into its cells by grammar. The scraped text separates cells
 * with single spaces, as it separates words, so only what the column grammar pins down is cut:
 *
 *     $mode Enum: Slim, Wide, Full FULL (with raw values…) or SLIM
 *     ^^^^^ ^^^^^^^^^^^^^^^^^^^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^  name | type | description
 *
 * A name is one token (names hold no spaces), a type is one token or an `Enum:` value list (values
 * end with `,` until the last), the last column is the rest of the line. A line that does not fit
 * comes back with its reason, never as a guessed row.
 */

import { isStatusKey } from '../../ir/status-text.js';
import type { ColumnGrammar } from './table-header.js';
import { isTypeWord } from './type-words.js';

export interface CellSpan {
  /** 0-based column range in the row's line; `from === to` for an empty cell. */
  from: number;
  to: number;
}

/**
 * The cells, or why the line is no row. `wrapped` marks lines that read as the continuation of the
 * previous row's description (their type or status word is none), rather than as a broken row.
 */
interface RowFailure {
  error: string;
  wrapped: boolean;
}

export type RowSplit = { cells: CellSpan[] } | RowFailure;

/** The next run of non-blank characters at or after `at`. */
function nextToken(text: string, at: number): CellSpan | undefined {
  let from = at;
  while (from < text.length && isSpace(text.charCodeAt(from))) from++;
  if (from >= text.length) return undefined;
  let to = from;
  while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
  return { from, to };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** `Enum: Slim, Wide, Full` starting at the `Enum:` token: up to the first value without a comma. */
function readEnumList(text: string, head: CellSpan): CellSpan | string {
  let last = head;
  const headText = text.slice(head.from, head.to);
  // `Enum:Slim,` glued to its first value still continues the list.
  let open = headText.length === 'Enum:'.length || headText.endsWith(',');
  while (open) {
    const token = nextToken(text, last.to);
    if (!token) return 'the Enum value list ends without a last value';
    last = token;
    open = text.charCodeAt(token.to - 1) === 44;
  }
  return { from: head.from, to: last.to };
}

function readType(text: string, at: number): CellSpan | RowFailure {
  const token = nextToken(text, at);
  if (!token) return { error: 'the row has no type', wrapped: true };
  const word = text.slice(token.from, token.to);
  if (/^enum:/i.test(word)) {
    const list = readEnumList(text, token);
    return typeof list === 'string' ? { error: list, wrapped: false } : list;
  }
  if (!isTypeWord(word)) return { error: `"${word}" is not a type`, wrapped: true };
  return token;
}

function readStatus(text: string, at: number): CellSpan | RowFailure {
  const token = nextToken(text, at);
  if (!token) return { error: 'the row is empty', wrapped: false };
  const word = text.slice(token.from, token.to);
  return isStatusKey(word) ? token : { error: `"${word}" is not a status code`, wrapped: true };
}

function readRest(text: string, at: number): CellSpan {
  const token = nextToken(text, at);
  if (!token) return { from: text.length, to: text.length };
  let to = text.length;
  while (to > token.from && isSpace(text.charCodeAt(to - 1))) to--;
  return { from: token.from, to };
}

/**
 * Cells a copy kept apart with tabs (`name⇥Enum: A, B⇥Text`): the tabs are then the delimiter.
 * One piece per column (a missing last one is an empty description).
 */
function splitTabs(text: string, grammars: readonly ColumnGrammar[]): CellSpan[] | undefined {
  const columns = grammars.length;
  if (!text.includes('\t')) return undefined;
  const cells: CellSpan[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\t') continue;
    let start = from;
    let end = i;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    cells.push({ from: start, to: end });
    from = i + 1;
  }
  while (cells.length > columns && cells[cells.length - 1]!.from === cells[cells.length - 1]!.to) cells.pop();
  if (cells.length === columns - 1) cells.push({ from: text.length, to: text.length });
  if (cells.length !== columns) return undefined;
  // Still only a row when its name is one token and its type a type: tabs may sit in prose too.
  const fits = cells.every((cell, index) => {
    const word = text.slice(cell.from, cell.to);
    if (index === 0) return word !== '' && !/\s/.test(word);
    return grammars[index] !== 'type' || word === '' || /^enum:/i.test(word) || isTypeWord(word);
  });
  return fits ? cells : undefined;
}

/** Splits `text` (one row line) into one cell per grammar in `grammars`. */
export function splitRow(text: string, grammars: readonly ColumnGrammar[]): RowSplit {
  const tabbed = splitTabs(text, grammars);
  if (tabbed) return { cells: tabbed };
  const cells: CellSpan[] = [];
  let at = 0;
  for (const [index, grammar] of grammars.entries()) {
    if (grammar === 'rest') {
      const cell = readRest(text, at);
      cells.push(cell);
      at = cell.to;
      continue;
    }
    const cell = grammar === 'type' ? readType(text, at) : grammar === 'status' ? readStatus(text, at) : nextToken(text, at);
    if (cell === undefined)
      return { error: index === 0 ? 'the row is empty' : `the row has no cell for column ${index + 1}`, wrapped: index > 0 };
    if ('error' in cell) return cell;
    cells.push(cell);
    at = cell.to;
  }
  return { cells };
}
