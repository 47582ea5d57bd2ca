/**
 * The "REST API docs template" many READMEs copy: one bullet list per endpoint, each item a bold
 * label and its content →
 *
 *     * **URL**            /users/:id                 → the request line `GET /users/:id` (the URL also
 *                                                   labelled `Route`, `Endpoint`, `Path`)
 *     * **Method:**        `GET`
 *     * **URL Params**     **Required:** `id=[integer]` → `| Name | In | Type | Required |` (path or
 *                          **Optional:** `q=[string]`      query by the route)
 *     * **Data Params**    `name=[string]`            → body fields (a JSON block, or a JSON code span
 *                                                   alone in its paragraph: a request sample)
 *     * **Success Response:**  * **Code:** 200 <br /> **Content:** `{ "id": 12 }`
 *     * **Error Response:**    * **Code:** 404 NOT FOUND   → a status table; content that is JSON
 *                                                           a response sample of its status
 *     * **Parameters**: (Headers)  * *Token*: … Mandatory. → the place's part, a row per item
 *                                                           (located-parameters.ts)
 *
 * Only a list that labels both the URL and the method is read so, or one under a request line the
 * page states above it (`### GET /gardens/:id`) whose items are all labelled, one of them a part of
 * the template's (URL or Data Params, a Success or Error Response); other items (Sample Call,
 * Notes) stay as they are.
 */
import type { Code, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { escapeRegExp } from '../shared/reg-exp.js';
import { markOrigin } from './findings.js';
import { locatedParameters } from './located-parameters.js';
import { madeTable, textCell } from './made-tables.js';
import type { TitleVocabulary } from './section-titles.js';
import { STATUS_CODE, titleCase } from './status-words.js';

interface Labelled {
  label: string;
  item: ListItem;
  /** The item's content after its label. */
  rest: RootContent[];
}

const METHOD = /\b(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\b/;
const URL_LABEL = /^(?:url|uri|route|endpoint|path)$/;
/** `id=[integer]`, `name=[string]`, `photo=[alphanumeric]`. */
const PARAMETER = /^([\w.[\]-]+)\s*=\s*\[?([^\]]*)\]?$/;
/** The template's parts: its parameters, its data, its responses. */
const TEMPLATE_PART = /^(?:url|data)\s+param(?:eter)?s$|^(?:success|error)\s+responses?$/;

export function convertLabelledLists(root: Root, titles?: TitleVocabulary): void {
  const out: RootContent[] = [];
  let route: string | undefined;
  // The template written as paragraphs (`**URL** : `/api/gardens/:pk/`` ⏎ `**URL Parameters** :
  // `pk=[integer]` where …` ⏎ `**Method** : `GET``): the parameters' table, placed by the URL above
  // it, after the run of facts (whose URL and method state the request line together).
  let pending: RootContent[] = [];
  const nodes = root.children;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    // `**Success Response:**` ⏎ `**Code:** 200` ⏎ `**Content:** `{ … }``, the template's responses as paragraphs.
    const answered = responseParagraphs(nodes, index);
    if (answered) {
      out.push(...pending, ...answered.blocks);
      pending = [];
      index = answered.end - 1;
      continue;
    }
    const blocks = node.type === 'list' ? endpointBlocks(node, titles) : undefined;
    if (node.type === 'heading') route = undefined;
    const fact = node.type === 'paragraph' ? labelledFact(node) : undefined;
    if (!fact && pending.length > 0) {
      out.push(...pending);
      pending = [];
    }
    if (fact && URL_LABEL.test(fact.label)) route = fact.value;
    const table =
      fact && node.position && /^url\s+param(?:eter)?s$/.test(fact.label) ? parameterTable([node], node.position, route) : undefined;
    if (blocks) out.push(...blocks);
    else if (table && node.position) pending.push(label('Parameters:', node.position), table);
    else out.push(node);
  }
  out.push(...pending);
  root.children = out;
}

