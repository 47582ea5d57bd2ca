/**
 * AWS's action pages of the JSON and Query protocols: every action is `POST /` (or a GET of `/`),
 * told apart by a header or a parameter its sample request states, never by its route →
 *
 *     # CreateShelf
 *     ## Request Syntax
 *     { "ShelfName": "string" }                         (a type sketch, no request line)
 *     ## Request Parameters                             → `## Request Body`: the JSON body's entries
 *     ## Examples ⏎ #### Sample Request
 *     POST / HTTP/1.1                                   → `POST /#X-Amz-Target=Library_20200101.CreateShelf`,
 *     Content-Type: application/x-amz-json-1.0            the header a parameter of that one value
 *     X-Amz-Target: Library_20200101.CreateShelf
 *
 *     # CreateUser                                      (the Query protocol: no request syntax)
 *     ## Request Parameters                             → `## URI Request Parameters`: query parameters
 *     ## Examples ⏎ #### Sample Request
 *     https://iam.amazonaws.com/?Action=CreateUser      → `GET /#Action=CreateUser`, `Action` and `Version`
 *     &UserName=Bob&Version=2010-05-08&AUTHPARAMS         query parameters of their one value each
 *
 * The route is aws2openapi's (APIs-guru): OpenAPI holds one `POST /`, so the action goes after a
 * `#`. The page is rewritten into the REST layout `action-pages.ts` reads: a request syntax whose
 * request line is that route (the sample's method; a bare URL is a GET, as curl's), the entries
 * under the title that layout gives them (a `POST` sample's form body `Action=…&…`: the body's fields).
 * A page whose samples state no target (or two) keeps its sample's route, if any: a diagnostic says
 * the action is not told apart; its service prefix and version are never made up from its title.
 */
import type { Code, Heading, Paragraph, Root, RootContent, TableRow } from 'mdast';
import type { Position } from 'unist';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { plainText } from '../../document/plain-text.js';
import { sourceOf } from '../../ir/source.js';
import { decodeFormValue, splitQuery } from '../shared/query-string.js';
import { entryNames } from './action-pages.js';
import { markOrigin } from './findings.js';
import { madeTable, textCell } from './made-tables.js';
import { unstatedSuccessTable } from './prose-statuses.js';
import { sectionEnd } from './section-end.js';
import { normaliseTitle } from './section-titles.js';
import { HTTP_VERSION } from './status-words.js';

const ROOT_LINE = new RegExp(String.raw`^(GET|POST)[ \t]+(\/\S*)[ \t]+${HTTP_VERSION}$`);
const URL_LINE = /^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?\?(\S+)$/;
const HEADER = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(\S+)$/;
const ACTION = /^[A-Za-z][\w]*$/;
/** "If the action is successful, the service sends back an HTTP 200 response." */
const SUCCESS = /\bsends back an HTTP (\d{3}) response\b/;
const XML_RESPONSE = /^\s*(?:<\?xml[^>]*>\s*)?<[A-Za-z]\w*Response\b/;
/** `Library_20200101.CreateShelf`: the service's prefix, then the action after the last dot. */
const TARGET_PREFIX = /^[\w.-]+$/;

/** What a sample request states of the action it calls. */
interface Call {
  method: 'GET' | 'POST';
  path: string;
  /** `X-Amz-Target`'s value (JSON protocol) or `Action`'s (Query protocol); none where the sample states neither. */
  target?: string;
  action: string;
  protocol: 'json' | 'query';
  version?: string;
  /** The Query protocol's parameters go in a form body. */
  form: boolean;
}

/**
 * Rewrites a JSON- or Query-protocol action page into the REST layout; returns the action's name
 * (the operation's id), or nothing where the page is no such page.
 */
