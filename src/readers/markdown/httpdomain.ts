/**
 * Sphinx's HTTP domain (sphinxcontrib-httpdomain) written in MyST markdown: one directive per
 * operation, its field list the parts of it.
 *
 *     ```{http:get} /users/(int:user_id)     → heading `GET /users/{user_id}`, `user_id` typed integer
 *     The user.                              → its prose, parsed again (its fences are samples)
 *     :param user_id: the user's id          → `Parameters:` (placed by the route: path, else by method)
 *     :query string sort: the order          → `Query parameters:`
 *     :reqheader Authorization: a token      → `Request headers:`
 *     :<json string name: the name           → `Request body:` (`:<jsonarr`: an array of such objects;
 *     :form name: the name                     `:form` fields are the body's too)
 *     :>json int id: the id                  → `Response body:` (`:>jsonarr`: an array of such objects)
 *     :statuscode 200: no error              → `Status codes:` | Status | Description |
 *     ```
 *
 * Field names are the domain's with their aliases (`:parameter`, `:arg`, `:qparam`, `:reqjson`,
 * `:<jsonobj`, `:status`, `:code`, …); a typed field's type is every word of its argument but the
 * last (`:query list of string tags:`), or a `:type name:` / `:qtype name:` field's body; a path
 * converter (`(int:id)`, `(float:x)`, `(uuid:id)`, `(string:s)`, `(path:p)`) types its parameter
 * where no field does. Nothing else is inferred: the domain states no required flag, so no row
 * is required but the route's own parameters. Response headers and the directive's options
 * (`:noindex:`, `:deprecated:`) are no part of the reading; `:synopsis:` is the summary.
 *
 * Both of MyST's directive fences are read (```` ```{http:get} ```` and `:::{http:get}`, the
 * colon fence found in the page as written: the noise pass blanks its lines), and the reST
 * directives of an `{eval-rst}` fence (`.. http:get:: /users/(int:user_id)` over its indented
 * body, whose `.. sourcecode:: http` blocks are fences). Words after the directive, before the
 * next heading, are no part of its operation.
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';
import { linesOf } from '../../ir/source.js';
import { markdownBodyProcessor } from '../shared/markdown.js';
import { label } from './component-labels.js';
import { type Body, type Field, fieldTable, type Part, readFields } from './httpdomain-fields.js';
import { signatureOf } from './paths.js';
import { markBlockHeading } from './signatures.js';

const OPENER = /^( {0,3})(`{3,}|~{3,}|:{3,})\{http:(get|post|put|patch|delete|head|options|trace)\}[ \t]+(\S[^\n]*?)[ \t]*$/i;

/** The path converters whose words are types (`(int:id)`); `any(…)` and `default` state none. */
const CONVERTER_TYPES: Readonly<Record<string, string>> = {
  int: 'integer',
  float: 'number',
  string: 'string',
  path: 'string',
  uuid: 'uuid',
};

interface Directive {
  method: string;
  route: string;
  /** The opening and closing lines (1-based; `close` is past the page when the fence runs to its end). */
  open: number;
  close: number;
}

interface Lines {
  starts: number[];
  pointAt: (offset: number) => Point;
}

