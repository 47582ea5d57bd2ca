/** The rows of a table, their cells by column role (`document/column-roles.ts` knows the header names). */
import type { TableRow as MdastRow, PhrasingContent, Table, TableCell } from 'mdast';
import { type ColumnRole, columnRoles, misspeltHeaders } from '../document/column-roles.js';
import { plainText } from '../document/plain-text.js';
import type { Source } from '../ir/source.js';
import { type ExtractContext, sourceIn } from './context.js';
import { literalName } from './literal-name.js';
import { oxMarked } from './required-marks.js';
import { type RowMethods, rowMethods } from './row-methods.js';
import { isRequiredMarkerAt } from './text.js';
import { reportNameSlips } from './written-slips.js';

export interface TableRow {
  cells: Map<ColumnRole, TableCell>;
  source: Source;
  /** The page source, when the reader kept it (name cells are read from it literally). */
  markdown?: string;
  /**
   * The table's Required column (or, with none, its Optional one) is written in O and X marks
   * (`required-marks.ts`): `O` yes, `X` no, of the column's word (an Optional column's `O` optional).
   */
  oxMarks?: boolean;
  /** A cell states the methods the row is for (`Required for POST and PUT operations`: `row-methods.ts`). */
  methods?: RowMethods;
}

export interface ReadTable {
  roles: Set<ColumnRole>;
  rows: TableRow[];
  source: Source;
}

/**
 * The cells of each body row by column role. Rows with fewer cells than the header are reported;
 * a row repeating the header (a long table's header written again mid-table) is no row.
 */
export function readTable(table: Table, context: ExtractContext): ReadTable {
  const body = table.children.slice(1);
  const roles = columnRoles(table, context.columnNames);
  const header = table.children[0] ? rowTexts(table.children[0]) : [];
  reportMisspeltHeaders(table, context);
  const rows: TableRow[] = [];
  const nameAt = roles.indexOf('name');
  for (const row of body) {
    if (repeatsHeader(row, header)) {
      context.diagnostics.report('malformed-row', sourceIn(context, row), 'table row repeats the header; not read as a row', {
        severity: 'info',
      });
      continue;
    }
    const cells = new Map<ColumnRole, TableCell>();
    row.children.forEach((cell, index) => {
      const role = roles[index];
      if (role && !cells.has(role)) cells.set(role, cell);
    });
    const name = cells.get('name');
    if (name) reportNameSlips(name, context);
    if (row.children.length < roles.length && !emptyLastCell(row, roles.length, context.markdown)) {
      context.diagnostics.report(
        'malformed-row',
        sourceIn(context, row),
        `table row has ${row.children.length} of ${roles.length} cells; the missing cells are read as empty`,
        { severity: 'warning' },
      );
    }
    const extra = row.children.slice(roles.length).filter((cell) => cell.children.map(plainText).join('').trim() !== '');
    if (extra.length > 0 && roles.length > 0) {
      context.diagnostics.report(
        'malformed-row',
        sourceIn(context, extra[0]!),
        `table row has ${row.children.length} cells for ${roles.length} columns; the text past the last column was not read (a \`|\` in a cell is written \`\\|\`)`,
        { severity: 'warning' },
      );
    }
    const methods = rowMethods(row.children, nameAt);
    rows.push({
      cells,
      source: sourceIn(context, row),
      ...(context.markdown !== undefined ? { markdown: context.markdown } : {}),
      ...(methods ? { methods } : {}),
    });
  }
  const described = describedTypes(roles, rows);
  // The flag column `isRequired` reads: the Required one, else the Optional one (`선택`, `任意`).
  const flag = roles.includes('required') ? 'required' : 'optional';
  const at = roles.indexOf(flag);
  const marks = at >= 0 ? rows.map((row) => cellText(row, flag)) : [];
  if (at >= 0 && oxMarked(marks, header[at] ?? '')) for (const row of rows) row.oxMarks = true;
  const stated = new Set(roles.filter((role): role is ColumnRole => role !== undefined));
  if (described) stated.add('type');
  return { roles: stated, rows, source: sourceIn(context, table) };
}

/**
 * `Type: integer.`, `**Type:** string`, `type: SID<LA>, not PII.` opening a description, or right
 * after the flag's sentence opening it (`Optional. Type: string. The name.`): the type its words state.
 */
const DESCRIBED_TYPE = /^\s*(?:(?:required|optional)\s*\.\s*)?type\s*:\s*([A-Za-z][\w<>[\]()| -]{0,39}?)\s*(?:[.,;](?:\s|$)|\n|$)/i;

