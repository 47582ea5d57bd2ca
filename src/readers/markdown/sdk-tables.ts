/**
 * The parameter and property tables of SDK docs that openapi-generator writes for every client
 * (`docs/BooksApi.md`, `docs/Book.md`):
 *
 *     Name | Type | Description  | Notes
 *      **book_id** | **int**| ID of the book |
 *      **genre** | **str**| Only this genre | [optional] [default to &#39;fiction&#39;]
 *     **status** | **str** | Where it is | [optional] [readonly] [enum: shelved, lent]
 *
 * The Notes column's bracketed notes say what columns say elsewhere: a row is required unless
 * `[optional]`, `[default to X]` is its default (`null` states none), `[readonly]` read-only,
 * `[enum: a, b]` its values. `convertSdkTables` rewrites such tables with those columns.
 *
 * Under an operation (route-index.ts gives the route), the rows are the SDK method's arguments:
 * `placeArguments` adds the location each has — a path parameter by its name in the route
 * (`book_id` is `{bookId}`: generators rename arguments to the language's case), the one argument
 * typed with a model (a link to its page) the request body of a POST, PUT or PATCH, a query
 * parameter otherwise (the docs do not tell a header argument from a query one).
 */
import type { Nodes, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Point } from 'unist';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';
import { markdownProcessor } from '../shared/markdown.js';
import { textCell } from './made-tables.js';
import { placeholderNames } from './paths.js';

const BODY_METHODS = new Set(['post', 'put', 'patch']);
/** Tables `notesAsColumns` rewrote. */
const SDK_TABLES = new WeakSet<Table>();

/**
 * Rewrites every root-level table with openapi-generator's Notes column (see `notesAsColumns`),
 * and drops its pages' navigation (`[[Back to top]](#) [[Back to API list]](../README.md#…)`).
 */
export function convertSdkTables(root: Root, page: string): void {
  joinRowsAfterBlank(root, page);
  for (const node of root.children) if (node.type === 'table') notesAsColumns(node);
  root.children = root.children.filter((node) => !isNavigation(node));
}

/**
 * A table whose rows follow its delimiter row after a blank line (the Go clients' "Other
 * Parameters" when the method has path parameters too): CommonMark ends the table at the blank
 * line and reads the rows as a paragraph. A header-only table followed by a paragraph of nothing
 * but `a | b | c` lines gets them back as its rows, each at its place in the page.
 */
function joinRowsAfterBlank(root: Root, page: string): void {
  const nodes = root.children;
  const dropped = new Set<RootContent>();
  nodes.forEach((table, index) => {
    const next = nodes[index + 1];
    if (table.type !== 'table' || table.children.length !== 1 || next?.type !== 'paragraph') return;
    const [from, to, rowsFrom, rowsTo] = [table.position?.start, table.position?.end, next.position?.start, next.position?.end];
    if (from?.offset === undefined || to?.offset === undefined || rowsFrom?.offset === undefined || rowsTo?.offset === undefined) return;
    const head = page.slice(from.offset, to.offset);
    const lines = page.slice(rowsFrom.offset, rowsTo.offset);
    if (!lines.split('\n').every((line) => /\S\s*\|\s*\S/.test(line) || /^\s*\|.*\|\s*$/.test(line))) return;
    const parsed = markdownProcessor.parse(`${head}\n${lines}`).children[0];
    if (parsed?.type !== 'table' || parsed.children.length < 2) return;
    const headLines = head.split('\n').length;
    const place = (point: Point): Point => {
      if (point.line <= headLines) {
        return {
          line: from.line + point.line - 1,
          column: point.line === 1 ? from.column + point.column - 1 : point.column,
          offset: from.offset! + point.offset!,
        };
      }
      const line = point.line - headLines;
      return {
        line: rowsFrom.line + line - 1,
        column: line === 1 ? rowsFrom.column + point.column - 1 : point.column,
        offset: rowsFrom.offset! + point.offset! - head.length - 1,
      };
    };
    const move = (node: Nodes): void => {
      if (node.position) node.position = { start: place(node.position.start), end: place(node.position.end) };
      if ('children' in node) for (const child of node.children) move(child);
    };
    move(parsed);
    table.children = parsed.children;
    table.align = parsed.align ?? null;
    table.position = { start: from, end: rowsTo };
    dropped.add(next);
  });
  if (dropped.size > 0) root.children = nodes.filter((node) => !dropped.has(node));
}

