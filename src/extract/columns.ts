/**
 * Table columns by their header names. Dialects name the same column differently
 * (`Property Name`, `Parameter Name`, `Path Part`, `Name`); this is the one place that knows.
 */
import type { PhrasingContent, Table, TableCell } from 'mdast';
import type { Source } from '../ir/source.js';
import { type ExtractContext, sourceIn } from './context.js';
import { literalName } from './literal-name.js';
import { isRequiredMarker, plainText } from './text.js';

export type ColumnRole =
  | 'name'
  | 'type'
  | 'description'
  | 'required'
  | 'optional'
  | 'readOnly'
  | 'in'
  | 'status'
  | 'value'
  | 'default'
  | 'example'
  | 'method'
  | 'url';

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'name',
  'type',
  'description',
  'required',
  'optional',
  'readOnly',
  'in',
  'status',
  'value',
  'default',
  'example',
  'method',
  'url',
];

const COLUMN_NAMES: ReadonlyArray<[ColumnRole, RegExp]> = [
  [
    'name',
    /^(?:property|parameter|param|field|member|attribute|argument|key|header|query|body|path|form|request)?\s*name$|^path\s*parts?$|^(?:parameters?|params?|property|properties|field|fields|key|keys|header|headers|attributes?|arguments?|arg|options?)$/i,
  ],
  ['type', /^(?:data\s*)?type$|^format$|^value\s+type$|^schema$/i],
  ['description', /^description$|^summary$|^remarks?$|^notes?$|^details$|^meaning$|^purpose$/i],
  // Help Pages: `Additional information` holds `Required` (or `None.`), never the description.
  ['required', /^required\??$|^mandatory\??$|^additional\s+information$|^req(?:uired)?\.?$/i],
  ['optional', /^optional\??$/i],
  ['readOnly', /^read\s*-?\s*only$/i],
  ['in', /^source$|^in$|^location$|^param(?:eter)?\s+type$|^parameter\s+location$|^passed\s+in$/i],
  ['status', /^response$|^status(?:\s*code)?$|^code$|^http\s+(?:status(?:\s*code)?|code)$|^response\s+code$/i],
  ['value', /^value$/i],
  ['default', /^default(?:\s+value)?$/i],
  ['example', /^examples?(?:\s+values?)?$|^sample(?:\s+values?)?$/i],
  ['method', /^(?:http\s+)?(?:method|verb)$/i],
  ['url', /^(?:url|uri|endpoint|path|route|resource|request\s+url|url\s+path)$/i],
];

export interface TableRow {
  cells: Map<ColumnRole, TableCell>;
  source: Source;
  /** The page source, when the reader kept it (name cells are read from it literally). */
  markdown?: string;
}

export interface ReadTable {
  roles: Set<ColumnRole>;
  rows: TableRow[];
  source: Source;
}

/** The role a header names; `extra`: the user's column names (lower case) → role, tried first. */
function roleOf(header: string, extra?: Readonly<Record<string, string>>): ColumnRole | undefined {
  const text = header.replace(/\s+/g, ' ').trim();
  const own = extra && Object.hasOwn(extra, text.toLowerCase()) ? extra[text.toLowerCase()] : undefined;
  if (own && (COLUMN_ROLES as readonly string[]).includes(own)) return own as ColumnRole;
  for (const [role, pattern] of COLUMN_NAMES) if (pattern.test(text)) return role;
  return undefined;
}

/** The role of each header cell, in column order (`undefined` for columns we do not read). */
export function columnRoles(table: Table, extra?: Readonly<Record<string, string>>): Array<ColumnRole | undefined> {
  return (table.children[0]?.children ?? []).map((cell) => roleOf(plainText(cell), extra));
}

/** The cells of each body row by column role. Rows with fewer cells than the header are reported. */
export function readTable(table: Table, context: ExtractContext): ReadTable {
  const body = table.children.slice(1);
  const roles = columnRoles(table, context.columnNames);
  const rows: TableRow[] = [];
  for (const row of body) {
    const cells = new Map<ColumnRole, TableCell>();
    row.children.forEach((cell, index) => {
      const role = roles[index];
      if (role && !cells.has(role)) cells.set(role, cell);
    });
    if (row.children.length < roles.length) {
      context.diagnostics.report(
        'malformed-row',
        sourceIn(context, row),
        `table row has ${row.children.length} of ${roles.length} cells; the missing cells are read as empty`,
        { severity: 'warning' },
      );
    }
    rows.push({ cells, source: sourceIn(context, row), ...(context.markdown !== undefined ? { markdown: context.markdown } : {}) });
  }
  return { roles: new Set(roles.filter((role): role is ColumnRole => role !== undefined)), rows, source: sourceIn(context, table) };
}

/** The plain text of a row's cell, required markers left out; a name cell taken literally (`literal-name.ts`). */
export function cellText(row: TableRow, role: ColumnRole): string {
  const cell = row.cells.get(role);
  if (!cell) return '';
  if (role === 'name') return literalName(cell.children, row.markdown);
  return cell.children
    .filter((child) => !isRequiredMarker(child))
    .map(plainText)
    .join('')
    .trim();
}

export function cellChildren(row: TableRow, role: ColumnRole): PhrasingContent[] {
  return row.cells.get(role)?.children ?? [];
}
