/**
 * A type documented as a section with a heading per field, each over labelled lines (search
 * engines', databases' and SaaS references write their objects so):
 *
 *     ## Shelf object                     → the section of type `Shelf` (its heading as ever)
 *     ```json { "name": "Fiction" } ```   (prose and samples before the fields stay)
 *     ### `name`                          → `| Name | Type | Required | Default | Description |`,
 *     **Type**: String                       a row per field heading, placed at the first
 *     **Default value**: `null`
 *     **Description**: A name for it
 *     ### capacity
 *     - **Type:** Integer                 (the labels as a list, the colon inside the bold, or
 *     - Required: yes                      plain `Type: String`; one line may hold several,
 *     Type: String | Default: `"x"`        parted by `|`)
 *
 * so the section defines its type as one with a field table does. The heading names an object
 * (`Shelf object`, `Reader resource`, `The Label model`); the fields are the headings one level
 * below it, each a name alone (in code or not), two at least and one at least stating its type (a
 * field whose `Type` was left out is of no type, `unknown`, as a list's item that states none is).
 * A default and a required flag are the ones the labels state (none where none is written); prose
 * under a field heading is its description too. Code under a field, and a heading below the
 * fields' (`#### Example`) with what it heads, stay after the table; a field's heading whose
 * blocks label nothing ends the fields. A title between the type's heading and the fields'
 * (`### Fields`, `### Attributes` ⏎ `#### `name``) stays, the table under it.
 */
import type { Heading, List, PhrasingContent, Root, RootContent, TableCell, TableRow, Text } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { markOrigin } from './findings.js';
import { frontMatterWords } from './front-matter.js';
import { titledTypeName } from './linked-sections.js';
import { madeTable, textAfter, textCell } from './made-tables.js';
import { phrasingLines } from './phrasing-lines.js';
import { headingText } from './signatures.js';

type Label = 'type' | 'default' | 'required' | 'description';

