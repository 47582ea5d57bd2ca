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
 *     | `data.attributes.title` | string | … |   → `data[attributes][title]` (a flat path, as JSON:API
 *     -d '{"data": {"attributes": {"title": …}}}'   references write their documents' fields; a dot
 *                                                    steps into an object, or an array's objects)
 *
 * Each step of a longer name (`address:geo:lat`, `rows/tags:name`) must be so nested in a sample.
 * Only where a code block of the page holds the parent's key with an object (an array of objects)
 * that has the child's key among its own; elsewhere a colon, a slash or a dot is part of the name
 * as written (`xml:lang`, `odata:type`, `read/write`, `app.version`; a dotted name under a row
 * naming its parent is that row's field all the same: field-paths.ts).
 */
import type { Root, RootContent, TableCell } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';
import { closingQuote } from '../shared/quotes.js';

const NESTED_NAME = /^[A-Za-z_][\w-]*(?:[:/.][A-Za-z_][\w-]*)+$/;

export function nestColonNames(root: Root, columnNames?: Readonly<Record<string, string>>): void {
  const samples = root.children.flatMap((node) => (node.type === 'code' && node.value.length < 100_000 ? [node.value] : []));
  if (samples.length === 0) return;
  let nesting: Nesting | undefined;
  // (The samples' keys are indexed once, where a table has such a name.)
  const nestingOf = () => (nesting ??= nestingIn(samples));
  for (const node of root.children) if (node.type === 'table') nestTable(node, nestingOf, columnNames);
}

function nestTable(
  table: Extract<RootContent, { type: 'table' }>,
  nesting: () => Nesting,
  columnNames?: Readonly<Record<string, string>>,
): void {
  const name = columnRoles(table, columnNames).indexOf('name');
  if (name < 0) return;
  for (const row of table.children.slice(1)) {
    const cell = row.children[name];
    const written = cell ? plainText(cell).trim() : '';
    const nested = cell && NESTED_NAME.test(written) ? bracketed(written, nesting()) : undefined;
    if (cell && nested) rename(cell, nested);
  }
}

/** `rows/tags:name` → `rows[][tags][name]`, `data.tags.name` → `data[tags][][name]` where each step nests so in a sample, else undefined. */
function bracketed(written: string, nesting: Nesting): string | undefined {
  const names = written.split(/[:/.]/);
  const marks = written.match(/[:/.]/g) ?? [];
  let out = names[0]!;
  for (const [index, mark] of marks.entries()) {
    const parent = names[index]!;
    const child = names[index + 1]!;
    // A dot steps into an object, else an array's objects.
    const object = mark !== '/' && nesting.objects.get(parent)?.has(child) === true;
    const array = !object && mark !== ':' && nesting.arrays.get(parent)?.has(child) === true;
    if (!object && !array) return undefined;
    out += `${array ? '[]' : ''}[${child}]`;
  }
  return out;
}

/** The keys the samples nest under each key: of its object's own (`"parent": { "child": … }`), of its array's objects' (`"parent": [ { "child": … } ]`). */
interface Nesting {
  objects: Map<string, Set<string>>;
  arrays: Map<string, Set<string>>;
}

/** A container the scan is in: the key it is the value of (or its array's), and whether it is an object of an array. */
interface Open {
  object: boolean;
  key: string | undefined;
  inArray: boolean;
}

/**
 * The samples' nesting, read in one pass over each (no JSON parse: a curl command's `-d '{…}'`, a
 * sample cut short or with comments is read alike): strings skipped, a string followed by a colon
 * inside an object a key of that object's own.
 */
function nestingIn(samples: readonly string[]): Nesting {
  const nesting: Nesting = { objects: new Map(), arrays: new Map() };
  const add = (map: Map<string, Set<string>>, parent: string, child: string) => {
    const children = map.get(parent) ?? new Set();
    children.add(child);
    map.set(parent, children);
  };
  for (const sample of samples) {
    const stack: Open[] = [];
    // The key whose value comes next, in the innermost object.
    let key: string | undefined;
    for (let at = 0; at < sample.length; at++) {
      const char = sample[at]!;
      const top = stack.at(-1);
      if (char === '"') {
        const close = closingQuote(sample, at + 1);
        if (close < 0) break;
        const colon = /^[ \t\r\n]*:/.exec(sample.slice(close + 1, close + 65));
        if (top?.object && colon) {
          key = sample.slice(at + 1, close);
          if (top.key !== undefined) add(top.inArray ? nesting.arrays : nesting.objects, top.key, key);
        }
        at = close;
      } else if (char === '{' || char === '[') {
        const inArray = top !== undefined && !top.object;
        // An array's objects are the array's key's; a value's container the key's before it.
        stack.push({ object: char === '{', key: inArray ? top.key : top?.object ? key : undefined, inArray: inArray && char === '{' });
        key = undefined;
      } else if (char === '}' || char === ']') {
        stack.pop();
        key = undefined;
      } else if (char === ',') key = undefined;
    }
  }
  return nesting;
}

/** Marks a name's part may be written in: `attributes.**name**` (Commerce Layer's), `` data.`title` ``. */
const MARKED = new Set(['strong', 'emphasis', 'inlineCode', 'text']);

/**
 * The name's one text node (in bold or code as written) renamed; a name written in parts, some
 * marked (`attributes.**name**`: its last step in bold), becomes one text node of the new name.
 */
function rename(cell: TableCell, value: string): void {
  let node: { children?: unknown[]; type: string; value?: string } = cell;
  while (node.children?.length === 1) node = node.children[0] as typeof node;
  if (node.type === 'text' || node.type === 'inlineCode') node.value = value;
  else if (node === cell && cell.children.length > 1 && cell.children.every(isMarkedText))
    cell.children = [{ type: 'text', value, ...(cell.position ? { position: cell.position } : {}) }];
}

/** Text, or text in one mark (`**name**`, `` `name` ``, `*name*`), and nothing else. */
function isMarkedText(node: { children?: unknown[]; type: string }): boolean {
  if (!MARKED.has(node.type)) return false;
  return node.children === undefined || (node.children.length === 1 && (node.children[0] as { type: string }).type === 'text');
}
