/**
 * The API reference AWS services publish (and vendors copied): a page per action, named after it,
 * its request and response written as syntax with placeholders, its fields as entries →
 *
 *     # CreateShelf                                   (the operation's title and prose)
 *     ## Request Syntax
 *     POST /shelves/LibraryId?max=MaxResults HTTP/1.1  → `POST /shelves/{LibraryId}`: a segment an entry
 *     X-Amz-Token: Token                                 names is its placeholder; `max` the query
 *     ⏎ { "Name": "string", "Capacity": number }         parameter `MaxResults` documents, `X-Amz-Token`
 *     ## URI Request Parameters                          the header `Token` does (`| Name | In | … |`);
 *     ** [LibraryId](#…) ** <a name="…"></a>             the body a type sketch of its own fence
 *     The identifier.  ⏎ Required: Yes               → a row per entry: its description, `Type:`, `Required:`
 *     ## Request Body / ## Response Elements / ## Contents (a data type's page) → the same rows
 *     ## Response Syntax
 *     HTTP/1.1 201 ⏎ ⏎ { "ShelfId": "string" }        → the status line alone, the body a sketch
 *     ## Errors
 *     **ConflictException** ⏎ … ⏎ HTTP Status Code: 409 → `| Status | Description |`: 409, the exception's name
 *
 * A page is read so only where its `Request Syntax` heading is over such a request line; a
 * `Contents` heading over entries (each with a `Type:` line) anywhere. The constraint lines
 * (`Length Constraints:`, `Pattern:`, `Valid Values:`, …) are no part of the description; a
 * string's `Valid Values: A | B` are its enum, the others a `Constraints` cell (`extract/constraints.ts`).
 */
