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
 * The URI's version placeholder (`vXX.X`: the version the caller picks, whose value the page does
 * not give) ends the base path, which is the page's server where no example call states one
 * (`curl https://…/services/data/v62.0/sobjects/…` does); the route is the path after it. A URI
 * without a methods heading, or methods without a URI, are left as they are.
 */
import type { Code, Heading, Root, RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { markOrigin } from './findings.js';
import { madeTable, textRow } from './made-tables.js';
import { normaliseTitle } from './section-titles.js';

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
  let uri: { block: RootContent; path: string; depth: number; at: number } | undefined;
  let methods: { depth: number; words: string[] } | undefined;
  let formats: { depth: number; types: string[] } | undefined;
  let authorization: { depth: number; value: string; block: RootContent } | undefined;
  // The request lines, each before the heading of the section that holds its URI (`## Syntax`).
  const lines = new Map<RootContent, RootContent[]>();
  const flush = () => {
    if (uri && methods) {
      const line: Code = {
        type: 'code',
        lang: null,
        meta: null,
        value: methods.words.map((method) => `${method} ${uri!.path}`).join('\n'),
      };
      if (uri.block.position) line.position = uri.block.position;
      if (formats) line.data = { mediaTypes: formats.types };
      const header = authorization ? authorizationTable(authorization.value, authorization.block) : [];
      lines.set(nodes[enclosing(nodes, uri.at)] ?? uri.block, [line, ...header]);
    }
    uri = methods = formats = authorization = undefined;
  };
  nodes.forEach((node, index) => {
    if (node.type !== 'heading') return;
    // A heading above the facts' level ends the call's syntax.
    if ([uri, methods, formats, authorization].some((fact) => fact && node.depth < fact.depth)) flush();
    const next = nodes[index + 1];
    if (!next || (next.type !== 'paragraph' && next.type !== 'code')) return;
    const title = normaliseTitle(plainText(node));
    const value = next.type === 'code' ? next.value.trim() : plainText(next).trim();
    if (URI_TITLES.has(title) && PATH_ALONE.test(value)) {
      if (uri) flush();
      // `/services/data/vXX.X/sobjects/…`: the base path, up to the version the caller picks, then the route.
      const based = VERSION_PLACEHOLDER.exec(value);
      if (based) bases.add(based[1]!);
      uri = { block: next, path: based ? based[2]! : value, depth: node.depth, at: index };
    } else if (METHODS_TITLES.has(title) && methodsOf(value)) {
      if (methods) flush();
      methods = { depth: node.depth, words: methodsOf(value)! };
    } else if (FORMATS_TITLES.has(title) && formatsOf(value)) {
      formats = { depth: node.depth, types: formatsOf(value)! };
    } else if (AUTHENTICATION_TITLES.has(title) && AUTHORIZATION_LINE.test(value)) {
      authorization = { depth: node.depth, value: AUTHORIZATION_LINE.exec(value)![1]!, block: next };
    }
  });
  flush();
  if (lines.size === 0) return [];
  root.children = nodes.flatMap((node) => [...(lines.get(node) ?? []), node]);
  return [...bases];
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
