/**
 * MDX field components (Mintlify's, and the docs sites written like them) → the tables they stand
 * for, so that the reader places them as it places any table:
 *
 *     <ParamField path="id" type="string" required>The id.</ParamField>
 *         → | Name | In | Type | Required | Default | Description |   | id | path | string | yes | | The id. |
 *     <ParamField body="role" type="string" default="member">…</ParamField>      → a body row, default `member`
 *     <ResponseField name="id" type="string" required>…</ResponseField>   (a `default` too, as a ParamField's)
 *         → | Name | Type | Required | Description |   (a field table, placed by its heading: `### Response`)
 *     <Expandable> with fields of its own inside a field                          → `parent[child]` rows
 *     <ParamField body="active" type="boolean" deprecated>…</ParamField>           → a Deprecated column, `yes`
 *
 * The components' attributes are HTML attributes, so hast-util-from-html reads them (JSX values in
 * braces, `default={10}`, are taken as written without the braces). A blank line inside a
 * component splits it into several markdown nodes; a run of consecutive component blocks is read
 * as one snippet of the page, and becomes one table at its place.
 */
import type { Element, ElementContent, Nodes as HastNodes } from 'hast';
import type { Root, RootContent, Table, TableRow } from 'mdast';
import type { Position } from 'unist';
import { markOrigin } from './findings.js';
import { parseHtml } from './html-tree.js';
import { textRow } from './made-tables.js';

const OPENING = /^<(ParamField|ResponseField)\b/;
const LOCATIONS = ['path', 'query', 'body', 'header', 'cookie'] as const;

type Kind = 'ParamField' | 'ResponseField';

export interface Field {
  name: string;
  location?: string;
  type: string;
  required: boolean;
  default: string;
  description: string;
  /** A `deprecated` attribute (Mintlify's, Fern's): `<ParamField body="active" type="boolean" deprecated>`. */
  deprecated?: boolean;
}

/** Replaces each run of root-level field components by the table it states. */
export function convertFieldComponents(root: Root, page: string): void {
  const children: RootContent[] = [];
  const nodes = root.children;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const kind = componentOf(node);
    const start = node.position?.start;
    if (kind === undefined || start?.offset === undefined) {
      children.push(node);
      continue;
    }
    // The run: this block and those after it, up to where every component it opened is closed and
    // the next block is not another component of the kind.
    let end = index;
    let open = 0;
    // Counted block by block (never the growing snippet again), and never past MAX_RUN blocks: an
    // unclosed component costs linear time.
    for (let next = index; next < nodes.length && next < index + MAX_RUN; next++) {
      const block = sliceOf(page, nodes[next]!, nodes[next]!);
      if (block === undefined) break;
      open += openings(block, kind);
      if (open > 0) continue;
      end = next;
      if (componentOf(nodes[next + 1]) !== kind) break;
    }
    const last = nodes[end]!;
    const snippet = sliceOf(page, node, last);
    const fields = snippet === undefined || !balanced(snippet, kind) ? [] : readFields(snippet, kind, node.position?.start.offset);
    if (fields.length === 0 || !last.position) {
      children.push(node);
      continue;
    }
    children.push(fieldTable(fields, kind, { start, end: last.position.end }));
    index = end;
  }
  root.children = children;
}

/** Tables made of `<ResponseField>`s: the response's fields wherever they stand. */
const RESPONSE_FIELDS = new WeakSet<Table>();

export function isResponseFieldTable(table: Table): boolean {
  return RESPONSE_FIELDS.has(table);
}

/** Marks a table of a response's fields wherever it stands (an MkDocs response block's field blocks, mkdocs-field-blocks.ts). */
export function markResponseFields(table: Table): Table {
  RESPONSE_FIELDS.add(table);
  return table;
}

/** The component a block opens with: an HTML block, or a paragraph whose first node is the opening tag (a one-line component). */
function componentOf(node: RootContent | undefined): Kind | undefined {
  const html =
    node?.type === 'html' ? node : node?.type === 'paragraph' && node.children[0]?.type === 'html' ? node.children[0] : undefined;
  return html ? (OPENING.exec(html.value.trimStart())?.[1] as Kind | undefined) : undefined;
}

function sliceOf(page: string, first: RootContent, last: RootContent): string | undefined {
  const from = first.position?.start.offset;
  const to = last.position?.end.offset;
  return from === undefined || to === undefined ? undefined : page.slice(from, to);
}

/** A run of component blocks is at most this long. */
const MAX_RUN = 200;

/** `<Kind …>` opened minus closed in `text` (self-closing ones count as closed). */
function openings(text: string, kind: Kind): number {
  const opened = text.match(new RegExp(`<${kind}\\b[^>]*[^/>]>|<${kind}>`, 'g'))?.length ?? 0;
  const closed = text.match(new RegExp(`</${kind}\\s*>`, 'g'))?.length ?? 0;
  return opened - closed;
}

