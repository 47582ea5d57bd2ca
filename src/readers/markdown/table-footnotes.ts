/**
 * Footnotes under a table: a block right after it whose every note opens with a mark that rows of
 * the table carry at the end of their name or Required cell. A note is about the rows it marks, not
 * about the table's body or parameters: its words end each marked row's description (the name
 * cell's `footnote`, extract/properties.ts withFootnote), the mark leaves the cell, and the block
 * leaves the page.
 *
 *     | tax_id* | string | No | The owner's tax id. |   → tax_id: "The owner's tax id. Required for
 *                                                         business accounts.", not required: the
 *     \* Required for business accounts.                  star is the note's, no flag
 *
 *     `* Required when …` (a list of one item), `¹ Only for …`, `† …`, `** …`, a note a line
 *
 * A note that only says the marked rows are required (`* Required`, `* Required fields`, `* Indicates
 * a required field`) is the marks' legend: the marks keep their reading and no words are added. A
 * note that states when the row is required (`Required for …`, `Required when …`, `Only for …`)
 * makes a Required cell that carries its mark (`Yes*`) say nothing: a condition, not a flag.
 */
import type { Root, RootContent, Table, TableCell, Text } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';

/**
 * A note's line: its mark (`*`, `\*`, `**`, `†`, `‡`, `§`, `¹`, `<sup>1</sup>`, `<sup>[1]</sup>`),
 * then its words (after a space where the mark is a star; a closing `<br>` none of them, `withoutBreak`).
 */
const NOTE_LINE =
  /^[ \t]{0,3}((?:\\?\*){1,3}(?=[ \t])|[†‡§]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|<sup>[ \t]*\[?[0-9]{1,2}\]?[ \t]*<\/sup>)[ \t]*(\S.*)$/i;

/** A line's closing `<br>` (`<sup>1</sup> Only for …<br>`): none of the note's words. */
function withoutBreak(words: string): string {
  const trimmed = words.trimEnd();
  const found = /<br[ \t]*\/?>$/i.exec(trimmed);
  return found ? trimmed.slice(0, found.index).trimEnd() : trimmed;
}

/** A numbered list's item as a note (`1. Only for …`), where rows carry the number as a mark (`pond<sup>1</sup>`). */
const NUMBERED_LINE = /^[ \t]{0,3}([0-9]{1,2})[.)][ \t]+(\S.*)$/;

/** The digits written as superscripts: `<sup>[12]</sup>`, `12` → `¹²`, the mark the rows carry. */
function superscript(digits: string): string {
  return [...digits.replace(/[^0-9]/g, '')].map((digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]).join('');
}

/** A cell's closing mark: the same marks, after the cell's words (or alone, in a Required cell). */
const CELL_MARK = /(?<![*\\])(\*{1,3}|[†‡§]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})[ \t]*$/;

/** The marks' legend: the note says only that the marked rows are required. */
const LEGEND =
  /^(?:(?:indicates|denotes|marks)\s+(?:an?\s+|the\s+)?)?(?:required|mandatory)(?:\s+(?:fields?|parameters?|properties|property|attributes?|arguments?|values?))?\s*\.?$/i;

/** A note stating when the row is required (or only applies): a condition, no flag. */
const CONDITION = /^(?:required|mandatory|only|if|when|unless|conditional(?:ly)?)\b/i;

/** The longest block read as notes, in lines: a table's notes are a few lines, not a page. */
const MAX_LINES = 40;

interface Note {
  mark: string;
  words: string;
}

/** The table's footnotes read into its rows, the blocks of notes gone from the page. */
export function readTableFootnotes(root: Root, text: string, columnNames?: Readonly<Record<string, string>>): void {
  if (!/[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]|<sup>/i.test(text)) return;
  let lines: string[] | undefined;
  const out: RootContent[] = [];
  const children = root.children;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    out.push(node);
    const next = children[index + 1];
    if (node.type !== 'table' || !next || !mayHoldNotes(next)) continue;
    lines ??= text.split(/\r\n|\r|\n/);
    const notes = notesOf(next, lines);
    if (notes && applyNotes(node, notes, columnNames)) index++;
  }
  root.children = out;
  // A `<sup>1</sup>` mark no note under its table reads is none of the name's words either.
  if (/<sup>/i.test(text)) for (const node of out) if (node.type === 'table') dropNumberMarks(node, columnNames);
}

/** The cells whose mark was written `<sup>1</sup>` (`markSuperscript`): a page's own `¹` may be a unit's (`m²`). */
const SUP_MARKED = new WeakSet<TableCell>();

/** `<sup>1</sup>`, `<sup>[1]</sup>` closing a cell (after its words): a footnote's mark. */
const SUP_MARK = /^[ \t]*\[?([0-9]{1,2})\]?[ \t]*$/;

/**
 * A name or Required cell closing with a footnote's mark in HTML (`pond<sup>1</sup>`, `fence
 * <sup>[2]</sup>`): the mark written as the superscript digits (`pond¹`) the notes are read by.
 */
