/**
 * GitBook's API method blocks (pages written in GitBook's editor and synced to a repository):
 * Liquid tags around the parts of one operation. Both generations:
 *
 *     {% swagger method="get" path="/v1/cakes/:id" baseUrl="https://api.cakes.com" summary="Get Cakes" %}
 *     {% swagger-description %} … {% endswagger-description %}           → the operation's prose
 *     {% swagger-parameter in="path" name="id" type="String" required="true" %}
 *     ID of the cake.                                                      → a row of its parameters table
 *     {% endswagger-parameter %}
 *     {% swagger-response status="200: OK" description="…" %} ```…``` {% endswagger-response %}
 *     {% endswagger %}                                                     → `Response 200: OK` over the sample
 *
 *     {% api-method method="get" host="https://api.cakes.com" path="/v1/cakes/:id" %}
 *     {% api-method-summary %} Get Cakes {% endapi-method-summary %}      → the summary
 *     {% api-method-path-parameters %}                                     → the location of the rows inside
 *     {% api-method-parameter name="id" type="string" required=true %} … {% endapi-method-parameter %}
 *     {% api-method-response-example httpCode=200 %} … {% endapi-method-response-example %}
 *     {% endapi-method %}
 *
 * Each block becomes what the general reader reads elsewhere: a heading holding the request line,
 * the summary, the prose, a `Name | In | Type | Required | Description` table and a heading per
 * response over its sample. `{% openapi src=… path=… method=… %}` (GitBook's blocks rendered from a
 * spec) states the request line only: the link inside it is no prose. `{% tab title="Response" %}`
 * is a label where its title is a section's.
 *
 * The tags are found in the page before the noise pass blanks them (`noise.ts` leaves every offset
 * where it was), and the nodes parsed between them are placed by their offsets.
 */