export function convertProtocolActions(root: Root, file: string, diagnostics: DiagnosticBag): string | undefined {
  const nodes = root.children;
  // Cheap: the layout's two titles, before any title is normalised.
  if (!nodes.some((node) => node.type === 'heading' && plainText(node).includes('Response Elements'))) return undefined;
  const parametersAt = nodes.findIndex((node) => isTitled(node, 'request parameters'));
  if (parametersAt < 0) return undefined;
  const syntaxAt = nodes.findIndex((node) => isTitled(node, 'request syntax'));
  const next = syntaxAt < 0 ? undefined : nodes[syntaxAt + 1];
  // A REST page: its syntax fence opens with its request line (action-pages.ts); this layout's, with the body's sketch.
  if (syntaxAt >= 0 && !(next?.type === 'code' && /^\s*[[{]/.test(next.value))) return undefined;
  const sketch = next as Code | undefined;
  const calls = nodes.flatMap((node) => (node.type === 'code' ? callsOf(node) : []));
  const targets = [...new Set(calls.flatMap((call) => (call.target ? [call.target] : [])))];
  const heading = nodes[parametersAt] as Heading;
  const at = heading.position;
  // Another vendor's `Request Parameters` and `Response Elements`: no sketch, no call to `/`.
  if (!at || (targets.length === 0 && sketch === undefined && calls.length === 0)) return undefined;
  const title = pageTitle(nodes);
  if (targets.length !== 1) {
    const told = targets.length > 1 ? `its samples state ${targets.length} (${targets.join(', ')})` : 'no sample request states one';
    diagnostics.report(
      'unstated-target',
      sourceOf(file, heading),
      `${title ?? 'this action'}: every action of the service shares its route; the page tells its action by no X-Amz-Target header or Action parameter (${told}), so its route tells it from no other`,
    );
  }
  // Told by no target, the sample's route alone (`POST /`): the action its page's title, no route of its own.
  const call = targets.length === 1 ? calls.find((found) => found.target) : targets.length === 0 ? calls[0] : undefined;
  if (!call) return undefined;
  const query = call.protocol === 'query' && !call.form;
  const fence = requestSyntax(call, query ? entryNames(nodes, parametersAt) : [], sketch, at);
  // `X-Amz-Target`, `Action`, `Version`: parameters of the route; a form's, entries of its fields.
  const fixed = call.form ? fixedEntries(call, at) : fixedTable(call, at);
  const retitled: Heading = {
    ...heading,
    children: [{ type: 'text', value: query ? 'URI Request Parameters' : 'Request Body', position: at }],
  };
  const response = responseSyntax(nodes) ?? (call.protocol === 'query' ? unstatedSuccess(nodes) : undefined);
  const elements = xmlElements(nodes, call);
  const out: RootContent[] = [];
  nodes.forEach((node, index) => {
    if (index === response?.at) out.push(...response.nodes);
    if (index === syntaxAt + 1 && syntaxAt >= 0) out.push(fence, ...(call.form ? [] : fixed));
    else if (index === parametersAt) {
      if (syntaxAt < 0) out.push(syntaxHeading(heading.depth, 'Request Syntax', at), fence, ...(call.form ? [] : fixed));
      out.push(retitled, ...(call.form ? fixed : []));
    } else if (index === elements?.at) out.push(elements.heading);
    else if (index !== response?.replaced) out.push(node);
  });
  root.children = out;
  return call.target ? call.action : title && ACTION.test(title) ? title : undefined;
}

/** `POST /#X-Amz-Target=Library_20200101.CreateShelf HTTP/1.1` ⏎ ⏎ the sketch; a GET's entries each a query pair of its name. */
function requestSyntax(call: Call, names: readonly string[], sketch: Code | undefined, at: Position): Code {
  const action = call.target ? `#${call.protocol === 'json' ? 'X-Amz-Target' : 'Action'}=${call.target}` : '';
  const pairs = names.map((name) => `${name}=${name}`).join('&');
  const line = `${call.method} ${call.path}${action}${pairs ? `?${pairs}` : ''} HTTP/1.1`;
  const body = sketch ? `\n\n${sketch.value.trim()}` : '';
  return { type: 'code', lang: null, meta: null, value: `${line}${body}`, position: sketch?.position ?? at };
}

/**
 * The success status the elements' sentence states ("If the action is successful, the service sends
 * back an HTTP 200 response."), as the REST layout's response syntax states it: over the sketch
 * there is, else a syntax of its own before the elements.
 */
function responseSyntax(nodes: readonly RootContent[]): { at: number; replaced?: number; nodes: RootContent[] } | undefined {
  const elements = nodes.findIndex((node) => isTitled(node, 'response elements'));
  const heading = nodes[elements] as Heading | undefined;
  if (!heading?.position) return undefined;
  const end = sectionEnd(nodes, elements, heading.depth);
  const said = nodes.slice(elements + 1, end).find((node) => node.type === 'paragraph' && SUCCESS.test(plainText(node)));
  const status = said ? SUCCESS.exec(plainText(said))![1] : undefined;
  if (!status || !said?.position) return undefined;
  const syntaxAt = nodes.findIndex((node) => isTitled(node, 'response syntax'));
  const sketch = nodes[syntaxAt + 1];
  if (syntaxAt < 0) {
    const fence: Code = { type: 'code', lang: null, meta: null, value: `HTTP/1.1 ${status}`, position: said.position };
    return { at: elements, nodes: [syntaxHeading(heading.depth, 'Response Syntax', heading.position), fence] };
  }
  if (sketch?.type !== 'code' || !/^\s*[[{]/.test(sketch.value)) return undefined;
  return { at: syntaxAt + 1, replaced: syntaxAt + 1, nodes: [{ ...sketch, value: `HTTP/1.1 ${status}\n\n${sketch.value.trim()}` }] };
}

/**
 * A Query-protocol page states no success status (no sentence, no status line), yet its `Response
 * Elements` are what a success answers, as its sample `<CreateShelfResponse>` is: a success whose
 * code the page does not give (`2XX`), as a JSON-protocol page's stated one, so the elements are its
 * body whatever errors the page lists. A page whose elements section holds no entry gets none.
 */
function unstatedSuccess(nodes: readonly RootContent[]): { at: number; replaced?: number; nodes: RootContent[] } | undefined {
  const at = nodes.findIndex((node) => isTitled(node, 'response elements'));
  const heading = nodes[at] as Heading | undefined;
  if (!heading?.position || entryNames(nodes, at).length === 0) return undefined;
  return { at, nodes: [syntaxHeading(heading.depth, 'Responses', heading.position), unstatedSuccessTable('', heading.position)] };
}

/**
 * A Query-protocol page whose sample response is XML (`<CreateKeeperResponse xmlns=…>`): its elements'
 * title states it (`Response Elements (application/xml)`, an XML sample's type where none is stated).
 */
function xmlElements(nodes: readonly RootContent[], call: Call): { at: number; heading: Heading } | undefined {
  if (call.protocol !== 'query' || !nodes.some((node) => node.type === 'code' && XML_RESPONSE.test(node.value))) return undefined;
  const at = nodes.findIndex((node) => isTitled(node, 'response elements'));
  const heading = nodes[at] as Heading | undefined;
  if (!heading?.position) return undefined;
  const title = { type: 'text' as const, value: 'Response Elements (application/xml)', position: heading.position };
  return { at, heading: { ...heading, children: [title] } };
}

function isTitled(node: RootContent | undefined, title: string): node is Heading {
  return node?.type === 'heading' && normaliseTitle(plainText(node)) === title;
}

function pageTitle(nodes: readonly RootContent[]): string | undefined {
  const title = nodes.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  return title ? plainText(title).trim() : undefined;
}

function syntaxHeading(depth: Heading['depth'], title: string, at: Position): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: title, position: at }], position: at };
}