/** A paragraph that opens with a bold label and its colon: the label (lower case) and the first word after it. */
function labelledFact(node: Paragraph): { label: string; value: string } | undefined {
  const [first, ...rest] = node.children;
  if (first?.type !== 'strong') return undefined;
  const label = plainText(first).trim();
  const after = rest.map(plainText).join('');
  if (!label.endsWith(':') && !/^\s*:/.test(after)) return undefined;
  const value = after.replace(/^[\s:]+/, '').split(/\s+/)[0] ?? '';
  return { label: label.replace(/:$/, '').trim().toLowerCase(), value };
}

function labelled(item: ListItem): Labelled | undefined {
  const [first, ...others] = item.children;
  const strong =
    first?.type === 'paragraph' ? first.children.find((child) => child.type !== 'text' || child.value.trim() !== '') : undefined;
  if (first?.type !== 'paragraph' || strong?.type !== 'strong') return undefined;
  const label = plainText(strong).replace(/:\s*$/, '').trim().toLowerCase();
  const after = first.children.slice(first.children.indexOf(strong) + 1);
  const rest: RootContent[] = [];
  if (after.some((child) => plainText(child).replace(/^[\s:]+/, '') !== '')) rest.push({ ...first, children: after } satisfies Paragraph);
  rest.push(...others);
  return { label, item, rest };
}

