/**
 * Endpoint signatures as vendors write them → method and OpenAPI path.
 *
 *     GET /projects/:id/hooks                 → GET /projects/{id}/hooks
 *     DELETE /users/<user_id>                 → DELETE /users/{user_id}
 *     POST https://api.example.com/v1/items   → POST /v1/items, host `https://api.example.com` stripped
 *     GET //api.example.com/v2/things         → GET /v2/things, host `//api.example.com` (no scheme) stripped
 *     GET {{baseUrl}}/users/{id}              → GET /users/{id}, the placeholder stripped
 *     PATCH /users/{id | userPrincipalName}   → PATCH /users/{id}
 *     POST /services/{service name or id}/routes → POST /services/{service_name_or_id}/routes (words joined)
 *     GET /v2/_catalog?last=<last repository> → query `last=<last_repository>` (so in angle brackets after `/` or `=`)
 *     GET /channels/{channel.id#DOCS_…}       → GET /channels/{channel.id} (a link to its type dropped)
 *     GET /users{?page,per_page}              → GET /users (a URI template's query expression dropped)
 *     [GET] /users, GET: /users, HTTP GET /users → GET /users (a marked method, in capitals)
 *     GET /users?active=true                  → query `active=true` kept apart (an example, unless
 *                                               nothing else documents GET /users)
 *     GET /config/[path], GET /containers/(id)/json, POST /case/<<caseId>>/task
 *                                             → `{path}`, `{id}`, `{caseId}` (other ways of naming a parameter)
 *     GET /issues/[id].[format], GET /projects/:id.:format
 *                                             → `/issues/{id}.{format}`, `/projects/{id}.{format}` (Rails'
 *                                               format suffix, a path parameter as Redmine's OpenAPI writes it)
 *     GET SITE_ROOT/api/v1/checks/            → GET /api/v1/checks, a base-URL placeholder in capitals stripped
 *     GET /items:, GET /thumb.jpg[?h=300]     → GET /items, GET /thumb.jpg?h=300 (a sentence's colon, an
 *                                               optional query's brackets dropped)
 *     GET /accounts/$ACCOUNT_ID, GET /books/${id}
 *                                             → `{ACCOUNT_ID}`, `{id}` (shell variables; `$count`, OData's, and
 *                                               a `$` in the query or a price `$5` are none)
 *     GET /users/&lt;id&gt;                   → GET /users/{id} (HTML-escaped in code, which no markdown parser decodes)
 *     GET /files/<path:name>                  → GET /files/{name:path} (Flask's converter, as a braced placeholder writes it)
 *     GET /files/{+path}, {path...}, {*path}  → kept: a catch-all's mark (`callsRoute`), which the extractor drops;
 *                                               `placeholderNames` gives the names alone
 */

import { queryStart } from '../../document/route-query.js';
import { SPACE_IN_ROUTE, UNCLOSED_PLACEHOLDER, UNOPENED_PLACEHOLDER } from '../../document/route-slips.js';
import { HTTP_METHODS, type HttpMethod } from '../../ir/types.js';

export interface ParsedSignature {
  method: HttpMethod;
  /** OpenAPI template: leading slash, `{name}` parameters, no host, no query, no trailing slash. */
  path: string;
  /** Scheme and host (and a placeholder) taken off the front, as written. */
  host?: string;
  /** The query string as written, without `?`. */
  query?: string;
}

const SIGNATURE = /^\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE)\s+(\S+)(?:\s+HTTP\/[\d.]+)?\s*$/i;
const HOST = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;
/** A leading placeholder for the base URL: `{{baseUrl}}`, `{base_url}`, `$HOST`, `<endpoint>`, `SITE_ROOT`. */
const BASE_PLACEHOLDER =
  /^(?:\{\{[^}]*\}\}|\{[^}]*(?:url|host|base|endpoint|server|domain|root|api)[^}]*\}|<[^>]*(?:url|host|base|endpoint|server|domain)[^>]*>|\$\{?[A-Z_][A-Z0-9_]*\}?)(?=\/|$)/i;
