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
 * colon fence found in the page as written: the noise pass blanks its lines). Words after the
 * directive, before the next heading, are no part of its operation.
 */
import type { Heading, Nodes, PhrasingContent, Root, RootContent, TableCell, TableRow } from 'mdast';
import type { Point, Position } from 'unist';
import { linesOf } from '../../ir/source.js';
import { markdownBodyProcessor } from '../shared/markdown.js';
import { label } from './component-labels.js';
import { markOrigin } from './findings.js';
import { madeTable } from './made-tables.js';
import { signatureOf } from './paths.js';
import { markBlockHeading } from './signatures.js';

const OPENER = /^( {0,3})(`{3,}|~{3,}|:{3,})\{http:(get|post|put|patch|delete|head|options|trace)\}[ \t]+(\S[^\n]*?)[ \t]*$/i;

/** A field's name → the part its rows go to. */
const FIELDS: Readonly<Record<string, Part>> = {
  ...names(['param', 'parameter', 'arg', 'argument'], 'parameters'),
  ...names(['query', 'queryparameter', 'queryparam', 'qparam'], 'query'),
  ...names(['reqheader', '<header', 'requestheader'], 'headers'),
  ...names(['form', 'formparameter', 'formparam', 'fparam'], 'request'),
  ...names(['json', 'jsonparam', 'jsonparameter', '<json', 'reqjson', 'reqjsonobj', '<jsonobj'], 'request'),
  ...names(['<jsonarr', 'reqjsonarr'], 'request[]'),
  ...names(['>json', 'resjson', 'resjsonobj', '>jsonobj'], 'response'),
  ...names(['>jsonarr', 'resjsonarr'], 'response[]'),
  ...names(['statuscode', 'status', 'code'], 'statuses'),
  ...names(['resheader', '>header', 'responseheader', 'noindex', 'deprecated'], 'ignored'),
};

/** Type fields (`:type id: int`) → the part whose row of that name they type. */
const TYPE_FIELDS: Readonly<Record<string, Part>> = {
  ...names(['type', 'paramtype'], 'parameters'),
  ...names(['querytype', 'qtype', 'queryparamtype'], 'query'),
  ...names(['jsontype', 'jsonparamtype'], 'request'),
  ...names(['reqjsonarrtype', '<jsonarrtype'], 'request[]'),
  ...names(['resjsonarrtype', '>jsonarrtype'], 'response[]'),
};

/** Fields whose argument is a name (or a status) alone, never `type name`. */
const UNTYPED = new Set<Part>(['headers', 'statuses']);

type Part = 'parameters' | 'query' | 'headers' | 'request' | 'request[]' | 'response' | 'response[]' | 'statuses' | 'ignored';

function names(list: readonly string[], part: Part): Record<string, Part> {
  return Object.fromEntries(list.map((name) => [name, part]));
}

/** The path converters whose words are types (`(int:id)`); `any(…)` and `default` state none. */
const CONVERTER_TYPES: Readonly<Record<string, string>> = {
  int: 'integer',
  float: 'number',
  string: 'string',
  path: 'string',
  uuid: 'uuid',
};

interface Field {
  part: Part;
  name: string;
  type: string;
  description: string;
  position: Position;
}

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
  if (!page.includes('{http:')) return;
  const starts = [0];
  for (let at = page.indexOf('\n'); at !== -1; at = page.indexOf('\n', at + 1)) starts.push(at + 1);
  const directives = findDirectives(page, starts);
  if (directives.length === 0) return;
  const lines: Lines = { starts, pointAt: linesOf(page) };
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
    const converted = convertDirective(directive, text, lines, Math.min(depth + 1, 6));
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

/** `/users/(int:user_id)` → `/users/{user_id}` and the converters' types by name. */
function routeOf(route: string): { path: string; types: Map<string, string>; order: string[] } {
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

function convertDirective(directive: Directive, text: string, lines: Lines, depth: number): RootContent[] | undefined {
  const { path, types, order } = routeOf(directive.route);
  const signature = signatureOf(directive.method, path);
  if (!signature) return undefined;
  const openStart = lines.starts[directive.open - 1]!;
  const bodyStart = lines.starts[directive.open] ?? text.length;
  const bodyEnd = lines.starts[directive.close - 1] ?? text.length;
  const where: Position = { start: lines.pointAt(openStart), end: lines.pointAt(Math.max(openStart, bodyStart - 1)) };
  const { body, fields, synopsis } = readFields(text.slice(bodyStart, bodyEnd), bodyStart, lines);
  const heading = markBlockHeading(
    {
      type: 'heading',
      depth: depth as Heading['depth'],
      children: [{ type: 'text', value: `${directive.method.toUpperCase()} ${path}` }],
      position: where,
    },
    'directive',
  );
  const out: RootContent[] = [heading];
  if (synopsis) out.push(label(synopsis.text, synopsis.position));
  out.push(...parseBody(body, bodyStart, lines));
  const of = (part: Part) => fields.filter((field) => field.part === part);
  // The route's parameters first, in its order, typed by their field or their converter.
  const parameters = of('parameters');
  const routeRows = order.flatMap((name): Field[] => {
    const field = parameters.find((candidate) => candidate.name === name);
    const type = field?.type || types.get(name) || '';
    if (field) return [{ ...field, type }];
    return type ? [{ part: 'parameters', name, type, description: '', position: where }] : [];
  });
  const rest = parameters.filter((field) => !order.includes(field.name));
  out.push(...part('Parameters:', [...routeRows, ...rest], ['Name', 'Type', 'Description']));
  out.push(...part('Query parameters:', of('query'), ['Name', 'Type', 'Description']));
  out.push(...part('Request headers:', of('headers'), ['Name', 'Description']));
  const request = of('request[]').length > 0 && of('request').length === 0 ? 'request[]' : 'request';
  out.push(...part(request === 'request[]' ? 'Request body: array' : 'Request body:', of(request), ['Name', 'Type', 'Description']));
  out.push(...part('Status codes:', of('statuses'), ['Status', 'Description']));
  const response = of('response[]').length > 0 && of('response').length === 0 ? 'response[]' : 'response';
  out.push(...part(response === 'response[]' ? 'Response body: array' : 'Response body:', of(response), ['Name', 'Type', 'Description']));
  return out;
}

/** A label over the table of `fields` (none when there are no fields). */
function part(title: string, fields: readonly Field[], header: readonly string[]): RootContent[] {
  const [first] = fields;
  if (!first) return [];
  const rows = fields.map((field): TableRow => {
    const values = header.map((word) => (word === 'Name' || word === 'Status' ? field.name : word === 'Type' ? field.type : ''));
    const children = values.map(
      (value): TableCell => ({ type: 'tableCell', children: value ? [{ type: 'text', value }] : [], position: field.position }),
    );
    children[children.length - 1]!.children = phrasing(field.description);
    return { type: 'tableRow', children, position: field.position };
  });
  const at: Position = { start: first.position.start, end: fields[fields.length - 1]!.position.end };
  return [label(title, first.position, false), markOrigin(madeTable(header, rows, at), 'httpdomain')];
}

/** Text with `code` spans as inline code. */
function phrasing(text: string): PhrasingContent[] {
  return text
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map(
      (piece): PhrasingContent =>
        piece.startsWith('`') ? { type: 'inlineCode', value: piece.slice(1, -1) } : { type: 'text', value: piece },
    );
}

