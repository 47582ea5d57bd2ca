/**
 * MkDocs blocks that each document a field, its name and type in the title as a JSON key and its
 * type in a code span, its words the block's content (Pi-hole's API reference writes its request
 * and reply fields so), and blocks inside one its object's fields → one table of the run:
 *
 *     **Fields**
 *
 *     ??? info "Level (`"level": number`)"              | Name | Type | Description |
 *         Brightness in percent.                        | level | number | Brightness in percent. |
 *
 *     ??? info "Schedule (`"schedule": [object|null]`)"  | schedule | object|null | The dimming … |
 *         The dimming schedule, if one runs.
 *
 *         ??? info "Left (`"left": number`)"            | schedule.left | number | Seconds until … |
 *             Seconds until the level is reached.
 *
 * The label over the run (`**Fields**`, `**Required parameters**`, `**Optional parameters**`)
 * places the table and says whether its rows are required, as it does over any table. A type of
 * alternatives in brackets, `[object|null]`, `[null|string]`, is those alternatives where one is
 * `null` (a value that may be null, as the samples show), and states no type otherwise (an array
 * of them or one of them: the page does not say which). A title whose key shows a value, not type
 * words (`!!! note "Beta (`"v2": true`)"`), is no field's. A block holding anything but words, lists
 * and such blocks (a fence, a table) is no field's: the run ends before it.
 */
import type { List, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { isTypePhrase } from './closing-facts.js';
import { madeTable, textCell } from './made-tables.js';

/** What the MkDocs reader tells of a block (mkdocs-blocks.ts). */
export interface FieldBlockReader {
  /** The block a paragraph opens, if any. */
  blockAt(node: RootContent): { title?: { children: readonly PhrasingContent[] }; line: number } | undefined;
  /** Its content, parsed at the margin and placed in the page. */
  contentOf(block: { line: number }): RootContent[];
  /** The index after the nodes the block's lines hold, or undefined where one runs past them. */
  nodesAfter(nodes: readonly RootContent[], index: number, block: { line: number }): number | undefined;
}

/** `Level (`"level": number`)`, `` `"level": number` ``: the title's words (any), the key and its type in a code span. */
const FIELD_TITLE = /^(?:[^`\n]{0,200}[ \t])?\(?`"([\w$@.[\]-]{1,100})":[ \t]*([^`\n]{1,100})`\)?$/;
/** Alternatives in brackets: `[object|null]`. */
const BRACKETED = /^\[([^[\]|]+(?:\|[^[\]|]+)+)\]$/;
/** Blocks inside blocks, at most this deep. */
const MAX_DEPTH = 8;

/** The table of the run of field blocks from `nodes[index]`, and the index after it; undefined where none opens there. */
export function fieldBlockRun(
  nodes: readonly RootContent[],
  index: number,
  reader: FieldBlockReader,
): { table: Table; next: number } | undefined {
  const rows: TableRow[] = [];
  let next = index;
  let position: Position | undefined;
  while (next < nodes.length) {
    const node = nodes[next]!;
    const block = node.type === 'paragraph' ? reader.blockAt(node) : undefined;
    const after = block && reader.nodesAfter(nodes, next, block);
    const read = after !== undefined && block ? fieldRows(block, '', reader, 0) : undefined;
    if (!read || after === undefined) break;
    rows.push(...read);
    position = position ? { start: position.start, end: nodes[after - 1]!.position!.end } : node.position;
    next = after;
  }
  if (rows.length === 0 || !position) return undefined;
  return { table: madeTable(['Name', 'Type', 'Description'], rows, position, ['Description']), next };
}

type Block = NonNullable<ReturnType<FieldBlockReader['blockAt']>>;

/** The block's row, then its fields' rows (`schedule.left`); undefined where it is no field's. */
function fieldRows(block: Block, prefix: string, reader: FieldBlockReader, depth: number): TableRow[] | undefined {
  const [words] = block.title?.children ?? [];
  const field = words?.type === 'text' ? FIELD_TITLE.exec(words.value.trim()) : null;
  if (!field || !words?.position || !typeWords(field[2]!.trim())) return undefined;
  const name = `${prefix}${field[1]}`;
  const content = reader.contentOf(block);
  const description: PhrasingContent[] = [];
  const nested: TableRow[] = [];
  for (let at = 0; at < content.length; at++) {
    const node = content[at]!;
    const inner = depth + 1 < MAX_DEPTH && node.type === 'paragraph' ? reader.blockAt(node) : undefined;
    if (inner) {
      const after = reader.nodesAfter(content, at, inner);
      const rows = after === undefined ? undefined : fieldRows(inner, `${name}.`, reader, depth + 1);
      if (!rows || after === undefined) return undefined;
      nested.push(...rows);
      at = after - 1;
    } else if (node.type === 'paragraph') addLine(description, node.children);
    else if (node.type === 'list') addItems(description, node);
    else return undefined;
  }
  const end = content.at(-1)?.position?.end ?? words.position.end;
  const cells: TableCell[] = [
    textCell(name, words.position),
    textCell(typeOf(field[2]!.trim()), words.position),
    { type: 'tableCell', children: description, position: { start: words.position.start, end } },
  ];
  return [{ type: 'tableRow', children: cells, position: { start: words.position.start, end } }, ...nested];
}

/** Whether the key's type is type words (`number`, `array of strings`, `[object|null]`): `"v2": true` shows a value, no field. */
function typeWords(text: string): boolean {
  const alternatives = BRACKETED.exec(text)?.[1] ?? text;
  return alternatives.split('|').every((word) => isTypePhrase(word.trim()));
}

/** `[object|null]` → `object|null`; `[integer|string]` → none; any other as written. */
function typeOf(text: string): string {
  const alternatives = BRACKETED.exec(text)?.[1];
  if (alternatives === undefined) return text;
  return alternatives.split('|').some((word) => word.trim() === 'null') ? alternatives : '';
}

/** A paragraph's words, a line of the description each. */
function addLine(description: PhrasingContent[], children: readonly PhrasingContent[]): void {
  if (description.length > 0) description.push({ type: 'break' });
  description.push(...children);
}

/** A list's items, a line `- …` each (their paragraphs and nested items in order). */
function addItems(description: PhrasingContent[], list: List): void {
  for (const item of list.children)
    for (const child of item.children) {
      if (child.type === 'paragraph') addLine(description, [{ type: 'text', value: '- ' }, ...child.children]);
      else if (child.type === 'list') addItems(description, child);
    }
}
