/**
 * The method in an operation's heading, its URL under a label below it (older references of
 * call-style APIs write their calls so):
 *
 *     ### `GET` `POST` create                  → (the heading, as it is)
 *     **Resource URL:**                        → (the label, as it is)
 *     https://host/api/create?[parameters]     → `GET https://host/api/create`
 *                                                `POST https://host/api/create`
 *
 * Each method the heading opens with (in code or bare capitals, before a name that is no path)
 * states the URL the label gives: `Resource URL:`, `Request URL:`, `URL:`, `Endpoint:` or `Route:`,
 * the URL alone in the paragraph after it or after the label's colon. The request lines stand
 * where the URL did. A heading without such a label, or a label whose URL states its method, is
 * left as it is. The label may be a heading below the call's (Twitter v1.1's pages), the call's
 * heading then its name alone, though it reads as a route:
 *
 *     # GET shelves/show/:id                   → (the call's name: no signature)
 *     ## Resource URL                          → (the label, as it is)
 *     `https://host/1.1/shelves/show.json`     → `GET https://host/1.1/shelves/show.json`
 *     ## Parameters                            → query parameters, a POST's too, where the example
 *     ## Example Request                         request sends a row of them in its query
 *     `POST https://host/1.1/…/create.json?name=Fiction`
 */
import type { Code, Heading, Paragraph, Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { queryKeys } from '../shared/query-string.js';
import { withoutClosing } from '../shared/trim.js';
import { documentedNames, exampleUrls } from './example-queries.js';
import { markTitle } from './marked-titles.js';
import { normaliseTitle, sectionOfTitle } from './section-titles.js';
import { markCallName } from './signatures.js';

/**
 * Methods opening a heading, then the operation's name (no path: that heading states its route already).
 * The blanks before a separator and those after it are each one quantifier's: `[ \t]*[,/&|]?[ \t]+` split
 * a run of blanks two ways per method, 2^n tries for a heading of n methods that fails.
 */
const METHODS_HEADING = /^((?:`?(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)`?(?:[ \t]*[,/&|])?[ \t]+)+)(?![/`]|https?:)\S/;
const METHOD = /GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS/g;
const URL_TITLES = new Set(['resource url', 'request url', 'url', 'endpoint', 'route', 'endpoint url', 'api url']);
/** A URL alone: a host's or a path. */
const URL_ALONE = /^(?:https?:\/\/[^\s/]+)?\/[^\s]*$|^https?:\/\/[^\s/]+$/;
/** How far below its heading the label may stand (blocks). */
const REACH = 6;

export function headingMethodUrls(root: Root): void {
  if (!root.children.some((node) => node.type === 'heading' && METHODS_HEADING.test(headingText(node)))) return;
  const out = [...root.children];
  for (let at = 0; at < out.length; at++) {
    const node = out[at]!;
    if (node.type !== 'heading') continue;
    const methods = METHODS_HEADING.exec(headingText(node))?.[1]?.match(METHOD);
    if (!methods) continue;
    for (let next = at + 1; next < out.length && next <= at + REACH; next++) {
      const block = out[next]!;
      // `## Resource URL` ⏎ `` `https://…/show.json` ``: a heading below the call's as the label.
      const titled = block.type === 'heading' && block.depth > node.depth ? urlUnderTitle(block, out[next + 1]) : undefined;
      if (block.type === 'heading' && !titled) break;
      const found = titled ?? urlOf(block, out[next + 1]);
      if (!found) continue;
      // The heading names the call (`# GET shelves/show/:id`), its route the URL: no signature of its own.
      markCallName(node);
      const where = found.node.position;
      const line: Code = {
        type: 'code',
        lang: null,
        meta: null,
        value: [...new Set(methods)].map((method) => `${method} ${found.url}`).join('\n'),
        ...(where ? { position: where } : {}),
      };
      // `**Resource URL:** https://…` on one line: the label stays, the URL becomes the lines.
      if (found.node === block) out.splice(next, 1, labelOf(block), line);
      else out.splice(next + 1, 1, line);
      if (titled) markQueryParameters(out, at, found.url);
      break;
    }
  }
  root.children = out;
}

/**
 * A call's heading of its name alone (`## create`), its URL under a label and no method stated but
 * by its example URLs, each alone in its paragraph or item (the address a browser opens, as
 * BigBlueButton's older API pages write each call):
 *
 *     ## create                                → (the heading, as it is)
 *     **Resource URL:**                        → (the label, as it is)
 *     http://host/api/create?[parameters]      → `GET http://host/api/create?[parameters]`
 *     **Example Requests:**
 *     * http://host/api/create?name=Test       ← a URL a browser GETs, of the label's route
 *
 * No example URL of that route in the call's section (up to the next heading of its level or
 * above): no method is stated, and the URL is left as it is.
 */