import type { Code, Heading, Paragraph, PhrasingContent, Root, RootContent, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { splitQuery } from '../shared/query-string.js';
import { markOrigin } from './findings.js';
import { madeTable, textCell } from './made-tables.js';
import { phrasingLines, sliced } from './phrasing-lines.js';
import { sectionEnd } from './section-end.js';
import { normaliseTitle } from './section-titles.js';
import { HTTP_VERSION } from './status-words.js';

const REQUEST_LINE = new RegExp(String.raw`^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)[ \t]+(\/\S*)[ \t]+${HTTP_VERSION}[ \t]*$`);
const STATUS_LINE = new RegExp(String.raw`^${HTTP_VERSION}[ \t]+(\d{3})\b`);
const HEADER_LINE = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(\S+)[ \t]*$/;
/** An entry's name: a word as AWS names members (`LibraryId`, `x-amz-id`, `maxResults`). */
const NAME = /^[A-Za-z_][\w.-]*$/;
/** A sentence that leads a part's entries ("The response returns the following HTTP headers."). */
const LEAD =
  /^\s*(?:the following (?:data|http headers?)\b|the (?:request|response|action) (?:returns|accepts|uses|sends) the following\b)/i;
const LABEL = /^(Type|Required|Length Constraints|Valid Range|Pattern|Valid Values|Array Members|Default|HTTP Status Code):[ \t]*/i;

interface Entry {
  name: string;
  description: PhrasingContent[];
  labels: Map<string, PhrasingContent[]>;
  position: Position;
}

/** The placements the request (or response) syntax gives the entries' names. */
interface Syntax {
  method: string;
  path: string;
  query: string;
  headers: Array<[string, string]>;
  body: string;
  code: Code;
}

export function convertActionPages(root: Root): void {
  convertContents(root);
  const nodes = root.children;
  const at = nodes.findIndex((node, index) => isTitled(node, 'request syntax') && syntaxOf(nodes[index + 1], REQUEST_LINE) !== undefined);
  if (at < 0) return;
  const request = syntaxOf(nodes[at + 1], REQUEST_LINE)!;
  const sections = sectionsAfter(nodes, (nodes[at] as Heading).depth);
  const uri = sections.get('uri request parameters');
  const uriEntries = uri ? readEntries(nodes, uri.start + 1, uri.end) : undefined;
  const names = new Set(uriEntries?.entries.map((entry) => entry.name));
  const replaced = new Map<number, RootContent[]>();
  const skipped = new Set<number>();
  // The request line alone, its placeholders templated; the body a sketch under the body's title (else here).
  const requestBody = sketchFence(request);
  const body = sections.get('request body');
  replaced.set(at, []);
  replaced.set(at + 1, [requestLine(request, names), ...(body ? [] : titled('Request body:', requestBody))]);
  // "The request does not use any URI parameters.": no entry, no table.
  const first = uriEntries?.entries[0];
  if (uri && uriEntries && first) {
    const rows = uriEntries.entries.map((entry) => uriRow(entry, request));
    const table = madeTable(['Name', 'In', 'Type', 'Required', 'Description', 'Constraints'], rows, first.position, [
      'In',
      'Required',
      'Constraints',
    ]);
    replaced.set(uri.start, [nodes[uri.start]!, ...uriEntries.intro, markOrigin(table, 'reader'), ...uriEntries.rest]);
    skip(skipped, uri.start + 1, uri.end);
  }
  if (body) replaceFields(nodes, body, replaced, skipped, requestBody, []);
  const responseAt = sections.get('response syntax');
  const response = responseAt ? syntaxOf(nodes[responseAt.start + 1], STATUS_LINE) : undefined;
  const responseBody = response ? sketchFence(response) : [];
  const elements = sections.get('response elements');
  if (responseAt && response) {
    const status: Code = { ...response.code, lang: null, meta: null, value: response.code.value.split(/\r?\n/)[0]!.trim() };
    replaced.set(responseAt.start + 1, [status, ...(elements ? [] : responseBody)]);
  }
  if (elements) replaceFields(nodes, elements, replaced, skipped, responseBody, response?.headers ?? []);
  const errors = sections.get('errors');
  if (errors) replaceErrors(nodes, errors, replaced, skipped);
  const out: RootContent[] = [];
  nodes.forEach((node, index) => {
    if (skipped.has(index)) return;
    out.push(...(replaced.get(index) ?? [node]));
  });
  root.children = out;
}

interface Section {
  start: number;
  end: number;
  position: Position;
}

function isTitled(node: RootContent | undefined, title: string): node is Heading {
  return node?.type === 'heading' && normaliseTitle(plainText(node)) === title;
}

/** The sections at `depth` by their normalised titles (the first of each). */
function sectionsAfter(nodes: readonly RootContent[], depth: number): Map<string, Section> {
  const sections = new Map<string, Section>();
  nodes.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth !== depth || !node.position) return;
    const title = normaliseTitle(plainText(node));
    if (sections.has(title)) return;
    const end = sectionEnd(nodes, index, depth);
    sections.set(title, { start: index, end, position: node.position });
  });
  return sections;
}

function skip(skipped: Set<number>, from: number, to: number): void {
  for (let index = from; index < to; index++) skipped.add(index);
}

/** A fence of a request (or status) line, header lines, a blank line and the body. */
function syntaxOf(node: RootContent | undefined, first: RegExp): Syntax | undefined {
  if (node?.type !== 'code') return undefined;
  const lines = node.value.split(/\r?\n/);
  const line = first.exec(lines[0]!.trim());
  if (!line) return undefined;
  const headers: Array<[string, string]> = [];
  let index = 1;
  for (; index < lines.length && lines[index]!.trim() !== ''; index++) {
    const header = HEADER_LINE.exec(lines[index]!.trim());
    if (header) headers.push([header[1]!, header[2]!]);
  }
  const target = first === REQUEST_LINE ? line[2]! : '';
  const cut = target.indexOf('?');
  return {
    method: first === REQUEST_LINE ? line[1]! : '',
    path: cut < 0 ? target : target.slice(0, cut),
    query: cut < 0 ? '' : target.slice(cut + 1),
    headers,
    body: lines.slice(index).join('\n').trim(),
    code: node,
  };
}