/** A placeholder for the base URL written in capitals: `SITE_ROOT`, `BASE_URL`, `API_HOST`. */
const CAPITALS_BASE = /^(?:[A-Z][A-Z0-9]*_)*(?:URL|HOST|BASE|ROOT|SERVER|DOMAIN|ORIGIN)(?:_[A-Z0-9]+)*(?=\/|$)/;

/**
 * A URL without its scheme (a network-path reference, RFC 3986 §4.2): `//api.example.com`,
 * `//localhost:8080`, `//10.0.0.7`, a path after it. A first segment that is no host name (`//books`,
 * `//v1.2/…`) is a route's empty segment, read as a slip.
 */
const NETWORK_HOST = /^\/\/(?:localhost|(?:\d{1,3}\.){3}\d{1,3}|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?::\d+)?(?=\/)/;

/** A host without its scheme that opens with a placeholder: `{org_name}.example.com`, `<tenant>.example.com:8443`. */
const PLACEHOLDER_HOST = /^(?:\{[A-Za-z_][\w-]*\}|<[A-Za-z_][\w-]*>)(?:\.[A-Za-z0-9-]+)+(?::\d+)?(?=\/)/;

/** `METHOD URL` on its own (a line, a heading, inline code) → a signature, or `undefined`. */
export function parseSignature(text: string): ParsedSignature | undefined {
  // `{id | userPrincipalName}`: one parameter a caller may give in either form; its first name.
  // `{channel.id#DOCS_RESOURCES_CHANNEL/channel-object}` (Discord): the parameter and a link to its type.
  // `[GET] /users`, `GET: /users`, `HTTP GET /users`: the method marked so (in capitals only).
  const line = text
    .replace(/^\s*(?:HTTP\s+)?\[?(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE)\]?:?(?=\s)/, '$1')
    .replace(/\{\s*([A-Za-z_][\w.-]*)\s*\|[^{}\n]*\}/g, '{$1}')
    .replace(/\{([A-Za-z_][\w.-]*)#[^{}\s]*\}/g, '{$1}')
    .replace(SPACED_PLACEHOLDER, joinWords)
    .replace(SPACED_ANGLES, joinAngleWords)
    .replace(/\s+/g, ' ')
    // `GET /things/ {thingId}`, `GET /things /{thingId}`: a space a slip put inside the route (`extract/written-slips.ts` reports it).
    .replace(SPACE_IN_ROUTE, '');
  const match = SIGNATURE.exec(line);
  if (!match) return undefined;
  return signatureOf(match[1]!, match[2]!);
}

/** A placeholder named in words (Kong's `{service name or id}`): one parameter, for which `joinWords` makes a name. */
const SPACED_PLACEHOLDER = /\{([A-Za-z_][\w-]*(?:[ \t]+[A-Za-z_][\w-]*)+)\}/g;

/** The same in angle brackets after a slash or an `=` (the registry API's `?last=<last repository>`, `/<repo name>/tags`). */
const SPACED_ANGLES = /(?<=[=/])<([A-Za-z_][\w-]*(?:[ \t]+[A-Za-z_][\w-]*)+)>/g;

function joinAngleWords(_: string, words: string): string {
  return `<${words.split(/[ \t]+/).join('_')}>`;
}

/** `{service name or id}` → `{service_name_or_id}`: the words of a placeholder joined, as a parameter's name is one word. */
function joinWords(_: string, words: string): string {
  return `{${words.split(/[ \t]+/).join('_')}}`;
}

/** A route's placeholders named in words, each made one name (`/services/{service name or id}` → `/services/{service_name_or_id}`). */
export function joinPlaceholderWords(route: string): string {
  return route.replace(SPACED_PLACEHOLDER, joinWords);
}

/** A route written without its leading slash that opens with a parameter (`PUT <index>`, `POST {index}/_doc`). */
const RELATIVE_TEMPLATE = /^(?:<[A-Za-z_][\w.-]*>|\{[A-Za-z_][\w.-]*\})(?:\/\S*)?$/;

/** Method and URL given apart (a table's cells, `Method:` and `URL:` lines, curl). */
export function signatureOf(methodText: string, url: string): ParsedSignature | undefined {
  const method = methodText.trim().toLowerCase() as HttpMethod;
  if (!HTTP_METHODS.includes(method)) return undefined;
  // `{?page,per_page}`, `{&cursor}`: URI-template query expressions (RFC 6570; API Blueprint) are no part of the path.
  // `/items:` (a sentence's colon after the route), `/thumb.jpg[?h=300]` (an optional query in brackets).
  let rest = decodeEntities(url)
    .trim()
    .replace(/^['"`]|['"`]$/g, '')
    .replace(/\{[?&][^{}]*\}/g, '')
    .replace(/\[(\?[^\]\s]*)\]$/, '$1')
    .replace(/[:;,]+$/, '');
  let host: string | undefined;
  const hostMatch =
    HOST.exec(rest) ?? NETWORK_HOST.exec(rest) ?? BASE_PLACEHOLDER.exec(rest) ?? PLACEHOLDER_HOST.exec(rest) ?? CAPITALS_BASE.exec(rest);
  if (hostMatch) {
    host = hostMatch[0];
    rest = rest.slice(hostMatch[0].length);
  } else if (!rest.startsWith('/') && !/^[A-Za-z0-9_.~-]+\/\S/.test(rest) && !RELATIVE_TEMPLATE.test(rest)) return undefined;
  let query: string | undefined;
  // `/#X-Amz-Target=Library_20200101.CreateShelf`: an action of a route all actions share (aws-protocols.ts).
  const action = ACTION_FRAGMENT.exec(rest)?.[0] ?? '';
  const queryAt = queryStart(rest);
  if (queryAt >= 0) {
    if (rest[queryAt] === '?') query = rest.slice(queryAt + 1).replace(/#.*$/, '');
    rest = rest.slice(0, queryAt);
  }
  const path = templatePath(rest) + action;
  if (!/^\/[^\s]*$/.test(path)) return undefined;
  const signature: ParsedSignature = { method, path };
  if (host !== undefined) signature.host = host;
  if (query !== undefined) signature.query = query;
  return signature;
}

/** A fragment naming the action the route stands for (aws2openapi's form): `#Action=CreateUser`. */
const ACTION_FRAGMENT = /#[A-Za-z][\w-]*=[\w.-]+$/;

/** `&lt;`, `&gt;`, `&amp;`, `&lbrace;`, `&#123;`, `&#x7D;`, …: a route HTML-escaped (in code, which markdown keeps as written). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:(lt|gt|amp|quot|lbrace|rbrace|lcub|rcub)|#(\d{1,6})|#x([0-9a-f]{1,6}));/gi, (whole, name, decimal, hex) => {
    if (name) return NAMED[(name as string).toLowerCase()]!;
    const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex, 16);
    return code > 32 && code < 127 ? String.fromCharCode(code) : whole;
  });
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', lbrace: '{', rbrace: '}', lcub: '{', rcub: '}' };

/**
 * `:id`, `<id>`, `<<id>>`, `{{id}}` and `{id}` parameters, shell variables `$ACCOUNT_ID` (in
 * capitals) and `${id}`, and segments `[path]`, `(id)`, `LAMP_ID` (capitals joined by
 * underscores) and `ID` alone, → `{id}`; a leading slash, no trailing one.
 */
function templatePath(raw: string): string {
  let path = raw.startsWith('/') ? raw : `/${raw}`;
  path = path
    // Rails' optional format suffix, `(.:format)`: the route without it.
    .replace(/\(\.:[A-Za-z_]\w*\)$/, '')
    // Django's named groups `(?P<pk>[0-9]+)` and Express's `:id(\d+)`: the parameter and its pattern, as `{pk:[0-9]+}` writes them.
    .replace(/\(\?P?<([A-Za-z_]\w*)>([^()]*)\)/g, '{$1:$2}')
    .replace(/(^|\/):([A-Za-z_][\w-]*)\(([^()]+)\)/g, '$1{$2:$3}')
    .replace(/\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g, '{$1}')
    // A placeholder a slip left open or never opened (`/notes/{noteId`, `/notes/noteId}`): as meant
    // (`extract/written-slips.ts` reports it).
    .replace(UNCLOSED_PLACEHOLDER, '{$1}')
    .replace(UNOPENED_PLACEHOLDER, '{$1}')
    // Shell variables: `${id}` in any case, a bare `$ACCOUNT_ID` in capitals only (`/users/$count` is OData's segment).
    .replace(/\$\{([A-Za-z_]\w*)\}/g, '{$1}')
    .replace(/\$([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?![\w$])/g, '{$1}')
    // A whole segment in capitals joined by underscores (`/lamps/LAMP_ID`, `/projects/PROJECT_ID/keys`): the
    // placeholder docs write for the reader to replace, as `$LAMP_ID` is; a word in capitals alone (`/SMS`) stays.
    .replace(/(?<=\/)([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?=\/|$|\?)/g, '{$1}')
    // `ID` alone in capitals (`/lamps/ID`, also `UUID`, `GUID`): the id the reader replaces, as Slate references write it.
    .replace(/(?<=\/)(ID|UUID|GUID)(?=\/|$|\?)/g, '{$1}')
    .replace(/<<([A-Za-z_][\w.-]*)>>/g, '{$1}')
    .replace(
      /(?<=\/)(?:\[([A-Za-z_][\w-]*)\]|\(([A-Za-z_][\w-]*)\))(?=\/|$|\.\[|\.:)/g,
      (_, bracketed: string | undefined, parenthesised: string) => `{${bracketed ?? parenthesised}}`,
    )
    // Rails' format suffix (Redmine's `/issues.[format]`, `/projects/:id.:format`): a parameter of the path.
    .replace(
      /(?<=[^/.])\.(?:\[([A-Za-z_]\w*)\]|:([A-Za-z_]\w*))$/,
      (_, bracketed: string | undefined, colon: string) => `.{${bracketed ?? colon}}`,
    )
    .replace(/(^|\/):([A-Za-z_][\w-]*)/g, '$1{$2}')
    .replace(/<([A-Za-z_][\w.-]*)>/g, '{$1}')
    // Flask's `<int:id>`, `<path:file>`: the converter after the name, as a braced placeholder writes it.
    .replace(/<([a-z]+):([A-Za-z_][\w-]*)>/g, '{$2:$1}');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  return path;
}

/**
 * The parameter names of a route's placeholders, their marks and constraints left out:
 * `/files/{+path}`, `{path...}`, `{*path}`, `{path:path}` → `path`; `{id:int}`, `{id:[0-9]+}` → `id`.
 */
export function placeholderNames(path: string): string[] {
  return [...path.matchAll(/\{(?:\*{1,2}|\+)?([^{}:?=]+?)(?:\.\.\.)?\??(?::[^{}]*)?(?:=[^{}]*)?\}/g)].map((match) => match[1]!.trim());
}

/**
 * Whether a signature shows sample values rather than the route: URL-encoded text (`%2F`), a
 * number or a UUID-like id where a parameter would be (`/projects/5`, `/users/87d349ed-…`). A
 * number that is the API's version (`/api/27/jobs`, `/rest/api/2/issue/{key}`: see
 * `isVersionSegment`) is none; `routes`, the paths of every route the page states, tell it.
 */
export function showsSampleValues(path: string, routes: readonly string[] = []): boolean {
  const segments = path.split('/').filter((segment) => segment.length > 0);
  return segments.some((_, index) => sampleKind(segments, index, routes) !== undefined);
}

/**
 * The one segment of a path that shows a sample id (a number or a UUID), when it shows no other
 * sample value: its index among the path's segments (`/v1/feeds/42` → 2), else `undefined`.
 */
export function sampleIdSegment(path: string, routes: readonly string[] = []): number | undefined {
  const segments = path.split('/').filter((segment) => segment.length > 0);
  const kinds = segments.map((_, index) => sampleKind(segments, index, routes));
  const samples = kinds.flatMap((kind, index) => (kind ? [index] : []));
  return samples.length === 1 && kinds[samples[0]!] === 'id' ? samples[0] : undefined;
}

/**
 * A lower-case prefix, an underscore, then the id: three digits or more (`shf_123`), or eight
 * letters and digits or more with a digit among them (`cus_9s6XKzkNRiz8i3`); `sms_2fa` is a word.
 */
const PREFIXED_ID = /^[a-z]{2,6}_(?:\d{3,}|(?=[A-Za-z]*\d)[A-Za-z0-9]{8,})$/;

/** What sample value a segment shows: an `id` (a number, a UUID), `other` (URL-encoded text, a token), or none. */
function sampleKind(segments: readonly string[], index: number, routes: readonly string[]): 'id' | 'other' | undefined {
  const segment = segments[index]!;
  if (/%[0-9A-Fa-f]{2}/.test(segment)) return 'other';
  if (index > 0 && /^\d+$/.test(segment)) return isVersionSegment(segments, index, routes) ? undefined : 'id';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment)) return 'id';
  // A prefixed id, as Stripe-like APIs write them: `cus_9s6XKzkNRiz8i3`, `shf_123`.
  if (index > 0 && PREFIXED_ID.test(segment)) return 'id';
  return segment.length >= 16 &&
    /\d/.test(segment) &&
    /[A-Za-z]/.test(segment) &&
    /^[A-Za-z0-9_=-]+$/.test(segment) &&
    !segment.includes('_')
    ? 'other'
    : undefined;
}

/** The word a version number follows: `api`, `rest`, `public-api`. */
const VERSION_PREFIX = /^(?:(?:[a-z]+[-_.]?)?api|rest)$/i;

/**
 * A number right after an API prefix (`/api/27/jobs`, `/rest/api/2/issue`), only literal words
 * before it and the route going on after it, that every route of the page with that prefix
 * carries alike, or as a number before another route: the API's version, no sample id. Rundeck
 * writes the version each route came in (`/api/1/job/[ID]` beside `/api/14/project/[PROJECT]/jobs`).
 * A route of the page that writes a parameter there (`/api/{version}/jobs`), or another number
 * before the same route (`/api/27/jobs/{id}` beside `/api/5/jobs/{id}`), makes it a sample.
 */
function isVersionSegment(segments: readonly string[], index: number, routes: readonly string[]): boolean {
  if (index >= segments.length - 1 || !VERSION_PREFIX.test(segments[index - 1]!)) return false;
  const prefix = segments.slice(0, index);
  if (!prefix.every((segment) => /^[A-Za-z][\w.-]*$/.test(segment))) return false;
  const after = segments.slice(index + 1);
  return routes.every((route) => {
    const other = route.split('/').filter((segment) => segment.length > 0);
    if (other.length <= index || prefix.some((segment, at) => other[at] !== segment) || other[index] === segments[index]) return true;
    if (!/^\d+$/.test(other[index]!)) return false;
    const rest = other.slice(index + 1);
    return rest.length !== after.length || rest.some((segment, at) => !sameSegment(segment, after[at]!));
  });
}

/** HTML's void elements, written without a closing tag (`<br>` after a slash is still a break). */
const VOID_ELEMENTS = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/** Whether a tag name is one of HTML's void elements (`br`, `img`, …), which never close. */
export function isVoidElement(name: string): boolean {
  return VOID_ELEMENTS.test(name);
}

/** The names of the closing tags a text holds (`</b>` → `b`), for `isPlaceholderTag`. */
export function closingTags(text: string): Set<string> {
  return new Set(text.includes('</') ? [...text.matchAll(/<\/([A-Za-z_][\w.-]*)\s*>/g)].map((match) => match[1]!) : []);
}

/**
 * Whether an inline tag is a route's placeholder, not HTML: `<id>` right after a `/`
 * (`GET /users/<id>`, which markdown parses as a tag), with no attribute, no closing `</id>` among
 * `closed` (the text's: `/<b>id</b>` is bold) and no void element's name (`<br>`).
 */
export function isPlaceholderTag(tag: string, before: string, closed: ReadonlySet<string>): boolean {
  if (!before.endsWith('/')) return false;
  return isBareTag(tag, closed);
}

/**
 * Whether an inline tag is a type's parameter, not HTML: `<date-time>` glued to the type word
 * before it (`string<date-time>`, `enum<string>`, Twilio's), as bare as `isPlaceholderTag`'s.
 */
export function isTypeParameterTag(tag: string, before: string, closed: ReadonlySet<string>): boolean {
  return /[A-Za-z]$/.test(before) && isBareTag(tag, closed);
}

/**
 * Whether a tag alone in a table's name cell is the name written as a placeholder (`| <block> |
 * String | … |`, search engines' references, which markdown reads as a tag): a tag of a name alone,
 * no void element's (`<br>`) nor a formatting element's (`<b>`, `<code>`, `<span>`).
 */
export function isPlaceholderCellTag(tag: string): boolean {
  const name = /^<([A-Za-z_][\w.-]*)>$/.exec(tag)?.[1];
  return name !== undefined && !FORMATTING_ELEMENTS.test(name) && isBareTag(tag, new Set());
}

/** HTML's elements that format a cell's words, never a placeholder's name. */
const FORMATTING_ELEMENTS = /^(?:a|b|i|u|s|em|strong|code|span|p|div|sup|sub|small|kbd|mark|pre|del|ins|tt|big|center|font)$/i;

/** A tag of a name alone (no attribute), neither closed in the text nor a void element's. */
function isBareTag(tag: string, closed: ReadonlySet<string>): boolean {
  const name = /^<([A-Za-z_][\w.-]*)>$/.exec(tag)?.[1];
  return name !== undefined && !isVoidElement(name) && !closed.has(name);
}

/** A format's suffix closing a path: `shelves.json`, `{id}.xml`. */
const FORMAT_SUFFIX = /(?<=[^./])\.(?:json|xml)$/i;

/**
 * Whether a command's path calls a route: the route's segments end it, a parameter standing for
 * any segment (a sample id), the command's own placeholders for any of the route's; segments
 * before the route's are the base URL's (`/api/v1` before `/users/{id}`). A parameter named a path
 * stands for one segment or several, wherever it is in the route: `/config/{path}` called as
 * `/config/apps/http/listen`, `/labels/{path}/count` as `/labels/shelves/front/count`.
 */
export function callsRoute(path: string, route: string): boolean {
  const called = path.split('/').filter(Boolean);
  const routed = route.split('/').filter(Boolean);
  // Zendesk's commands call `/api/v2/shelves.json` for `GET /api/v2/shelves`: the format's suffix names no other route.
  const last = called.at(-1);
  if (last && FORMAT_SUFFIX.test(last) && !FORMAT_SUFFIX.test(routed.at(-1) ?? ''))
    called[called.length - 1] = last.replace(FORMAT_SUFFIX, '');
  for (let offset = 0; offset + routed.length <= called.length; offset++) if (endsAt(routed, 0, called, offset)) return true;
  return false;
}

/** The routes of each list of signatures a command is checked against, for the one exact look-up most calls need. */
const ROUTE_SETS = new WeakMap<readonly { path: string }[], ReadonlySet<string>>();

/**
 * Whether a command's path calls any of the routes (`callsRoute`). A route the path is exactly
 * calls it: looked up in a set made once per list, not searched for, as a page of thousands of
 * calls, each its own route, would be for each call.
 */
export function callsAnyRoute(path: string, routes: readonly { path: string }[]): boolean {
  let paths = ROUTE_SETS.get(routes);
  if (!paths) {
    paths = new Set(routes.map((route) => route.path));
    ROUTE_SETS.set(routes, paths);
  }
  return paths.has(path) || routes.some((route) => callsRoute(path, route.path));
}

/**
 * Whether a call's path is a route's below the API's base path: the route's segments end it (a
 * parameter standing for any value), the segments before them a base path that shows no sample
 * value and opens no route of the page (`firsts`: the first segment of each): `/v1/notes/42` calls
 * `/notes/{noteId}`; `/users/7/notes` does not call `/notes`, nor `/users/me/notes` where the
 * page states `/users/…` routes.
 */
export function callsBelowBase(path: string, route: string, firsts: ReadonlySet<string>): boolean {
  const called = path.split('/').filter(Boolean);
  const routed = route.split('/').filter(Boolean);
  const base = called.length - routed.length;
  if (base < 0 || !routed.every((segment, index) => segment === called[base + index] || /^\{[^{}]+\}$/.test(segment))) return false;
  if (base === 0) return true;
  const prefix = called.slice(0, base);
  return !firsts.has(prefix[0]!) && !showsSampleValues(`/${prefix.join('/')}`) && prefix.every((segment) => !segment.includes('{'));
}

/**
 * Whether the route's segments from `r` on call the command's from `c` on, to its end. Segments
 * that take one each are walked in a loop, only a spanning one tries its lengths by recursion (a
 * route of 20,000 segments is no 20,000 calls deep), and a place found not to fit is not tried again
 * (`{path}/{path}/…` over a long call: each pair of places once, not each way of sharing them).
 */
function endsAt(routed: readonly string[], r: number, called: readonly string[], c: number, failed?: Set<number>): boolean {
  for (; ; r++, c++) {
    if (r === routed.length) return c === called.length;
    if (c === called.length) return false;
    const segment = routed[r]!;
    if (!sameSegment(segment, called[c]!)) return false;
    if (SPANNING.test(segment)) break;
  }
  const at = r * (called.length + 1) + c;
  // Made at the first spanning segment only: most routes have none.
  const tried = failed ?? new Set<number>();
  if (tried.has(at)) return false;
  // A path parameter takes the next segment too, as long as the rest of the route still fits.
  for (let next = c + 1; next + (routed.length - r - 1) <= called.length; next++)
    if (endsAt(routed, r + 1, called, next, tried)) return true;
  tried.add(at);
  return false;
}

/**
 * A parameter that may span segments: one named a path (`{path}`, `{filepath}`, `{file_path}`,
 * `[path]` as the route index writes it), or marked a catch-all by the route's own syntax, whatever
 * its name: ASP.NET's and httprouter's `{*path}`, RFC 6570's reserved expansion `{+path}`, Go's
 * `{path...}`, a pattern that matches slashes (`{path:.*}`, `{rest:.+}`, Flask's `{path:path}`).
 */
const SPANNING = /^\{(?:[a-z_]*path|\*[A-Za-z_][\w-]*|\+[A-Za-z_][\w-]*|[A-Za-z_][\w-]*\.\.\.|[A-Za-z_][\w-]*:(?:\.[*+]|path))\}$/i;

function sameSegment(segment: string, other: string): boolean {
  return segment === other || segment.includes('{') || other.includes('{') || segment.toLowerCase() === other.toLowerCase();
}