export function exampleUrlMethods(root: Root): void {
  if (!root.children.some((node) => node.type === 'list' || node.type === 'paragraph')) return;
  const out = [...root.children];
  for (let at = 0; at < out.length; at++) {
    const node = out[at]!;
    if (node.type !== 'heading' || METHODS_HEADING.test(headingText(node))) continue;
    for (let next = at + 1; next < out.length && next <= at + REACH; next++) {
      const block = out[next]!;
      if (block.type === 'heading') break;
      const found = urlOf(block, out[next + 1]);
      if (!found) continue;
      const route = addressPath(found.url);
      if (route === undefined || !sectionCalls(out, at, route, found.node)) break;
      const where = found.node.position;
      const line: Code = { type: 'code', lang: null, meta: null, value: `GET ${found.url}`, ...(where ? { position: where } : {}) };
      if (found.node === block) out.splice(next, 1, labelOf(block), line);
      else out.splice(next + 1, 1, line);
      break;
    }
  }
  root.children = out;
}

/** A full URL's path without its query (`http://host/api/create?[parameters]` → `/api/create`); undefined for a path alone. */
function addressPath(url: string): string | undefined {
  const host = /^https?:\/\/[^\s/?#]+/.exec(url);
  if (!host) return undefined;
  const rest = url.slice(host[0].length);
  const query = rest.search(/[?#]/);
  return query < 0 ? rest : rest.slice(0, query);
}

/** Whether the section of the heading at `at` shows an example URL alone of `route` (the label's own URL is none). */
function sectionCalls(out: readonly RootContent[], at: number, route: string, label: Paragraph): boolean {
  const depth = (out[at] as Heading).depth;
  for (let index = at + 1; index < out.length; index++) {
    const node = out[index]!;
    if (node.type === 'heading' && node.depth <= depth) return false;
    if (node !== label && exampleUrls(node).some((url) => addressPath(url) === route)) return true;
  }
  return false;
}

function headingText(node: Heading): string {
  return withoutClosing(plainText(node), '#').trim();
}

/**
 * A call whose example request sends its parameters in the query, a POST's too (Twitter's
 * `## Example Request` ⏎ `` `POST https://…/create.json?name=Fiction` ``): the rows of its
 * `## Parameters` are query parameters, where the request's query names one of them.
 */
function markQueryParameters(out: readonly RootContent[], at: number, url: string): void {
  const depth = (out[at] as Heading).depth;
  const end = out.findIndex((node, index) => index > at && node.type === 'heading' && node.depth <= depth);
  const section = out.slice(at + 1, end < 0 ? undefined : end);
  const route = url.replace(/\?.*$/, '');
  const keys = new Set<string>();
  for (const node of section) {
    const text = node.type === 'paragraph' ? plainText(node).trim() : node.type === 'code' ? (node.value.split('\n', 1)[0] ?? '') : '';
    const line = REQUEST_LINE.exec(text);
    if (line?.[2] !== route) continue;
    for (const key of queryKeys(line[3]!)) keys.add(key);
  }
  if (keys.size === 0) return;
  section.forEach((node, index) => {
    if (node.type !== 'heading' || sectionOfTitle(plainText(node))?.kind !== 'attributes') return;
    const below = section.slice(index + 1);
    const next = below.findIndex((other) => other.type === 'heading');
    if ([...documentedNames(next < 0 ? below : below.slice(0, next))].some((name) => keys.has(name))) markTitle(node, 'query-parameters');
  });
}

/** A request line with its query: `POST https://host/1.1/shelves/create.json?name=Fiction`. */
const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+([^\s?]+)\?(\S+)$/;

/** The URL a heading titled as a label gives: the paragraph after it, the URL alone (in code or not). */
function urlUnderTitle(heading: Heading, after: RootContent | undefined): { url: string; node: Paragraph } | undefined {
  if (after?.type !== 'paragraph' || !URL_TITLES.has(normaliseTitle(plainText(heading)))) return undefined;
  const url = plainText(after).trim();
  return URL_ALONE.test(url) ? { url, node: after } : undefined;
}

/** The URL a label gives: in the paragraph after it, or after its colon. */
export function urlOf(block: RootContent, after: RootContent | undefined): { url: string; node: Paragraph } | undefined {
  if (block.type !== 'paragraph') return undefined;
  const text = plainText(block).trim();
  const colon = text.indexOf(':');
  if (colon <= 0 || !URL_TITLES.has(normaliseTitle(text.slice(0, colon + 1)))) return undefined;
  const rest = text.slice(colon + 1).trim();
  if (rest) return URL_ALONE.test(rest) ? { url: rest, node: block } : undefined;
  if (after?.type !== 'paragraph') return undefined;
  const url = plainText(after).trim();
  return URL_ALONE.test(url) ? { url, node: after } : undefined;
}

/** The label of a one-line `Label: URL` paragraph: its words up to the colon. */
export function labelOf(block: Paragraph): Paragraph {
  const text = plainText(block);
  const title = text.slice(0, text.indexOf(':') + 1).trim();
  return { type: 'paragraph', children: [{ type: 'text', value: title }], ...(block.position ? { position: block.position } : {}) };
}