/** `POST /shelves/LibraryId?max=MaxResults&acl` → `POST /shelves/{LibraryId}?acl`: placeholders templated, their query pairs the table's. */
function requestLine(syntax: Syntax, names: ReadonlySet<string>): Code {
  const path = syntax.path
    .split('/')
    .map((segment) => {
      const name = segment.replace(/\+$/, '');
      return names.has(name) ? `{${name}}` : segment;
    })
    .join('/');
  const fixed = splitQuery(syntax.query).filter((pair) => !names.has(pair.value ?? ''));
  const query = fixed.map(({ key, value }) => (value === undefined ? key : `${key}=${value}`)).join('&');
  const value = `${syntax.method} ${path}${query ? `?${query}` : ''}`;
  return { ...syntax.code, lang: null, meta: null, value };
}

/** The syntax's body as a fence of its own: its type words a sketch, never an example. */
function sketchFence(syntax: Syntax): Code[] {
  return syntax.body.startsWith('{') || syntax.body.startsWith('[')
    ? [{ ...syntax.code, lang: 'json', meta: null, value: syntax.body }]
    : [];
}

/** The sketch under a label of its part (where the page has no section for it), placed at the sketch. */
function titled(label: string, sketch: readonly Code[]): RootContent[] {
  const at = sketch[0]?.position;
  if (!at) return [];
  return [{ type: 'paragraph', children: [{ type: 'text', value: label, position: at }], position: at }, ...sketch];
}

/** An entry's row of the URI parameters: named and placed as the request syntax uses its name. */
function uriRow(entry: Entry, syntax: Syntax): TableRow {
  const name = entry.name;
  let wire = name;
  let place = '';
  if (syntax.path.split('/').some((segment) => segment.replace(/\+$/, '') === name)) place = 'path';
  else {
    const pair = splitQuery(syntax.query).find((item) => item.value === name);
    const header = syntax.headers.find(([, value]) => value === name);
    if (pair) [wire, place] = [pair.key, 'query'];
    else if (header) [wire, place] = [header[0], 'header'];
  }
  return row(entry, [textCell(wire, entry.position), textCell(place, entry.position)]);
}

function row(entry: Entry, head: TableRow['children']): TableRow {
  const required = entry.labels.get('required');
  const type = entry.labels.get('type') ?? [];
  const values = validValues(entry);
  // `Type: String` ⏎ `Valid Values: ASCENDING | DESCENDING`: the string takes those values only.
  const enumerated = values && /^(?:string)?$/i.test(plainText({ type: 'paragraph', children: type }).trim());
  return {
    type: 'tableRow',
    children: [
      ...head,
      enumerated ? textCell(`Enum: ${values.join(', ')}`, entry.position) : { type: 'tableCell', children: type, position: entry.position },
      textCell(required ? plainText({ type: 'paragraph', children: required }).trim() : '', entry.position),
      { type: 'tableCell', children: entry.description, position: entry.position },
      constraintsCell(entry),
    ],
    position: entry.position,
  };
}

const CONSTRAINTS = ['length constraints', 'valid range', 'array members', 'pattern'];

/** `Length Constraints: …` ⏎ `Pattern: …`: the entry's constraint lines, each as written, for the extractor to read. */
function constraintsCell(entry: Entry): TableCell {
  const children: PhrasingContent[] = [];
  for (const key of CONSTRAINTS) {
    const line = entry.labels.get(key);
    if (!line) continue;
    if (children.length > 0) children.push({ type: 'break' });
    children.push({ type: 'text', value: `${key}: ` }, ...line);
  }
  return { type: 'tableCell', children, position: entry.position };
}

/** The values a `Valid Values: A | B | C` line states, each a word; none where one is not. */
function validValues(entry: Entry): string[] | undefined {
  const line = entry.labels.get('valid values');
  const values = line
    ? plainText({ type: 'paragraph', children: line })
        .split('|')
        .map((value) => value.trim())
    : [];
  return values.length > 0 && values.every((value) => /^[\w.:/+-]+$/.test(value)) ? values : undefined;
}