function endpointBlocks(list: List, titles?: TitleVocabulary): RootContent[] | undefined {
  const items = list.children.map(labelled);
  // `**URL**`, also `**Route**`, `**Endpoint**`, `**Path**`, `**URI**` (the same fact under other words).
  const url = items.find((item) => item !== undefined && URL_LABEL.test(item.label));
  const method = items.find((item) => item?.label === 'method');
  const verb = method ? METHOD.exec(method.rest.map(plainText).join(' '))?.[1] : undefined;
  // `**URL**: /users/:id`: the colon after the bold label is no part of the path.
  const path = url
    ? url.rest
        .map(plainText)
        .join(' ')
        .replace(/^[\s:]+/, '')
        .split(/\s+/)[0]
    : undefined;
  const stated = url && verb && path && url.item.position ? url.item.position : undefined;
  // The template's parts under a request line the page states above the list (`### GET /gardens/:id`
  // ⏎ `* **URL Params**` …, `* **Success Response:**` …): every item labelled, one a part of the template's.
  if (!stated && (url || method || !items.every(Boolean) || !items.some((item) => TEMPLATE_PART.test(item!.label)))) return undefined;
  const blocks: RootContent[] = stated ? [{ type: 'code', lang: null, meta: null, value: `${verb} ${path}`, position: stated }] : [];
  const statuses: Answer[] = [];
  list.children.forEach((item, index) => {
    const found = items[index];
    if (!found || !item.position) {
      blocks.push(itemList(list, item));
      return;
    }
    if (found === url || found === method) return;
    if (/^url\s+param(?:eter)?s$/.test(found.label)) {
      const table = parameterTable(found.rest, item.position, path);
      if (table) blocks.push(label('Parameters:', item.position), table);
    } else if (/^data\s+param(?:eter)?s$|^(?:request\s+)?body$/.test(found.label)) {
      const table = parameterTable(found.rest, item.position);
      if (table) blocks.push(label('Body parameters:', item.position), table);
      const json = found.rest.find((node): node is Code => node.type === 'code' && /^\s*[[{]/.test(node.value)) ?? inlineJson(found.rest);
      if (json) blocks.push(label('Example request:', item.position), { ...json, lang: 'json' });
    } else if (/^(?:success|error)\s+responses?$/.test(found.label)) statuses.push(...responses(found.rest, item.position));
    else {
      // `* **Parameters**: (Headers)` over its list: the rows of the part the place names.
      const located = /^param(?:eter)?s$/.test(found.label) ? locatedParameters(found.rest, item.position, titles) : undefined;
      blocks.push(...(located ?? [itemList(list, item)]));
    }
  });
  blocks.push(...statusBlocks(statuses));
  return blocks;
}

/**
 * An item the template does not read, a list of its own at the item's place (`* **Status**:
 * Implemented`, `* **Notes:**` …): its own lines, never the whole list's, are the words it keeps.
 */
function itemList(list: List, item: ListItem): List {
  const { position: _whole, ...rest } = list;
  return { ...rest, children: [item], ...(item.position ? { position: item.position } : {}) };
}

type Answer = { status: string; reason: string; at: Position; sample?: Code };

/** The statuses as a table of them, then each one's sample under its label. */
function statusBlocks(statuses: readonly Answer[]): RootContent[] {
  if (statuses.length === 0) return [];
  const at = statuses[0]!.at;
  const header: TableRow = { type: 'tableRow', children: [textCell('Status', at), textCell('Description', at)], position: at };
  const rows = statuses.map(
    ({ status, reason, at: where }): TableRow => ({
      type: 'tableRow',
      children: [textCell(status, where), textCell(reason, where)],
      position: where,
    }),
  );
  const blocks: RootContent[] = [
    label('Responses:', at),
    markOrigin({ type: 'table', align: [null, null], children: [header, ...rows], position: at }, 'reader'),
  ];
  for (const { status, sample, at: where } of statuses) if (sample) blocks.push(label(`Response ${status}:`, where), sample);
  return blocks;
}

const RESPONSE_LABEL = /^(?:success|error)\s+responses?$/;

/**
 * The template's responses written as paragraphs, at `from`: a run of `**Success Response:**` /
 * `**Error Response:**` paragraphs, each over its `**Code:** 204` paragraphs (a `**Content:**`
 * paragraph or block after one its sample) or a list of such items, up to a heading or any other
 * paragraph. Undefined where the run states no status: the paragraphs stay as they are.
 */
function responseParagraphs(nodes: readonly RootContent[], from: number): { blocks: RootContent[]; end: number } | undefined {
  const first = nodes[from];
  if (first?.type !== 'paragraph' || !isResponseLabel(first)) return undefined;
  const statuses: Answer[] = [];
  let index = from;
  while (index < nodes.length && nodes[index]!.type === 'paragraph' && isResponseLabel(nodes[index] as Paragraph)) {
    const at = nodes[index]!.position;
    index++;
    // The label's items: `**Code:**` paragraphs, each with what follows it up to the next one; or lists.
    const items: ListItem[] = [];
    for (; index < nodes.length; index++) {
      const node = nodes[index]!;
      const last = items[items.length - 1];
      if (node.type === 'list') items.push(...node.children);
      else if (node.type === 'paragraph' && CODE_LABEL.test(plainText(node)))
        items.push({ type: 'listItem', children: [node], ...(node.position ? { position: node.position } : {}) });
      else if (last && (node.type === 'code' || (node.type === 'paragraph' && opensWithContent(node)))) {
        last.children.push(node);
        if (last.position && node.position) last.position = { start: last.position.start, end: node.position.end };
      } else break;
    }
    if (at) statuses.push(...responses([{ type: 'list', ordered: false, spread: false, children: items }], at));
  }
  return statuses.length > 0 ? { blocks: statusBlocks(statuses), end: index } : undefined;
}

function isResponseLabel(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const fact = labelledFact(node);
  return fact !== undefined && fact.value === '' && RESPONSE_LABEL.test(fact.label);
}

/** `**Content:** `{ … }``: a paragraph that opens with the content's label. */
function opensWithContent(node: Paragraph): boolean {
  const [first] = node.children;
  return first?.type === 'strong' && /^content\b/i.test(plainText(first));
}

function label(text: string, position: Position): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text, position }], position };
}

