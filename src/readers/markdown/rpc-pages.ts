/**
 * RPC references written as Dropbox's HTTP reference is: a call per heading (`## /shelves/copy`),
 * its parts under bold labels, its arguments and result as a struct's listing, a field a line:
 *
 *     **URL Structure**                        → (the label, as it is)
 *     https://api.example.com/2/shelves/copy   → `POST https://api.example.com/2/shelves/copy`
 *     **Method**                               → (the label and its word, as they are)
 *     POST
 *     **Parameters**                           → `Request body: RelocationArg` (the struct's name the body's type)
 *     ```json {…}```                           → (the body's sample)
 *     RelocationArg                            → (the struct's name)
 *     from_path String(pattern="…") Path …    → | Name | Type | Required | Description | Default | Constraints | …
 *     limit UInt32(min=1, max=1000)? …             a row each: `?` optional, else required unless
 *     **Returns**                                  "The default for this field is False." states
 *     RelocationResult                             its default; a type's arguments its limits
 *     metadata Metadata Metadata of …          → `Returns RelocationResult` over its table
 *
 * The URL's block becomes the request line where the `Method` label's word states the method. The
 * listing under `Errors` (a union's tags, no HTTP statuses) is left as it is.
 */
import type { Code, Paragraph, Root, RootContent, TableRow } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { closingQuote } from '../shared/quotes.js';
import { madeTable, textRow } from './made-tables.js';
import { normaliseTitle } from './section-titles.js';

const METHOD_WORD = /^(GET|POST|PUT|PATCH|DELETE)$/;
const URL = /^https?:\/\/[^\s/]+\/\S*$/;
/** The struct's name over its fields (`RelocationArg`, `RelocationError (union)`). */
const STRUCT_NAME = /^([A-Z][A-Za-z0-9]*)(?:[ \t]+\((?:struct|union)\))?$/;
/** A field's line: its name, then its type's word (arguments, `?` after, are read by `fieldOf`). */
const FIELD_START = /^([a-z_][a-z0-9_.]*)[ \t]+((?:List of )?\(?[A-Z][A-Za-z0-9]*)/;
const STATED_DEFAULT = /\bThe default for this field is (.+?)\.?$/;
const HEADER = ['Name', 'Type', 'Required', 'Description', 'Default', 'Min', 'Max', 'Min length', 'Max length', 'Constraints'];
const OPTIONAL_COLUMNS = ['Default', 'Min', 'Max', 'Min length', 'Max length', 'Constraints'];
/** Stone's words → the vocabulary's (`extract/type-text.ts`); others (a struct's name) as written. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  String: 'string',
  Boolean: 'boolean',
  Int32: 'int32',
  Int64: 'int64',
  UInt32: 'integer',
  UInt64: 'integer',
  Float32: 'float',
  Float64: 'double',
  Timestamp: 'string',
};

/** `text`: the page as written (a pattern's `*` and `[` are its own there), else the tree's words. */
export function convertRpcPages(root: Root, text?: string): void {
  const out: RootContent[] = [];
  const nodes = root.children;
  // The labels stating the request line and their blocks: the `URL Structure` label and its URL, the `Method` label and its word.
  let url: { label: RootContent; block: RootContent; value: string } | undefined;
  let method: { label: RootContent; word: RootContent; value: string } | undefined;
  let fields: 'request-body' | 'response-body' | 'other' | undefined;
  let label: Paragraph | undefined;
  const drop = new Set<RootContent>();
  // The request line stands where the URL did, once the section has stated both; their labels go.
  const flushUrl = () => {
    const at = url ? out.indexOf(url.block) : -1;
    if (method && url && at >= 0) {
      const line: Code = { type: 'code', lang: null, meta: null, value: `${method.value} ${url.value}` };
      if (url.block.position) line.position = url.block.position;
      out[at] = line;
      for (const node of [url.label, method.label, method.word]) drop.add(node);
    }
    method = url = undefined;
  };
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type === 'heading') {
      flushUrl();
      fields = label = undefined;
      out.push(node);
      continue;
    }
    const title = labelTitle(node);
    if (title !== undefined) {
      const next = nodes[index + 1];
      const address = title === 'url structure' && next ? urlOf(next) : undefined;
      if (next && address) url = { label: node, block: next, value: address };
      const word = title === 'method' && next?.type === 'paragraph' ? METHOD_WORD.exec(plainText(next).trim())?.[1] : undefined;
      if (next && word) method = { label: node, word: next, value: word };
      fields = title === 'parameters' ? 'request-body' : title === 'returns' ? 'response-body' : 'other';
      label = node as Paragraph;
      out.push(node);
      continue;
    }
    if (fields && fields !== 'other' && label && node.type === 'paragraph') {
      const listing = listingOf(node, text, true);
      if (listing) {
        // The struct's fields: one table right under the label (its sample after it), its name the part's type.
        const { name } = listing;
        const run: TableRow[] = [...listing.rows];
        let end = index;
        while (nodes[end + 1]?.type === 'paragraph') {
          const more = listingOf(nodes[end + 1] as Paragraph, text, false);
          if (!more) break;
          run.push(...more.rows);
          end++;
        }
        if (name) retitle(label, fields === 'request-body' ? `Request body: ${name}` : `Returns ${name}`);
        const span = run.length > 0 ? spanOf(nodes, index, end) : undefined;
        if (span) out.splice(out.indexOf(label) + 1, 0, madeTable(HEADER, run, span, OPTIONAL_COLUMNS));
        else out.push(node);
        index = end;
        continue;
      }
    }
    out.push(node);
  }
  flushUrl();
  root.children = drop.size > 0 ? out.filter((node) => !drop.has(node)) : out;
}

