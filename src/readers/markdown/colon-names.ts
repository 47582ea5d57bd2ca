/**
 * A nested field named with a colon (prmd's markdown, generated from JSON Schema, names a field of
 * an object field so: `**soil:id**`), read as nested where the page's samples nest it:
 *
 *     | **soil:id** | *uuid* | … |        → `soil[id]`, the one form nested fields are read by
 *     -d '{ "soil": { "id": "0123…" } }'    (the evidence: `soil` an object holding `id`)
 *
 * Only where a code block of the page holds the parent's key with an object that has the child's
 * key; elsewhere a colon is part of the name as written (`xml:lang`, `odata:type`).
 */
import type { Root, RootContent, TableCell } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';

const COLON_NAME = /^([A-Za-z_][\w-]*):([A-Za-z_][\w-]*)$/;

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
    const parts = cell ? COLON_NAME.exec(plainText(cell).trim()) : null;
    if (cell && parts && samples.some((sample) => nests(sample, parts[1]!, parts[2]!))) rename(cell, `${parts[1]}[${parts[2]}]`);
  }
}

/** Whether the sample's `"parent": { … "child": … }` (the object's own keys, no deeper object between). */
function nests(sample: string, parent: string, child: string): boolean {
  const opening = `"${parent}"`;
  for (let at = sample.indexOf(opening); at >= 0; at = sample.indexOf(opening, at + opening.length)) {
    const object = /^\s*:\s*\{([^{}]*)/.exec(sample.slice(at + opening.length, at + opening.length + 10_000));
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
