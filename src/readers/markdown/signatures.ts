/**
 * Where a general reference states an endpoint: the signature found in one block node.
 *
 *     ```                      ## GET /users/{id}        `POST /projects`
 *     GET /projects/:id        (a heading)               (inline code alone in a paragraph)
 *     ```
 *     | HTTP Method | URL |    **Method:** `GET`         ```bash
 *     | GET | /api/v1/me |     **Endpoint:** `/users`    curl -X POST https://…/v1/items -d '{…}'
 *                                                        ```  (a curl command: a signature only
 *                                                             when the page has nothing better)
 *     ---
 *     api: 'POST https://api.example.com/user'                (MDX front matter; `endpoint: POST /user`,
 *     ---                                                      or `method: POST` ⏎ `path: /user`)
 *     `GET` — `/users/{id}`    Endpoint: /users/{id} (GET)    ## /users/{id} (GET)
 *     (method and path in code spans of their own, a dash between or none; the method after the path)
 */
import type { Code, Heading, InlineCode, List, Nodes, Paragraph, RootContent, Table } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { METHOD_WORDS } from '../../ir/types.js';
import { withoutClosing } from '../shared/trim.js';
import { clientCallOf } from './client-calls.js';
import { DATA_FLAGS, isCurlCommand, parseCurl } from './curl.js';
import { withoutDeprecationNote } from './deprecated-operations.js';
import { closingTags, isPlaceholderTag, joinPlaceholderWords, type ParsedSignature, parseSignature, signatureOf } from './paths.js';
import { isJson } from './pseudo-json.js';
import { OUTLINE_NUMBER, TITLE_NUMBER, withoutAttributeLists } from './section-titles.js';
import { classifyTable, tableSignatures } from './tables.js';

type SignatureKind =
  | 'fence'
  | 'heading'
  | 'inline'
  | 'table'
  | 'list'
  | 'index'
  | 'label'
  | 'curl'
  | 'front matter'
  | 'html'
  | 'block'
  | 'directive';

/** Routes a table of routes gave the sections its rows link to (route-index.ts). */
const INDEX_ROUTES = new WeakSet<InlineCode>();

export function markIndexRoute(node: InlineCode): void {
  INDEX_ROUTES.add(node);
}

/** Routes stated under a subtitle of their own, one of a call's several (titled-routes.ts), and the subtitle's words. */
const SUBTITLED_ROUTES = new WeakMap<RootContent, string>();

export function markRouteSubtitle(node: RootContent, title: string): void {
  SUBTITLED_ROUTES.set(node, title);
}

export function routeSubtitleOf(node: RootContent): string | undefined {
  return SUBTITLED_ROUTES.get(node);
}

/** Headings a reader made of a block that states its endpoint (GitBook's API blocks, Sphinx httpdomain's directives). */
const BLOCK_HEADINGS = new WeakMap<Heading, 'block' | 'directive'>();

export function markBlockHeading(node: Heading, kind: 'block' | 'directive' = 'block'): Heading {
  BLOCK_HEADINGS.set(node, kind);
  return node;
}

/** Headings that name a call whose route a label below them states (url-labels.ts): no signature of theirs. */
const CALL_NAMES = new WeakSet<Heading>();

export function markCallName(node: Heading): void {
  CALL_NAMES.add(node);
}

export interface Signature extends ParsedSignature {
  kind: SignatureKind;
  /** A request message (`GET http://host/v1/pets HTTP/1.1` and its headers): a sample call, a signature only when the page has nothing better. */
  message?: boolean;
  /** A call in console syntax over the JSON it sends (```` ```json ```` ⏎ `POST /search` ⏎ `{…}`): a route only on a page that states none otherwise. */
  console?: boolean;
  /** Where the page states it. */
  position?: Position;
  /** What the page says this route does beside it (a table of routes' Action column). */
  title?: string;
  /** A row of a table of routes' rate limits: no summary of the route, its Description cell (if any) at most its description. */
  limits?: { described?: string };
  /** The media types the page states the call answers in and accepts (`### Formats`, syntax-sections.ts). */
  mediaTypes?: string[];
  /** A request the API sends to the reader's endpoint: the webhook's name (webhook-deliveries.ts). */
  webhook?: string;
  /** The client a sample call other than curl is written with (`HTTPie`, `fetch`: client-calls.ts). */
  tool?: string;
  /** A route of a fence or table listing the page's routes that no section states again: the words after it are none of its. */
  listed?: boolean;
  /** A query form of a route the page states plainly, in a section of its own (`GET /v2/lamp?list`): a variant of that route (regions.ts). */
  variant?: boolean;
}

