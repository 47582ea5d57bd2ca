/**
 * API Blueprint (Apiary's markdown format, `.apib`) → the conventions the general reader reads:
 *
 *     ## Questions [/questions{?page}]          resource: the URI of the actions below it
 *     + Parameters                              → a `| Name | In | Type | Required | Description |`
 *         + page: 1 (number, optional) - Page     table (in: path when the URI's path names it)
 *     ### List All Questions [GET]              → heading `List All Questions — GET /questions{?page}`
 *     + Request (application/json)              → `Example request:` + the body
 *             { "question": "…" }
 *     + Response 201 (application/json)         → the status (`HTTP/1.1 201`) + the body
 *         + Body
 *                 { "question": "…" }
 *
 * A resource's parameters are its actions' (each action gets a copy). Request `+ Attributes`
 * (MSON: `+ name: sample (type, required) - text`) are the body's fields. Only a page that states
 * `FORMAT: 1A`, or has an action heading (`[GET]`) and a `+ Response …` item, is read so.
 */
import type { Code, Heading, List, ListItem, Paragraph, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { markOrigin } from './findings.js';
import { madeTable, textCell } from './made-tables.js';

const METHODS = 'GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE';
const ACTION_TAIL = new RegExp(`^\\[(${METHODS})(?:\\s+([^\\]\\s]+))?\\]\\s*$`);
const RESOURCE_TAIL = /^\[(\/[^\]\s]*)\]\s*$/;

/** `List All Questions [GET]` → title, method, URI (the bracket is the heading's last: no backtracking over the title). */
function actionOf(text: string): { title: string; method: string; uri?: string } | undefined {
  const at = text.lastIndexOf('[');
  const tail = at >= 0 ? ACTION_TAIL.exec(text.slice(at)) : null;
  if (!tail) return undefined;
  return { title: text.slice(0, at).trim(), method: tail[1]!, ...(tail[2] ? { uri: tail[2] } : {}) };
}

/** `Questions Collection [/questions{?page}]` → title, URI. */
function resourceOf(text: string): { title: string; uri: string } | undefined {
  const at = text.lastIndexOf('[');
  const tail = at >= 0 ? RESOURCE_TAIL.exec(text.slice(at)) : null;
  return tail ? { title: text.slice(0, at).trim(), uri: tail[1]! } : undefined;
}
const ROW_NAME = /^`?([\w.[\]$@-]+)`?/;

