/**
 * A nested field named with a colon or a slash (prmd's markdown, generated from JSON Schema, names a
 * field of an object field `**soil:id**` and a field of an array's objects `**rows/label**`), read as
 * nested where the page's samples nest it:
 *
 *     | **soil:id** | *uuid* | … |        → `soil[id]`, the one form nested fields are read by
 *     -d '{ "soil": { "id": "0123…" } }'    (the evidence: `soil` an object holding `id`)
 *
 *     | **rows/label** | *string* | … |    → `rows[][label]`
 *     -d '{ "rows": [ { "label": "A" } ] }' (the evidence: `rows` an array of objects holding `label`)
 *
 * Each step of a longer name (`address:geo:lat`, `rows/tags:name`) must be so nested in a sample.
 * Only where a code block of the page holds the parent's key with an object (an array of objects)
 * that has the child's key; elsewhere a colon or a slash is part of the name as written
 * (`xml:lang`, `odata:type`, `read/write`).
 */
import type { Root, RootContent, TableCell } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';

const NESTED_NAME = /^[A-Za-z_][\w-]*(?:[:/][A-Za-z_][\w-]*)+$/;

export function nestColonNames(root: Root, columnNames?: Readonly<Record<string, string>>): void {
  const samples = root.children.flatMap((node) => (node.type === 'code' && node.value.length < 100_000 ? [node.value] : []));
  if (samples.length === 0) return;
  for (const node of root.children) if (node.type === 'table') nestTable(node, samples, columnNames);
}

function nestTable(
  table: Extract<RootContent, { type: 'table' }>,
  samples: readonly string[],
  columnNames?: Readonly<Record<string, string>>,
): void {
  const name = columnRoles(table, columnNames).indexOf('name');
  if (name < 0) return;
  for (const row of table.children.slice(1)) {
    const cell = row.children[name];
    const written = cell ? plainText(cell).trim() : '';
    const nested = cell && NESTED_NAME.test(written) ? bracketed(written, samples) : undefined;
    if (cell && nested) rename(cell, nested);
  }
}

/** `rows/tags:name` → `rows[][tags][name]` where each step nests so in a sample, else undefined. */
function bracketed(written: string, samples: readonly string[]): string | undefined {
  const names = written.split(/[:/]/);
  const marks = written.match(/[:/]/g) ?? [];
  let out = names[0]!;
  for (const [index, mark] of marks.entries()) {
    const parent = names[index]!;
    const child = names[index + 1]!;
    const array = mark === '/';
    if (!samples.some((sample) => nests(sample, parent, child, array))) return undefined;
    out += `${array ? '[]' : ''}[${child}]`;
  }
  return out;
}

/**
 * Whether the sample's `"parent": { … "child": … }` (the object's own keys, no deeper object
 * between), or for an array `"parent": [ { … "child": … }`.
 */
function nests(sample: string, parent: string, child: string, array: boolean): boolean {
  const opening = `"${parent}"`;
  const value = array ? /^\s*:\s*\[\s*\{([^{}]*)/ : /^\s*:\s*\{([^{}]*)/;
  for (let at = sample.indexOf(opening); at >= 0; at = sample.indexOf(opening, at + opening.length)) {
    const object = value.exec(sample.slice(at + opening.length, at + opening.length + 10_000));
    if (object && new RegExp(`"${child}"\\s*:`).test(object[1]!)) return true;
  }
  return false;
}

/** The name's one text node (in bold or code as written) renamed. */
function rename(cell: TableCell, value: string): void {
  let node: { children?: unknown[]; type: string; value?: string } = cell;
  while (node.children?.length === 1) node = node.children[0] as typeof node;
  if (node.type === 'text' || node.type === 'inlineCode') node.value = value;
}