/**
 * A table of names and descriptions with no Type column, whose descriptions open with the type
 * (`| brightness | Type: integer. Brightness in percent. |`, after the flag: `Required. Type: integer.`): each such row's type is that one, in a
 * Type cell placed at its description (the other rows' unstated, as a made table's are). True where
 * any row states one; the table's other columns (a Status column: a status table) are left as they are.
 */
function describedTypes(roles: readonly (ColumnRole | undefined)[], rows: readonly TableRow[]): boolean {
  if (!roles.includes('name') || !roles.includes('description') || roles.includes('type') || roles.includes('status')) return false;
  const types = rows.map((row) => {
    const cell = row.cells.get('description');
    return cell ? DESCRIBED_TYPE.exec(cell.children.map(plainText).join(''))?.[1]?.trim() : undefined;
  });
  if (!types.some(Boolean)) return false;
  rows.forEach((row, index) => {
    const at = row.cells.get('description')?.position;
    const type = types[index];
    const cell: TableCell = {
      type: 'tableCell',
      children: type ? [{ type: 'text', value: type }] : [],
      ...(at ? { position: at } : {}),
      ...(type ? {} : { data: { unstated: true } }),
    };
    row.cells.set('type', cell);
  });
  return true;
}

/** A header written with a slip (`Paramter`, `Requried`) is read as the word it misspells; said where. */
function reportMisspeltHeaders(table: Table, context: ExtractContext): void {
  const cells = table.children[0]?.children;
  if (!cells) return;
  for (const { column, written, read } of misspeltHeaders(table, context.columnNames))
    context.diagnostics.report(
      'misspelt-header',
      sourceIn(context, cells[column]!),
      `the column header \`${written}\` is read as \`${read}\`, the word it misspells (fix the page, or add it to the config's \`columns\`)`,
    );
}

function rowTexts(row: MdastRow): string[] {
  return row.children.map((cell) => cell.children.map(plainText).join('').trim());
}

/** Whether `row` writes the header's cells again, each as the header does (and not all empty). */
function repeatsHeader(row: MdastRow, header: string[]): boolean {
  if (row.children.length !== header.length || header.every((text) => text === '')) return false;
  // Cheap test first: the first cell.
  if (row.children[0]!.children.map(plainText).join('').trim() !== header[0]) return false;
  return rowTexts(row).every((text, i) => text === header[i]);
}

/**
 * A row without a leading pipe whose last cell the author left empty (` **id** | **int** | The id | `):
 * GFM reads the closing pipe as the row's end, so the row has one cell fewer — as written, not broken.
 */
function emptyLastCell(row: MdastRow, columns: number, markdown: string | undefined): boolean {
  const start = row.position?.start.offset;
  const end = row.position?.end.offset;
  if (markdown === undefined || start === undefined || end === undefined || row.children.length !== columns - 1) return false;
  const text = markdown.slice(start, end).trim();
  return !text.startsWith('|') && text.endsWith('|');
}

/** The plain text of a row's cell, required markers left out; a name cell taken literally (`literal-name.ts`). */
export function cellText(row: TableRow, role: ColumnRole): string {
  const cell = row.cells.get(role);
  if (!cell) return '';
  // Where the row writes its type in bold (`__string__` or `**string**` opening its description,
  // Zilliz's reference), `__collectionName__` is bold too: its text is the name.
  if (role === 'name') return literalName(cell.children, boldType(row) ? undefined : row.markdown);
  return cell.children
    .filter((_, index) => !isRequiredMarkerAt(cell.children, index))
    .map(plainText)
    .join('')
    .trim();
}

/** Whether the row's Type cell says the page states no type (a reader's made table), rather than an empty type. */
export function typeUnstated(row: TableRow): boolean {
  return row.cells.get('type')?.data?.unstated === true;
}

/** The row's name was written as a placeholder (`<field>`, `{key}`). */
export function namedByPlaceholder(row: TableRow): boolean {
  return row.cells.get('name')?.data?.placeholder === true;
}

export function cellChildren(row: TableRow, role: ColumnRole): PhrasingContent[] {
  return row.cells.get(role)?.children ?? [];
}

/** A type word in bold (`__string__`, `__array__`): formatting, never a wire name. */
const TYPE_WORD = /^(?:string|integer|int(?:32|64)?|number|float|double|boolean|bool|object|array|list|dict|map)(?:\[\])?$/i;

/** Whether a cell besides the name opens with a type word in bold (`__string__  <br/>…`, `**integer**<br/>…`). */
function boldType(row: TableRow): boolean {
  if (row.markdown === undefined) return false;
  for (const [role, cell] of row.cells) {
    if (role === 'name') continue;
    const first = cell.children.find((child) => child.type !== 'text' || child.value.trim() !== '');
    if (first?.type === 'strong' && TYPE_WORD.test(plainText(first).trim())) return true;
  }
  return false;
}