/** Every `<Kind …>` of the snippet closed. */
function balanced(snippet: string, kind: Kind): boolean {
  return openings(snippet, kind) <= 0;
}

/** `at`: the page's offset where the snippet starts (where a refusal of its nesting points). */
function readFields(snippet: string, kind: Kind, at: number | undefined): Field[] {
  // `<X … />` is JSX's empty element; HTML would open an element there that holds what follows.
  const html = snippet.replace(new RegExp(`<(${kind}|Expandable)\\b([^>]*?)\\/>`, 'g'), '<$1$2></$1>');
  const tree = parseHtml(html, { fragment: true, base: at, within: false });
  const fields: Field[] = [];
  const tag = kind.toLowerCase();
  const visit = (node: HastNodes, parent: string | undefined): void => {
    if (node.type === 'element' && node.tagName === tag) {
      const field = fieldOf(node, kind, parent);
      if (field) fields.push(field);
      const prefix = field ? `${field.name}${/\[\]$|^array\b/i.test(field.type) ? '[]' : ''}` : parent;
      for (const child of node.children) visit(child, prefix);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child, parent);
  };
  visit(tree, undefined);
  return fields;
}

function fieldOf(element: Element, kind: Kind, parent: string | undefined): Field | undefined {
  const attribute = (name: string): string | undefined => {
    const value = element.properties[name];
    if (value === undefined || value === null || value === false) return undefined;
    if (value === true) return '';
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    // A JSX expression: `{10}`, `{true}`, `{"member"}`.
    return text.replace(/^\{\s*([\s\S]*?)\s*\}$/, '$1').replace(/^(["'`])([\s\S]*)\1$/, '$2');
  };
  let name: string | undefined;
  let location: string | undefined;
  if (kind === 'ParamField') {
    for (const place of LOCATIONS) {
      const value = attribute(place);
      if (value) {
        name = value;
        location = place;
        break;
      }
    }
  } else name = attribute('name');
  if (!name) return undefined;
  const required = attribute('required');
  const field: Field = {
    name: parent === undefined ? name : `${parent}[${name}]`,
    type: attribute('type') ?? '',
    required: required !== undefined && required !== 'false',
    default: attribute('default') ?? '',
    description: ownText(element).replace(/\s+/g, ' ').trim(),
  };
  if (location) field.location = parent === undefined ? location : 'body';
  const deprecated = attribute('deprecated');
  if (deprecated !== undefined && deprecated !== 'false') field.deprecated = true;
  return field;
}

/** The text of a field, without the fields nested in it. */
function ownText(node: Element): string {
  const text = (child: ElementContent): string => {
    if (child.type === 'text') return child.value;
    if (child.type !== 'element' || child.tagName === 'paramfield' || child.tagName === 'responsefield' || child.tagName === 'expandable')
      return '';
    return child.children.map(text).join('');
  };
  return node.children.map(text).join('');
}

/**
 * The table `fields` state: `ParamField`'s columns (name, location, type, required, default,
 * description) or `ResponseField`'s (a response's fields wherever the table stands).
 */
export function fieldTable(fields: readonly Field[], kind: Kind, position: Position): Table {
  const table = markOrigin(tableOf(fields, kind, position), 'MDX component');
  if (kind === 'ResponseField') RESPONSE_FIELDS.add(table);
  return table;
}

function tableOf(fields: readonly Field[], kind: Kind, position: Position): Table {
  const row = (values: string[]): TableRow => textRow(values, position);
  // A Deprecated column only where a field says so: the other tables stay as they were.
  const deprecated = fields.some((field) => field.deprecated) ? ['Deprecated'] : [];
  const flag = (field: Field): string[] => (deprecated.length > 0 ? [field.deprecated ? 'yes' : 'no'] : []);
  // A response field's Default column only where one states a default (`<ResponseField name="color" default="white">`).
  const defaults = kind === 'ResponseField' && fields.some((field) => field.default !== '') ? ['Default'] : [];
  const header =
    kind === 'ParamField'
      ? ['Name', 'In', 'Type', 'Required', ...deprecated, 'Default', 'Description']
      : ['Name', 'Type', 'Required', ...deprecated, ...defaults, 'Description'];
  const rows = fields.map((field) =>
    kind === 'ParamField'
      ? row([field.name, field.location ?? '', field.type, field.required ? 'yes' : 'no', ...flag(field), field.default, field.description])
      : row([
          field.name,
          field.type,
          field.required ? 'yes' : 'no',
          ...flag(field),
          ...(defaults.length > 0 ? [field.default] : []),
          field.description,
        ]),
  );
  return { type: 'table', align: header.map(() => null), position, children: [row(header), ...rows] };
}