/** `id=[integer]` code spans → rows, required under a `**Required:**` label; `route` places them in the path or the query. */
function parameterTable(content: readonly RootContent[], at: Position, route?: string): Table | undefined {
  const rows: TableRow[] = [];
  let required = false;
  const visit = (node: RootContent | PhrasingContent): void => {
    if (node.type === 'strong') {
      const word = plainText(node).toLowerCase();
      if (/\brequired\b/.test(word)) required = true;
      else if (/\boptional\b/.test(word)) required = false;
      return;
    }
    if (node.type === 'inlineCode' || node.type === 'code') {
      const match = PARAMETER.exec(node.value.trim());
      if (!match) return;
      const where = node.position ?? at;
      const name: TableCell = { type: 'tableCell', children: [{ type: 'inlineCode', value: match[1]!, position: where }], position: where };
      const cells = [name];
      if (route !== undefined) cells.push(textCell(new RegExp(`[:{]${escapeRegExp(match[1]!)}\\b`).test(route) ? 'path' : 'query', where));
      cells.push(textCell(typeWords(match[2]!), where), textCell(required ? 'yes' : 'no', where));
      rows.push({ type: 'tableRow', children: cells, position: where });
      return;
    }
    if ('children' in node) for (const child of node.children as Array<RootContent | PhrasingContent>) visit(child);
  };
  for (const node of content) visit(node);
  if (rows.length === 0) return undefined;
  return markOrigin(madeTable(['Name', ...(route !== undefined ? ['In'] : []), 'Type', 'Required'], rows, at), 'bullet list');
}

/** The template's type words: `integer`, `string`, `boolean`; `alphanumeric` is a string. */
function typeWords(text: string): string {
  const word = text.trim();
  return /^alpha(?:numeric)?$/i.test(word) ? 'string' : word;
}

/** A status after its label, the reason after it: `Code: 200`, `**Code:** 404 NOT FOUND`. */
const CODE_LABEL = new RegExp(String.raw`\bcode\s*:?\s*(${STATUS_CODE})\b([A-Za-z ]*)`, 'i');

/** `* **Code:** 200 <br /> **Content:** `{ … }`` items → statuses, with the content as a sample when it is JSON. */
function responses(content: readonly RootContent[], at: Position): Answer[] {
  const found: Answer[] = [];
  const items = content.flatMap((node) => (node.type === 'list' ? node.children : []));
  for (const item of items.length > 0 ? items : [{ type: 'listItem', children: [...content] } as ListItem]) {
    // The item's blocks apart (`**Code:** 200` ⏎ `**Content:** …` as two paragraphs: `200` no part of a word).
    const text = item.children.map(plainText).join('\n');
    const code = CODE_LABEL.exec(text);
    if (!code) continue;
    const where = item.position ?? at;
    const entry: Answer = {
      status: code[1]!,
      reason: titleCase(code[2]!.trim()),
      at: where,
    };
    const body = inlineCodeAfterContent(item);
    if (body && isJson(body.value))
      entry.sample = { type: 'code', lang: 'json', meta: null, value: body.value, position: body.position ?? where };
    found.push(entry);
  }
  return found;
}

function inlineCodeAfterContent(item: ListItem): { value: string; position?: Position } | undefined {
  let seen = false;
  let result: { value: string; position?: Position } | undefined;
  const visit = (node: RootContent | PhrasingContent): void => {
    if (result) return;
    // `**Content:**`, or `Content:` unmarked at a line's start (`Code: 200` ⏎ `Content:` ⏎ a fence).
    if (
      (node.type === 'strong' && /^content\b/i.test(plainText(node))) ||
      (node.type === 'text' && /(?:^|\n)[ \t]*content[ \t]*:/i.test(node.value))
    )
      seen = true;
    else if (seen && (node.type === 'inlineCode' || node.type === 'code'))
      result = { value: node.value, ...(node.position ? { position: node.position } : {}) };
    else if ('children' in node) for (const child of node.children as Array<RootContent | PhrasingContent>) visit(child);
  };
  for (const child of item.children) visit(child);
  return result;
}

/** `* **Data Params**` ⏎ `` `{ "name": "Herb corner" }` ``: a JSON object or array in a code span alone in its paragraph, as a block. */
function inlineJson(content: readonly RootContent[]): Code | undefined {
  for (const node of content) {
    if (node.type !== 'paragraph') continue;
    const spans = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
    const [span] = spans;
    if (spans.length === 1 && span?.type === 'inlineCode' && isJson(span.value))
      return { type: 'code', lang: 'json', meta: null, value: span.value, ...(span.position ? { position: span.position } : {}) };
  }
  return undefined;
}

function isJson(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}
