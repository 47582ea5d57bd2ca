/**
 * The tables Swagger2Markup writes (the Markdown a Java build makes of its Swagger spec):
 *
 *     |Type|Name|Description|Schema|Default|
 *     |**Query**|**limit**  <br>*optional*|At most  <br>**Example** : `20`|integer (int32)|`20`|
 *
 * - its `Type` column is the location (Body, Path, Query, Header, FormData) and `Schema` the type:
 *   the header says `In` there instead;
 * - a name's `<br>*required*` / `<br>*optional*` note is a Required column;
 * - `**Example** : `…`` in a description is the row's example, in an Example column;
 * - on a page with such tables, a `Description` heading is no part of the description below it.
 *
 * Its schema words (`integer (int64)`, `enum (a, b)`, `< X > array`) are type words the extractor
 * knows (extract/type-text.ts).
 */
import type { Heading, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import { isBreak } from '../../document/line-break.js';
import { plainText } from '../../document/plain-text.js';
import { textCell } from './made-tables.js';

const LOCATIONS = /^(?:body|path|query|header|formdata|form|cookie)$/i;
const NOTE = /^(required|optional)$/i;
const EXAMPLE = /(?:^|\s)\*\*Example\*\*\s*:\s*`([^`]*)`\s*$/;

export function convertSwagger2MarkupTables(root: Root): void {
  let found = false;
  for (const node of root.children) if (node.type === 'table' && convertTable(node)) found = true;
  if (found) root.children = withoutDescriptionHeadings(root.children);
}

/**
 * Its `##### Description` heading over an operation's description is no part of it; the title of
 * the operation's heading above, with no prose between, is its summary (placed where the
 * `Description` heading was, ahead of the description).
 */
function withoutDescriptionHeadings(nodes: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type !== 'heading' || !/^description$/i.test(plainText(node).trim())) {
      out.push(node);
      continue;
    }
    let at = out.length - 1;
    while (at >= 0 && !(out[at]!.type === 'heading' && (out[at] as Heading).depth < node.depth)) at--;
    const parent = out[at];
    const prose = out.slice(at + 1).some((between) => between.type === 'paragraph');
    if (parent?.type === 'heading' && !prose)
      out.push({
        type: 'paragraph',
        children: [{ type: 'text', value: plainText(parent).trim() }],
        ...(node.position ? { position: node.position } : {}),
      });
  }
  return out;
}

function convertTable(table: Table): boolean {
  const [header, ...rows] = table.children;
  if (!header || rows.length === 0) return false;
  const words = header.children.map((cell) => plainText(cell).trim().toLowerCase());
  const nameAt = words.indexOf('name');
  if (nameAt < 0) return false;
  const notes = rows.map((row) => nameNote(row.children[nameAt]));
  // Only tables whose every name carries the note: Swagger2Markup's own.
  if (notes.some((note) => note === undefined)) return false;
  const position = header.position ?? table.position!;
  const typeAt = words.indexOf('type');
  if (typeAt >= 0 && words.includes('schema') && rows.every((row) => LOCATIONS.test(text(row.children[typeAt]))))
    header.children[typeAt] = textCell('In', header.children[typeAt]!.position ?? position);
  const descriptionAt = words.indexOf('description');
  const examples = rows.map((row) => (descriptionAt >= 0 ? takeExample(row.children[descriptionAt]) : ''));
  header.children.push(textCell('Required', position));
  if (examples.some((example) => example !== '')) header.children.push(textCell('Example', position));
  rows.forEach((row, index) => {
    const cell = row.children[nameAt]!;
    cell.children = notes[index]!.name;
    while (row.children.length < words.length) row.children.push(textCell('', row.position ?? position));
    row.children.push(textCell(notes[index]!.required ? 'yes' : 'no', cell.position ?? position));
    if (header.children.length > row.children.length) row.children.push(textCell(examples[index]!, cell.position ?? position));
  });
  table.align = header.children.map(() => null);
  if (table.data?.rowLines) delete table.data.rowLines;
  return true;
}

/** `**id**  <br>*required*` → the name's nodes and whether it is required; undefined for a name without the note. */
function nameNote(cell: TableCell | undefined): { name: PhrasingContent[]; required: boolean } | undefined {
  const children = cell?.children ?? [];
  const last = children[children.length - 1];
  const br = children.findIndex(isBreak);
  if (br <= 0 || last?.type !== 'emphasis' || !NOTE.test(plainText(last).trim())) return undefined;
  if (!children.slice(br + 1, -1).every((child) => child.type === 'text' && !child.value.trim())) return undefined;
  const name = children.slice(0, br);
  const tail = name[name.length - 1];
  if (tail?.type === 'text') name[name.length - 1] = { ...tail, value: tail.value.trimEnd() };
  return { name, required: /^required$/i.test(plainText(last).trim()) };
}

/** Takes `**Example** : `value`` off the end of a description cell; the value, or ''. */
function takeExample(cell: TableCell | undefined): string {
  if (!cell) return '';
  const children = cell.children;
  const code = children[children.length - 1];
  const strong = children[children.length - 3];
  const colon = children[children.length - 2];
  if (code?.type !== 'inlineCode' || strong?.type !== 'strong' || colon?.type !== 'text') return '';
  if (!EXAMPLE.test(`${plainText(strong) === 'Example' ? '**Example**' : ''}${colon.value}\`${code.value}\``)) return '';
  // What stays: the description before it, without the `<br>` that parted them.
  let keep = children.slice(0, -3);
  while (keep.length > 0) {
    const tail = keep[keep.length - 1]!;
    if (isBreak(tail) || (tail.type === 'text' && !tail.value.trim())) keep = keep.slice(0, -1);
    else break;
  }
  const tail = keep[keep.length - 1];
  if (tail?.type === 'text') keep[keep.length - 1] = { ...tail, value: tail.value.trimEnd() };
  cell.children = keep;
  return code.value;
}

function text(cell: TableCell | undefined): string {
  return cell ? plainText(cell).trim() : '';
}