/** A paragraph of a bold label alone (`**URL Structure**`): its title, normalised. */
function labelTitle(node: RootContent): string | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'strong') return undefined;
  return normaliseTitle(plainText(node));
}

function urlOf(node: RootContent): string | undefined {
  const value = node.type === 'code' ? node.value.trim() : node.type === 'paragraph' ? plainText(node).trim() : '';
  return URL.test(value) ? value : undefined;
}

function retitle(label: Paragraph, title: string): void {
  const where = label.children[0]!.position;
  label.children = [{ type: 'strong', children: [{ type: 'text', value: title }], ...(where ? { position: where } : {}) }];
}

function spanOf(nodes: readonly RootContent[], from: number, to: number): Position | undefined {
  const [start, end] = [nodes[from]!.position, nodes[to]!.position];
  return start && end ? { start: start.start, end: end.end } : undefined;
}

/**
 * The struct's name (`named`: on the paragraph's first line) and the rows of the lines after it,
 * each opening with a field (a line that does not goes on the one above).
 */
function listingOf(node: Paragraph, text: string | undefined, named: boolean): { name?: string; rows: TableRow[] } | undefined {
  const { start, end } = node.position ?? {};
  const source =
    text !== undefined && start?.offset !== undefined && end?.offset !== undefined ? text.slice(start.offset, end.offset) : undefined;
  const lines = (source ?? plainText(node)).split('\n').map((line) => line.trim());
  const name = named ? STRUCT_NAME.exec(lines[0] ?? '')?.[1] : undefined;
  if (name) lines.shift();
  if (lines.length === 0 && name) return { name, rows: [] };
  const rows = fieldRows(lines, node);
  return rows ? { ...(name ? { name } : {}), rows } : undefined;
}

function fieldRows(lines: readonly string[], node: Paragraph): TableRow[] | undefined {
  if (!node.position || !FIELD_START.test(lines[0] ?? '')) return undefined;
  const fields: string[][] = [];
  for (const line of lines) {
    const field = FIELD_START.test(line) ? fieldOf(line) : undefined;
    const last = fields.at(-1);
    if (field) fields.push(field);
    else if (last && line) fields[fields.length - 1] = withDescription(last, `${last[3]} ${line}`.trim());
    else return undefined;
  }
  return fields.map((field) => textRow(field, node.position!));
}