/** The labels a field's lines are written with: `Type`, `Default value`, `Required`, `Description`. */
const LABELS: Record<string, Label> = {
  type: 'type',
  default: 'default',
  'default value': 'default',
  required: 'required',
  description: 'description',
};
/** A label written as text: `Type: String`. */
const TEXT_LABEL = /^[ \t]*(type|default(?: value)?|required|description)[ \t]*:[ \t]*/i;
/** A title over the field headings, between them and the type's heading. */
const FIELDS_TITLE = /^(?:fields|attributes|properties)$/i;
/** A field heading's name: `` `name` ``, `createdAt`, a custom id after it (`` `name` {#name} ``). */
const FIELD_NAME = /^`?([A-Za-z_$][\w.$-]*)`?(?:[ \t]*\{#[\w.-]+\})?$/;

interface Field {
  name: string;
  labels: Partial<Record<Label, PhrasingContent[]>>;
  /** Prose under the heading, outside the labels: more of the description. */
  prose: PhrasingContent[][];
  position: Position;
  /** Blocks under the heading this reads nothing from (code, a subheading and its blocks), kept after the table. */
  rest: RootContent[];
}

export function convertFieldHeadings(root: Root, text: string): void {
  const nodes = root.children;
  const out: RootContent[] = [];
  const modelPage = isModelPage(root, text);
  let index = 0;
  while (index < nodes.length) {
    const node = nodes[index]!;
    out.push(node);
    index++;
    if (node.type !== 'heading') continue;
    const name = titledTypeName(node);
    // A model's page (`title: Note`, no operation heading it): its `## Attributes` over a heading per field.
    const part = name === undefined && modelPage && node.depth === 2 ? MODEL_PART.exec(headingText(node).trim()) : null;
    if (name === undefined && !part) continue;
    const read = fieldsAfter(nodes, index, node.depth);
    if (!read) continue;
    // One field at least states its type, and two are documented: the convention is the page's. A
    // field whose Type was left out is a row of no type (`madeTable` marks its empty cell unstated).
    if (part?.[1]) continue;
    if (read.fields.length < 2 || !read.fields.some(isTyped)) continue;
    // A model's `## Optional attributes` right after its `## Attributes`: more of its fields, in its table.
    const optional = part ? optionalFields(nodes, read.end, node.depth) : undefined;
    const rows = [...read.fields, ...(optional?.fields ?? [])].map(rowOf);
    const table = madeTable(['Name', 'Type', 'Required', 'Default', 'Description'], rows, read.fields[0]!.position, [
      'Required',
      'Default',
    ]);
    out.push(...nodes.slice(index, read.start), markOrigin(table, 'reader'), ...read.fields.flatMap((field) => field.rest));
    index = read.end;
    if (optional) {
      out.push(nodes[index]!, ...optional.fields.flatMap((field) => field.rest));
      index = optional.end;
    }
  }
  root.children = out;
}

/** The fields of an `Optional attributes` heading at `at` (of the depth of the model's `Attributes`), right under it. */
function optionalFields(nodes: readonly RootContent[], at: number, depth: number): { fields: Field[]; end: number } | undefined {
  const heading = nodes[at];
  if (heading?.type !== 'heading' || heading.depth !== depth || !MODEL_PART.exec(headingText(heading).trim())?.[1]) return undefined;
  const read = fieldsAfter(nodes, at + 1, depth);
  return read && read.start === at + 1 && read.fields.some(isTyped) ? read : undefined;
}

/** A model's fields section on its page: `Attributes` (`Properties`, `Fields`), and `Optional attributes` after it. */
const MODEL_PART = /^(optional\s+)?(?:attributes|properties|fields)$/i;
/** A model's name as a page's title: `Note`, `ScheduledStatus`. */
export const MODEL_NAME = /^[A-Z][\w.]*$/;

/** A method and a route or URL anywhere on a page: it may document an operation. */
const REQUEST_WORDS = /\b(?:GET|PUT|POST|PATCH|DELETE)[ \t]+(?:\/|https?:\/\/|\{|<)/;

/**
 * Whether the page is a model's: titled by the model's name alone (its one `#` heading, else its
 * front matter's `title:`, Hugo's entity pages), and no method before a route anywhere on it.
 */
function isModelPage(root: Root, text: string): boolean {
  if (REQUEST_WORDS.test(text)) return false;
  const titles = root.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 1);
  if (titles.length > 1) return false;
  const title = titles[0] ? headingText(titles[0]).trim() : frontMatterWords(root).title;
  return title !== undefined && MODEL_NAME.test(title);
}

/**
 * The fields under the type's heading (at `depth`) whose blocks start at `from`: the blocks before
 * the first field heading (`start`), the fields (typed or not), and the index after them;
 * undefined where the section is not written so.
 */
function fieldsAfter(
  nodes: readonly RootContent[],
  from: number,
  depth: number,
): { start: number; fields: Field[]; end: number } | undefined {
  let start = from;
  while (start < nodes.length && nodes[start]!.type !== 'heading') {
    // A table of the section's own: it is defined so already.
    if (nodes[start]!.type === 'table') return undefined;
    start++;
  }
  const first = nodes[start];
  if (first?.type !== 'heading' || first.depth <= depth) return undefined;
  // `### Fields` (`Attributes`, `Properties`) over the field headings one level below it: the title stays, the table under it.
  if (FIELDS_TITLE.test(headingText(first).trim())) return fieldsAfter(nodes, start + 1, first.depth);
  const fields: Field[] = [];
  let at = start;
  while (at < nodes.length) {
    const heading = nodes[at]!;
    if (heading.type !== 'heading' || heading.depth !== first.depth) break;
    // A heading deeper than the fields (`#### Example`) is the field's, as is what it heads.
    let end = at + 1;
    while (end < nodes.length && !isHeadingAbove(nodes[end]!, first.depth)) end++;
    const field = fieldOf(heading, nodes.slice(at + 1, end));
    if (field === 'unlabelled') break;
    fields.push(field);
    at = end;
  }
  return fields.length > 0 ? { start, fields, end: at } : undefined;
}

/** Whether the field states its type (words after its `Type` label). */
function isTyped(field: Field): boolean {
  const type = field.labels.type;
  return type !== undefined && plainText({ type: 'paragraph', children: type }).trim() !== '';
}

/** The field a heading and its blocks document; `unlabelled` where the blocks label nothing. */
function fieldOf(heading: Heading, blocks: readonly RootContent[]): Field | 'unlabelled' {
  const typed = typedHeading(heading);
  const name = typed?.name ?? FIELD_NAME.exec(headingText(heading).trim())?.[1];
  if (!name || !heading.position) return 'unlabelled';
  const field: Field = { name, labels: {}, prose: [], position: heading.position, rest: [] };
  // The heading states the type (and the flag): the blocks under it are its words.
  if (typed) {
    field.labels.type = [{ type: 'text', value: typed.type }];
    if (typed.flag) field.labels.required = [{ type: 'text', value: /^required$/i.test(typed.flag) ? 'yes' : 'no' }];
  }
  let labelled = typed !== undefined;
  let sub = false;
  for (const block of blocks) {
    sub ||= block.type === 'heading';
    const lines = sub
      ? undefined
      : block.type === 'paragraph'
        ? brokenLines(phrasingLines(block.children))
        : block.type === 'list'
          ? itemLines(block)
          : undefined;
    if (!lines) {
      field.rest.push(block);
      continue;
    }
    let last: Label | 'other' | undefined;
    for (const line of lines) {
      const labels = labelsOf(line);
      if (labels) {
        labelled = true;
        for (const [label, value] of labels) field.labels[label] ??= value;
        last = labels[labels.length - 1]![0];
      } else if (isOtherLabel(line)) last = 'other';
      else if (last === 'description') field.labels.description!.push({ type: 'text', value: ' ' }, ...line);
      // The lines of a label this reads nothing from (`**Version history:**` ⏎ `0.1.0 - added`) are none of its words.
      else if (last !== 'other') field.prose.push(line);
    }
  }
  return labelled ? field : 'unlabelled';
}

/** A field heading stating its type in code after the name, a flag maybe after it: `` #### `id` `string` Required ``. */
const TYPED_HEADING = /^`?([A-Za-z_$][\w.$-]*)`?[ \t]+`([^`\n]{1,80})`(?:[ \t]+(required|optional))?$/i;

/** The name, type and flag a field heading states so; undefined for any other heading. */
function typedHeading(heading: Heading): { name: string; type: string; flag?: string } | undefined {
  const written = heading.children
    .map((child) => (child.type === 'inlineCode' ? `\`${child.value}\`` : child.type === 'text' ? child.value : '\u0000'))
    .join('')
    .trim();
  const match = TYPED_HEADING.exec(written);
  if (!match) return undefined;
  return { name: match[1]!, type: match[2]!.trim(), ...(match[3] ? { flag: match[3] } : {}) };
}