/** Info strings of code blocks that hold program text, never `METHOD /path` lines. */
const PROGRAM_LANGS =
  /^(?:json5?|jsonc|javascript|js|ts|typescript|python|py|ruby|rb|php|java|go|csharp|cs|c#|xml|yaml|yml|html|graphql|sql)$/i;
const SHELL_LANGS = /^(?:bash|sh|shell|console|powershell|ps|zsh|curl|cmd)$/i;

/** The signatures a block states (a fence may state several, one a line). */
export function signaturesIn(node: RootContent, columnNames?: Readonly<Record<string, string>>): Signature[] {
  const stated = statedSignatures(node, columnNames);
  // A route under several methods where the other forms read one at most (`PATCH | PUT /x` is no title and a line).
  const listed = methodListSignatures(node);
  const found = listed.length > stated.length ? listed : stated;
  // One of a call's routes under subtitles of their own (titled-routes.ts): its subtitle is its title.
  const title = found.length === 1 ? routeSubtitleOf(node) : undefined;
  return title ? [{ ...found[0]!, title }] : found;
}

/** `PUT/PATCH /users/{id}`, `GET, HEAD /photo`, `PATCH | PUT /users/:id`: one route under several methods. */
const METHOD_LIST = new RegExp(String.raw`^\s*((?:${METHOD_WORDS})(?:[ \t]*[/|,][ \t]*(?:${METHOD_WORDS}))+)[ \t]+(\/\S*)\s*$`);

const METHODS_ALONE = new RegExp(String.raw`^\s*(?:${METHOD_WORDS})(?:[ \t]*[/|,][ \t]*(?:${METHOD_WORDS}))+\s*$`);
const METHOD_LIST_OPENING = new RegExp(String.raw`^\s*(?:${METHOD_WORDS})[ \t]*[/|,]`);

/**
 * The request lines of a route written once under several methods: a fence's line, a heading or a
 * paragraph's code span that is such a line alone — an operation a method, at the line's place.
 */
function methodListSignatures(node: RootContent): Signature[] {
  const lines =
    node.type === 'code' && !PROGRAM_LANGS.test(node.lang ?? '')
      ? node.value.split(/\r?\n/).filter((line) => line.trim() !== '')
      : // Nelmio's `` ### `PUT|PATCH` /x ``, the methods in a code span of their own, is a title over request lines (nelmio-entries.ts).
        node.type === 'heading' && !node.children.some((child) => child.type === 'inlineCode' && METHODS_ALONE.test(child.value))
        ? [headingText(node)]
        : node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'inlineCode'
          ? [node.children[0]!.value]
          : [];
  const signatures: Signature[] = [];
  for (const line of lines) {
    if (!METHOD_LIST_OPENING.test(line)) return [];
    const match = METHOD_LIST.exec(line);
    if (!match) return [];
    for (const method of new Set(match[1]!.split(/[ \t]*[/|,][ \t]*/))) {
      const signature = signatureOf(method, match[2]!);
      if (signature)
        signatures.push({
          ...signature,
          kind: node.type === 'code' ? 'fence' : node.type === 'heading' ? 'heading' : 'inline',
          ...at(node),
        });
    }
  }
  return signatures;
}

function statedSignatures(node: RootContent, columnNames?: Readonly<Record<string, string>>): Signature[] {
  switch (node.type) {
    case 'code':
      return fenceSignatures(node);
    case 'heading': {
      if (CALL_NAMES.has(node)) return [];
      // `### **POST `/files/archive`** { id="archive" }`: an attribute list is no part of the signature.
      // `### :seedling: `DELETE` /gardens/:id`, `### 🌱 GET /pots/:id`, `### ![GET](get.svg) /trays/:id`: marks before the method.
      const text = withoutOpeningMarks(withoutDeprecationNote(withoutAttributeLists(badgedHeadingText(node))));
      // The title, then the signature: `## Get Channel % GET /channels/{id}` (Discord),
      // `### Create a user — POST /users`, `### Create a user `POST /users``.
      const indexed = node.children.find((child) => child.type === 'inlineCode' && INDEX_ROUTES.has(child));
      if (indexed?.type === 'inlineCode') {
        const signature = parseSignature(indexed.value);
        return signature ? [{ ...signature, kind: 'index', ...at(indexed) }] : [];
      }
      const spans = node.children.filter((child) => child.type === 'inlineCode');
      const code = spans.map((child) => parseSignature(child.value));
      const signature =
        parseSignature(text) ??
        parseSignature(TITLED_SIGNATURE.exec(text)?.[2] ?? '') ??
        parseSignature(SIGNATURE_TITLED.exec(text)?.[1] ?? '') ??
        (code.length === 1 ? code[0] : undefined) ??
        spannedSignature(text, spans) ??
        pathMethodSignature(text);
      return signature ? [{ ...signature, kind: BLOCK_HEADINGS.get(node) ?? 'heading', ...at(node) }] : [];
    }
    case 'paragraph': {
      // An MDX component CommonMark does not take for HTML (`<MethodEndpoint method={"get"} …>`): a paragraph.
      const text = plainText(node);
      const component = /^\s*<[A-Z]/.test(text) ? htmlSignature(text) : undefined;
      return component ? [{ ...component, kind: 'html', ...at(node) }] : paragraphSignatures(node);
    }
    case 'blockquote': {
      // `> PATCH /users/{id}/name`: a request line quoted alone.
      const [inner, ...rest] = node.children;
      return inner?.type === 'paragraph' && rest.length === 0
        ? paragraphSignatures(inner).map((signature) => ({ ...signature, ...at(node) }))
        : [];
    }
    case 'table': {
      const facts = classifyTable(node, columnNames);
      if (facts.kind !== 'signatures') {
        const labelled = factsSignature(node);
        return labelled ? [{ ...labelled, kind: 'table', ...at(node) }] : [];
      }
      return tableSignatures(node, facts.roles).map(({ signature, cell, title, limits }) => ({
        ...signature,
        kind: 'table',
        ...at(cell),
        ...(title ? { title } : {}),
        ...(limits ? { limits } : {}),
      }));
    }
    case 'list':
      return listSignatures(node);
    case 'html': {
      const signature = htmlSignature(node.value);
      return signature ? [{ ...signature, kind: 'html', ...at(node) }] : [];
    }
    case 'yaml': {
      const line = frontMatterRequestLine(node.value);
      const signature = line ? parseSignature(line) : undefined;
      return signature ? [{ ...signature, kind: 'front matter', ...at(node) }] : [];
    }
    default:
      return [];
  }
}

/**
 * Text without its inline HTML, a badge's words kept: `<Badge type="tip" text="GET" /> /users`
 * (VitePress) → ` GET  /users`, `<span class="get">GET</span> /users` → ` GET  /users`.
 */
function withoutTags(text: string): string {
  const closed = closingTags(text);
  return text
    .replace(/<[A-Za-z][^<>]*?\stext\s*=\s*["']([^"'<>]*)["'][^<>]*>/g, ' $1 ')
    .replace(/<[^<>]*>/g, (tag, at: number, whole: string) =>
      isPlaceholderTag(tag, whole.slice(Math.max(0, at - 1), at), closed) ? tag : ' ',
    );
}

/**
 * A request line's text without the markup GitBook pages set in its URL: an empty element that keeps
 * the URL from being linked (`https://<i></i>host/api/lamps`) and the stars of a path set in bold
 * after the host (`https://host` `**` `/api/lamps` `**`, which markdown leaves as they are: no bold
 * opens after a letter and before a slash) are no characters of it; other inline HTML is a blank.
 */
function withoutMarkup(line: string): string {
  const unlinked = line.includes('<') ? withoutTags(line.replace(EMPTY_ELEMENT, '')) : line;
  return unlinked.includes('**') ? unlinked.replace(URL_STARS, '') : unlinked;
}

/** An element of no content and no attributes: `<i></i>`, `<span></span>`. */
const EMPTY_ELEMENT = /<([a-z]{1,8})><\/\1>/gi;
/** Stars glued to a URL's characters on both sides, or closing it at the line's end (`.io` `**` `/api`). */
const URL_STARS = /(?<=[\w./-])\*\*(?=[\w/{:<])|(?<=[\w/}>])\*\*(?=\s*$)/g;

/**
 * A heading's text without inline HTML (`<span id="pet"></span> Pet` → ` Pet`, `## <span
 * class="method">GET</span> /users` → ` GET  /users`) or closing `#`s; code keeps what it shows
 * (`` ### `GET /events/<id>` ``: a parameter, no tag).
 */
export function headingText(node: Heading): string {
  // `## GET /users/<id>`: markdown reads `<id>` as a tag; after a slash it is the route's placeholder.
  const closed = closingTags(plainText(node));
  let written = '';
  const add = (child: Nodes): void => {
    if (child.type === 'inlineCode') written += child.value;
    else if (child.type === 'html')
      written += isPlaceholderTag(child.value, written.slice(-1), closed)
        ? child.value
        : child.value.includes('text=')
          ? withoutTags(child.value)
          : child.value.replace(/<[^<>]*>/g, '');
    else if ('children' in child) for (const inner of child.children as Nodes[]) add(inner);
    else written += plainText(child);
  };
  for (const child of node.children) add(child);
  return withoutClosing(written, '#');
}

/**
 * The title a heading gives beside its signature (`Get Channel % GET /channels/{id}` → `Get
 * Channel`, `GET /users — List users` → `List users`), the whole heading when it states none, and
 * `undefined` when it is a signature alone.
 */
/** An operation's name in code, one lowercase word (`create`, `deletecollection`), and the words after it (two at least, lowercase first). */
const VERB_NAME = /^[a-z][a-zA-Z]*$/;
const VERB_WORDS = /^[ \t]+[a-z][\w-]*[ \t]+\S/;

const ROUTE_ALONE = /^\/\S*$/;

export function headingTitle(node: Heading): string | undefined {
  const text = withoutOpeningMarks(withoutDeprecationNote(withoutAttributeLists(badgedHeadingText(node)).trim()));
  const spans = node.children.filter((child) => child.type === 'inlineCode');
  if (parseSignature(text) || spannedSignature(text, spans) || pathMethodSignature(text)) return undefined;
  // A route alone (drf-docs' `/api/shelves/<pk>/` over the list of its methods) names no operation.
  if (ROUTE_ALONE.test(text)) return undefined;
  const titled = TITLED_SIGNATURE.exec(text);
  const leading = SIGNATURE_TITLED.exec(text);
  let title = text;
  if (titled && parseSignature(titled[2]!)) title = titled[1]!;
  else if (leading && parseSignature(leading[1]!)) title = text.slice(leading[1]!.length).replace(/^:?\s*(?:[-–—:|]\s+)?/, '');
  else
    for (const child of node.children)
      if (child.type === 'inlineCode' && parseSignature(child.value)) title = title.replace(child.value, '').replace(/\s+/g, ' ');
  // Kubernetes' `` ### `create` create a Pod ``: the verb's name in code over the words that say it is no part of them.
  const [verb, words] = node.children;
  if (verb?.type === 'inlineCode' && VERB_NAME.test(verb.value) && words?.type === 'text' && VERB_WORDS.test(words.value))
    title = title.slice(title.indexOf(verb.value) + verb.value.length);
  // A heading id or attribute list (`## Register an app {#create}`, Hugo's and kramdown's) is no part of it.
  title = title.trim();
  for (let count = 0, id = HEADING_ID.exec(title); id && count < 4; count++, id = HEADING_ID.exec(title))
    title = title.slice(0, id.index).trim();
  // A numbered title (`### 2. Get shelf`, docgen's; `## 3.1 Get order`, a specification document's) without its number.
  title = title.replace(TITLE_NUMBER, '').replace(OUTLINE_NUMBER, '');
  // `## End-point: List shelves` (postman-to-markdown's): the label is no part of the title.
  title = title.replace(ENDPOINT_LABEL, '');
  return title === '' ? undefined : title;
}

/** A label before an operation's title: `End-point:`, `Endpoint:`. */
const ENDPOINT_LABEL = /^end-?point:[ \t]+(?=\S)/i;

/**
 * An HTML block or component that states an endpoint by its attributes: Kong's
 * `<div class="endpoint post">/services</div>` (the method a class, the path its text), an MDX
 * component's `<MethodEndpoint method={"get"} path={"/pets"}>` or `<RouteHighlighter method="GET"
 * route="/keys"/>` (a method attribute and a path, route, endpoint or url one, or the route as its
 * text: Discord's `<Route method="GET">/guilds/{guild.id}/emojis</Route>`); or a block whose
 * whole text is the request line, the method and the path in elements of their own (Slate's
 * endpoint box: `<div class="api-endpoint">` ⏎ `<i class="label label-post">POST</i>` ⏎
 * `<h6>/v3/shelves/&lt;id&gt;</h6>` ⏎ `</div>`).
 */
function htmlSignature(html: string): ParsedSignature | undefined {
  if (html.length > 2_000) return undefined;
  const classed = /^\s*<([a-z][\w-]*)\b[^>]*\bclass\s*=\s*"([^"]*)"[^>]*>\s*([^<]+?)\s*<\/\1>\s*$/i.exec(html);
  const method = classed ? /\b(get|put|post|delete|patch|head|options)\b/i.exec(classed[2]!)?.[1] : undefined;
  // `/services/{service name or id}/routes`: a placeholder named in words (Kong's), made one name.
  const route = classed && joinPlaceholderWords(classed[3]!);
  if (route && method && !/\s/.test(route)) return signatureOf(method, route);
  const shown = SHOWN_REQUEST_LINE.exec(html.replace(/<[^<>]*>/g, ' '));
  if (shown && /^\s*<[a-z]/i.test(html)) return signatureOf(shown[1]!, shown[2]!);
  const attribute = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:\\{\\s*)?["'\`]([^"'\`]+)["'\`]`, 'i').exec(html)?.[1];
  if (!/^\s*<[A-Z]/.test(html)) return undefined;
  const stated = attribute('method');
  // The path as the component names it: `path=`, `route=` (Meilisearch's `<RouteHighlighter>`), `endpoint=`, `url=`.
  const path = attribute('path') ?? attribute('route') ?? attribute('endpoint') ?? attribute('url') ?? componentText(html);
  return stated && path ? signatureOf(stated, path) : undefined;
}

