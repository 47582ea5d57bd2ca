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
  const rows: TableRow[] = [];
  for (const item of list.children) {
    const first = item.children[0];
    const field = first?.type === 'paragraph' ? FIELD.exec(plainText(first).trim().replace(/\s+/g, ' ')) : null;
    const at = item.position ?? list.position;
    if (!field) return undefined;
    const badges = field[3] ?? '';
    const type = FIELD_TYPES[field[2]!] ?? '';
    const many = /Array of objects/.test(badges);
    const cells = [field[1]!, many ? (type ? `array of ${type}` : 'array') : type, /\bR\b/.test(badges) ? 'yes' : ''];
    rows.push({ type: 'tableRow', children: cells.map((value) => textCell(value, at)), position: at });
  }
  return rows.length > 0
    ? markOrigin(madeTable(['Name', 'Type', 'Required'], rows, list.position, ['Required']), 'bullet list')
    : undefined;
}