import type { Heading, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { linesOf } from '../../ir/source.js';
import { label } from './component-labels.js';
import { markOrigin } from './findings.js';
import { madeTable, textCell } from './made-tables.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';
import { markBlockHeading } from './signatures.js';
import { CODE_IN_TEXT } from './status-words.js';

export interface GitbookTag {
  /** The tag's name without `end` (`swagger-parameter`). */
  name: string;
  closing: boolean;
  attributes: Readonly<Record<string, string>>;
  /** Offsets of `{%` and after `%}`. */
  start: number;
  end: number;
}

/** Blocks that state an operation, and those whose content is no prose of it. */
const OPERATIONS = new Set(['swagger', 'api-method', 'openapi', 'openapi-operation']);
const FROM_SPEC = new Set(['openapi', 'openapi-operation']);
const PARAMETERS = new Set(['swagger-parameter', 'api-method-parameter']);
const RESPONSES = new Set(['swagger-response', 'api-method-response-example']);
/** The legacy blocks' groups of parameters → their rows' location. */
const GROUPS: Readonly<Record<string, string>> = {
  'api-method-path-parameters': 'path',
  'api-method-query-parameters': 'query',
  'api-method-headers': 'header',
  'api-method-cookies': 'cookie',
  'api-method-body-parameters': 'body',
  'api-method-form-data-parameters': 'formData',
};
const KNOWN = new Set([
  ...OPERATIONS,
  ...PARAMETERS,
  ...RESPONSES,
  ...Object.keys(GROUPS),
  'swagger-description',
  'api-method-summary',
  'api-method-description',
  'api-method-spec',
  'api-method-request',
  'api-method-response',
  'api-method-response-example-description',
  'tab',
]);
/** A tag longer than this is no tag of these blocks. */
const MAX_TAG = 4_000;
const TAG = /^\{%-?\s*(end)?([a-z][\w-]*)([\s\S]*?)-?%\}$/;
const ATTRIBUTE = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'%]+))/g;
const BODY = /^body$/i;
const FORM = /^(?:formdata|form-data|form)$/i;
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace']);

/** The tags of GitBook's API blocks in `page`, in order (a linear scan of `{%` … `%}`). */
export function gitbookTags(page: string): GitbookTag[] {
  const tags: GitbookTag[] = [];
  let at = page.indexOf('{%');
  while (at >= 0) {
    const close = page.indexOf('%}', at + 2);
    if (close < 0) break;
    const end = close + 2;
    const match = end - at <= MAX_TAG ? TAG.exec(page.slice(at, end)) : null;
    if (match && KNOWN.has(match[2]!)) {
      const attributes: Record<string, string> = Object.create(null);
      for (const attribute of match[3]!.matchAll(ATTRIBUTE)) attributes[attribute[1]!] = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      tags.push({ name: match[2]!, closing: match[1] !== undefined, attributes, start: at, end });
    }
    at = page.indexOf('{%', end);
  }
  return tags.some((tag) => OPERATIONS.has(tag.name) || tag.name === 'tab') ? tags : [];
}

interface Row {
  cells: readonly string[];
  /** Its last cell: the words the block holds. */
  description: PhrasingContent[];
  position: Position;
}

/** Rows of one table of an operation, and where it goes (the place of its first row). */
interface Rows {
  rows: Row[];
  at?: number;
  position?: Position;
}

/** The tables an operation's blocks make, in the order they are laid out when two share a place. */
const TABLES = {
  parameters: {
    title: 'Parameters',
    header: ['Name', 'In', 'Type', 'Required', 'Default', 'Description'],
    optional: ['Required', 'Default'],
  },
  // Body and form rows are the fields of the body (one row is one field, never the body itself).
  body: { title: 'Body parameters', header: ['Name', 'Type', 'Required', 'Default', 'Description'], optional: ['Required', 'Default'] },
  form: {
    title: 'Form data parameters',
    header: ['Name', 'Type', 'Required', 'Default', 'Description'],
    optional: ['Required', 'Default'],
  },
  responses: { title: 'Responses', header: ['Status', 'Description'], optional: [] },
} as const;
type TableKind = keyof typeof TABLES;

interface Operation {
  tables: Record<TableKind, Rows>;
  depth: number;
  /** The content is the spec's link, no prose. */
  fromSpec: boolean;
}

/**
 * Rewrites the blocks of `tags` (from `gitbookTags`) in `root` into headings, prose, tables and
 * samples. Returns the base URL every block of the page states (`baseUrl`, `host`), their routes'
 * server: each route is then its `path`. Where blocks state different ones, each route keeps its
 * base's path (`https://host/v2` + `/users` → `/v2/users`) and the page states no server.
 */
export function convertGitbookBlocks(root: Root, page: string, tags: readonly GitbookTag[], titles?: TitleVocabulary): string | undefined {
  if (tags.length === 0) return undefined;
  const bases = new Set(tags.filter((tag) => OPERATIONS.has(tag.name) && !tag.closing).map(baseOf));
  const [shared] = bases.size === 1 ? bases : [undefined];
  const point = linesOf(page);
  const place = (start: number, end: number): Position => ({ start: point(start), end: point(end) });
  const out: RootContent[] = [];
  const open: GitbookTag[] = [];
  let operation: Operation | undefined;
  /** The row whose description the nodes are. */
  let row: Row | undefined;
  let ended = false;
  let depth = 1;

  const addRow = (rows: Rows, cells: readonly string[], position: Position): Row => {
    const made: Row = { cells, description: [], position };
    rows.rows.push(made);
    if (rows.at === undefined) {
      rows.at = out.length;
      rows.position = position;
    }
    return made;
  };

  const finish = () => {
    if (!operation) return;
    const level = operation.depth;
    const made = (Object.keys(TABLES) as TableKind[]).filter((kind) => operation!.tables[kind].at !== undefined);
    // The later place first, so that the earlier ones stay where they were.
    for (const kind of made.sort((a, b) => operation!.tables[b].at! - operation!.tables[a].at!)) {
      const { rows, at, position } = operation.tables[kind];
      const { title, header, optional } = TABLES[kind];
      const tableRows = rows.map(
        (r): TableRow => ({
          type: 'tableRow',
          children: [
            ...r.cells.map((value) => textCell(value, r.position)),
            { type: 'tableCell', children: r.description, position: r.position },
          ],
          position: r.position,
        }),
      );
      const table = markOrigin(madeTable(header, tableRows, position!, optional), 'GitBook block');
      out.splice(at!, 0, heading(level + 1, title, position), table);
    }
    operation = undefined;
    row = undefined;
  };

  const onTag = (tag: GitbookTag) => {
    if (tag.closing) {
      const index = open.map((t) => t.name).lastIndexOf(tag.name);
      if (index < 0) return;
      open.length = index;
      if (PARAMETERS.has(tag.name) || tag.name === 'api-method-response-example-description') row = undefined;
      if (OPERATIONS.has(tag.name)) {
        finish();
        ended = true;
      }
      return;
    }
    const position = place(tag.start, tag.end);
    if (OPERATIONS.has(tag.name)) {
      finish();
      const method = tag.attributes.method?.toLowerCase();
      const path = tag.attributes.path;
      if (!method || !METHODS.has(method) || !path) return;
      open.length = 0;
      open.push(tag);
      ended = false;
      const base = shared === undefined ? baseOf(tag) : '';
      const line = `${method.toUpperCase()} ${base}${path.startsWith('/') ? path : `/${path}`}`;
      const tables = { parameters: { rows: [] }, body: { rows: [] }, form: { rows: [] }, responses: { rows: [] } };
      operation = { tables, depth: Math.min(depth + 1, 5), fromSpec: FROM_SPEC.has(tag.name) };
      out.push(markBlockHeading(heading(operation.depth, line, position)));
      const summary = tag.attributes.summary?.trim();
      if (summary) out.push(label(summary, position, false));
      return;
    }
    if (tag.name === 'tab') {
      const title = tag.attributes.title?.trim();
      if (title && sectionOfTitle(title, titles)) {
        const at = tag.start + page.slice(tag.start, tag.end).indexOf(title);
        out.push(label(title, place(at, at + title.length), false));
      }
      return;
    }
    if (!operation) return;
    open.push(tag);
    if (PARAMETERS.has(tag.name)) {
      const group = open.map((t) => GROUPS[t.name]).findLast((location) => location !== undefined);
      const { name = '', type = '', required = '', default: stated = '' } = tag.attributes;
      const location = (tag.attributes.in ?? group ?? '').trim();
      const kind = BODY.test(location) ? 'body' : FORM.test(location) ? 'form' : 'parameters';
      const cells = kind === 'parameters' ? [name, location, type, required, stated] : [name, type, required, stated];
      row = addRow(operation.tables[kind], cells, position);
    } else if (RESPONSES.has(tag.name)) {
      const status = CODE_IN_TEXT.exec(tag.attributes.status ?? tag.attributes.httpCode ?? '')?.[0];
      if (!status) return;
      const response = addRow(operation.tables.responses, [status], position);
      const description = tag.attributes.description?.trim();
      if (description) response.description.push({ type: 'text', value: description });
      // The sample below is that status's.
      out.push(heading(operation.depth + 1, `Response ${status}`, position));
    } else if (tag.name === 'api-method-response-example-description') {
      row = operation.tables.responses.rows.at(-1);
    }
  };

  const onNode = (node: RootContent) => {
    if (row) {
      // A parameter's (a response's) description: its paragraphs' words, one cell.
      const words: PhrasingContent[] = node.type === 'paragraph' ? node.children : [{ type: 'text', value: plainText(node) }];
      if (row.description.length > 0) row.description.push({ type: 'text', value: ' ' });
      row.description.push(...words);
      return;
    }
    if (operation?.fromSpec) return;
    if (!operation && ended && node.type !== 'heading') {
      // The page's own words after a block: no part of its operation.
      out.push(heading(depth + 1, '', undefined));
    }
    ended = false;
    if (node.type === 'heading' && !operation) depth = node.depth;
    out.push(node);
  };

  let next = 0;
  for (const node of root.children) {
    const start = node.position?.start.offset ?? 0;
    while (next < tags.length && tags[next]!.start <= start) onTag(tags[next++]!);
    onNode(node);
  }
  while (next < tags.length) onTag(tags[next++]!);
  finish();
  root.children = out;
  return shared || undefined;
}

/** The base URL a block states (`https://api.example.com/v1`), without a trailing slash; '' when none. */
function baseOf(tag: GitbookTag): string {
  const base = (tag.attributes.baseUrl ?? tag.attributes.host ?? '').trim().replace(/\/+$/, '');
  return /^https?:\/\/[^\s/]+/i.test(base) ? base : '';
}

function heading(depth: number, text: string, position: Position | undefined): Heading {
  const where = position ? { position } : {};
  return { type: 'heading', depth: depth as Heading['depth'], children: text ? [{ type: 'text', value: text }] : [], ...where };
}