/**
 * The text a component wraps where it is a path alone: `<Route method="GET">/guilds/{guild.id}/emojis</Route>`
 * → `/guilds/{guild.id}/emojis` (Discord's, the method an attribute, the route the content; a link's
 * text in the route is read as its words, `[\{guild.id\}](…)` → `{guild.id}`).
 */
function componentText(html: string): string | undefined {
  const wrapped = COMPONENT_TEXT.exec(html);
  if (!wrapped || wrapped[1] !== wrapped[3]) return undefined;
  const text = wrapped[2]!.trim();
  return /^(?:\/|https?:\/\/)\S*$/.test(text) ? text : undefined;
}

/** A component opening, the text it wraps (no tag inside) and its closing tag: `<Route method="GET">/users</Route>`. */
const COMPONENT_TEXT = /^\s*<([A-Z][\w.]*)\b[^<>]*>([^<>]*)<\/([A-Z][\w.]*)\s*>\s*$/;

/** An HTML block's text, its tags set aside, that is a request line alone: the method in capitals, then the path. */
const SHOWN_REQUEST_LINE = /^\s*(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\s+(\S+)\s*$/;

/** A heading id or attribute list at a title's end (`{#create}`, `{: .label}`), matched from its brace: no scan per space. */
const HEADING_ID = /\{[#:][^{}\n]*\}$/;

/** An HTTP method word alone, in any case: a badge's alt text (`![GET](…)`, `<img alt="get" …>`). */
const METHOD_WORD = /^(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)$/i;
const IMG_ALT = /^<img\b[^<>]*?\salt\s*=\s*["']([A-Za-z]+)["'][^<>]*>$/i;

/**
 * A heading's text with a badge that opens it as the method it shows: `### ![GET](https://img.shields.io/badge/GET-blue) /trays/:id`
 * and `### <img src="get.svg" alt="GET"> /cans/:id` → `GET /trays/:id`, `GET /cans/:id` (an image's alt is no text to markdown).
 */
function badgedHeadingText(node: Heading): string {
  const index = node.children.findIndex((child) => child.type !== 'text' || child.value.trim() !== '');
  const badge = node.children[index];
  const alt = badge?.type === 'image' ? badge.alt : badge?.type === 'html' ? IMG_ALT.exec(badge.value.trim())?.[1] : undefined;
  if (!alt || !METHOD_WORD.test(alt.trim())) return headingText(node);
  return `${alt.trim().toUpperCase()} ${headingText({ ...node, children: node.children.slice(index + 1) })}`;
}

/** One mark that may open a heading before its request line: blanks, an emoji's shortcode (`:seedling:`), a pictograph and its joiners. */
const OPENING_MARK = /\s+|:[a-z0-9_+-]+:|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0F|\u200D/uy;
const OPENS_WITH_METHOD = /^(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s/;

/** `text` without the marks that open it where a method follows them (`:seedling: DELETE /x` → `DELETE /x`); a mark at a time, linear. */
function withoutOpeningMarks(text: string): string {
  let at = 0;
  for (;;) {
    OPENING_MARK.lastIndex = at;
    if (!OPENING_MARK.exec(text)) break;
    at = OPENING_MARK.lastIndex;
  }
  return at > 0 && OPENS_WITH_METHOD.test(text.slice(at)) ? text.slice(at) : text;
}

/** A heading's title and its signature after a separator: `Get Channel % GET /channels/{id}`, `Create — POST /users`. */
const TITLED_SIGNATURE = /^([^\n]*?)\s(?:%|\||-|–|—|:)\s+((?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+\S+)\s*$/;
/** A heading's signature, then its title: `GET /users — List users`, `GET /users/{id}: Get a user`, `POST https://api.example.com/users Create a user`. */
const SIGNATURE_TITLED =
  /^\s*((?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+(?:https?:\/\/[^\s/]+)?\/[^\s]*?):?\s+(?:[-–—:|]\s+)?[A-Za-z(]/;

/**
 * The endpoint an MDX page's front matter names (Mintlify): `api: 'POST https://api.example.com/user'`,
 * `openapi: 'GET /plants/{id}'` (a spec file name before the method is skipped); or a page's
 * `title: POST /flow` where the title is the request line alone (a page per endpoint, Jekyll's).
 */
const FRONT_MATTER_SIGNATURE =
  /^(?:(?:api|openapi)[ \t]*:[ \t]*["']?(?:\S+\.(?:json|ya?ml)[ \t]+)?((?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)[ \t]+[^\s"']+)|title[ \t]*:[ \t]*["']?((?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)[ \t]+(?:\/|https?:\/\/)[^\s"']*))["']?[ \t]*$/im;

/** A front matter line that states the request line alone (`endpoint: DELETE /shelves/{id}`, `route:`). */
const FRONT_MATTER_ROUTE =
  /^(?:endpoint|route)[ \t]*:[ \t]*["']?((?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)[ \t]+(?:\/|https?:\/\/)[^\s"']*)["']?[ \t]*$/im;
/** The method and the path under keys of their own (`method: GET` ⏎ `path: /shelves/{id}`; `http_method:`, `verb:`; `endpoint:`, `route:`, `url:`). */
const FRONT_MATTER_METHOD = /^(?:method|http_method|verb)[ \t]*:[ \t]*["']?(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)["']?[ \t]*$/im;
const FRONT_MATTER_PATH = /^(?:path|endpoint|route|url)[ \t]*:[ \t]*["']?((?:\/|https?:\/\/)[^\s"']*)["']?[ \t]*$/im;

/**
 * The request line a page's front matter states, as written: Mintlify's `api: GET /plants/{id}`, a
 * `title:` that is the line alone, an `endpoint:` (`route:`) that is, or a method and a path under
 * keys of their own, as pages of one endpoint each hold them (`method: GET` ⏎ `path: /shelves/{id}`).
 */
export function frontMatterRequestLine(yaml: string): string | undefined {
  const line = FRONT_MATTER_SIGNATURE.exec(yaml) ?? FRONT_MATTER_ROUTE.exec(yaml);
  if (line) return (line[1] ?? line[2])!;
  const method = FRONT_MATTER_METHOD.exec(yaml)?.[1];
  const path = method ? FRONT_MATTER_PATH.exec(yaml)?.[1] : undefined;
  return method && path ? `${method.toUpperCase()} ${path}` : undefined;
}

function at(node: Nodes): { position?: Position } {
  return node.position ? { position: node.position } : {};
}

function fenceSignatures(node: Code): Signature[] {
  const lang = (node.lang ?? '').toLowerCase();
  const program = PROGRAM_LANGS.test(lang);
  // A program's text is never a request line, but a fence labelled so that holds request lines
  // only states them (`json` over `GET /<index>`: the console syntax of search engines' references).
  if (program && !/^\s*[A-Z]+[ \t]/.test(node.value)) return [];
  const lines = node.value.split(/\r?\n/).filter((line) => line.trim().length > 0);
  // A request line with curl's data flag after it, over the data it quotes (`POST /v1/shelves -d \` ⏎ `'{…}'`): that call.
  const data = program && !JSON_LANGS.test(lang) && !SHELL_LANGS.test(lang) ? undefined : dataCall(lines);
  const called = data ? parseSignature(data.line) : undefined;
  if (called) return [{ ...called, kind: 'fence', ...at(node) }];
  const signatures = lines
    // `GET /api/v3/order (HMAC SHA256)`: words in parentheses after the path note the call, no part of it.
    .map((line) => parseSignature(line.replace(TRAILING_NOTE, '')))
    .filter((found): found is ParsedSignature => found !== undefined);
  // A fence of request lines (or a request line and its headers, `lang: http`, or under any info
  // string a request line over header lines alone: `GET /v2/` ⏎ `Authorization: <scheme> <token>`).
  if (
    signatures.length > 0 &&
    (signatures.length === lines.length ||
      // An HTTP message under its body's label (```json ⏎ `POST /v1/lamps HTTP/1.1` ⏎ headers ⏎ `{…}`):
      // a request line that ends in its protocol is no program's text.
      (signatures.length === 1 && HTTP_VERSION.test(lines[0]!) && parseSignature(lines[0]!.replace(TRAILING_NOTE, '')) !== undefined) ||
      (!program && (lang === 'http' || lang === 'plaintext' || lang === 'text' || lang === '')) ||
      (!program && signatures.length === 1 && parseSignature(lines[0]!) && lines.slice(1).every((line) => HEADER_LINE.test(line))) ||
      (!program && signatures.length === 1 && writtenMessage(lines)) ||
      consoleCall(lang, signatures.length, lines) ||
      textCall(lang, signatures.length, lines))
  ) {
    const message = HTTP_VERSION.test(lines[0]!)
      ? { message: true }
      : consoleCall(lang, signatures.length, lines) || textCall(lang, signatures.length, lines)
        ? { message: true, console: true }
        : {};
    const formats = node.data?.mediaTypes ? { mediaTypes: node.data.mediaTypes } : {};
    return signatures.map((signature) => ({ ...signature, kind: 'fence', ...message, ...formats, ...at(node) }));
  }
  // `Method: POST` and `URL: {{baseUrl}}/api/shelves` lines in a fence (docgen's Postman pages).
  if (program) return [];
  const method = lines.map((line) => METHOD_LINE.exec(line)?.[1]).find(Boolean);
  const url = lines.map((line) => URL_LINE.exec(line)?.[1]).find(Boolean);
  const labelled = method && url && lines.length <= 8 ? signatureOf(method, url) : undefined;
  return labelled ? [{ ...labelled, kind: 'fence', ...at(node) }] : [];
}

/**
 * A request line with curl's data flag after it, the data it sends quoted on the lines below
 * (`POST /v1/shelves -d \` ⏎ `'{…}'`, or `POST /delete -d '` ⏎ `{…}` ⏎ `'`): the request line, and
 * the data without its quotes.
 */
function dataCall(lines: readonly string[]): { line: string; data: string } | undefined {
  if (lines.length < 2) return undefined;
  const words = lines[0]!.trim().split(/[ \t]+/);
  // The route may hold a placeholder of two words (`api/v1/<index id>/ingest`): the flag is the last word but one.
  if (words.length < 4 || !DATA_FLAGS.has(words[words.length - 2]!) || !/^[A-Z]+$/.test(words[0]!)) return undefined;
  const open = words[words.length - 1]!;
  const text = lines.slice(1).join('\n').trim();
  const quote = open === '\\' ? text[0] : open;
  if ((quote !== "'" && quote !== '"') || text.length < (open === '\\' ? 2 : 1) || !text.endsWith(quote)) return undefined;
  return { line: words.slice(0, -2).join(' '), data: (open === '\\' ? text.slice(1, -1) : text.slice(0, -1)).trim() };
}

/** Info strings of a JSON body's fence. */
const JSON_LANGS = /^(?:json5?|jsonc)$/i;

/**
 * A call written in a search engine's console syntax in a fence of its body's label (```` ```json ```` ⏎
 * `POST /search` ⏎ `{…}`): its request line over the JSON it sends, a sample call that states its route
 * only where the page states its routes nowhere else.
 */
function consoleCall(lang: string, found: number, lines: readonly string[]): boolean {
  return found === 1 && JSON_LANGS.test(lang) && writtenMessage(lines);
}

/** Methods whose request line, in a shell's fence, the text it sends may follow. */
const SENDING = new Set(['POST', 'PUT', 'PATCH']);

/**
 * A call in console syntax in a shell's fence over the text it sends, no JSON (```` ```bash ```` ⏎
 * `POST /sql` ⏎ `select * from shelves`, a query language's or a form's text): no shell runs a route
 * alone, so the fence is that request, its body of a type the fence does not state. Only a method that
 * sends a body: text under a `GET` may be its answer.
 */
function textCall(lang: string, found: number, lines: readonly string[]): boolean {
  if (found !== 1 || lines.length < 2 || !SHELL_LANGS.test(lang)) return false;
  const [method, path, ...rest] = lines[0]!.trim().split(/[ \t]+/);
  return SENDING.has(method!) && path!.startsWith('/') && rest.length === 0 && !lines.some((line) => line.startsWith('HTTP/'));
}

/** A header line of a request: `Authorization: Bearer <token>`. */
const HEADER_LINE = /^[A-Za-z][\w-]*:[ \t]\S/;
/** Words in parentheses that end a request line: `(HMAC SHA256)`, `(deprecated)`. */
const TRAILING_NOTE = /(?<=\S)\s+\([^()\n]*\)\s*$/;

/** A request line that ends in its protocol version: the first line of an HTTP message. */
const HTTP_VERSION = /\sHTTP\/\d(?:\.\d)?\s*$/i;

/**
 * A fence holding a whole request message (`GET /users?page=2 HTTP/1.1`, headers, a body): a
 * sample as well as a signature. A request line alone (Mastodon's `POST /api/v1/statuses HTTP/1.1`)
 * is only the signature.
 */
export function isRequestMessage(node: RootContent): boolean {
  if (node.type !== 'code') return false;
  const lines = node.value.split(/\r?\n/).filter((line) => line.trim().length > 0);
  const lang = node.lang ?? '';
  return (
    dataCall(lines) !== undefined ||
    (lines.length > 1 && (HTTP_VERSION.test(lines[0]!) || ((!PROGRAM_LANGS.test(lang) || JSON_LANGS.test(lang)) && writtenMessage(lines))))
  );
}

/**
 * Whether a request message states what it sends: curl's data flag over its data, a body after the
 * blank line under its headers, or JSON written under its request line by hand. The message is then
 * whole: a fence after it is no more of its body.
 */
export function requestMessageSends(node: Code): boolean {
  const all = node.value.split(/\r?\n/);
  const lines = all.filter((line) => line.trim().length > 0);
  if (dataCall(lines) !== undefined || writtenBody(lines) !== undefined) return true;
  if (lines.length < 2 || !HTTP_VERSION.test(lines[0]!)) return false;
  const blank = all.findIndex((line, index) => index > 0 && line.trim().length === 0 && all[index - 1]!.trim().length > 0);
  return blank > 0 && all.slice(blank + 1).some((line) => line.trim().length > 0);
}

/** A line that labels the body under it in a request written by hand: `Body:`, `Request body:`, `# Body` (a shell comment). */
const BODY_LABEL = /^\s*(?:(?:#+|\/\/)\s*)?(?:request\s+)?body\s*:?\s*$/i;

/**
 * A request written out by hand in a fence of no program's language (PostHog's `shell` fences): its request line, header
 * lines, a `Body:` line or none, then the JSON it sends (`POST https://[your-instance].com/capture/`
 * ⏎ `Content-Type: application/json` ⏎ `Body:` ⏎ `{…}`; Frappe's `POST /api/resource/:doctype` ⏎ `# Body` ⏎
 * `{…}`). Lines nonempty.
 */
function writtenMessage(lines: readonly string[]): boolean {
  return writtenBody(lines) !== undefined;
}

/** Where the body of a request written by hand starts among its nonempty lines. */
function writtenBody(lines: readonly string[]): number | undefined {
  if (lines.length < 2 || !/^[A-Z]+[ \t]/.test(lines[0]!) || !parseSignature(lines[0]!.replace(TRAILING_NOTE, ''))) return undefined;
  let index = 1;
  while (index < lines.length && HEADER_LINE.test(lines[index]!)) index++;
  const body = index < lines.length && BODY_LABEL.test(lines[index]!) ? index + 1 : index;
  return body < lines.length && /^\s*[[{]/.test(lines[body]!) && /[\]}]\s*$/.test(lines[lines.length - 1]!) ? body : undefined;
}

/**
 * A request message as HTTP writes it: a request written by hand loses its `Body:` line and the
 * blank lines before its body, and gets one between its headers and its body; any other text is
 * returned as it is.
 */
export function requestMessageText(node: Code): string {
  // A request line with curl's data flag: the data its body where it is JSON, else no body (its type unstated).
  const call = dataCall(node.value.split(/\r?\n/).filter((line) => line.trim().length > 0));
  if (call) return isJson(call.data) ? `${call.line}\n\n${call.data}` : call.line;
  if (PROGRAM_LANGS.test(node.lang ?? '') && !JSON_LANGS.test(node.lang ?? '')) return node.value;
  const all = node.value.split(/\r?\n/);
  const lines = all.filter((line) => line.trim().length > 0);
  const body = writtenBody(lines);
  if (body === undefined) return node.value;
  const head = lines.slice(0, body).filter((line) => !BODY_LABEL.test(line));
  const first = all.indexOf(lines[body]!);
  return `${head.join('\n')}\n\n${all.slice(first).join('\n')}`;
}

/** The request of a curl block, or of another client's call (client-calls.ts): a signature of last resort. */
export function curlSignature(node: Code): Signature | undefined {
  const lang = (node.lang ?? '').toLowerCase();
  const program = PROGRAM_LANGS.test(lang) && !SHELL_LANGS.test(lang) && !isCurlCommand(node);
  const request = (program ? undefined : parseCurl(node.value)) ?? clientCallOf(node);
  if (!request) return undefined;
  const signature = signatureOf(request.method, request.url.replace(/\s[\s\S]*$/, ''));
  return signature ? { ...signature, kind: 'curl', ...(request.tool ? { tool: request.tool } : {}), ...at(node) } : undefined;
}

const METHOD_LABEL =
  /^(?:(?:preferred\s+|allowed\s+)?(?:http\s+)?(?:method|verb)s?|请求方式|请求方法|请求类型|调用方式|HTTP\s*方法|HTTP\s*请求方式|HTTP\s*メソッド|メソッド|リクエストメソッド|m[ée]todo(?:\s+http)?|m[ée]thode(?:\s+http)?|http-methode|methode|метод|http-метод|метод запроса|metoda(?:\s+http)?|http\s+metodu|http\s+yöntemi|yöntem|metot|metod|metode(?:\s+http)?|phương thức(?:\s+http)?|메서드|메소드|요청 방식|요청 메서드|요청 메소드|HTTP\s*메서드|HTTP\s*메소드)\s*[:：]?$/i;
const URL_LABEL =
  /^(?:(?:method\s+|request\s+|resource\s+|endpoint\s+)?(?:url|uri|endpoint|path|route)|请求地址|接口地址|请求URL|请求路径|接口路径|接口URL|调用地址|访问地址|URL\s*地址|エンドポイント|リクエストURL|リクエストパス|ruta|rota|caminho|chemin|pfad|endpunkt|percorso|адрес|адрес запроса|путь|эндпоинт|эндпойнт|адреса|шлях|ścieżka|adres(?:\s+url)?|url\s+adresi|yol|alamat|jalur|đường dẫn|요청\s*URL|요청 주소|요청 경로|호출\s*URL|API\s*주소|엔드포인트|경로|주소)\s*[:：]?$/i;
/** `Method Access` (Slack's): the request line, its method and URL. */
const ACCESS_LABEL = /^method\s+access\s*:?$/i;

/**
 * A table of facts, a label and its value a row (Slack's method pages), that states the method
 * and the URL: `| **Method URL:** | `https://slack.com/api/chat.postMessage` |` and
 * `| **Preferred HTTP method:** | `POST` |`, or both at once: `| **Method Access** | `POST https://…/api/shelves.create` |`.
 */
export function factsSignature(table: Table): ParsedSignature | undefined {
  let method: string | undefined;
  let url: string | undefined;
  let line: ParsedSignature | undefined;
  for (const row of table.children) {
    if (row.children.length !== 2) return undefined;
    const label = plainText(row.children[0]!).trim();
    const value = plainText(row.children[1]!).trim();
    if (METHOD_LABEL.test(label)) method ??= value.split(/[\s,]+/)[0];
    else if (URL_LABEL.test(label)) url ??= value;
    else if (ACCESS_LABEL.test(label)) line ??= parseSignature(value);
  }
  return line ?? (method && url ? signatureOf(method, url) : undefined);
}

/** A line's end in a paragraph: a line break, or a `<br>` written in HTML. */
const LINE_END = /\r?\n|<br\s*\/?>/i;
const METHOD_LINE =
  /^\s*(?:(?:http\s+)?(?:method|verb)|请求方式|请求方法|请求类型|调用方式|HTTP\s*方法|HTTP\s*请求方式|HTTP\s*メソッド|メソッド|リクエストメソッド|m[ée]todo(?:\s+http)?|m[ée]thode(?:\s+http)?|http-methode|methode|метод|http-метод|метод запроса|metoda(?:\s+http)?|http\s+metodu|http\s+yöntemi|yöntem|metot|metod|metode(?:\s+http)?|phương thức(?:\s+http)?|메서드|메소드|요청 방식|요청 메서드|요청 메소드|HTTP\s*메서드|HTTP\s*메소드)\s*[:=：]\s*`?([A-Za-z]+)`?\s*$/i;
/** `Endpoint: /users`, and OCS references' `Syntax: /shares/<share_id>` (the method on a line of its own). */
const URL_LINE =
  /^\s*(?:endpoint|url|uri|route|path|resource|request url|syntax|请求地址|接口地址|请求URL|请求路径|接口路径|接口URL|调用地址|访问地址|URL\s*地址|エンドポイント|リクエストURL|リクエストパス|ruta|rota|caminho|chemin|pfad|endpunkt|percorso|адрес|адрес запроса|путь|эндпоинт|эндпойнт|адреса|шлях|ścieżka|adres(?:\s+url)?|url\s+adresi|yol|alamat|jalur|đường dẫn|요청\s*URL|요청 주소|요청 경로|호출\s*URL|API\s*주소|엔드포인트|경로|주소)\s*[:=：]\s*`?([^`\s]+)`?\s*$/i;
const COMBINED_LINE =
  /^\s*(?:endpoint|request|route|http request|url|usage|syntax|request syntax|request line|请求|接口|请求地址|接口地址|请求URL|リクエスト|エンドポイント|요청|요청\s*URL|요청 주소|엔드포인트)\s*[:=：]\s*`?([A-Za-z]+\s+[^`\s]+)`?\s*$/i;

/**
 * `` `GET` `/users/{id}` ``, `` `GET` — `/users/{id}` ``: the method and the path in code spans of
 * their own, nothing else beside them but a dash (`-`, `–`, `—`) between.
 */
function spannedSignature(text: string, spans: readonly InlineCode[]): ParsedSignature | undefined {
  if (spans.length !== 2) return undefined;
  const [method, path] = spans as [InlineCode, InlineCode];
  const at = text.indexOf(method.value);
  const to = at < 0 ? -1 : text.indexOf(path.value, at + method.value.length);
  if (to < 0) return undefined;
  const between = text.slice(at + method.value.length, to).trim();
  if (text.slice(0, at).trim() !== '' || text.slice(to + path.value.length).trim() !== '' || !/^[-–—]?$/.test(between)) return undefined;
  return signatureOf(method.value, path.value);
}

/** The method after the path, in parentheses: `` `/users/{id}` (GET) ``, `/users (`POST`)`. */
const PATH_METHOD = /^\s*`?(\/[^\s`()]*|https?:\/\/[^\s`()]+)`?\s*\(\s*`?(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)`?\s*\)\s*$/;
/** `Endpoint: /users/{id} (GET)`, `**Endpoint:** `/users` (POST)`: a label, the path, the method in parentheses. */
const LABELLED_PATH_METHOD =
  /^\s*(?:endpoint|url|uri|route|path|resource|request url|请求地址|接口地址|请求URL|请求路径|接口路径|接口URL|调用地址|访问地址|URL\s*地址|エンドポイント|リクエストURL|リクエストパス|ruta|rota|caminho|chemin|pfad|endpunkt|percorso|адрес|адрес запроса|путь|эндпоинт|эндпойнт|адреса|шлях|ścieżka|adres(?:\s+url)?|url\s+adresi|yol|alamat|jalur|đường dẫn|요청\s*URL|요청 주소|요청 경로|호출\s*URL|API\s*주소|엔드포인트|경로|주소)\s*[:=：]\s*(.*)$/i;

/** A heading that is a path and its method in parentheses (`## /users/{id} (GET)`). */
function pathMethodSignature(text: string): ParsedSignature | undefined {
  const match = PATH_METHOD.exec(text);
  return match ? signatureOf(match[2]!, match[1]!) : undefined;
}

/** A line that labels a path and its method in parentheses (`Endpoint: /users/{id} (GET)`). */
function labelledPathMethod(line: string): ParsedSignature | undefined {
  const rest = LABELLED_PATH_METHOD.exec(line)?.[1];
  return rest === undefined ? undefined : pathMethodSignature(rest);
}

/** Words before a code span that make it a reference to another operation. */
const REFERENCE = /\b(?:same|see|as|like|cf|refer|identical|similar|compare|unlike)\b[\s:*_.-]*$/i;

function paragraphSignatures(node: Extract<RootContent, { type: 'paragraph' }>): Signature[] {
  const text = plainText(node);
  // `POST /projects` alone, or behind a short label (`Endpoint: \`POST /x\``).
  const codes = node.children.filter((child) => child.type === 'inlineCode');
  // "Same as `POST /orders`", "See `GET /users`": a reference to another operation, not this one's signature.
  if (codes.length === 1 && !REFERENCE.test(text.slice(0, text.indexOf(codes[0]!.value)))) {
    const signature = parseSignature(codes[0]!.value);
    const rest = text
      .replace(codes[0]!.value, '')
      .replace(/[\s:*_.-]+/g, ' ')
      .trim();
    if (signature && rest.split(' ').filter(Boolean).length <= 2) return [{ ...signature, kind: 'inline', ...at(node) }];
  }
  const spanned = spannedSignature(text, codes);
  if (spanned) return [{ ...spanned, kind: 'inline', ...at(node) }];
  const bold = calledInBold(node);
  if (bold) return [{ ...bold, kind: 'inline', ...at(node) }];
  // `` `GET /checks/<uuid>`<br> `` ⏎ `` `GET /checks/<key>` ``: request lines in code, one a line, nothing else.
  if (
    codes.length > 1 &&
    text
      .replace(/<br\s*\/?>/gi, '')
      .split(/\r?\n/)
      .every((line) => codes.some((code) => line.trim() === code.value))
  ) {
    const stated = codes.map((code) => parseSignature(code.value));
    if (stated.every(Boolean)) return stated.map((signature) => ({ ...signature!, kind: 'inline', ...at(node) }));
  }
  const coded = codedText(node);
  const prose = PROSE_SIGNATURE.exec(coded) ?? (/(?:GET|PUT|POST|DELETE|PATCH)[ \t\n]/.test(coded) ? VERB_SIGNATURE.exec(coded) : null);
  const told = prose ? signatureOf(prose[1]!, prose[2]!) : undefined;
  if (told) return [{ ...told, kind: 'inline', ...at(node) }];
  const lines = text.split(/\r?\n/);
  // `` `PUT /teams/:id/members `` (the code span left open, a slip markdown shows as a backtick): the line it opens.
  const line = /^\s*`[^`]+$|^[^`]+`\s*$/.test(text) ? text.replace('`', '') : text;
  const alone = lines.length === 1 ? parseSignature(withoutMarkup(line)) : undefined;
  if (alone) return [{ ...alone, kind: 'inline', ...at(node) }];
  for (const line of lines) {
    const combined = COMBINED_LINE.exec(line);
    const parsed = combined ? parseSignature(combined[1]!) : labelledPathMethod(line);
    if (parsed) return [{ ...parsed, kind: 'label', ...at(node) }];
  }
  const { method, url } = labelParts(node);
  const labelled = method && url ? signatureOf(method, url) : undefined;
  return labelled ? [{ ...labelled, kind: 'label', ...at(node) }] : [];
}

/** Verbs that open a sentence saying the request line after them is called: "Call **GET /ping** to check …". */
const CALLING_VERB = /^(?:call|send|use)$/i;

/** A request line in bold after a verb that calls it, opening the paragraph: "Call **GET /search?query=YOUR_QUERY** to search …". */
function calledInBold(node: Paragraph): ParsedSignature | undefined {
  const [verb, line] = node.children;
  if (verb?.type !== 'text' || line?.type !== 'strong' || !CALLING_VERB.test(verb.value.trim())) return undefined;
  return parseSignature(plainText(line).trim());
}

/** A sentence that opens with the method as its verb (in capitals) and sends to a route: "POST a username and password to `/api/token/`". */
const VERB_SIGNATURE =
  /(?:^|[.!?:][ \t\n]+)(GET|PUT|POST|DELETE|PATCH)[ \t\n]+(?:[a-z][\w'-]*,?[ \t\n]+){1,12}?(?:to|against)[ \t\n]+`(\/[^`\s]*)`/;
/** The same sentence sending to "this endpoint", the route in code alone in the paragraph before. */
const VERB_THIS_ENDPOINT =
  /^\s*(GET|PUT|POST|DELETE|PATCH)[ \t\n]+(?:[a-z][\w'-]*,?[ \t\n]+){1,12}?(?:to|against)[ \t\n]+this[ \t\n]+(?:endpoint|URL|URI|route|path)\b/;

/** The form such a sentence sends: "POST a multipart form to …", "PUT a url-encoded form to …". */
const SENT_FORM = /(?:^|[.!?:][ \t\n]+)(?:PUT|POST|PATCH)[ \t\n]+an?[ \t\n]+(multipart|url-?encoded)[ \t\n]+form\b/;

/** The media type a sentence that sends a request says it sends (`multipart/form-data` for "POST a multipart form"). */
export function sentMediaType(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const form = SENT_FORM.exec(plainText(node))?.[1];
  return form === undefined ? undefined : form === 'multipart' ? 'multipart/form-data' : 'application/x-www-form-urlencoded';
}

/**
 * The media type each step of a list that tells its request sends (`1. POST a multipart form to
 * `/api/documents/`, where …`): the step's paragraph, the request it tells and the type.
 */
export function stepMediaTypes(list: List): Array<{ node: Paragraph; signature: Signature; mediaType: string }> {
  const found: Array<{ node: Paragraph; signature: Signature; mediaType: string }> = [];
  for (const item of list.children) {
    const first = item.children[0];
    const mediaType = first?.type === 'paragraph' ? sentMediaType(first) : undefined;
    if (first?.type !== 'paragraph' || !mediaType) continue;
    const told = VERB_SIGNATURE.exec(codedText(first));
    const signature = told ? signatureOf(told[1]!, told[2]!) : undefined;
    if (signature) found.push({ node: first, signature: { ...signature, kind: 'inline', ...at(first) }, mediaType });
  }
  return found;
}

/** `` `/api/pets/upload/` `` ⏎ "POST a multipart form to this endpoint": that request. */
function toldEndpoint(first: Nodes, second: Nodes): Signature | undefined {
  if (first.type !== 'paragraph' || second.type !== 'paragraph') return undefined;
  const parts = first.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const [code] = parts;
  if (parts.length !== 1 || code?.type !== 'inlineCode' || !code.value.startsWith('/')) return undefined;
  const method = VERB_THIS_ENDPOINT.exec(plainText(second))?.[1];
  const signature = method ? signatureOf(method, code.value) : undefined;
  return signature ? { ...signature, kind: 'inline', ...at(second) } : undefined;
}

/**
 * A sentence that tells the request to send, the route in code: "Send a `POST` request to the URL
 * endpoint `/v1/actions/reschedule`.", "Make a GET request to `/users`"; or one whose verb is the
 * method, "POST a username and password to `/api/token/`".
 */
const PROSE_SIGNATURE =
  /\b(?:send|sending|make|making|issue|issuing|perform|performing)\s+an?\s+`?(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)`?\s+request\s+(?:to|against|at)\s+(?:the\s+)?(?:(?:URL|API)\s+)?(?:(?:endpoint|URL|URI|path|route)\s+)?`([^`\s]+)`/i;

/** A paragraph's text with its code spans in backticks. */
function codedText(node: Nodes): string {
  if (node.type === 'inlineCode') return `\`${node.value}\``;
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(codedText).join('');
  return '';
}

/** The `Method:` and `Endpoint:` lines of a paragraph (they may stand in two paragraphs). */
function labelParts(node: Nodes): { method?: string; url?: string } {
  const parts: { method?: string; url?: string } = {};
  if (node.type !== 'paragraph') return parts;
  // `**Method:** GET<br>` ⏎ `**Endpoint:** /users`: a `<br>` ends a line as a line break does.
  for (const line of plainText(node).split(LINE_END)) {
    const method = METHOD_LINE.exec(line)?.[1];
    const url = URL_LINE.exec(line)?.[1];
    if (method) parts.method ??= method;
    if (url) parts.url ??= url;
  }
  return parts;
}

/**
 * A `Method:` paragraph and an `Endpoint:` paragraph next to each other; or a route alone in code
 * over a sentence that opens with the method, a verb in capitals, sent "to this endpoint"
 * (`` `/api/pets/upload/` `` ⏎ "POST a multipart form to this endpoint, where …").
 */
function splitLabelSignature(first: Nodes, second: Nodes): Signature | undefined {
  const told = toldEndpoint(first, second);
  if (told) return told;
  const a = labelParts(first);
  const b = labelParts(second);
  const method = a.method ?? b.method;
  const url = a.url ?? b.url;
  if (!method || !url || (a.method && a.url) || (b.method && b.url)) return undefined;
  const signature = signatureOf(method, url);
  return signature ? { ...signature, kind: 'label', ...at(second) } : undefined;
}

/** A paragraph that opens with a bold label and its colon (`**URL Parameters** : …`, `**Auth required:** YES`). */
const BOLD_LABEL_LINE = /^[^\n:]{1,40}:/;

function isBoldLabel(node: Nodes): boolean {
  return node.type === 'paragraph' && node.children[0]?.type === 'strong' && BOLD_LABEL_LINE.test(plainText(node));
}

/**
 * The paragraph whose label pairs with the `Method:` or `URL:` paragraph at `index`, and the
 * request line the two state: the paragraph before it, or one a few bold-labelled paragraphs
 * further up (`**URL** : `/api/gardens/:pk/`` ⏎ `**URL Parameters** : `pk=[integer]`` ⏎
 * `**Method** : `GET``: the restapidocs template's facts, each a paragraph of its own).
 */
export function labelPartner(nodes: readonly Nodes[], index: number): { index: number; signature: Signature } | undefined {
  const node = nodes[index];
  if (node?.type !== 'paragraph') return undefined;
  for (let at = index - 1; at >= 0 && at >= index - 4; at -= 1) {
    const previous = nodes[at]!;
    if (previous.type !== 'paragraph') return undefined;
    // Beyond the paragraph just before, only between paragraphs that are all bold labels.
    if (at < index - 1 && !(isBoldLabel(node) && isBoldLabel(previous) && isBoldLabel(nodes[at + 1]!))) return undefined;
    const signature = splitLabelSignature(previous, node);
    if (signature) return { index: at, signature };
  }
  return undefined;
}

/** An item that is a request line, its summary after it: ``PATCH `/users/{id}`: Update a user``, `GET /users – List users`. */
const ROUTE_ITEM = /^\s*(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+`?([^`\s]+?)`?(?:\s*[:\-–—]\s+(\S[^\n]*?))?\s*$/;

/**
 * A list whose every item is a request line (``- PATCH `/users/{id}/avatar`: Set the avatar``):
 * those routes. Items that link elsewhere (`- [GET /users](#list-users)`) are a table of contents.
 */
function listSignatures(list: List): Signature[] {
  const labelled = labelledItems(list);
  if (labelled) return [labelled];
  const fenced = fencedItems(list);
  if (fenced.length > 0) return fenced;
  const signatures: Signature[] = [];
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph' || rest.length > 0 || first.children.some((child) => child.type === 'link')) return toldInItems(list);
    const match = ROUTE_ITEM.exec(plainText(first));
    const signature = match ? signatureOf(match[1]!, match[2]!) : undefined;
    const several = signature ? undefined : routesOpening(first);
    if (several) {
      for (const route of several.routes)
        signatures.push({ ...route, kind: 'list', ...at(item), ...(several.title ? { title: several.title } : {}) });
      continue;
    }
    if (!signature) return toldInItems(list);
    signatures.push({ ...signature, kind: 'list', ...at(item), ...(match?.[3] ? { title: match[3] } : {}) });
  }
  return signatures;
}

/**
 * A list whose every item is words over a fence of request lines alone (Hugo pages' variants of a
 * call: `* Creates a lamp in the named room:` ⏎ an indented fence of `POST /lamps?room={room}`): the
 * request lines, at their fences, as a fence outside the list states them. An item of anything else
 * (a fence of a request's headers or body, a second fence, no words) leaves the list as it was read.
 */
function fencedItems(list: List): Signature[] {
  const signatures: Signature[] = [];
  for (const item of list.children) {
    const [first, fence, ...rest] = item.children;
    if (first?.type !== 'paragraph' || fence?.type !== 'code' || rest.length > 0) return [];
    const lines = fence.value.split(/\r?\n/).filter((line) => line.trim().length > 0);
    const found = fenceSignatures(fence);
    if (found.length === 0 || found.length !== lines.length || found.some((signature) => signature.message)) return [];
    signatures.push(...found);
  }
  return signatures;
}

/**
 * A list whose items label the method and the route, each its own item (self-hosted apps' REST
 * pages: `* Method: `POST`` ⏎ `* Endpoint: `/polls/{token}`` ⏎ `* Data:` …): the request line, at
 * the route's item. Both labels must stand on their items' first lines; one of them alone is words.
 */
function labelledItems(list: List): Signature | undefined {
  let method: string | undefined;
  let url: { value: string; item: List['children'][number] } | undefined;
  for (const item of list.children) {
    const first = item.children[0];
    if (first?.type !== 'paragraph') continue;
    const line = plainText(first).split(/\r?\n/)[0]!;
    const told = METHOD_LINE.exec(line)?.[1];
    const route = URL_LINE.exec(line)?.[1];
    if (told) method ??= told;
    if (route) url ??= { value: route, item };
  }
  const signature = method && url ? signatureOf(method, url.value) : undefined;
  if (!signature || !url) return undefined;
  // The items that told it are the request line: no words of the operation's (endpoint.ts readProse).
  for (const item of list.children) {
    const first = item.children[0];
    if (first?.type !== 'paragraph') continue;
    const line = plainText(first).split(/\r?\n/)[0]!;
    if (item.children.length === 1 && (METHOD_LINE.test(line) || URL_LINE.test(line))) item.data = { ...item.data, signatureLabel: true };
  }
  return { ...signature, kind: 'label', ...at(url.item) };
}

/**
 * The requests items that are sentences tell, as a paragraph would (steps of a numbered list:
 * "1. POST a username and password to `/api/token/`." ⏎ "2. Send the token …"): only an item whose
 * first paragraph has the method in capitals as its verb, or sends "a `POST` request to `/x`", and
 * the route in code. Other items stay the list's words.
 */
function toldInItems(list: List): Signature[] {
  const signatures: Signature[] = [];
  for (const item of list.children) {
    // The item's first paragraph, or a later one that opens with the method as its verb (Paperless'
    // `3. Token authentication` ⏎ … ⏎ "POST a username and password as a form or json string to `/api/token/` …").
    item.children.forEach((paragraph, index) => {
      if (paragraph.type !== 'paragraph') return;
      const coded = codedText(paragraph);
      if (!/(?:GET|PUT|POST|DELETE|PATCH)/.test(coded)) return;
      const sent = index === 0 ? PROSE_SIGNATURE.exec(coded) : null;
      const told = sent && /^[A-Z]+$/.test(sent[1]!) ? sent : index === 0 ? VERB_SIGNATURE.exec(coded) : VERB_OPENING.exec(coded);
      const signature = told ? signatureOf(told[1]!, told[2]!) : undefined;
      if (signature) signatures.push({ ...signature, kind: 'inline', ...at(paragraph) });
    });
  }
  return signatures;
}

/** A paragraph that opens with the method as its verb and sends to a route in code (VERB_SIGNATURE, at its start only). */
const VERB_OPENING = new RegExp(`^${VERB_SIGNATURE.source.replace('(?:^|[.!?:][ \\t\\n]+)', '')}`);

/**
 * Request lines in code, several, opening an item and parted by commas or "and", then a separator
 * and the words they share (`` - `GET /pets/{id}/photo/`, `GET /pets/{id}/thumb/`: accept `?size=` ``).
 */
function routesOpening(paragraph: Extract<Nodes, { type: 'paragraph' }>): { routes: ParsedSignature[]; title?: string } | undefined {
  const routes: ParsedSignature[] = [];
  let at = 0;
  for (; at < paragraph.children.length; at++) {
    const child = paragraph.children[at]!;
    if (child.type === 'inlineCode') {
      const route = parseSignature(child.value);
      if (!route) return undefined;
      routes.push(route);
    } else if (child.type !== 'text' || !/^\s*(?:,|and|,\s*and)?\s*$/.test(child.value)) break;
  }
  const rest = paragraph.children
    .slice(at)
    .map((child) => plainText(child))
    .join('');
  const separated = /^\s*[:\-–—]\s+(\S[^\n]*?)\s*$/.exec(rest.replace(/\s+/g, ' '));
  if (routes.length < 2 || (rest.trim() !== '' && !separated)) return undefined;
  return separated ? { routes, title: separated[1]! } : { routes };
}