/**
 * A fields section's entries as a table, the body's sketch after it; entries the syntax shows as
 * header lines (`X-Amz-Request-Id: RequestId`) a `Response headers` table of their own, by the header's name.
 */
function replaceFields(
  nodes: readonly RootContent[],
  section: Section,
  replaced: Map<number, RootContent[]>,
  skipped: Set<number>,
  sketch: readonly Code[],
  headers: ReadonlyArray<[string, string]>,
): void {
  const read = readEntries(nodes, section.start + 1, section.end);
  const wire = new Map(headers.map(([name, value]) => [value, name]));
  const fields = read.entries.filter((entry) => !wire.has(entry.name));
  const sent = headersTable(read.entries, wire, (nodes[section.start] as Heading).depth + 1);
  const rows = fields.map((entry) => row(entry, [textCell(entry.name, entry.position)]));
  skip(skipped, section.start + 1, section.end);
  // "The request does not have a request body.": no body, the title and its words no part.
  if (!fields[0] && sketch.length === 0) {
    replaced.set(section.start, [...read.rest, ...sent]);
    return;
  }
  const table = fields[0]
    ? [
        markOrigin(
          madeTable(['Name', 'Type', 'Required', 'Description', 'Constraints'], rows, fields[0].position, ['Required', 'Constraints']),
          'reader',
        ),
      ]
    : [];
  replaced.set(section.start, [nodes[section.start]!, ...read.intro, ...table, ...sketch, ...read.rest, ...sent]);
}

/** The entries the syntax sends as header lines: `Response headers` over their rows, each named as its line names it. */
function headersTable(entries: readonly Entry[], wire: ReadonlyMap<string, string>, depth: number): RootContent[] {
  const sent = entries.filter((entry) => wire.has(entry.name));
  const first = sent[0];
  if (!first) return [];
  const at = first.position;
  const rows = sent.map((entry): TableRow => {
    const type = entry.labels.get('type') ?? [];
    return {
      type: 'tableRow',
      children: [
        textCell(wire.get(entry.name)!, entry.position),
        { type: 'tableCell', children: type, position: entry.position },
        { type: 'tableCell', children: entry.description, position: entry.position },
        constraintsCell(entry),
      ],
      position: entry.position,
    };
  });
  const heading: Heading = {
    type: 'heading',
    depth: Math.min(depth, 6) as Heading['depth'],
    children: [{ type: 'text', value: 'Response headers', position: at }],
    position: at,
  };
  return [heading, markOrigin(madeTable(['Name', 'Type', 'Description', 'Constraints'], rows, at, ['Constraints']), 'reader')];
}

/** `**ConflictException**` ⏎ … ⏎ `HTTP Status Code: 409` → a status row, the exception's name its description. */
function replaceErrors(nodes: readonly RootContent[], section: Section, replaced: Map<number, RootContent[]>, skipped: Set<number>): void {
  const read = readEntries(nodes, section.start + 1, section.end);
  const byStatus = new Map<string, Entry[]>();
  for (const entry of read.entries) {
    const status = /^\d{3}$/.exec(plainText({ type: 'paragraph', children: entry.labels.get('http status code') ?? [] }).trim())?.[0];
    if (status) byStatus.set(status, [...(byStatus.get(status) ?? []), entry]);
  }
  const first = read.entries[0];
  if (byStatus.size === 0 || !first) return;
  const rows = [...byStatus].map(([status, entries]): TableRow => {
    const at = entries[0]!.position;
    return {
      type: 'tableRow',
      children: [textCell(status, at), textCell(entries.map((entry) => entry.name).join(', '), at)],
      position: at,
    };
  });
  const heading = nodes[section.start] as Heading;
  // `Errors` titles asides elsewhere; here it lists the action's statuses.
  const title: Heading = {
    ...heading,
    children: [{ type: 'text', value: 'Status codes', ...(heading.position ? { position: heading.position } : {}) }],
  };
  replaced.set(section.start, [
    title,
    ...read.intro,
    markOrigin(madeTable(['Status', 'Description'], rows, first.position), 'reader'),
    ...read.rest,
  ]);
  skip(skipped, section.start + 1, section.end);
}