/** Rewrites a page's httpdomain directives in place (see the module comment). `text` is the page after the noise pass, `page` as written. */
export function convertHttpDomain(root: Root, text: string, page: string): void {
  const fenced = page.includes('{http:');
  const rst = page.includes('{eval-rst}') && page.includes('.. http:');
  if (!fenced && !rst) return;
  const starts = [0];
  for (let at = page.indexOf('\n'); at !== -1; at = page.indexOf('\n', at + 1)) starts.push(at + 1);
  const lines: Lines = { starts, pointAt: linesOf(page) };
  if (rst) convertRstDirectives(root, text, lines);
  const directives = fenced ? findDirectives(page, starts) : [];
  if (directives.length === 0) return;
  const out: RootContent[] = [];
  let depth = 1;
  let next = 0;
  const nodes = root.children;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const line = node.position?.start.line ?? 0;
    while (next < directives.length && directives[next]!.close < line) next++;
    const directive = directives[next];
    if (!directive || line < directive.open) {
      if (node.type === 'heading') depth = node.depth;
      out.push(node);
      continue;
    }
    // Every node the directive's lines hold goes; one that runs past them leaves it as written.
    let end = index;
    while (end < nodes.length && (nodes[end]!.position?.start.line ?? Number.POSITIVE_INFINITY) <= directive.close) end++;
    if (nodes.slice(index, end).some((inside) => (inside.position?.end.line ?? Number.POSITIVE_INFINITY) > directive.close)) {
      out.push(node);
      continue;
    }
    const { body, where } = fencedBody(directive, text, lines);
    const converted = convertDirective(directive.method, directive.route, where, body, Math.min(depth + 1, 6));
    out.push(...(converted ?? nodes.slice(index, end)));
    // The page's own words after the directive: no part of its operation.
    const after = nodes[end];
    if (converted && after && after.type !== 'heading' && !startsDirective(after, directives))
      out.push({ type: 'heading', depth: Math.min(depth + 1, 6) as Heading['depth'], children: [] });
    index = end - 1;
    next++;
  }
  root.children = out;
}

const RST_OPENER = /^([ \t]*)\.\.[ \t]+http:(get|post|put|patch|delete|head|options|trace)::[ \t]+(\S[^\n]*?)[ \t]*$/i;
const RST_CODE = /^([ \t]*)\.\.[ \t]+(?:sourcecode|code-block|code)::[ \t]*([\w+-]*)[ \t]*$/i;

function leading(row: string): number {
  return /^[ \t]*/.exec(row)![0].length;
}

/**
 * MyST's `{eval-rst}` fence holding the domain's reST directives (`.. http:get:: /users/(int:id)`
 * over its indented body): each directive as its fenced form is read, its body unindented and
 * its `.. sourcecode:: http` blocks made fences. The fence's other reST is no part of the reading.
 */
function convertRstDirectives(root: Root, text: string, lines: Lines): void {
  let depth = 1;
  root.children = root.children.flatMap((node, index, nodes): RootContent[] => {
    if (node.type === 'heading') depth = node.depth;
    if (node.type !== 'code' || node.lang !== '{eval-rst}' || !node.position) return [node];
    const first = node.position.start.line + 1;
    const rows: string[] = [];
    for (let line = first; line < node.position.end.line; line++) rows.push(lineAt(text, lines.starts, line));
    const out: RootContent[] = [];
    for (let row = 0; row < rows.length; row++) {
      const opener = RST_OPENER.exec(rows[row]!);
      if (!opener) continue;
      const indent = opener[1]!.length;
      let end = row + 1;
      while (end < rows.length && (rows[end]!.trim() === '' || leading(rows[end]!) > indent)) end++;
      const line = first + row;
      const start = lines.starts[line - 1]!;
      const where: Position = { start: lines.pointAt(start), end: lines.pointAt(start + rows[row]!.length) };
      const converted = convertDirective(
        opener[2]!,
        opener[3]!,
        where,
        rstBody(rows.slice(row + 1, end), line + 1, lines),
        Math.min(depth + 1, 6),
      );
      if (converted) out.push(...converted);
      row = end - 1;
    }
    if (out.length === 0) return [node];
    const after = nodes[index + 1];
    if (after && after.type !== 'heading') out.push({ type: 'heading', depth: Math.min(depth + 1, 6) as Heading['depth'], children: [] });
    return out;
  });
}

