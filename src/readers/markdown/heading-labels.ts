/**
 * The method and the route each under a title of its own, as references written from one form
 * per call state them (English and Chinese pages alike):
 *
 *     ### Request Type        ← a title that labels the method
 *     GET                     ← the method alone
 *     ### Request URL         ← a title that labels the route, right after
 *     /lamps/{lampId}         ← the route alone (or alone in a fence)
 *
 * → the request line `GET /lamps/{lampId}`, a fence at the route's place; the two titles and the
 * method go (they are the request line). The route's title may come first. Only the four blocks,
 * nothing between, the two titles of one depth: a title over other words, or one of them alone,
 * stays as it is.
 */
import type { Code, Heading, Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';

const METHOD_TITLE = /^(?:(?:http\s+)?(?:request\s+)?(?:method|verb)|request\s+type|请求方式|请求方法|请求类型|调用方式|HTTP\s*方法)$/i;
const URL_TITLE = /^(?:(?:http\s+)?request\s+(?:url|uri|path)|url|uri|path|endpoint|请求地址|请求URL|请求路径|接口地址|接口路径)$/i;
const METHOD = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)$/i;
/** A route alone: a path, or a URL with its host (no space in it). */
const ROUTE = /^(?:\/\S*|https?:\/\/[^\s/]+\/\S*)$/;

export function convertHeadingLabels(root: Root): void {
  const nodes = root.children;
  const out: RootContent[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const line = requestLine(nodes, index);
    if (line) {
      out.push(line);
      index += 3;
    } else out.push(nodes[index]!);
  }
  root.children = out;
}

/** The request line the four blocks at `index` state, at the route's place; else undefined. */
function requestLine(nodes: readonly RootContent[], index: number): Code | undefined {
  const [first, firstValue, second, secondValue] = nodes.slice(index, index + 4);
  const urlFirst = isTitle(first, URL_TITLE) && isTitle(second, METHOD_TITLE);
  if (!urlFirst && !(isTitle(first, METHOD_TITLE) && isTitle(second, URL_TITLE))) return undefined;
  if (first?.type !== 'heading' || second?.type !== 'heading' || first.depth !== second.depth) return undefined;
  const [method, url] = urlFirst ? [secondValue, firstValue] : [firstValue, secondValue];
  const verb = method?.type === 'paragraph' ? METHOD.exec(plainText(method).trim())?.[1] : undefined;
  const route = url?.type === 'paragraph' || url?.type === 'code' ? blockText(url) : undefined;
  if (!verb || !route || !url?.position || !ROUTE.test(route)) return undefined;
  return { type: 'code', lang: 'http', meta: null, value: `${verb.toUpperCase()} ${route}`, position: url.position };
}

function isTitle(node: RootContent | undefined, words: RegExp): node is Heading {
  return node?.type === 'heading' && words.test(withoutColon(plainText(node).trim()));
}

/** The title without its closing colon and the blanks before it (no regex: `\s*:$` backtracks over a long run of blanks). */
function withoutColon(title: string): string {
  return title.endsWith(':') || title.endsWith('：') ? title.slice(0, -1).trimEnd() : title;
}

function blockText(node: RootContent): string {
  return (node.type === 'code' ? node.value : plainText(node)).trim();
}