/** The names of the entries of the section whose heading is at `at` (aws-protocols.ts places them). */
export function entryNames(nodes: readonly RootContent[], at: number): string[] {
  const heading = nodes[at] as Heading;
  return readEntries(nodes, at + 1, sectionEnd(nodes, at, heading.depth)).entries.map((entry) => entry.name);
}

/** `## Contents` over entries (a data type's page): their table, where every entry states its `Type:`. */
function convertContents(root: Root): void {
  const nodes = root.children;
  const out: RootContent[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    out.push(node);
    if (!isTitled(node, 'contents')) continue;
    const end = sectionEnd(nodes, index, node.depth);
    const read = readEntries(nodes, index + 1, end);
    if (read.entries.length === 0 || !read.entries.every((entry) => entry.labels.has('type'))) continue;
    const rows = read.entries.map((entry) => row(entry, [textCell(entry.name, entry.position)]));
    const table = madeTable(['Name', 'Type', 'Required', 'Description', 'Constraints'], rows, read.entries[0]!.position, [
      'Required',
      'Constraints',
    ]);
    out.push(...read.intro, markOrigin(table, 'reader'), ...read.rest);
    index = end - 1;
  }
  root.children = out;
}

/** The entries from `start` to `end`: the paragraphs before the first are its intro, the blocks no entry holds the rest. */
function readEntries(
  nodes: readonly RootContent[],
  start: number,
  end: number,
): { intro: RootContent[]; entries: Entry[]; rest: RootContent[] } {
  const intro: RootContent[] = [];
  const entries: Entry[] = [];
  const rest: RootContent[] = [];
  let entry: Entry | undefined;
  for (const node of nodes.slice(start, end)) {
    const opened = node.type === 'paragraph' ? entryOf(node) : undefined;
    if (opened) {
      entry = opened;
      entries.push(entry);
    } else if (entry && node.type === 'paragraph') {
      // "The following data is returned in JSON format by the service.": the next entries' lead, no entry's words.
      if (!LEAD.test(plainText(node))) addLines(entry, phrasingLines(node.children));
    } else (entry ? rest : intro).push(node);
  }
  return { intro, entries, rest };
}

/** A paragraph opening with a name alone on its line (`**Name**`, `** [Name](#…) ** <a name="…"></a>`). */
function entryOf(node: Paragraph): Entry | undefined {
  const [head, ...others] = phrasingLines(node.children);
  if (!head || !node.position) return undefined;
  const bold = head.some((child) => child.type === 'strong') || /^\s*\*\*/.test(plainText({ type: 'paragraph', children: head }));
  const name = head
    .filter((child) => child.type !== 'html')
    .map((child) => plainText(child))
    .join('')
    .replace(/\*\*/g, '')
    .trim();
  if (!bold || !NAME.test(name)) return undefined;
  const entry: Entry = { name, description: [], labels: new Map(), position: node.position };
  addLines(entry, others);
  return entry;
}

/** Labelled lines to the entry's labels; the lines before the first label its description. */
function addLines(entry: Entry, list: readonly PhrasingContent[][]): void {
  for (const line of list) {
    const first = line[0];
    const label = first?.type === 'text' ? LABEL.exec(first.value) : null;
    if (label && first?.type === 'text') {
      const key = label[1]!.toLowerCase();
      if (!entry.labels.has(key)) entry.labels.set(key, [sliced(first, label[0].length, first.value.length), ...line.slice(1)]);
    } else if (entry.labels.size === 0 && line.some((child) => plainText(child).trim() !== '')) {
      if (entry.description.length > 0) entry.description.push({ type: 'text', value: ' ' });
      entry.description.push(...line);
    }
  }
}