/** A heading as high as the fields' (at `depth`) or higher. */
function isHeadingAbove(node: RootContent, depth: number): boolean {
  return node.type === 'heading' && node.depth <= depth;
}

function rowOf(field: Field): TableRow {
  const at = field.position;
  const words = (label: Label) => {
    const value = field.labels[label];
    return value ? plainText({ type: 'paragraph', children: value }).trim() : '';
  };
  const parts = [...(field.labels.description ? [field.labels.description] : []), ...field.prose];
  const description: PhrasingContent[] = parts.flatMap((part, index) => (index === 0 ? part : [{ type: 'text', value: ' ' }, ...part]));
  const cell: TableCell = { type: 'tableCell', children: description, position: at };
  return {
    type: 'tableRow',
    children: [
      textCell(field.name, at),
      textCell(words('type'), at),
      textCell(words('required'), at),
      textCell(words('default'), at),
      cell,
    ],
    position: at,
  };
}

/** An HTML line break: `<br>`, `<br/>`, `<br />`. */
const BREAK_TAG = /^<br[ \t]*\/?>$/i;

/**
 * Lines parted at their HTML line breaks too, the tags dropped (MDX pages end each label's line so:
 * `**Type**: String<br />` ⏎ `**Default value**: N/A<br />`, or run them on one line).
 */
function brokenLines(lines: readonly PhrasingContent[][]): PhrasingContent[][] {
  const out: PhrasingContent[][] = [];
  for (const line of lines) {
    let part: PhrasingContent[] = [];
    for (const child of line) {
      if (child.type !== 'html' || !BREAK_TAG.test(child.value.trim())) part.push(child);
      else if (part.length > 0) {
        out.push(part);
        part = [];
      }
    }
    if (part.length > 0) out.push(part);
  }
  return out;
}