/** `X-Amz-Target`, or `Action` and `Version`: each of its stated value. */
function fixedValues(call: Call): Array<[string, string]> {
  if (!call.target) return [];
  return call.protocol === 'json'
    ? [['X-Amz-Target', call.target]]
    : [['Action', call.target], ...(call.version ? [['Version', call.version] as [string, string]] : [])];
}

/** The fixed values as the header (JSON) or query parameters (Query) of the route. */
function fixedTable(call: Call, at: Position): RootContent[] {
  const place = call.protocol === 'json' ? 'header' : 'query';
  const rows = fixedValues(call).map(
    ([name, value]): TableRow => ({
      type: 'tableRow',
      children: [textCell(name, at), textCell(place, at), textCell(`Enum: ${value}`, at), textCell('Yes', at)],
      position: at,
    }),
  );
  return rows.length > 0 ? [markOrigin(madeTable(['Name', 'In', 'Type', 'Required'], rows, at), 'reader')] : [];
}

/** The fixed values as entries of a form body's fields, as the page writes its own (`**Action**` ⏎ `Valid Values: SendSignal` ⏎ `Required: Yes`). */
function fixedEntries(call: Call, at: Position): Paragraph[] {
  return fixedValues(call).map(([name, value]) => ({
    type: 'paragraph',
    children: [
      { type: 'strong', children: [{ type: 'text', value: name, position: at }], position: at },
      { type: 'break', position: at },
      { type: 'text', value: `Valid Values: ${value}`, position: at },
      { type: 'break', position: at },
      { type: 'text', value: 'Required: Yes', position: at },
    ],
    position: at,
  }));
}

