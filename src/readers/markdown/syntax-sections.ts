/**
 * Resource pages written as Salesforce's REST reference is: a `Syntax` section whose headings
 * label the call's facts, the URI and its methods each under a heading of its own:
 *
 *     # Shelf Describe                                 → the operations' heading
 *                                                      → `GET /sobjects/Shelf/describe/`
 *     ## Syntax                                          `HEAD /sobjects/Shelf/describe/` (before the section)
 *     ### URI                                          → (the label, as it is)
 *     `/services/data/vXX.X/sobjects/Shelf/describe/`  → (as it is; `/services/data/vXX.X` the base path)
 *     ### Formats  ⏎  JSON, XML                        → the media types it answers in and accepts:
 *                                                        `application/json`, `application/xml`
 *     ### HTTP methods  ⏎  GET, HEAD                   → a request line per method: an operation each
 *     ### Authentication                               → `| Authorization | header | Bearer token |`: the
 *     `Authorization: Bearer token`                      scheme an Authorization row gives (none without the line)
 *
 * The facts may be labelled by paragraphs instead (`URI` ⏎ the path, `HTTP Method` ⏎ `GET, POST`:
 * the label alone, or the label's line over the value's): those labels and values are no prose of
 * the operations. A paragraph `GET: Returns the shelves.` after the URI is that method's summary.
 *
 * The URI's version placeholder (`vXX.X`: the version the caller picks, whose value the page does
 * not give) ends the base path, which is the page's server where no example call states one
 * (`curl https://…/services/data/v62.0/sobjects/…` does); the route is the path after it. A URI
 * without a methods heading, or methods without a URI, are left as they are.
 */
import type { Code, Heading, Root, RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { linesJoined } from '../shared/trim.js';
import { markOrigin } from './findings.js';
import { madeTable, textRow } from './made-tables.js';
import { normaliseTitle } from './section-titles.js';
import { markRouteSubtitle } from './signatures.js';

const URI_TITLES = new Set(['uri', 'url', 'resource uri', 'resource url']);
const METHODS_TITLES = new Set(['http methods', 'http method', 'methods', 'method']);
const METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
const FORMATS_TITLES = new Set(['formats', 'format']);
const AUTHENTICATION_TITLES = new Set(['authentication', 'authorization']);
/** `Authorization: Bearer token`: the one header line an `Authentication` section states. */
const AUTHORIZATION_LINE = /^Authorization[ \t]*:[ \t]*(\S(?:.*\S)?)$/i;
/** The format words a `Formats` section lists, and the media type each names. */
const FORMATS: Record<string, string> = { json: 'application/json', xml: 'application/xml' };
/** A path alone (no host: the page's own URI form). */
const PATH_ALONE = /^\/[^\s]*$/;

/** A version placeholder segment: `vXX.X`, `vXX`. */
const VERSION_PLACEHOLDER = /^(.*?\/v[X]+(?:\.[X]+)*)(\/.*)$/;

/** The base paths the URIs state before their routes (`/services/data/vXX.X`), for the page's servers. */
export function convertSyntaxSections(root: Root): string[] {
  const bases = new Set<string>();
  const nodes = root.children;
  let uri: { block: RootContent; path: string; depth: number; at: number; anchor: RootContent } | undefined;
  let methods: { depth: number; words: string[] } | undefined;
  let formats: { depth: number; types: string[] } | undefined;
  let authorization: { depth: number; value: string; block: RootContent } | undefined;
  // The request lines, each before the heading of the section that holds its URI (`## Syntax`),
  // or before the URI's label paragraph; the label paragraphs of the facts read are no prose.
  const lines = new Map<RootContent, RootContent[]>();
  const read = new Set<RootContent>();
  let facts: RootContent[] = [];
  const flush = () => {
    if (uri && methods) {
      const titles = methodWords(nodes, uri.at, uri.depth, methods.words);
      const made = methods.words.map((method) => {
        const line: Code = { type: 'code', lang: null, meta: null, value: `${method} ${uri!.path}` };
        if (uri!.block.position) line.position = uri!.block.position;
        if (formats) line.data = { mediaTypes: formats.types };
        const title = titles.get(method);
        if (title) {
          markRouteSubtitle(line, title.words);
          read.add(title.block);
        }
        return line;
      });
      // One fence of every request line where no method has words of its own, as before.
      const request: Code[] =
        titles.size > 0 ? made : [{ ...made[0]!, value: methods.words.map((method) => `${method} ${uri!.path}`).join('\n') }];
      const header = authorization ? authorizationTable(authorization.value, authorization.block) : [];
      lines.set(uri.anchor, [...request, ...header]);
      for (const fact of facts) read.add(fact);
    }
    uri = methods = formats = authorization = undefined;
    facts = [];
  };
  nodes.forEach((node, index) => {
    const label = labelOf(nodes, index);
    if (node.type === 'heading' && [uri, methods, formats, authorization].some((fact) => fact && node.depth < fact.depth)) flush();
    if (!label) return;
    const { title, value, block, depth } = label;
    // A paragraph label and its value (`URI` ⏎ `/services/…`): facts the request line states, no prose.
    const written = node.type === 'paragraph' ? (block === node ? [node] : [node, block]) : [];
    if (URI_TITLES.has(title) && PATH_ALONE.test(value)) {
      if (uri) flush();
      // `/services/data/vXX.X/sobjects/…`: the base path, up to the version the caller picks, then the route.
      const based = VERSION_PLACEHOLDER.exec(value);
      if (based) bases.add(based[1]!);
      const anchor = node.type === 'heading' ? (nodes[enclosing(nodes, index)] ?? block) : node;
      uri = { block, path: based ? based[2]! : value, depth, at: index, anchor };
    } else if (METHODS_TITLES.has(title) && methodsOf(value)) {
      if (methods) flush();
      methods = { depth, words: methodsOf(value)! };
    } else if (FORMATS_TITLES.has(title) && formatsOf(value)) {
      formats = { depth, types: formatsOf(value)! };
    } else if (AUTHENTICATION_TITLES.has(title) && AUTHORIZATION_LINE.test(value)) {
      authorization = { depth, value: AUTHORIZATION_LINE.exec(value)![1]!, block };
    } else return;
    facts.push(...written);
  });
  flush();
  if (lines.size === 0) return [];
  root.children = nodes.flatMap((node) => [...(lines.get(node) ?? []), ...(read.has(node) ? [] : [node])]);
  return [...bases];
}

/** Paragraph labels sit below every heading: any heading after them ends the call's facts. */
const PARAGRAPH_DEPTH = 7;

/**
 * A fact's label and its value: a heading over a paragraph or fence (`### URI` ⏎ the path), a
 * paragraph of a title alone over one (`URI` ⏎ the path), or a paragraph of both lines (`HTTP Method` ⏎ `GET, POST`).
 */
function labelOf(
  nodes: readonly RootContent[],
  index: number,
): { title: string; value: string; block: RootContent; depth: number } | undefined {
  const node = nodes[index]!;
  if (node.type !== 'heading' && node.type !== 'paragraph') return undefined;
  const text = plainText(node).trim();
  const newline = text.indexOf('\n');
  if (node.type === 'paragraph' && newline > 0) {
    const title = normaliseTitle(text.slice(0, newline));
    return FACT_TITLES.has(title) ? { title, value: text.slice(newline + 1).trim(), block: node, depth: PARAGRAPH_DEPTH } : undefined;
  }
  const title = normaliseTitle(text);
  if (node.type === 'paragraph' && !FACT_TITLES.has(title)) return undefined;
  const next = nodes[index + 1];
  if (!next || (next.type !== 'paragraph' && next.type !== 'code')) return undefined;
  const value = next.type === 'code' ? next.value.trim() : plainText(next).trim();
  return { title, value, block: next, depth: node.type === 'heading' ? node.depth : PARAGRAPH_DEPTH };
}

const FACT_TITLES = new Set([...URI_TITLES, ...METHODS_TITLES, ...FORMATS_TITLES, ...AUTHENTICATION_TITLES]);

/** `GET: Returns the shelves.` ⏎ `POST: Creates a shelf.`: the words a page gives each of its methods. */
const METHOD_WORDS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]*:[ \t]+(\S[^\n]*)$/;