function withDescription(cells: readonly string[], description: string): string[] {
  const next = [...cells];
  next[3] = description;
  const stated = STATED_DEFAULT.exec(description)?.[1];
  if (stated) {
    next[4] = stated;
    next[2] = next[2] === 'Yes' ? 'No' : next[2]!;
  }
  return next;
}

/** `from_path String(pattern="…") Path in …` → the cells of its row; `undefined` where the type's arguments do not close. */
function fieldOf(line: string): string[] | undefined {
  const name = FIELD_START.exec(line)![1]!;
  const type = typeAt(line, name.length);
  if (!type) return undefined;
  const optional = line[type.end] === '?';
  const description = line.slice(type.end + (optional ? 1 : 0)).trim();
  const limits = type.limits;
  const cells = [
    name,
    type.text,
    optional ? 'No' : 'Yes',
    '',
    '',
    limits.min ?? '',
    limits.max ?? '',
    limits.min_length ?? '',
    limits.max_length ?? '',
    [
      limits.pattern ? `Pattern: ${limits.pattern}` : '',
      limits.min_items ? `Minimum number of ${limits.min_items} items.` : '',
      limits.max_items ? `Maximum number of ${limits.max_items} items.` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  ];
  return withDescription(cells, description);
}

interface StoneType {
  text: string;
  limits: Record<string, string>;
  /** Where the type (and its arguments) end in the line. */
  end: number;
}

/** The type written at `from` (after blanks): `String(min_length=1)`, `List of (Metadata, max_items=10)`, `Metadata`. */
function typeAt(line: string, from: number): StoneType | undefined {
  let at = from;
  while (line[at] === ' ' || line[at] === '\t') at++;
  const list = line.startsWith('List of (', at);
  if (list) {
    const inner = typeAt(line, at + 'List of ('.length);
    if (!inner) return undefined;
    const close = argumentsAt(line, inner.end, true);
    if (!close) return undefined;
    const { min_items, max_items } = { ...inner.limits, ...close.limits };
    // The items' own limits (`String(max_length=32)`): the members'; the list's, its count of them.
    const { min, max, min_length, max_length, pattern } = inner.limits;
    const limits: Record<string, string> = Object.fromEntries(
      Object.entries({ min, max, min_length, max_length, pattern }).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    if (min_items) limits.min_items = min_items;
    if (max_items) limits.max_items = max_items;
    return { text: `${inner.text}[]`, limits, end: close.end };
  }
  const word = /^[A-Z][A-Za-z0-9]*/.exec(line.slice(at))?.[0];
  if (!word) return undefined;
  at += word.length;
  const args = line[at] === '(' ? argumentsAt(line, at + 1, false) : { limits: {}, end: at };
  if (!args) return undefined;
  return { text: TYPE_WORDS[word] ?? word, limits: args.limits, end: args.end };
}

/**
 * The `key=value` arguments from `from` to the closing parenthesis (a quoted value's own
 * parentheses and commas its own). `listed`: a list's `, max_items=10)` after its item's type.
 */
function argumentsAt(line: string, from: number, listed: boolean): { limits: Record<string, string>; end: number } | undefined {
  const limits: Record<string, string> = {};
  let at = from;
  if (listed) {
    while (line[at] === ' ') at++;
    if (line[at] === ')') return { limits, end: at + 1 };
    if (line[at] !== ',') return undefined;
    at++;
  }
  for (;;) {
    while (line[at] === ' ') at++;
    const key = /^[a-z_]+(?==)/.exec(line.slice(at, at + 40))?.[0];
    if (!key) return undefined;
    at += key.length + 1;
    let value: string;
    if (line[at] === '"') {
      const close = closingQuote(line, at + 1);
      if (close < 0) return undefined;
      value = line.slice(at + 1, close);
      at = close + 1;
    } else {
      const stop = /[,)]/.exec(line.slice(at));
      if (!stop) return undefined;
      value = line.slice(at, at + stop.index).trim();
      at += stop.index;
    }
    limits[key] = value;
    while (line[at] === ' ') at++;
    if (line[at] === ')') return { limits, end: at + 1 };
    if (line[at] !== ',') return undefined;
    at++;
  }
}