/** A reST directive's body from page line `first` on: unindented, its code blocks made fences. */
function rstBody(source: readonly string[], first: number, lines: Lines): Body {
  const indents = source.filter((row) => row.trim() !== '').map(leading);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  const removed = source.map((row) => Math.min(cut, leading(row)));
  const rows = source.map((row, index) => row.slice(removed[index]));
  for (let index = 0; index < rows.length; index++) {
    const code = RST_CODE.exec(rows[index]!);
    if (!code) continue;
    const indent = code[1]!.length;
    let end = index + 1;
    while (end < rows.length && (rows[end]!.trim() === '' || leading(rows[end]!) > indent)) end++;
    while (end > index + 1 && rows[end - 1]!.trim() === '') end--;
    const content = rows.slice(index + 1, end).filter((row) => row.trim() !== '');
    const inner = content.length > 0 ? Math.min(...content.map(leading)) - indent : 0;
    rows[index] = `${' '.repeat(indent)}\`\`\`${code[2] ?? ''}`;
    for (let row = index + 1; row < end; row++) {
      const by = Math.min(inner, leading(rows[row]!));
      rows[row] = rows[row]!.slice(by);
      removed[row]! += by;
    }
    // The blank line after the block closes it (a block that ends the body runs to its end).
    if (end < rows.length && rows[end]!.trim() === '') rows[end] = `${' '.repeat(indent)}\`\`\``;
    index = end;
  }
  const pointOf = (row: number, column: number): Point => {
    const line = first + row;
    const at = (removed[row] ?? 0) + column;
    return { line, column: at + 1, offset: (lines.starts[line - 1] ?? 0) + at };
  };
  return { rows, pointOf };
}

function startsDirective(node: RootContent, directives: readonly Directive[]): boolean {
  const line = node.position?.start.line;
  return directives.some((directive) => directive.open === line);
}

function lineAt(page: string, starts: readonly number[], line: number): string {
  const start = starts[line - 1]!;
  const end = starts[line];
  return page.slice(start, end === undefined ? page.length : end - 1).replace(/\r$/, '');
}