export function markSuperscript(cell: TableCell): void {
  const [open, digits, close] = cell.children.slice(-3);
  if (open?.type !== 'html' || !/^<sup>$/i.test(open.value) || close?.type !== 'html' || !/^<\/sup>$/i.test(close.value)) return;
  const number = digits?.type === 'text' ? SUP_MARK.exec(digits.value)?.[1] : undefined;
  const before = cell.children.at(-4);
  if (number === undefined || before?.type !== 'text' || before.value.trim() === '') return;
  const value = `${before.value.trimEnd()}${superscript(number)}`;
  cell.children = [...cell.children.slice(0, -4), { type: 'text', value, ...(before.position ? { position: before.position } : {}) }];
  SUP_MARKED.add(cell);
}

/** The number marks (`¹`) written `<sup>1</sup>` in a table's name and Required cells that no note read: the cells without them. */
function dropNumberMarks(table: Table, columnNames?: Readonly<Record<string, string>>): void {
  const roles = columnRoles(table, columnNames);
  for (const row of table.children.slice(1))
    row.children.forEach((cell, index) => {
      const role = roles[index];
      if ((role === 'name' || role === 'required') && SUP_MARKED.has(cell) && /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/.test(markOf(cell) ?? '')) unmark(cell);
    });
}

/**
 * A paragraph, a list of one item of one paragraph (`* Required when …` is a bullet as written), or
 * a numbered list whose every item is one paragraph (`1. Only for …`, the notes of number marks).
 */
function mayHoldNotes(node: RootContent): boolean {
  if (node.type === 'paragraph') return true;
  if (node.type !== 'list' || (!node.ordered && node.children.length !== 1)) return false;
  return node.children.every((item) => item.children.length === 1 && item.children[0]!.type === 'paragraph');
}

/** The block's notes, each line opening one or going on with the one before; undefined where it holds none, or two of one mark. */
function notesOf(node: RootContent, lines: readonly string[]): Note[] | undefined {
  const start = node.position?.start.line;
  const end = node.position?.end.line;
  if (start === undefined || end === undefined || end - start >= MAX_LINES) return undefined;
  const notes: Note[] = [];
  const numbered = node.type === 'list' && node.ordered === true;
  for (const line of lines.slice(start - 1, end)) {
    const opened = numbered ? NUMBERED_LINE.exec(line) : NOTE_LINE.exec(line);
    if (opened) {
      const written = opened[1]!.replace(/\\/g, '');
      const mark = numbered || written.startsWith('<') ? superscript(written) : written;
      if (notes.some((note) => note.mark === mark)) return undefined;
      notes.push({ mark, words: withoutBreak(opened[2]!.trim()) });
    } else if (notes.length === 0) return undefined;
    else if (line.trim() !== '') notes.at(-1)!.words += ` ${withoutBreak(line.trim())}`;
  }
  return notes.length > 0 ? notes : undefined;
}

/** Each note's words on the rows its mark closes a name or Required cell of; false (nothing done) where a note marks no row. */
function applyNotes(table: Table, notes: readonly Note[], columnNames?: Readonly<Record<string, string>>): boolean {
  const roles = columnRoles(table, columnNames);
  const nameAt = roles.indexOf('name');
  const requiredAt = roles.indexOf('required');
  if (nameAt < 0) return false;
  const rows = table.children.slice(1);
  const marked = (cell: TableCell | undefined, mark: string) => cell !== undefined && markOf(cell) === mark;
  const markedRows = (mark: string) => rows.filter((row) => marked(row.children[nameAt], mark) || marked(row.children[requiredAt], mark));
  if (!notes.every((note) => markedRows(note.mark).length > 0)) return false;
  for (const note of notes) {
    if (LEGEND.test(note.words)) continue;
    for (const row of markedRows(note.mark)) {
      const name = row.children[nameAt]!;
      if (marked(name, note.mark)) unmark(name);
      const required = row.children[requiredAt];
      if (marked(required, note.mark)) {
        unmark(required!);
        if (CONDITION.test(note.words)) required!.children = [];
      }
      const before = name.data?.footnote;
      name.data = { ...name.data, footnote: before ? `${before} ${note.words}` : note.words };
    }
  }
  return true;
}

/** The mark closing the cell, where its last node is text that ends with it. */
function markOf(cell: TableCell): string | undefined {
  const last = cell.children.at(-1);
  return last?.type === 'text' ? CELL_MARK.exec(last.value)?.[1] : undefined;
}

/** The cell without its closing mark (the text's end moved back by as much). */
function unmark(cell: TableCell): void {
  const last = cell.children.at(-1) as Text;
  const value = last.value.slice(0, CELL_MARK.exec(last.value)?.index).trimEnd();
  if (value.trim() === '') {
    cell.children = cell.children.slice(0, -1);
    return;
  }
  const cut = last.value.length - value.length;
  const end = last.position?.end;
  const position = last.position &&
    end && {
      ...last.position,
      end: { ...end, column: end.column - cut, ...(end.offset === undefined ? {} : { offset: end.offset - cut }) },
    };
  cell.children = [...cell.children.slice(0, -1), { ...last, value, ...(position ? { position } : {}) }];
}
