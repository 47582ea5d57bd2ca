/**
 * drf-docs' fields of an endpoint (Django REST framework's docs package): its serializer's fields
 * under `Fields:`, a name and the serializer field's class, a required field badged `R` →
 *
 *     /api/shelves/                             → (the heading: its request lines, method-lists.ts)
 *     GET /api/shelves/ ⏎ POST /api/shelves/     → GET: its own section, the docstring its words
 *     List the shelves or create one.           → POST: a section of its own (the heading again),
 *     Fields:                                     the docstring, and `Request body` of
 *     - name: CharField R                         | Name | Type | Required |
 *     - floor: IntegerField                       | name | string | yes |  | floor | integer | |
 *
 * The fields are what the methods that send a body (POST, PUT, PATCH) send; the endpoint's other
 * methods send none, so they stand apart. A field class names its JSON type (`CharField` a string,
 * `IntegerField` an integer, `DateTimeField` a date-time, …); a class that states none (a related
 * field's key, `ChoiceField`, a nested serializer) leaves the type unstated, and `Array of objects`
 * (a to-many relation) makes it an array. "No fields." is no word of the operation. An endpoint
 * whose methods send no body keeps its list as written.
 *
 * A field's `sub_fields` (a nested serializer's), listed under it, are its object's properties
 * (`» name` rows); its choices, `Choices` over a list of them, `Choices: a, b` or `choices: [(a, A),
 * (b, B)]` (the values, not their labels), an enum of them where its class states no type but a
 * string's:
 *
 *     - address: AddressSerializer R          → | address  | object | yes |
 *       - street: CharField                      | » street | string |     |
 *     - state: ChoiceField                     → | state    | enum (draft, published) | |
 *       Choices ⏎ - draft ⏎ - published
 */
import type { Code, Heading, List, Paragraph, Root, RootContent, TableRow } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { markOrigin } from './findings.js';
import { madeTable, textCell } from './made-tables.js';

const REQUEST_LINE = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS) (\/\S*)$/;
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
/** `name: CharField`, then its badges: `R` (required), `Array of objects` (a to-many relation). */
const FIELD = /^([\w.-]+):\s+([A-Za-z]\w*)((?:\s+(?:R|Array of objects))*)$/;
const NO_FIELDS = /^no fields\.?$/i;
/** `Choices`, `Choices: draft, published`, `choices: [('draft', 'Draft'), ('published', 'Published')]`. */
const CHOICES = /^choices\b:?[ \t]*(.*)$/i;
/** A choice as Python writes the pair (`('draft', 'Draft')`, `(1, One)`): its value, the first. */
const CHOICE_PAIR = /\([ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|([^,()\n]+?))[ \t]*,[^()\n]*\)/g;
/** The deepest nesting of sub-fields read (a nested serializer in a nested serializer …). */
const MAX_DEPTH = 8;

/** The JSON type each of Django REST framework's field classes states (the vocabulary's words). */
const FIELD_TYPES: Readonly<Record<string, string>> = {
  BooleanField: 'boolean',
  NullBooleanField: 'boolean',
  CharField: 'string',
  SlugField: 'string',
  RegexField: 'string',
  IPAddressField: 'string',
  EmailField: 'email',
  URLField: 'url',
  UUIDField: 'uuid',
  IntegerField: 'integer',
  FloatField: 'number',
  DateTimeField: 'datetime',
  DateField: 'date',
  TimeField: 'time',
  ListField: 'array',
  MultipleChoiceField: 'array',
  DictField: 'object',
  HStoreField: 'object',
};

export function convertDrfFields(root: Root): void {
  const nodes = root.children;
  if (!nodes.some((node) => node.type === 'paragraph' && /^(?:fields:|no fields\.?)$/i.test(plainText(node).trim()))) return;
  const out: RootContent[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const lines = nodes[index + 1];
    const calls = node.type === 'heading' && lines?.type === 'code' ? requestLines(lines) : undefined;
    if (node.type !== 'heading' || lines?.type !== 'code' || !calls) {
      out.push(node);
      continue;
    }
    let end = index + 2;
    while (end < nodes.length && nodes[end]!.type !== 'heading') end++;
    const blocks = nodes.slice(index + 2, end).filter((block) => !(block.type === 'paragraph' && NO_FIELDS.test(plainText(block).trim())));
    const at = blocks.findIndex((block, place) => isFieldsLabel(block) && blocks[place + 1]?.type === 'list');
    const table = at >= 0 ? fieldTable(blocks[at + 1] as List) : undefined;
    const sending = calls.filter((call) => BODY_METHODS.has(call.method));
    if (!table || sending.length === 0) {
      out.push(node, lines, ...blocks);
      index = end - 1;
      continue;
    }
    const words = blocks.filter((_, place) => place !== at && place !== at + 1);
    const others = calls.filter((call) => !BODY_METHODS.has(call.method));
    if (others.length > 0) out.push(node, codeOf(others, lines), ...words, { ...node } satisfies Heading);
    else out.push(node);
    const label: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: 'Request body' }] };
    if (blocks[at]!.position) label.position = blocks[at]!.position;
    out.push(codeOf(sending, lines), ...words.map((block) => structuredClone(block)), label, table);
    index = end - 1;
  }
  root.children = out;
}

