/**
 * The notes swagger-markdown's OpenAPI 3 pages write in a table's cells, each after a `<br>`: a
 * type cell's values and default, a description cell's example and values.
 *
 *     | Type | Description |
 *     | string, <br>**Available values:** "placed", "sent", <br>**Default:** placed | Status<br>*Enum:* `"placed"`, `"sent"`<br>*Example:* `"sent"` |
 *         → Type `enum (placed, sent)`, Default `placed`, Example `"sent"`, Description `Status`
 *
 * A string's values are its enum (values of another type stay unread: the type is kept); the
 * default and example become Default and Example columns (the table's own, where it has them,
 * win), a `**Deprecated**` line a Deprecated column's `Yes`; the `*Enum:*` line says the values
 * again and goes. A cell with any other line after a
 * `<br>` is left as written.
 */
import type { PhrasingContent, Root, Table, TableCell } from 'mdast';
import { isBreak } from '../../document/line-break.js';
import { plainText } from '../../document/plain-text.js';
import { textCell } from './made-tables.js';

const VALUES = /^\*{0,2}available values:\*{0,2}\s*(.+?),?\s*$/i;
const DEFAULT = /^\*{0,2}default:\*{0,2}\s*(.+?)\s*$/i;
const EXAMPLE = /^[*_]example:[*_]\s*`([^`]+)`\s*$/i;
const ENUM = /^[*_]enum:[*_]\s/i;

export function convertAvailableValues(root: Root): void {
  for (const node of root.children) if (node.type === 'table') convertTable(node);
}

interface Notes {
  values?: string[];
  default?: string;
  example?: string;
  deprecated?: string;
}

function convertTable(table: Table): void {
  const [header, ...rows] = table.children;
  const words = header?.children.map((cell) => plainText(cell).trim().toLowerCase()) ?? [];
  const typeAt = words.findIndex((word) => word === 'type' || word === 'schema');
  const descriptionAt = words.indexOf('description');
  if (!header || typeAt < 0) return;
  const notes = rows.map((row): Notes | undefined => {
    const typeCell = row.children[typeAt];
    const typed = typeCell ? typeNotes(typeCell) : undefined;
    const cell = descriptionAt >= 0 ? row.children[descriptionAt] : undefined;
    const described = cell ? descriptionNotes(cell) : undefined;
    if (!typed && !described) return undefined;
    if (typeCell && typed) typeCell.children = typed.children;
    if (cell && described) cell.children = described.children;
    const found: Notes = { ...described?.notes, ...typed?.notes };
    // A string's values: its enum (Swagger2Markup's words, which the type reader knows).
    const values = found.values;
    if (typeCell && values && /^string$/i.test(plainText(typeCell).trim()) && values.every((value) => /^[^,()\s][^,()]*$/.test(value)))
      typeCell.children = [{ type: 'text', value: `enum (${values.join(', ')})` }];
    return found;
  });
  for (const [role, key] of [
    ['default', 'default'],
    ['example', 'example'],
    ['deprecated', 'deprecated'],
  ] as const) {
    if (words.includes(role) || !notes.some((note) => note?.[key] !== undefined)) continue;
    const at = header.position ?? table.position!;
    header.children.push(textCell(role[0]!.toUpperCase() + role.slice(1), at));
    table.align?.push(null);
    rows.forEach((row, index) => {
      row.children.push(textCell(notes[index]?.[key] ?? '', row.position ?? at));
    });
  }
}

/** `string, <br>**Available values:** "a", "b", <br>**Default:** a`: the type's words, its values and default. */
function typeNotes(cell: TableCell): { children: PhrasingContent[]; notes: Notes } | undefined {
  const [first, ...rest] = lines(cell);
  if (!first || rest.length === 0) return undefined;
  const notes: Notes = {};
  for (const line of rest) {
    const text = plainText({ type: 'paragraph', children: line }).trim();
    const values = VALUES.exec(text)?.[1];
    const stated = DEFAULT.exec(text)?.[1];
    if (values !== undefined) notes.values = valueList(values);
    else if (stated !== undefined) notes.default = stated;
    else if (text !== '') return undefined;
  }
  if (notes.values === undefined && notes.default === undefined) return undefined;
  return { children: withoutComma(first), notes };
}

/** `The status<br>*Enum:* `"a"`, `"b"`<br>*Example:* `"a"``: the words before the notes, and the example. */
function descriptionNotes(cell: TableCell): { children: PhrasingContent[]; notes: Notes } | undefined {
  const kept: PhrasingContent[][] = [];
  const notes: Notes = {};
  let found = false;
  for (const line of lines(cell)) {
    const text = written(line);
    const example = EXAMPLE.exec(text)?.[1];
    if (example !== undefined) notes.example = example;
    else if (line.length === 1 && line[0]!.type === 'strong' && /^deprecated$/i.test(plainText(line[0]!).trim())) notes.deprecated = 'Yes';
    else if (!ENUM.test(text)) {
      kept.push(line);
      continue;
    }
    found = true;
  }
  if (!found) return undefined;
  const children = kept.flatMap((line, index): PhrasingContent[] => (index === 0 ? line : [{ type: 'break' }, ...line]));
  return { children, notes };
}

/** The cell's lines, parted at its `<br>`s. */
function lines(cell: TableCell): PhrasingContent[][] {
  const out: PhrasingContent[][] = [[]];
  for (const child of cell.children) {
    if (isBreak(child)) out.push([]);
    else out.at(-1)!.push(child);
  }
  return out.filter((line, index) => index === 0 || line.length > 0);
}

/** A line as written, its code spans in backticks (`*Example:* \`7\``). */
function written(line: readonly PhrasingContent[]): string {
  return line
    .map((child) =>
      child.type === 'inlineCode'
        ? `\`${child.value}\``
        : child.type === 'emphasis' || child.type === 'strong'
          ? `*${plainText(child)}*`
          : plainText(child),
    )
    .join('')
    .trim();
}

/** `"placed", "sent"` (or `1, 2`): the values, unquoted. */
function valueList(text: string): string[] {
  return text
    .split(/,\s*/)
    .map((value) => value.trim().replace(/^"(.*)"$/, '$1'))
    .filter((value) => value !== '');
}

/** The type's words without the comma before the notes (`string,`). */
function withoutComma(line: PhrasingContent[]): PhrasingContent[] {
  const last = line.at(-1);
  if (last?.type !== 'text') return line;
  return [...line.slice(0, -1), { ...last, value: last.value.replace(/,\s*$/, '') }];
}
