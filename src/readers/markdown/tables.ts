/**
 * Tables of general references: what a table is by its columns, and its name cells made plain.
 *
 *     | Attribute | Type | Required | Description |   → attributes (no location column)
 *     | Name | In | Type | Required |                  → parameters (a location column)
 *     | HTTP Method | URL | Requires Auth |           → signatures (one operation a row)
 *     | Status code | Description |                  → responses
 *     | `actions[]` Attribute | Type | …            → attributes of the body field `actions[]`
 *
 * Name cells carry markers the extractor should not read as part of the name; they become the
 * normalised `**Required**` marker or go:
 *
 *     `email`*  ·  `email` (required)  ·  email <mark>*</mark>   → `email` + **Required**
 *     lfs_enabled (optional)  ·  `name` or `context`             → lfs_enabled · name
 */
import type { InlineCode, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { type ColumnRole, columnRoles } from '../../document/column-roles.js';
import { isBreak } from '../../document/line-break.js';
import { plainText } from '../../document/plain-text.js';
import { queryPair } from '../../document/query-pairs.js';
import { sourceOf } from '../../ir/source.js';
import { isStatusKey } from '../../ir/status-text.js';
import { withoutClosing } from '../shared/trim.js';
import { isBareTypeWord } from './attribute-lists.js';
import { textAfter, textCell } from './made-tables.js';
import { nameCellTypes } from './name-cell-types.js';
import {
  decidedByMarks,
  OTHERWISE_STATED,
  REQUIRED_NOTE,
  requiredByOmission,
  requiredMarker,
  withoutOptionalMark,
} from './optional-markers.js';
import { type ParsedSignature, parseSignature, signatureOf } from './paths.js';
import { markSpacedNames } from './spaced-names.js';
import { STATUS_CODE, STATUS_RANGE } from './status-words.js';

type TableKind = 'signatures' | 'attributes' | 'parameters' | 'responses' | 'properties' | 'other';

export interface TableFacts {
  kind: TableKind;
  roles: Array<ColumnRole | undefined>;
  /** `| \`actions[]\` Attribute |`: the body field whose properties the rows are. */
  parent?: string;
}

export function classifyTable(table: Table, columnNames?: Readonly<Record<string, string>>): TableFacts {
  const parent = parentOf(table);
  const roles = columnRoles(table, columnNames);
  const has = (role: ColumnRole) => roles.includes(role);
  let kind: TableKind = 'other';
  if (has('url') && limitsOnly(table, roles)) kind = 'other';
  else if (has('method') && has('url')) kind = 'signatures';
  else if (has('url') && tableSignatures(table, roles).length > 0) kind = 'signatures';
  else if (has('name') && has('in')) kind = 'parameters';
  else if (has('status') && errorCodes(table, roles.indexOf('status'))) kind = 'other';
  else if (has('status') && (!has('type') || (!has('name') && statusCodes(table, roles.indexOf('status'))))) kind = 'responses';
  else if (has('name') && (has('type') || has('required') || has('optional') || has('description') || has('example'))) kind = 'attributes';
  const facts: TableFacts = { kind, roles };
  if (parent) facts.parent = parent;
  return facts;
}

/**
 * A column of a route's rate limit: `Limit`, `Rate limit`, `Quota`, `Window`, `Burst`, `Requests per
 * minute`, `Calls / hour`, `RPM`.
 */
const LIMIT_HEADER =
  /^(?:(?:rate[ \t]+)?limits?|rate|quotas?|(?:time[ \t]+)?window|period|burst|(?:max(?:imum)?[ \t]+)?(?:requests|calls)[ \t]*(?:per|\/)[ \t]*(?:second|minute|hour|day|sec|min|s|m|h)|rpm|rps)$/i;

/**
 * Whether a table of routes states their rate limits and nothing else (`| Route | Method | Limit |
 * Window |`, `| Endpoint | Requests per minute |`, a "Rate limits" page's): every column but the
 * method's and the route's one of limits. Its routes are the ones the limits apply to, no
 * operations the table documents (an index of routes has a description or action column).
 */
function limitsOnly(table: Table, roles: ReadonlyArray<ColumnRole | undefined>): boolean {
  const header = table.children[0]?.children ?? [];
  const others = header.filter((_, at) => roles[at] !== 'method' && roles[at] !== 'url');
  return others.length > 0 && others.every((cell) => LIMIT_HEADER.test(plainText(cell).trim()));
}

/**
 * Whether every row's status cell is a status code (`200`, `4XX`, `default`): a `Status | Description |
 * Schema` table is the statuses, its Schema column each one's body (a Type column beside a status
 * column is else no status table's).
 */
function statusCodes(table: Table, at: number): boolean {
  const rows = table.children.slice(1);
  return rows.length > 0 && rows.every((row) => isStatusKey(row.children[at] ? plainText(row.children[at]).trim() : ''));
}

/** An API's own error code: a symbol (`NAME_UNKNOWN`, `invalid_request`, `E1001`) or a number no HTTP status is (`40001`). */
const ERROR_CODE = /^(?:[A-Za-z][\w.-]*|\d{4,})$/;
/** Words a status cell writes for a status of its own (`default`, `Other`). */
const STATUS_WORD = /^(?:default|other|others|any)$/i;
/** A status code or range (`404`, `4XX`, `4xx`). */
const CODE_OR_RANGE = new RegExp(`^(?:${STATUS_CODE}|${STATUS_RANGE})$`, 'i');

/**
 * Whether every row's code cell is the API's own error code, none an HTTP status: `| Code |
 * Message | Description |` over `` `NAME_UNKNOWN` `` rows (the error codes a response's body may
 * carry) lists no statuses.
 */
function errorCodes(table: Table, at: number): boolean {
  const rows = table.children.slice(1);
  return (
    rows.length > 0 &&
    rows.every((row) => {
      const code = row.children[at] ? plainText(row.children[at]).trim() : '';
      return ERROR_CODE.test(code) && !STATUS_WORD.test(code) && !CODE_OR_RANGE.test(code);
    })
  );
}

/** Tables whose header named a parent field (the header cell is rewritten on first sight). */
const PARENTS = new WeakMap<Table, string>();

/** `` `actions[]` Attribute `` header: the field is `actions[]` and the header cell becomes `Attribute`. */
function parentOf(table: Table): string | undefined {
  const known = PARENTS.get(table);
  if (known !== undefined) return known;
  const cell = table.children[0]?.children[0];
  const [code, ...rest] = cell?.children ?? [];
  if (!cell || code?.type !== 'inlineCode' || rest.length === 0) return undefined;
  const label = rest.map(plainText).join('').trim();
  if (!/^(?:attributes?|parameters?|fields?|properties|property|keys?)$/i.test(label)) return undefined;
  cell.children = rest.map((node) => (node.type === 'text' ? { ...node, value: node.value.trim() } : node));
  PARENTS.set(table, code.value.trim());
  return code.value.trim();
}

/** One signature per body row of a table with method and URL columns (or `GET /x` in the URL column). */
export function tableSignatures(
  table: Table,
  roles: Array<ColumnRole | undefined>,
): Array<{ signature: ParsedSignature; cell: TableCell; title?: string; limits?: { described?: string } }> {
  const methodAt = roles.indexOf('method');
  const urlAt = roles.indexOf('url');
  if (urlAt < 0) return [];
  // `| Method | URI | Action |`: what each row's call does, its summary.
  const header = table.children[0]?.children ?? [];
  const titleAt = header.findIndex((cell) => ROUTE_TITLE.test(plainText(cell).trim()));
  // `| Route | Method | Limit | Window | Description |`: a table of routes' rate limits titles no route's call (the
  // heading or words over it are the limits'), and its Description cell may speak of the limit ("Counted per lamp"):
  // the row's words are at most the route's description, never its summary, which its own page gives.
  const limited = header.some((cell, at) => roles[at] !== 'method' && roles[at] !== 'url' && LIMIT_HEADER.test(plainText(cell).trim()));
  const found: Array<{ signature: ParsedSignature; cell: TableCell; title?: string; limits?: { described?: string } }> = [];
  for (const row of table.children.slice(1)) {
    const urlCell = row.children[urlAt];
    if (!urlCell) continue;
    const words = titleAt >= 0 ? rowSummary(row.children[titleAt]) : '';
    const title = limited ? '' : words;
    const limits = limited ? (words ? { described: words } : {}) : undefined;
    // `` `/v1/shelf/:shelf` <br /> `/v1/shelf` `` (HashiCorp): one method on several paths, a line each.
    for (const url of cellLines(urlCell)) {
      // A `Method` column may name the SDK's method (openapi-generator: `create_book` beside `POST /books`).
      const signature =
        (methodAt >= 0 ? signatureOf(plainText(row.children[methodAt] ?? urlCell).trim(), url) : undefined) ??
        // A method a sentence above states for every path of the table (stated-table-methods.ts).
        (methodAt < 0 && table.data?.method ? signatureOf(table.data.method, url) : undefined) ??
        parseSignature(url);
      if (signature) found.push({ signature, cell: urlCell, ...(title ? { title } : {}), ...(limits ? { limits } : {}) });
    }
  }
  return found;
}

/** A cell's text, a line per `<br>` where every line is code alone (`` `/a` <br> `/b` ``); else the whole text. */
export function cellLines(cell: TableCell): string[] {
  const whole = plainText(cell).trim();
  if (!cell.children.some(isBreak)) return [whole];
  const lines: PhrasingContent[][] = [[]];
  for (const child of cell.children) {
    if (isBreak(child)) lines.push([]);
    else lines.at(-1)!.push(child);
  }
  const parts = lines.filter((line) => line.some((child) => plainText(child).trim() !== ''));
  const codeAlone = parts.every((line) => line.every((child) => child.type === 'inlineCode' || plainText(child).trim() === ''));
  return parts.length > 1 && codeAlone ? parts.map((line) => line.map(plainText).join('').trim()) : [whole];
}

/** The column of a table of routes that says what each does. */
const ROUTE_TITLE = /^(?:action|description|summary|operation|title)$/i;

/** A route row's own words, up to their first line break (`**Returns the note.**<br>It includes…` → `Returns the note.`). */
function rowSummary(cell: TableCell | undefined): string {
  if (!cell) return '';
  const end = cell.children.findIndex(isBreak);
  return cell.children
    .slice(0, end < 0 ? undefined : end)
    .map(plainText)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `(optional)` after a name; `（选填）`, `(可选)`, `（任意）`, `(선택)`. */
const OPTIONAL_NOTE = /[(（](?:optional|选填|可选|非必填|任意|선택)[)）]\s*$/i;
const REQUIRED_FLAG = /^\s*\(?\s*(?:required|mandatory)\s*\)?\s*$/i;

/**
 * Makes the name cells of a parameter table plain: markers become `**Required**`, notes go. A row
 * naming alternatives (`` `userId`* or `username`* ``: send one of them) becomes one row per name,
 * none of them required alone.
 */
export function normaliseNameCells(
  table: Table,
  nameAt: number,
  required = false,
  roles: ReadonlyArray<ColumnRole | undefined> = [],
): void {
  const [header, ...rows] = table.children;
  markIndentedNames(rows, nameAt);
  markSpacedNames(rows, nameAt, table.align?.[nameAt]);
  const positional = markQuotedNames(rows, nameAt);
  // Tables that mark only their optional rows (`limit?`, `**optional**`): the unmarked are required.
  const unmarked = requiredByOmission(table, nameAt, roles);
  const out: TableRow[] = header ? [header] : [];
  for (const row of rows) {
    if (positional.has(row)) continue;
    const cell = row.children[nameAt];
    const names = cell ? alternativeNames(cell) : [];
    if (!cell || names.length < 2) {
      if (cell) normaliseNameCell(cell, required || unmarked.has(row));
      out.push(row);
      continue;
    }
    for (const name of names) {
      const children = row.children.map((other, index) => (index === nameAt ? { ...other, children: [name] } : other));
      out.push({ ...row, children });
    }
  }
  table.children = out;
  if (table.data?.rowLines) delete table.data.rowLines;
}

/** Depth marks before a nested field's name (`»» nick`, `└─ name`). */
const DEPTH_MARKS = /^(?:\s*(?:»|└─*|├─*|↳))+\s*/;

/** Leading non-breaking spaces (`&nbsp;&nbsp;&nbsp;id`): the indentation some references nest fields by. */
const INDENT = /^[ \u00a0]*\u00a0[ \u00a0]*/;

/**
 * Names indented with non-breaking spaces under the row they belong to (Twitch's reference:
 * `data` ⏎ `&nbsp;&nbsp;&nbsp;id`) → Widdershins' depth marks (`» id`), one per level: the levels
 * are the table's distinct indentations in order, so any width per level reads. A table whose
 * first row is indented is left as it is.
 */
function markIndentedNames(rows: readonly TableRow[], nameAt: number): void {
  const firstText = (row: TableRow) => {
    const first = row.children[nameAt]?.children[0];
    return first?.type === 'text' ? first : undefined;
  };
  const widths = rows.map((row) => INDENT.exec(firstText(row)?.value ?? '')?.[0].length ?? 0);
  if (widths[0] !== 0 || !widths.some((width) => width > 0)) return;
  const levels = [...new Set(widths)].sort((a, b) => a - b);
  rows.forEach((row, index) => {
    const text = firstText(row);
    const width = widths[index]!;
    if (text && width > 0) text.value = `${'»'.repeat(levels.indexOf(width))} ${text.value.slice(width)}`;
  });
}

/** `> name`, `>> name`, `> > name`: a name quoted once per level it nests (exchanges' references). */
const QUOTE_MARKS = /^[ \u00a0]*((?:>[ \u00a0]*)+)/;

/**
 * Names quoted under the row they belong to (`list` ⏎ `> orderId` ⏎ `>> code`, as Bybit and
 * OKX write their tables) → Widdershins' depth marks (`» orderId`), one per `>`. Only where the
 * table's first row is no such name and each quoted row is at most one level below the row above
 * it: a table whose names merely hold a `>` is left as it is. Returns the rows that name a
 * position of their parent array (`list` ⏎ `> list[0]: startTime`): no fields (the items are
 * tuples, whose shape the samples show), so they are dropped.
 */
function markQuotedNames(rows: readonly TableRow[], nameAt: number): Set<TableRow> {
  const positional = new Set<TableRow>();
  const firstText = (row: TableRow) => {
    const first = row.children[nameAt]?.children[0];
    return first?.type === 'text' ? first : undefined;
  };
  const marks = rows.map((row) => QUOTE_MARKS.exec(firstText(row)?.value ?? ''));
  const depths = marks.map((mark) => (mark ? (mark[1]!.match(/>/g) ?? []).length : 0));
  if (depths[0] !== 0 || !depths.some((depth) => depth > 0)) return positional;
  if (depths.some((depth, index) => index > 0 && depth > depths[index - 1]! + 1)) return positional;
  const names: string[] = [];
  rows.forEach((row, index) => {
    const depth = depths[index]!;
    const cell = row.children[nameAt];
    const text = firstText(row);
    const mark = marks[index];
    const rest = cell
      ? plainText(cell)
          .slice(mark?.[0].length ?? 0)
          .trim()
      : '';
    const parent = depth > 0 ? names[depth - 1] : undefined;
    names.length = depth;
    names[depth] = /^[^\s,:]+/.exec(rest)?.[0] ?? rest;
    if (parent !== undefined && rest.startsWith(`${parent}[`) && /^\[\d+\]\s*(?::|$)/.test(rest.slice(parent.length))) {
      positional.add(row);
      return;
    }
    if (text && mark) text.value = `${'»'.repeat(depth)} ${text.value.slice(mark[0].length)}`;
  });
  return positional;
}

/** `` `a` or `b` `` → the code spans, when the cell says nothing else but `or`, commas and markers. */
function alternativeNames(cell: TableCell): InlineCode[] {
  const codes = cell.children.filter((child): child is InlineCode => child.type === 'inlineCode' && child.value.trim() !== '*');
  if (codes.length < 2) return [];
  const rest = cell.children
    .filter((child) => child.type !== 'inlineCode')
    .map(plainText)
    .join(' ');
  return /^(?:[\s,*/]|\bor\b)*$/i.test(rest) ? codes : [];
}

/** `required`: the section's title says every row is (`Required arguments`). */
function normaliseNameCell(cell: TableCell, requiredBySection: boolean): void {
  const text = plainText(cell)
    .replace(/<[^<>]*>/g, '')
    .trim();
  let required = false;
  let children = cell.children;
  const code = children.find((child): child is InlineCode => child.type === 'inlineCode' && child.value.trim() !== '*');
  // `content?*` (Discord): optional, the star a footnote ("at least one of … is required").
  if ((/\*\s*$/.test(text) && !/\?\s*\*+\s*$/.test(text)) || REQUIRED_NOTE.test(text)) required = true;
  // `` `name`<br>*required* ``, `` `name` **(required)** ``: the flag in emphasis after the name.
  if (cell.children.some((child) => (child.type === 'emphasis' || child.type === 'strong') && REQUIRED_FLAG.test(plainText(child))))
    required = true;
  if (code && code.value.trim() !== text) {
    // `name` followed by markers or "or `other`": the first code span is the name (its leading
    // word, when broken markup ran into the span: `` `email`` `<mark>`… ``); `GROUP_NAME|GROUP_ID`, a path
    // placeholder naming the values it takes, is one name.
    const word = /^[\w.[\]$@-]+(?:\|[\w.[\]$@-]+)*/.exec(code.value.trim())?.[0];
    children = [word && word !== code.value.trim() ? { ...code, value: word } : code];
    // Depth marks before it (`» `symbol``) stay, as they do before a plain name.
    const marks = DEPTH_MARKS.exec(text)?.[0].trim();
    if (marks && text.startsWith(marks)) children = [{ type: 'text', value: `${marks} ${word ?? code.value.trim()}` }];
  } else if ((!code || children.some((child) => child.type === 'html')) && !queryPair(plainText(cell).trim())) {
    // (A query-string pair, `db=<database>` or `epoch=[ns,ms,s]`, stays whole: the extractor reads it.)
    const name = withoutClosing(text.replace(REQUIRED_NOTE, '').trimEnd().replace(OPTIONAL_NOTE, '').trimEnd(), '*').trim();
    // The first word, without the colon of `Prefer: outlook.body-content-type` (a header and its
    // value); depth marks before it (`»» nick`, `└─ name`) stay: they say where the field nests.
    const marks = DEPTH_MARKS.exec(name)?.[0] ?? '';
    const rest = name.slice(marks.length);
    // Backticks glued to it are a code span's marks broken markup left as text (`` email`` * ``, a
    // page's copied text of `` `email`` `<mark>`*`</mark> ``): no name holds one.
    const word = (/^[^\s,]+/.exec(rest)?.[0] ?? rest).replace(/(?<=.):$/, '');
    const first = marks.trim() + (marks ? ' ' : '') + (/[^`]/.test(word) ? word.replace(/^`+|`+$/g, '') : word);
    if (first !== text) children = [{ type: 'text', value: first, ...(cell.position ? { position: cell.position } : {}) }];
  }
  const [first, ...others] = children;
  if (first && (first.type === 'inlineCode' || first.type === 'text') && others.length === 0) {
    const bare = bareName(first.value);
    if (bare !== first.value) children = [{ ...first, value: bare }];
    if (PLACEHOLDER_NAME.test(first.value.trim())) cell.data = { ...cell.data, placeholder: true };
  }
  if (required || (requiredBySection && !children.some(isMarker))) children = [...children, requiredMarker()];
  cell.children = children;
}

/**
 * A name as the parameter is called: `:id`, `{id}` and `<id>` (a path parameter written as the
 * route writes it: HashiCorp, Mastodon, search engines' references) → `id`; `limit?` (Discord's mark of an optional field) → `limit`.
 */
/** `<field>`, `{key}`: a name written as a placeholder (`:id` is a route's parameter, not a key's). */
const PLACEHOLDER_NAME = /^(?:<[A-Za-z_][\w.-]*>|\{[A-Za-z_][\w.-]*\})$/;

function bareName(name: string): string {
  const trimmed = name.trim();
  const bare = /^:([A-Za-z_][\w.-]*)$/.exec(trimmed) ?? /^\{([A-Za-z_][\w.-]*)\}$/.exec(trimmed) ?? /^<([A-Za-z_][\w.-]*)>$/.exec(trimmed);
  return bare ? bare[1]! : withoutOptionalMark(name);
}

/**
 * Where the page says all its request parameters are required unless it says otherwise: each row
 * of a table with no Required or Optional column is required, unless its description says
 * otherwise (optional, a default, a condition) or its name is marked optional (`limit?`).
 */
export function markUnstatedRequired(table: Table, roles: ReadonlyArray<ColumnRole | undefined>): void {
  const nameAt = roles.indexOf('name');
  if (nameAt < 0 || roles.includes('required') || roles.includes('optional') || decidedByMarks(table)) return;
  const describedAt = roles.indexOf('description');
  const defaultAt = roles.indexOf('default');
  for (const row of table.children.slice(1)) {
    const cell = row.children[nameAt];
    if (!cell || cell.children.some(isMarker) || plainText(cell).trim() === '') continue;
    const described = describedAt >= 0 && row.children[describedAt] ? plainText(row.children[describedAt]) : '';
    const fallback = defaultAt >= 0 && row.children[defaultAt] ? plainText(row.children[defaultAt]).trim() : '';
    if (fallback !== '' || OTHERWISE_STATED.test(described) || /\boptional\b/i.test(plainText(row))) continue;
    cell.children = [...cell.children, requiredMarker()];
  }
}

function isMarker(node: PhrasingContent): boolean {
  return node.type === 'strong' && plainText(node) === 'Required';
}

const REQUIREMENT = /^(?:required|optional)$/i;
/** Bare type words, as a Value column of types holds them. */
const TYPE_WORD = /^(?:string|integer|int|long|number|float|double|boolean|bool|array|object|date|datetime|timestamp)(?:\[\])?$/i;
/** Where a parameter goes, as a `Kind` column says it (`header`, `query`). */
const LOCATION_WORD = /^(?:path|query|header|cookie|body|form)$/i;

/**
 * Columns whose header says one thing and whose cells another, beside a name column:
 * - a `Status` column of `required` / `optional` (Laravel's API doc generators: `Parameter |
 *   Status | Description` over `` `id` | required | … ``) is a Required column, so is a `Type`
 *   column of them (`name | type | data type | description`, the data type beside it);
 * - a `Value` column of type words (`` `org` | string | … ``, InfluxData's tables) is a Type column;
 *   one of sentences (`| title | The note's title. |`) where no column holds descriptions is the Description column;
 * - a `Kind` column of locations (`` `Host` | header | … ``, `` `n` | query | … ``) is the In column.
 * The header is renamed where every cell says so (and one at least says anything).
 */
export function renameColumnsByContent(root: Root): void {
  for (const node of root.children) {
    if (node.type !== 'table') continue;
    const [header, ...rows] = node.children;
    if (header && rows.length > 0) nameFieldPaths(node);
    if (!header || rows.length === 0 || !columnRoles(node).includes('name')) continue;
    header.children.forEach((cell, index) => {
      const title = plainText(cell).trim();
      const [pattern, renamed] = /^(?:status|type)$/i.test(title)
        ? [REQUIREMENT, 'Required']
        : /^value$/i.test(title)
          ? [TYPE_WORD, 'Type']
          : /^kind$/i.test(title)
            ? [LOCATION_WORD, 'In']
            : [];
      if (!pattern || !renamed) return;
      const values = rows.map((row) => (row.children[index] ? plainText(row.children[index]).trim() : ''));
      if (values.every((value) => value === '' || pattern.test(value)) && values.some((value) => value !== ''))
        cell.children = [{ type: 'text', value: renamed }];
      else if (renamed === 'Type' && !columnRoles(node).includes('description') && rows.every((row) => isProse(row.children[index])))
        cell.children = [{ type: 'text', value: 'Description' }];
    });
  }
}

/** Words of a sentence: three or more, opening with a letter (`The note's title.`), not a value in code. */
const PROSE = /^[A-Za-z][^\s]*(?:\s+\S+){2,}$/;

/** Whether a cell holds a sentence, not a value (a `Value` column of them beside names is their descriptions). */
function isProse(cell: TableCell | undefined): boolean {
  if (!cell || cell.children[0]?.type === 'inlineCode') return false;
  return PROSE.test(plainText(cell).replace(/\s+/g, ' ').trim());
}

/** A field's JSON path: `name`, `shelves[].id`, `owner.name`, `@type` (never a route: no slash). */
const FIELD_PATH = /^[A-Za-z_@$][\w@$-]*(?:\[\])*(?:\.[A-Za-z_@$][\w@$-]*(?:\[\])*)*$/;

/**
 * `| Path | Type | Description |` whose Path cells are fields' JSON paths (`shelves[].id`: Spring
 * REST Docs' request and response fields): the Path column names the fields. A Path column of
 * routes (`/shelves`), or beside a Method column, stays the routes'.
 */
function nameFieldPaths(table: Table): void {
  const roles = columnRoles(table);
  const at = roles.indexOf('url');
  const [header, ...rows] = table.children;
  if (at < 0 || !header || roles.includes('name') || roles.includes('method') || !roles.includes('type')) return;
  if (!/^path$/i.test(plainText(header.children[at]!).trim())) return;
  if (!rows.every((row) => FIELD_PATH.test(row.children[at] ? plainText(row.children[at]).trim() : ''))) return;
  header.children[at]!.children = [{ type: 'text', value: 'Field' }];
}

/**
 * Types written in another column's cells where a table has no Type column: beside the name
 * (`` `limit` *integer* ``, `` `email` <br> *string* ``, with its flags: name-cell-types.ts, where
 * every name cell is a name alone or a name and such words) or opening the description
 * (`(integer) The number …`, `(string, required) …`, where every row writes one so; preferred
 * where a name cell states none). The types move to a Type column (with the flag: `isRequired`
 * reads `string, required`).
 */
export function splitTypeCells(root: Root): void {
  for (const node of root.children) {
    if (node.type !== 'table') continue;
    const [header, ...rows] = node.children;
    const roles = header && rows.length > 0 ? columnRoles(node) : [];
    const name = roles.indexOf('name');
    if (!header || name < 0) continue;
    const beside = nameCellTypes(node, roles);
    // A Type column: only its empty cells take the types the name cells state.
    if (roles.includes('type')) {
      beside?.apply();
      continue;
    }
    const description = roles.indexOf('description');
    const opening = description >= 0 && !beside?.all ? rows.map((row) => typeOpening(row.children[description])) : [];
    const found = opening.length > 0 && opening.every(Boolean) ? opening : undefined;
    if (!found) {
      beside?.apply();
      continue;
    }
    const at = header.children[name]?.position ?? header.position;
    header.children.splice(name + 1, 0, textCell('Type', at!));
    rows.forEach((row, index) => {
      const { type, cut, written } = found[index]!;
      cut();
      const cell = textCell(type, row.children[name]?.position ?? row.position!);
      // The type as written (`__string__`): the extractor reads how the row writes bold from it.
      if (written)
        cell.children = [
          written,
          ...(type === plainText(written).trim() ? [] : [{ type: 'text' as const, value: type.slice(plainText(written).trim().length) }]),
        ];
      row.children.splice(name + 1, 0, cell);
    });
  }
}

interface CellType {
  type: string;
  /** Takes the type's words out of the cell they were written in. */
  cut: () => void;
  /** The type's node as the page wrote it (`**integer**`), where it was one. */
  written?: PhrasingContent;
}

/** Type words (a flag among them), at least one of them a type's. */
export function typeWords(text: string): string | undefined {
  const words = text.split(/[\s,]+/).filter(Boolean);
  const flags = /^(?:of|or|required|optional|nullable)$/i;
  return words.length > 0 && words.length <= 5 && words.every(isBareTypeWord) && words.some((word) => !flags.test(word))
    ? text.replace(/\s+/g, ' ').trim()
    : undefined;
}

/** `(integer) The number of items`, `Optional. Integer. The number …`: a description that opens with its type. */
function typeOpening(cell: TableCell | undefined): CellType | undefined {
  const first = cell?.children[0];
  if (first?.type === 'strong' || first?.type === 'inlineCode') return typeLine(cell!);
  if (first?.type !== 'text') return undefined;
  // `(integer) The number …`, `(string, required) …`; `Optional. Integer. The number …` (its flag with it).
  const parenthesized = /^\s*\(([^()\n]{1,60})\)\s*/.exec(first.value);
  const dotted = parenthesized ? null : /^\s*(?:(required|optional)\.\s+)?([A-Za-z]+(?:\s+(?:of|or)\s+[A-Za-z]+)?)\.\s+/i.exec(first.value);
  const match = parenthesized ?? dotted;
  const words = parenthesized ? parenthesized[1]! : dotted ? `${dotted[2]!}${dotted[1] ? `, ${dotted[1]}` : ''}` : '';
  const type = match ? typeWords(words) : undefined;
  if (!match || !type) return undefined;
  return {
    type,
    cut: () => {
      cell!.children[0] = textAfter(first, match[0].length);
    },
  };
}

/** What may stand between a type line's type and its line break: nothing, or its flag in parentheses. */
const LINE_FLAG = /^\s*(?:\(\s*(required|optional)\s*\))?\s*$/i;

/**
 * `**integer**(required)<br/>The timeout …`, `__string__  <br/>The name …` (Zilliz's reference),
 * `` `string` <br>… ``: the type in bold or code, its flag after it, on a line of its own.
 */
function typeLine(cell: TableCell): CellType | undefined {
  const [first, ...rest] = cell.children;
  let at = 0;
  let flag: string | undefined;
  if (rest[at]?.type === 'text') {
    const flagged = LINE_FLAG.exec((rest[at] as { value: string }).value);
    if (!flagged) return undefined;
    flag = flagged[1];
    at++;
  }
  const end = rest[at];
  if (!isBreak(end)) return undefined;
  const type = typeWords(`${plainText(first!).replace(/[()]/g, ' ')}${flag ? `, ${flag.toLowerCase()}` : ''}`);
  if (!type) return undefined;
  return {
    type,
    cut: () => {
      cell.children = rest.slice(at + 1);
    },
    ...(type.startsWith(plainText(first!).trim()) ? { written: first! } : {}),
  };
}

/**
 * A GFM table written without a header (`| | |` over the rows, as authors who want none do): its
 * rows are `Name | Description` where every first cell is a name in code or bold, `Name | Type |
 * Description` where every middle cell of three is type words. So is a table whose header is a
 * row of that shape (`` | `q` | string | The query. | `` over the delimiter: the author left the
 * header out), no cell of it naming a column; that row is then its first row, and reported. A
 * table whose empty header line is followed by a row of column words in bold (Google Docs' export:
 * `|  |  |` ⏎ `| :---- | :---- |` ⏎ `| **Field** | **Type** |`) has that row as its header.
 */
export function nameHeaderlessTables(root: Root, file?: string, diagnostics?: DiagnosticBag): void {
  for (const node of root.children) {
    if (node.type !== 'table') continue;
    const [header, ...rows] = node.children;
    if (!header || rows.length === 0) continue;
    const empty = header.children.every((cell) => plainText(cell).trim() === '');
    if (empty && namesColumns(rows[0]!)) {
      node.children = rows;
      continue;
    }
    const words = empty ? headerlessWords(rows) : undefined;
    const data = !empty && !words && columnRoles(node).every((role) => role === undefined) ? headerlessWords([header, ...rows]) : undefined;
    const named = words ?? data;
    if (!named || header.children.length !== named.length) continue;
    const cells = named.map((word, index) => textCell(word, header.children[index]?.position ?? header.position!));
    if (empty) {
      header.children = cells;
      continue;
    }
    node.children = [{ type: 'tableRow', children: cells }, header, ...rows];
    if (diagnostics && file && header.position)
      diagnostics.report(
        'malformed-table',
        sourceOf(file, header),
        `the table has no header: its first line is a row (\`${plainText(header.children[0]!).trim()}\`); read as \`${named.join(' | ')}\``,
        { severity: 'info' },
      );
  }
}

/**
 * A row every cell of which is a column's word in bold (`| **Field** | **Type** | **Description** |`),
 * two or more: the header that Google Docs' markdown export writes as the first row under an empty
 * header line.
 */
function namesColumns(row: TableRow): boolean {
  if (row.children.length < 2) return false;
  const bold = row.children.every((cell) => {
    const parts = cell.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
    return parts.length === 1 && parts[0]!.type === 'strong';
  });
  return bold && columnRoles({ type: 'table', children: [row] }).every((role) => role !== undefined);
}

/** The header words of rows with no header: `Name | Description` or `Name | Type | Description`, where every row fits. */
function headerlessWords(rows: readonly TableRow[]): string[] | undefined {
  const width = rows[0]!.children.length;
  if (width !== 2 && width !== 3) return undefined;
  if (!rows.every((row) => row.children.length === width && isNameCell(row.children[0]))) return undefined;
  const typed = width === 3 && rows.every((row) => typeWords(plainText(row.children[1]!).replace(/[()]/g, ' ')) !== undefined);
  if (width === 3 && !typed) return undefined;
  return width === 2 ? ['Name', 'Description'] : ['Name', 'Type', 'Description'];
}

/** A cell holding one name, in code or bold (`` `limit` ``, `**limit**`). */
function isNameCell(cell: TableCell | undefined): boolean {
  const parts = cell?.children.filter((child) => child.type !== 'text' || child.value.trim() !== '') ?? [];
  const [only] = parts;
  return (
    parts.length === 1 && (only?.type === 'inlineCode' || only?.type === 'strong') && /^[A-Za-z_$][\w.[\]$-]*$/.test(plainText(only).trim())
  );
}

/**
 * Tables written in a quote (`> | name | type | … |`, as some READMEs set them off): the tables,
 * where the quote holds nothing else.
 */
export function unquoteTables(root: Root): void {
  if (!root.children.some((node) => node.type === 'blockquote')) return;
  root.children = root.children.flatMap((node): RootContent[] =>
    node.type === 'blockquote' && node.children.length > 0 && node.children.every((child) => child.type === 'table')
      ? node.children
      : [node],
  );
}