interface Call {
  method: string;
  line: string;
}

/** A fence's request lines, all of one route; undefined where it holds anything else. */
function requestLines(code: Code): Call[] | undefined {
  const lines = code.value.split('\n');
  const calls = lines.map((line) => REQUEST_LINE.exec(line.trim()));
  if (calls.some((call) => !call) || new Set(calls.map((call) => call![2])).size !== 1) return undefined;
  return calls.map((call) => ({ method: call![1]!, line: call![0] }));
}

function codeOf(calls: readonly Call[], at: Code): Code {
  return { ...at, value: calls.map((call) => call.line).join('\n') };
}

function isFieldsLabel(node: RootContent): boolean {
  return node.type === 'paragraph' && /^fields:$/i.test(plainText(node).trim());
}

/** The list's fields as a table; undefined where an item is none. */
function fieldTable(list: List): ReturnType<typeof madeTable> | undefined {
  if (!list.position) return undefined;
  const rows = fieldRows(list, list.position, 0);
  return rows && rows.length > 0
    ? markOrigin(madeTable(['Name', 'Type', 'Required'], rows, list.position, ['Required']), 'bullet list')
    : undefined;
}

/** A row per field of the list, and under each the rows of its sub-fields (`» name`); undefined where an item is no field. */
function fieldRows(list: List, where: NonNullable<List['position']>, depth: number): TableRow[] | undefined {
  const rows: TableRow[] = [];
  for (const item of list.children) {
    const first = item.children[0];
    // Markdown's item may go on in the same paragraph: `state: ChoiceField` ⏎ `Choices: draft, published`.
    const [line = '', ...more] = first?.type === 'paragraph' ? plainText(first).trim().split(/\r?\n/) : [];
    const field = FIELD.exec(line.trim().replace(/\s+/g, ' '));
    const at = item.position ?? where;
    if (!field) return undefined;
    const rest = item.children.slice(1);
    const subList = depth < MAX_DEPTH ? rest.find((child): child is List => child.type === 'list' && isFieldList(child)) : undefined;
    const subRows = subList ? fieldRows(subList, at, depth + 1) : undefined;
    const badges = field[3] ?? '';
    const stated = FIELD_TYPES[field[2]!] ?? '';
    const choices = stated === '' || stated === 'string' ? choicesOf(more, rest) : undefined;
    // A field of fields (a nested serializer's) is an object of them.
    const type = choices ? `enum (${choices.join(', ')})` : stated || (subRows?.length ? 'object' : '');
    const many = /Array of objects/.test(badges);
    const name = depth > 0 ? `${'»'.repeat(depth)} ${field[1]!}` : field[1]!;
    const cells = [name, many ? (type ? `array of ${type}` : 'array') : type, /\bR\b/.test(badges) ? 'yes' : ''];
    rows.push({ type: 'tableRow', children: cells.map((value) => textCell(value, at)), position: at });
    rows.push(...(subRows ?? []));
  }
  return rows;
}

/** Whether every item of the list is a field (`name: CharField`): a field's sub-fields. */
function isFieldList(list: List): boolean {
  return list.children.every((item) => {
    const first = item.children[0];
    return first?.type === 'paragraph' && FIELD.test(plainText(first).trim().split(/\r?\n/)[0]!.trim().replace(/\s+/g, ' '));
  });
}

/**
 * The choices stated under a field: `Choices: draft, published` (a line of its paragraph, or a
 * paragraph of its own), `choices: [(draft, Draft), …]`, or `Choices` over a list of them; none
 * (undefined) where two are not stated or a choice is no single value.
 */
function choicesOf(lines: readonly string[], rest: readonly RootContent[]): string[] | undefined {
  const texts = [...lines, ...rest.map((child) => (child.type === 'paragraph' ? plainText(child).trim() : ''))];
  const at = texts.findIndex((text) => CHOICES.test(text.trim()));
  if (at < 0) return undefined;
  const stated = CHOICES.exec(texts[at]!.trim())![1]!.trim();
  let values: string[];
  if (stated === '') {
    // `Choices` ⏎ a list of them: the list right after the paragraph.
    const list = at >= lines.length ? rest[at - lines.length + 1] : rest[0];
    if (list?.type !== 'list') return undefined;
    values = list.children.map((item) => plainText(item).trim());
  } else if (stated.startsWith('[')) values = [...stated.matchAll(CHOICE_PAIR)].map((pair) => (pair[1] ?? pair[2] ?? pair[3]!).trim());
  else values = stated.split(',').map((value) => value.trim());
  return values.length >= 2 && values.every((value) => /^[^\s(),]+$/.test(value)) ? values : undefined;
}