/** `All URIs are relative to *https://host/api/v1*`: the base URL the page's routes are relative to. */
export function statedBaseUrl(root: Root): string | undefined {
  for (const node of root.children) {
    if (node.type !== 'paragraph') continue;
    const stated = RELATIVE_TO.exec(plainText(node).trim());
    if (stated) return stated[1]!.replace(/\/+$/, '');
  }
  return undefined;
}

const RELATIVE_TO = /^All URIs are relative to \*?<?(https?:\/\/[^\s*<>]+?)>?\*?\.?$/i;

/** A paragraph of links only, each `Back to …`. */
function isNavigation(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const links = node.children.filter((child) => child.type === 'link');
  return (
    links.length > 0 &&
    node.children.every((child) => child.type === 'link' || (child.type === 'text' && !child.value.trim())) &&
    links.every((link) => /^\[?back to\b/i.test(plainText(link).trim()))
  );
}

/** Whether the table has a `Notes` column of bracketed notes only (and some row has one). */
function notesColumn(table: Table): number | undefined {
  const header = table.children[0];
  const at = header?.children.findIndex((cell) => /^notes$/i.test(plainText(cell).trim())) ?? -1;
  if (at < 0) return undefined;
  const notes = table.children.slice(1).map((row) => (row.children[at] ? plainText(row.children[at]).trim() : ''));
  if (!notes.every((note) => parseNotes(note) !== undefined)) return undefined;
  // No row has a note (every argument required): the generator's own header says what the table is.
  const words = header!.children.map((cell) => plainText(cell).trim().toLowerCase());
  return notes.some((note) => note !== '') || words.join('|') === 'name|type|description|notes' ? at : undefined;
}

/**
 * The notes of a Notes cell: `[optional] [default to 10] [readonly] [enum: a, b]` (most clients),
 * `(optional) defaults to undefined` (the TypeScript ones); undefined when the cell says more.
 */
function parseNotes(text: string): string[] | undefined {
  const notes: string[] = [];
  let rest = text.trim();
  while (rest) {
    const bracketed = /^\[([^[\]]*)\]\s*/.exec(rest) ?? /^\((optional|read-?only)\)\s*/i.exec(rest);
    if (bracketed) {
      notes.push(bracketed[1]!.trim());
      rest = rest.slice(bracketed[0].length);
      continue;
    }
    const fallback = /^defaults? to\s+(.+)$/i.exec(rest);
    if (!fallback) return undefined;
    notes.push(`default to ${fallback[1]!.trim()}`);
    break;
  }
  return notes;
}

/** Rewrites a table whose Notes column holds openapi-generator's notes with Required, Default and Read-only columns; false if it has none. */
function notesAsColumns(table: Table): boolean {
  const at = notesColumn(table);
  if (at === undefined) return false;
  const typeAt = columnRoles(table).indexOf('type');
  const [header, ...rows] = table.children;
  const position = header!.position ?? table.position!;
  const headerCells = header!.children.filter((_, index) => index !== at);
  header!.children = [...headerCells, ...['Required', 'Default', 'Read-only'].map((word) => textCell(word, position))];
  // Go's `**ctx** | **context.Context**` is the call's context, no argument of the operation.
  table.children = [header!, ...rows.filter((row) => !(typeAt >= 0 && /^context\.Context$/.test(cellText(row, typeAt))))];
  for (const row of table.children.slice(1)) {
    const typeCell = typeAt >= 0 ? row.children[typeAt] : undefined;
    // TypeScript clients write plain types in brackets: `[**number**]`, not a list.
    if (typeCell && /^\[[^[\]]+\]$/.test(cellText(row, typeAt)) && typeCell.children.some((child) => child.type === 'strong'))
      typeCell.children = typeCell.children.filter((child) => child.type === 'strong');
    const cell = row.children[at];
    const notes = parseNotes(cell ? plainText(cell) : '') ?? [];
    const place = cell?.position ?? row.position ?? position;
    const stated = notes.find((note) => /^default to\s/i.test(note))?.replace(/^default to\s+/i, '');
    const fallback = stated === undefined || /^(?:null|undefined|none|nil)$/i.test(stated) ? '' : stated.replace(/^(['"])(.*)\1$/, '$2');
    const values = notes.find((note) => /^enum:/i.test(note));
    const cells = row.children.filter((_, index) => index !== at);
    while (cells.length < headerCells.length) cells.push(textCell('', place));
    if (values && typeAt >= 0 && typeAt !== at) {
      const typeCell = cells[typeAt > at ? typeAt - 1 : typeAt]!;
      if (/^(?:str|string)$/i.test(plainText(typeCell).trim())) replaceText(typeCell, `Enum: ${values.replace(/^enum:\s*/i, '')}`);
    }
    row.children = [
      ...cells.slice(0, headerCells.length),
      textCell(notes.some((note) => /^optional$/i.test(note)) ? 'no' : 'yes', place),
      textCell(fallback, place),
      textCell(notes.some((note) => /^read\s*-?\s*only$/i.test(note)) ? 'yes' : 'no', place),
    ];
  }
  if (table.data?.rowLines) delete table.data.rowLines;
  table.align = header!.children.map(() => null);
  SDK_TABLES.add(table);
  return true;
}

/**
 * Gives an SDK argument table under an operation a location column (`In`): path, body or query,
 * each path argument renamed to the route's name for it. Only tables `convertSdkTables` rewrote.
 */
export function placeArguments(table: Table, route: { method: string; path: string }): void {
  const roles = columnRoles(table);
  const nameAt = roles.indexOf('name');
  const typeAt = roles.indexOf('type');
  if (!SDK_TABLES.has(table) || nameAt < 0 || roles.includes('in')) return;
  const params = placeholderNames(route.path);
  const [header, ...rows] = table.children;
  const position = header!.position ?? table.position!;
  let body = BODY_METHODS.has(route.method.toLowerCase());
  const placed = rows.map((row): string => {
    const name = row.children[nameAt] ? plainText(row.children[nameAt]).trim() : '';
    const param = params.find((candidate) => candidate === name) ?? params.find((candidate) => loose(candidate) === loose(name));
    if (param !== undefined) {
      if (param !== name) replaceText(row.children[nameAt]!, param);
      return 'path';
    }
    // The body: the argument typed with a model, a link to the model's page.
    if (body && typeAt >= 0 && hasLink(row.children[typeAt])) {
      body = false;
      return 'body';
    }
    return 'query';
  });
  header!.children.splice(nameAt + 1, 0, textCell('In', position));
  rows.forEach((row: TableRow, index) => {
    row.children.splice(nameAt + 1, 0, textCell(placed[index]!, row.position ?? position));
  });
  table.align = header!.children.map(() => null);
}

/** `book_id`, `bookId`, `BookID`: one name in different cases. */
function loose(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function cellText(row: TableRow, at: number): string {
  const cell = row.children[at];
  return cell ? plainText(cell).trim() : '';
}

function hasLink(cell: TableCell | undefined): boolean {
  const visit = (node: { type: string; children?: unknown[] }): boolean =>
    node.type === 'link' || (node.children ?? []).some((child) => visit(child as { type: string; children?: unknown[] }));
  return cell !== undefined && visit(cell);
}

function replaceText(cell: TableCell, value: string): void {
  cell.children = [{ type: 'text', value, ...(cell.position ? { position: cell.position } : {}) }];
}