function findDirectives(page: string, starts: readonly number[]): Directive[] {
  const found: Directive[] = [];
  for (let line = 1; line <= starts.length; line++) {
    const opener = OPENER.exec(lineAt(page, starts, line));
    if (!opener) continue;
    const fence = opener[2]!;
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : fence[0] === '~' ? '~' : ':'}{${fence.length},}[ \\t]*$`);
    let close = line + 1;
    while (close <= starts.length && !closing.test(lineAt(page, starts, close))) close++;
    found.push({ method: opener[3]!, route: opener[4]!, open: line, close });
    line = close;
  }
  return found;
}

/** A route of the domain read: its path in braces, the converters' types by name, its parameters' names in order. */
export interface RouteOf {
  path: string;
  types: Map<string, string>;
  order: string[];
}

/** `/users/(int:user_id)` → `/users/{user_id}` and the converters' types by name. */
export function routeOf(route: string): RouteOf {
  const types = new Map<string, string>();
  const order: string[] = [];
  const path = route.replace(/\((?:([A-Za-z_]\w*)(?:\([^()]*\))?:)?([A-Za-z_]\w*)\)/g, (_, converter: string | undefined, name: string) => {
    const type = converter ? CONVERTER_TYPES[converter.toLowerCase()] : undefined;
    if (type) types.set(name, type);
    order.push(name);
    return `{${name}}`;
  });
  for (const match of path.matchAll(/\{([A-Za-z_][\w.-]*)\}/g)) if (!order.includes(match[1]!)) order.push(match[1]!);
  return { path, types, order };
}

/** A fenced directive's body: the page's lines between its fences, as written. */
function fencedBody(directive: Directive, text: string, lines: Lines): { body: Body; where: Position } {
  const openStart = lines.starts[directive.open - 1]!;
  const bodyStart = lines.starts[directive.open] ?? text.length;
  const bodyEnd = lines.starts[directive.close - 1] ?? text.length;
  const where: Position = { start: lines.pointAt(openStart), end: lines.pointAt(Math.max(openStart, bodyStart - 1)) };
  const pointOf = (row: number, column: number): Point => {
    const line = directive.open + 1 + row;
    return { line, column: column + 1, offset: (lines.starts[line - 1] ?? text.length) + column };
  };
  return { body: { rows: text.slice(bodyStart, bodyEnd).split('\n'), pointOf }, where };
}

function convertDirective(method: string, route: string, where: Position, source: Body, depth: number): RootContent[] | undefined {
  const { body, fields, synopsis } = readFields(source);
  return directiveBlocks({ method, route, where, fields, depth, prose: () => parseBody(body), ...(synopsis ? { synopsis } : {}) });
}

/** What one operation of the domain is: its route, its fields, the blocks of its prose. */
export interface DirectiveParts {
  method: string;
  /** As the domain writes it: `/users/(int:user_id)`. */
  route: string;
  where: Position;
  fields: readonly Field[];
  depth: number;
  prose: () => RootContent[];
  synopsis?: { text: string; position: Position };
}

/** The operation's heading, its prose, then a labelled table per part of its fields; undefined where the route is none. */
export function directiveBlocks({ method, route, where, fields, depth, prose, synopsis }: DirectiveParts): RootContent[] | undefined {
  const { path, types, order } = routeOf(route);
  const signature = signatureOf(method, path);
  if (!signature) return undefined;
  const heading = markBlockHeading(
    {
      type: 'heading',
      depth: depth as Heading['depth'],
      children: [{ type: 'text', value: `${method.toUpperCase()} ${path}` }],
      position: where,
    },
    'directive',
  );
  const out: RootContent[] = [heading];
  if (synopsis) out.push(label(synopsis.text, synopsis.position));
  out.push(...prose());
  out.push(...partTables(routeParameters({ types, order }, fields, where), fields));
  return out;
}

/** The parameters' rows, the route's first, in its order, typed by their field or their converter. */
export function routeParameters({ types, order }: Pick<RouteOf, 'types' | 'order'>, fields: readonly Field[], where: Position): Field[] {
  const parameters = fields.filter((field) => field.part === 'parameters');
  const routeRows = order.flatMap((name): Field[] => {
    const field = parameters.find((candidate) => candidate.name === name);
    const type = field?.type || types.get(name) || '';
    if (field) return [{ ...field, type }];
    return type ? [{ part: 'parameters', name, type, description: '', position: where }] : [];
  });
  return [...routeRows, ...parameters.filter((field) => !order.includes(field.name))];
}

/** A labelled table per part of an operation's fields, its route's parameters given apart (typed by the route's converters). */
export function partTables(parameters: readonly Field[], fields: readonly Field[]): RootContent[] {
  const of = (part: Part) => fields.filter((field) => field.part === part);
  const out = fieldTable('Parameters:', parameters, ['Name', 'Type', 'Description']);
  out.push(...fieldTable('Query parameters:', of('query'), ['Name', 'Type', 'Description']));
  out.push(...fieldTable('Request headers:', of('headers'), ['Name', 'Description']));
  const request = of('request[]').length > 0 && of('request').length === 0 ? 'request[]' : 'request';
  out.push(...fieldTable(request === 'request[]' ? 'Request body: array' : 'Request body:', of(request), ['Name', 'Type', 'Description']));
  out.push(...fieldTable('Status codes:', of('statuses'), ['Status', 'Description']));
  const response = of('response[]').length > 0 && of('response').length === 0 ? 'response[]' : 'response';
  out.push(
    ...fieldTable(response === 'response[]' ? 'Response body: array' : 'Response body:', of(response), ['Name', 'Type', 'Description']),
  );
  return out;
}

function parseBody(body: Body): RootContent[] {
  const tree = markdownBodyProcessor.parse(body.rows.join('\n'));
  const move = (point: Point): Point => body.pointOf(point.line - 1, point.column - 1);
  const place = (node: Nodes): void => {
    if (node.position) node.position = { start: move(node.position.start), end: move(node.position.end) };
    if ('children' in node) for (const child of node.children as Nodes[]) place(child);
  };
  for (const child of tree.children) place(child);
  return tree.children;
}
