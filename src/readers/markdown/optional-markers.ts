/**
 * Tables that mark only their optional rows. Where at least one row carries the mark and the table
 * states required-ness no other way (no Required or Optional column, no row marked required), the
 * unmarked rows are required: that is what each convention means by leaving a row unmarked. A
 * table where no row carries a mark says nothing of its rows. The mark is stripped where it is read.
 *
 *     | position? | integer | …                          → Discord: `?` after the name
 *     | pages | Number | **optional** <p>Page count.</p> → apiDoc: `**optional**` opening the description
 *     | username | String | *Optional*. User's name |   → Telegram: `*Optional*.` opening the description
 *     | side | String | (optional) **left** or … |      → `[Optional]`, `(optional)`, `Optional.` (GDAX-style)
 */
import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { type ColumnRole, columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';
import { marksOwnRowsOnly } from './type-in-cell.js';

/**
 * `(required)` at the end (matched from the parenthesis: a leading `\s*` would retry every space of a
 * long run); Chinese and Japanese `（必填）`, `(必须)`, `（必須）`, Korean `(필수)`, the parentheses half- or full-width.
 */
export const REQUIRED_NOTE = /[(（](?:required|mandatory|必填|必选|必须|必需|必传|必須|필수)[)）]\s*$/i;

/** `(optional)` after a name: `limit (optional)`; `（选填）`, `(可选)`, `（任意）`, `(선택)`. */
const OPTIONAL_NOTE = /[(（](?:optional|选填|可选|非必填|任意|선택)[)）]\s*$/i;

/** Words of a row's description that say, or make, it optional: `**Optional**`, `(Default: false)`, `Required if …`. */
export const OTHERWISE_STATED =
  /\boptional(?:ly)?\b|\bdefaults?\b|\brequired\s+(?:if|when|only|unless)\b|\bif\s+(?:not\s+)?(?:given|set|provided|specified|omitted)\b/i;

/** Words of a description that make its row required: `Required.`, `*Required*`, `(required)`. */
const REQUIRED_WORDS = /^\s*(?:\[required\]|required\b)|\(\s*required\s*\)/i;

/** A description that opens by saying the row is optional: `[Optional] …`, `(optional) …`, `Optional. …`. */
const OPTIONAL_OPENING = /^\s*(?:\[optional\]|\(optional\)|optional\s*[.:,;-])\s*/i;

/** The words of an emphasised mark (`**optional**`, `*Optional*`, `*[Optional]*`), punctuation after them its own. */
const MARK_WORDS = /^\s*(?:\[optional\]|\(optional\)|optional)\s*$/i;

/** What follows an emphasised mark before the description's words: `*Optional*. User's …`. */
const AFTER_MARK = /^\s*[.:,;-]?\s*/;

/** A name with the mark of an optional field: `limit?`, `content?*` (the star a footnote). */
const OPTIONAL_NAME = /^[\w.[\]$@-]+\?\s*\**$/;

/** The name without its mark: `limit?` → `limit` (the one place a name's `?` goes). */
export function withoutOptionalMark(name: string): string {
  return /^([\w.[\]$@-]+)\?$/.exec(name.trim())?.[1] ?? name;
}

/** Tables whose rows' required-ness their optional marks decided: no other rule adds to it. */
const DECIDED = new WeakSet<Table>();

export function decidedByMarks(table: Table): boolean {
  return DECIDED.has(table);
}

/**
 * The rows of `table` its optional marks make required (none where no row carries a mark, or where
 * a column or a row states required-ness otherwise); every description's mark is stripped. A name's
 * `?` is left for the name cell's own reading (`withoutOptionalMark`).
 */
export function requiredByOmission(table: Table, nameAt: number, roles: ReadonlyArray<ColumnRole | undefined>): Set<TableRow> {
  const rows = table.children.slice(1);
  const required = new Set<TableRow>();
  if (roles.includes('required') || roles.includes('optional')) return required;
  // Google's `Optional.` (type-in-cell.ts): its own row's alone; an unmarked field is optional too.
  if (marksOwnRowsOnly(table)) return required;
  const describedAt = roles.indexOf('description');
  const description = (row: TableRow) => (describedAt >= 0 ? row.children[describedAt] : undefined);
  const described = (row: TableRow) => {
    const cell = description(row);
    return cell ? plainText(cell) : '';
  };
  const name = (row: TableRow) => (row.children[nameAt] ? plainText(row.children[nameAt]).trim() : '');
  const named = rows.some((row) => OPTIONAL_NAME.test(name(row)));
  // `limit (optional)`: the mark after the name, as words.
  const namedOptional = (row: TableRow) => OPTIONAL_NOTE.test(name(row));
  // Only where the table marks no row required: one that marks both ways says each row's own.
  const worded =
    !named &&
    rows.some((row) => describedOptional(description(row)) || namedOptional(row)) &&
    !rows.some((row) => REQUIRED_WORDS.test(described(row)) || REQUIRED_NOTE.test(name(row)));
  if (!named && !worded) return required;
  DECIDED.add(table);
  for (const row of rows) {
    const cell = description(row);
    const worded = describedOptional(cell);
    const marked = worded || OPTIONAL_NAME.test(name(row)) || namedOptional(row);
    if (cell && worded) stripDescribedMark(cell);
    if (!marked && name(row) !== '' && (named || !OTHERWISE_STATED.test(described(row)))) required.add(row);
  }
  return required;
}

/**
 * A type's table outside every operation (`###### Channel Structure`): its optional marks read as
 * an operation's tables' are, the names' `?` stripped and the rows they make required marked so.
 */
export function markTypeTable(table: Table, columnNames?: Readonly<Record<string, string>>): void {
  const roles = columnRoles(table, columnNames);
  const nameAt = roles.indexOf('name');
  if (nameAt < 0) return;
  const required = requiredByOmission(table, nameAt, roles);
  if (!decidedByMarks(table)) return;
  for (const row of table.children.slice(1)) {
    const cell = row.children[nameAt];
    if (!cell) continue;
    const [only, ...others] = cell.children;
    if (others.length === 0 && (only?.type === 'text' || only?.type === 'inlineCode'))
      cell.children = [{ ...only, value: withoutOptionalMark(only.value) }];
    if (required.has(row)) cell.children = [...cell.children, requiredMarker()];
  }
}

export function requiredMarker(): PhrasingContent {
  return { type: 'strong', children: [{ type: 'text', value: 'Required' }] };
}

/**
 * Whether the description opens with the mark: `*Optional*.`, `[Optional]`, `Optional.`, or apiDoc's
 * `**optional**` as its template writes it (lower case, no stop after it). A bold `**Optional**`
 * written by hand opens its own row's words and says nothing of the other rows.
 */
function describedOptional(cell: TableCell | undefined): boolean {
  if (!cell) return false;
  const first = cell.children[0];
  if (first?.type === 'strong' && plainText(first) === 'optional') return true;
  return OPTIONAL_OPENING.test(plainText(cell));
}

/** The description without its opening mark (and the punctuation after it). */
function stripDescribedMark(cell: TableCell): void {
  const [first, ...rest] = cell.children;
  if (!first) return;
  if ((first.type === 'strong' || first.type === 'emphasis') && MARK_WORDS.test(plainText(first))) {
    const [next, ...others] = rest;
    cell.children = next?.type === 'text' ? [...sliced(next, AFTER_MARK), ...others] : rest;
  } else if (first.type === 'text') cell.children = [...sliced(first, OPTIONAL_OPENING), ...rest];
}

/** A text node without what `pattern` matches at its start, its position moved past it (a cell is one line). */
function sliced(text: Extract<PhrasingContent, { type: 'text' }>, pattern: RegExp): PhrasingContent[] {
  const cut = pattern.exec(text.value)?.[0].length ?? 0;
  const value = text.value.slice(cut);
  if (value === '') return [];
  const position = text.position && {
    ...text.position,
    start: {
      ...text.position.start,
      column: text.position.start.column + cut,
      ...(text.position.start.offset !== undefined ? { offset: text.position.start.offset + cut } : {}),
    },
  };
  return [{ ...text, value, ...(position ? { position } : {}) }];
}