/** A field line: `:name:` or `:name argument:`, then its text. */
function fieldLine(line: string): { name: string; argument: string; rest: string } | undefined {
  const name = /^:([<>]?[A-Za-z][\w-]*)/.exec(line);
  if (!name) return undefined;
  const close = line.indexOf(':', name[0].length);
  const argument = close < 0 ? '' : line.slice(name[0].length, close);
  if (close < 0 || (argument !== '' && !/^[ \t]/.test(argument))) return undefined;
  return { name: name[1]!.toLowerCase(), argument: argument.trim(), rest: line.slice(close + 1).trim() };
}

/** MyST's `{role}`text`` and reST's `:role:`text``: the text, as code. */
function withoutRoles(text: string): string {
  return text.replace(/(?:\{[\w:.-]+\}|:[\w:.-]+:)(`[^`]*`)/g, '$1');
}

/**
 * The directive's field lines (and their indented continuations) read and blanked out of its
 * body; fences inside are left as they are.
 */
function readFields(
  body: string,
  offset: number,
  lines: Lines,
): { body: string; fields: Field[]; synopsis?: { text: string; position: Position } } {
  const rows = body.split('\n');
  const fields: Field[] = [];
  const typed: Array<{ part: Part; name: string; type: string }> = [];
  let synopsis: { text: string; position: Position } | undefined;
  let fence: string | undefined;
  let at = 0;
  const starts = rows.map((row) => {
    const start = at;
    at += row.length + 1;
    return start;
  });
  const blank = (index: number) => {
    rows[index] = rows[index]!.replace(/[^\r]/g, ' ');
  };
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(row)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && row.trim() === marker) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    const field = fieldLine(row);
    const part = field ? (FIELDS[field.name] ?? TYPE_FIELDS[field.name]) : undefined;
    if (!field || (!part && field.name !== 'synopsis')) continue;
    // Its continuation: the indented lines below (blank lines between them too).
    let last = index;
    const words = [field.rest];
    for (let below = index + 1; below < rows.length; below++) {
      if (rows[below]!.trim() === '') continue;
      if (!/^[ \t]/.test(rows[below]!)) break;
      words.push(rows[below]!.trim());
      last = below;
    }
    const position: Position = {
      start: lines.pointAt(offset + starts[index]!),
      end: lines.pointAt(offset + starts[last]! + rows[last]!.replace(/\r$/, '').length),
    };
    for (let blanked = index; blanked <= last; blanked++) blank(blanked);
    const description = withoutRoles(words.filter(Boolean).join(' '));
    index = last;
    if (field.name === 'synopsis') {
      // Placed at its words, not at the option's name.
      const from = offset + starts[index]! + Math.max(0, row.indexOf(field.rest, field.name.length + 2));
      if (description) synopsis = { text: description, position: { start: lines.pointAt(from), end: position.end } };
      continue;
    }
    if (TYPE_FIELDS[field.name] && !FIELDS[field.name]) {
      typed.push({ part: TYPE_FIELDS[field.name]!, name: field.argument, type: description });
      continue;
    }
    if (part === 'ignored' || !part) continue;
    // A typed field's argument: its type words, then the name (`:query list of string tags:`).
    const argument = field.argument.split(/\s+/).filter(Boolean);
    const name =
      part === 'statuses'
        ? (/\b[1-5]\d\d\b/.exec(field.argument)?.[0] ?? '')
        : UNTYPED.has(part)
          ? field.argument
          : (argument.at(-1) ?? '');
    if (!name) continue;
    const type = UNTYPED.has(part) || FORM.has(field.name) ? '' : argument.slice(0, -1).join(' ');
    fields.push({ part, name, type, description, position });
  }
  for (const { part, name, type } of typed) {
    const field = fields.find((candidate) => candidate.part === part && candidate.name === name);
    if (field && !field.type) field.type = type;
  }
  return { body: rows.join('\n'), fields, ...(synopsis ? { synopsis } : {}) };
}

const FORM = new Set(['form', 'formparameter', 'formparam', 'fparam']);

/** The body's prose and fences, parsed, every node placed at its characters in the page. */
function parseBody(body: string, offset: number, lines: Lines): RootContent[] {
  const tree = markdownBodyProcessor.parse(body);
  const base = lines.pointAt(offset);
  const move = (point: Point): Point => ({
    line: base.line + point.line - 1,
    column: point.line === 1 ? base.column + point.column - 1 : point.column,
    offset: offset + (point.offset ?? 0),
  });
  const place = (node: Nodes): void => {
    if (node.position) node.position = { start: move(node.position.start), end: move(node.position.end) };
    if ('children' in node) for (const child of node.children as Nodes[]) place(child);
  };
  for (const child of tree.children) place(child);
  return tree.children;
}