/** `name: sample (type, required) - description`, every part but the name optional (read in one pass, no backtracking). */
function parseRow(text: string): { name: string; sample: string; notes: string; description: string } | undefined {
  const name = ROW_NAME.exec(text);
  if (!name) return undefined;
  let head = text.slice(name[0].length);
  const dash = /\s[-–—]\s/.exec(head) ?? /^[-–—]\s/.exec(head);
  const description = dash ? head.slice(dash.index + dash[0].length).trim() : '';
  if (dash) head = head.slice(0, dash.index);
  head = head.trim();
  let notes = '';
  if (head.endsWith(')')) {
    const open = head.lastIndexOf('(');
    if (open < 0) return undefined;
    notes = head.slice(open + 1, -1);
    head = head.slice(0, open).trim();
  }
  if (head !== '' && !head.startsWith(':')) return undefined;
  const sample = head.replace(/^:\s*/, '').replace(/^`([^`]*)`$/, '$1');
  return { name: name[1]!, sample, notes, description };
}
const REQUIRED_WORDS = /^(?:required|optional|nullable|fixed|fixed-type|sample|default)$/i;

function isBlueprint(root: Root, page: string): boolean {
  if (/^\uFEFF?FORMAT:\s*1A\b/m.test(page.slice(0, 200))) return true;
  const action = root.children.some((node) => node.type === 'heading' && actionOf(plainText(node).trim()) !== undefined);
  return (
    action && root.children.some((node) => node.type === 'list' && node.children.some((item) => /^Response\s+\d{3}\b/.test(titleOf(item))))
  );
}

/** Rewrites an API Blueprint page in place (see the module comment); other pages are left alone. */
export function convertBlueprint(root: Root, page: string): void {
  if (!isBlueprint(root, page)) return;
  const out: RootContent[] = [];
  let resource: { uri: string; depth: number; blocks: RootContent[] } | undefined;
  /** The URI of the action being read (`undefined` outside an action). */
  let actionUri: string | undefined;
  for (const node of root.children) {
    if (node.type === 'paragraph' && /^(?:FORMAT|HOST):/m.test(plainText(node)) && out.length === 0) continue;
    if (node.type === 'heading') {
      const text = plainText(node).trim();
      const action = actionOf(text);
      const named = resourceOf(text);
      if (resource && node.depth <= resource.depth && !action) resource = undefined;
      actionUri = undefined;
      if (action) {
        const uri = action.uri ?? resource?.uri;
        if (uri) {
          node.children = [{ type: 'text', value: `${action.title || action.method} — ${action.method} ${uri}` }];
          out.push(node);
          if (resource) out.push(...resource.blocks.map(copyBlock));
          actionUri = uri;
          continue;
        }
      } else if (named) {
        resource = { uri: named.uri, depth: node.depth, blocks: [] };
        out.push({ ...node, children: [{ type: 'text', value: named.title || named.uri }] } satisfies Heading);
        continue;
      }
      out.push(node);
      continue;
    }
    if (node.type === 'list' && node.children.some((item) => SECTION.test(titleOf(item)))) {
      const uri = actionUri ?? resource?.uri;
      const blocks = node.children.flatMap((item) => sectionBlocks(item, uri ?? '', page));
      if (actionUri === undefined && resource) resource.blocks.push(...blocks);
      else out.push(...blocks);
      continue;
    }
    out.push(node);
  }
  root.children = out;
}

/** A copy of a resource's block for one of its actions (a table copied is still one API Blueprint made). */
function copyBlock(block: RootContent): RootContent {
  const copy = structuredClone(block);
  return copy.type === 'table' ? markOrigin(copy, 'API Blueprint') : copy;
}

const SECTION = /^(?:Parameters|Request|Response|Attributes|Headers|Body|Schema)\b/;

function titleOf(item: ListItem): string {
  const first = item.children[0];
  return first?.type === 'paragraph' ? plainText(first).trim() : '';
}

function sectionBlocks(item: ListItem, uri: string, page: string): RootContent[] {
  const title = titleOf(item);
  const where = item.position;
  if (!where) return [];
  if (/^Parameters$/i.test(title)) {
    const table = rowsTable(nested(item), page, uri, true);
    return table ? [label('Parameters:', where), table] : [];
  }
  const request = /^Request\b(?:[^(]*)(?:\(([^)]*)\))?/i.exec(title);
  if (request) {
    const blocks: RootContent[] = [];
    const attributes = nested(item).find((inner) => /^Attributes\b/i.test(titleOf(inner)));
    const fields = attributes ? rowsTable(nested(attributes), page, uri, false) : undefined;
    if (fields) blocks.push(label('Request body:', where), fields);
    const body = bodyOf(item, request[1]);
    if (body) blocks.push(label('Example request:', where), body);
    return blocks;
  }
  const response = /^Response\s+(\d{3})\b(?:[^(]*)(?:\(([^)]*)\))?/i.exec(title);
  if (response) {
    const blocks: RootContent[] = [{ type: 'code', lang: null, meta: null, value: `HTTP/1.1 ${response[1]!}`, position: where }];
    const body = bodyOf(item, response[2]);
    if (body) blocks.push(body);
    return blocks;
  }
  return [];
}

/** The item's nested list items (`+ Body`, `+ Headers`, parameter rows). */
function nested(item: ListItem): ListItem[] {
  return item.children.filter((child): child is List => child.type === 'list').flatMap((list) => list.children);
}

/** The payload of a Request/Response item: its own code block, or its `+ Body` item's. */
function bodyOf(item: ListItem, mediaType: string | undefined): Code | undefined {
  const direct = item.children.find((child): child is Code => child.type === 'code');
  const body = nested(item).find((inner) => /^Body$/i.test(titleOf(inner)));
  const code = direct ?? body?.children.find((child): child is Code => child.type === 'code');
  if (!code) return undefined;
  const json = /json/i.test(mediaType ?? '') || /^\s*[[{]/.test(code.value);
  return { ...code, lang: json ? 'json' : code.lang };
}

function label(text: string, position: Position): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text, position }], position };
}

/** Parameter rows (`uri` places them: path when its path names them, else query) or MSON attribute rows. */
function rowsTable(items: readonly ListItem[], page: string, uri: string, located: boolean): Table | undefined {
  const rows: TableRow[] = [];
  const path = uri.replace(/\{[?&][^}]*\}/g, '');
  for (const item of items) {
    const paragraph = item.children[0];
    const start = paragraph?.position?.start.offset;
    const end = paragraph?.position?.end.offset;
    if (paragraph?.type !== 'paragraph' || start === undefined || end === undefined || !item.position) continue;
    const row = parseRow(page.slice(start, end).trim());
    if (!row) continue;
    const name = row.name;
    const notes = row.notes
      .split(',')
      .map((note) => note.trim())
      .filter(Boolean);
    const type = notes.filter((note) => !REQUIRED_WORDS.test(note)).join(' ');
    const required = notes.some((note) => /^required$/i.test(note));
    const where = item.position;
    const cells: TableCell[] = [{ type: 'tableCell', children: [{ type: 'inlineCode', value: name, position: where }], position: where }];
    if (located) cells.push(textCell(path.includes(`{${name}}`) ? 'path' : 'query', where));
    cells.push(
      textCell(type, where),
      textCell(required ? 'yes' : 'no', where),
      textCell(row.sample, where),
      textCell(row.description, where),
    );
    rows.push({ type: 'tableRow', children: cells, position: where });
  }
  const first = items[0]?.position;
  if (rows.length === 0 || !first) return undefined;
  const at: Position = { start: first.start, end: items[items.length - 1]!.position!.end };
  const header = [...(located ? ['Name', 'In'] : ['Name']), 'Type', 'Required', 'Example', 'Description'];
  return markOrigin(madeTable(header, rows, at), 'API Blueprint');
}