/**
 * The paragraphs after the URI, up to the next heading at or above the facts' level, that open
 * with one of the methods and a colon: that method's words (its summary), by method.
 */
function methodWords(
  nodes: readonly RootContent[],
  from: number,
  depth: number,
  methods: readonly string[],
): Map<string, { words: string; block: RootContent }> {
  const found = new Map<string, { words: string; block: RootContent }>();
  for (let index = from + 1; index < nodes.length; index++) {
    const node = nodes[index]!;
    // (Under headings, `### URI` in `## Syntax`: the page's section that holds them ends them.)
    if (node.type === 'heading' && (depth === PARAGRAPH_DEPTH || node.depth < depth - 1)) break;
    if (node.type !== 'paragraph') continue;
    const match = METHOD_WORDS.exec(linesJoined(plainText(node).trim()));
    if (match && methods.includes(match[1]!) && !found.has(match[1]!)) found.set(match[1]!, { words: match[2]!, block: node });
  }
  return found;
}

/**
 * `### Authentication` ⏎ `Authorization: Bearer token`: the header the call is signed with, as a
 * header table's `Authorization` row states it (the extractor's security scheme and requirement),
 * its stated value the row's description; placed at the line.
 */
function authorizationTable(value: string, block: RootContent): Table[] {
  const at = block.position;
  if (!at) return [];
  return [markOrigin(madeTable(['Name', 'In', 'Description'], [textRow(['Authorization', 'header', value], at)], at), 'reader')];
}

/** The heading of the section that holds the heading at `at` (`## Syntax` over `### URI`), else `at`'s own. */
function enclosing(nodes: readonly RootContent[], at: number): number {
  const depth = (nodes[at] as Heading).depth;
  for (let index = at - 1; index >= 0; index--) {
    const node = nodes[index]!;
    if (node.type === 'heading') return node.depth < depth ? index : at;
  }
  return at;
}

/** `GET, HEAD`, `GET HEAD`, `GET, PATCH, DELETE`: the methods, where the text is methods alone. */
function methodsOf(text: string): string[] | undefined {
  const words = text.split(/[\s,/]+/).filter(Boolean);
  return words.length > 0 && words.every((word) => METHOD.test(word)) ? [...new Set(words)] : undefined;
}

/** `JSON, XML`: the media types the formats name, where the text is format words alone. */
function formatsOf(text: string): string[] | undefined {
  const words = text
    .toLowerCase()
    .split(/[\s,/]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((word) => Object.hasOwn(FORMATS, word))
    ? [...new Set(words.map((word) => FORMATS[word]!))]
    : undefined;
}