/**
 * The calls a sample fence makes: `POST / HTTP/1.1` with an `X-Amz-Target` header (or a form body
 * `Action=…&Version=…`), a request line `GET /?Action=…`, or a bare URL `https://host/?Action=…`
 * (its query perhaps wrapped, each line opening with `&`).
 */
function callsOf(code: Code): Call[] {
  const lines = code.value.split(/\r?\n/).map((line) => line.trim());
  const first = lines[0] ?? '';
  const url = URL_LINE.exec(lines.filter((line, index) => index === 0 || line.startsWith('&')).join(''));
  if (url) return queryCall('GET', url[1] ?? '/', url[2]!, false);
  const line = ROOT_LINE.exec(first);
  if (!line) return [];
  const [path, search] = line[2]!.split('?', 2) as [string, string | undefined];
  const headers = new Map<string, string>();
  let index = 1;
  for (; index < lines.length && lines[index] !== ''; index++) {
    const header = HEADER.exec(lines[index]!);
    if (header) headers.set(header[1]!.toLowerCase(), header[2]!);
  }
  const target = headers.get('x-amz-target');
  const action = target ? actionOf(target) : undefined;
  const method = line[1] as Call['method'];
  if (target && action) return [{ method, path, target, action, protocol: 'json', form: false }];
  if (search) return queryCall(method, path, search, false);
  const body = lines.slice(index + 1).join('');
  if (body.startsWith('Action=')) return queryCall(method, path, body, method === 'POST');
  // `POST / HTTP/1.1` ⏎ a JSON body: a call whose action it does not say.
  return method === 'POST' && path === '/' && /^[[{]/.test(body) ? [{ method, path, action: '', protocol: 'json', form: false }] : [];
}

/** `Library_20200101.CreateShelf` → `CreateShelf`: the action after the service's prefix; none where either is missing. */
function actionOf(target: string): string | undefined {
  const dot = target.lastIndexOf('.');
  const action = target.slice(dot + 1);
  return dot > 0 && TARGET_PREFIX.test(target) && ACTION.test(action) ? action : undefined;
}

/** `Action=CreateUser&UserName=Bob&Version=2010-05-08`: the action and version it states, decoded. */
function queryCall(method: Call['method'], path: string, search: string, form: boolean): Call[] {
  // Percent- and `+`-encoded as a form's (`Version=2010%2D05%2D08`): each key and value decoded.
  const pairs = new Map(
    splitQuery(search).map(({ key, value }) => [decodeFormValue(key), value === undefined ? undefined : decodeFormValue(value)]),
  );
  const action = pairs.get('Action');
  if (!action || !ACTION.test(action)) return [];
  const version = pairs.get('Version');
  return [{ method, path, target: action, action, protocol: 'query', form, ...(version ? { version } : {}) }];
}