/** A list whose items are each one paragraph: their lines; undefined for any other list. */
function itemLines(list: List): PhrasingContent[][] | undefined {
  const lines: PhrasingContent[][] = [];
  for (const item of list.children) {
    const [only, ...more] = item.children;
    if (only?.type !== 'paragraph' || more.length > 0) return undefined;
    lines.push(...brokenLines(phrasingLines(only.children)));
  }
  return lines;
}

/**
 * The labels a line states, each with its words: `**Type**: String`, `**Type:** String`,
 * `Type: String`, or several parted by `|` (`**Type**: String | **Default**: null`); undefined
 * where the line (or a part of it) is no label's.
 */
function labelsOf(line: readonly PhrasingContent[]): Array<[Label, PhrasingContent[]]> | undefined {
  const parts = partsOf(line);
  const read = parts.map(labelOf);
  if (read.every((one) => one !== undefined)) return read;
  // A `|` inside a label's words (`String | null`): the line is one label.
  const whole = labelOf(line);
  return whole ? [whole] : undefined;
}

/** The line parted at each `|` of its text. */
function partsOf(line: readonly PhrasingContent[]): PhrasingContent[][] {
  const parts: PhrasingContent[][] = [[]];
  for (const child of line) {
    if (child.type !== 'text' || !child.value.includes('|')) {
      parts[parts.length - 1]!.push(child);
      continue;
    }
    child.value.split('|').forEach((piece, index) => {
      if (index > 0) parts.push([]);
      if (piece !== '') parts[parts.length - 1]!.push({ type: 'text', value: piece });
    });
  }
  return parts;
}

/** The label a line (or a part of one) opens with, and the words after it. */
function labelOf(line: readonly PhrasingContent[]): [Label, PhrasingContent[]] | undefined {
  const at = line.findIndex((child) => child.type !== 'text' || child.value.trim() !== '');
  const head = line[at];
  if (!head) return undefined;
  if (head.type === 'text') {
    const match = TEXT_LABEL.exec(head.value);
    const label = match && LABELS[match[1]!.toLowerCase().replace(/\s+/g, ' ')];
    return label ? [label, words([textAfter(head, match[0].length), ...line.slice(at + 1)])] : undefined;
  }
  if (head.type !== 'strong' && head.type !== 'emphasis') return undefined;
  const text = plainText(head).trim();
  const label = LABELS[text.replace(/:$/, '').trim().toLowerCase().replace(/\s+/g, ' ')];
  if (!label) return undefined;
  const after = line.slice(at + 1);
  // The colon inside the bold (`**Type:** String`) or right after it (`**Type**: String`).
  if (text.endsWith(':')) return [label, words(after)];
  const next = after[0];
  if (next?.type !== 'text' || !/^[ \t]*:/.test(next.value)) return undefined;
  return [label, words([textAfter(next, /^[ \t]*:/.exec(next.value)![0].length), ...after.slice(1)])];
}

/** A line opening with a label in bold of other words (`**Version history:**`, `**Since**: 2.0`). */
function isOtherLabel(line: readonly PhrasingContent[]): boolean {
  const at = line.findIndex((child) => child.type !== 'text' || child.value.trim() !== '');
  const head = line[at];
  if (head?.type !== 'strong') return false;
  const next = line[at + 1];
  return plainText(head).trim().endsWith(':') || (next?.type === 'text' && /^[ \t]*:/.test(next.value));
}

/** A label's words, the blanks around them dropped. */
function words(children: PhrasingContent[]): PhrasingContent[] {
  const trimmed = children.filter((child) => child.type !== 'text' || child.value !== '');
  const first = trimmed[0];
  if (first?.type === 'text') trimmed[0] = textAfter(first, first.value.length - first.value.trimStart().length);
  const last = trimmed[trimmed.length - 1];
  if (last?.type === 'text') trimmed[trimmed.length - 1] = { ...last, value: last.value.trimEnd() } satisfies Text;
  return trimmed.filter((child) => child.type !== 'text' || child.value !== '');
}
