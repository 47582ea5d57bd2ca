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
 * left as it is.
 */
import type { Code, Heading, Paragraph, Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { withoutClosing } from '../shared/trim.js';
import { normaliseTitle } from './section-titles.js';

/** Methods opening a heading, then the operation's name (no path: that heading states its route already). */
const METHODS_HEADING = /^((?:`?(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)`?[ \t]*[,/&|]?[ \t]+)+)(?![/`]|https?:)\S/;
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
      if (block.type === 'heading') break;
      const found = urlOf(block, out[next + 1]);
      if (!found) continue;
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
      break;
    }
  }
  root.children = out;
}

function headingText(node: Heading): string {
  return withoutClosing(plainText(node), '#').trim();
}

/** The URL a label gives: in the paragraph after it, or after its colon. */
function urlOf(block: RootContent, after: RootContent | undefined): { url: string; node: Paragraph } | undefined {
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
function labelOf(block: Paragraph): Paragraph {
  const text = plainText(block);
  const title = text.slice(0, text.indexOf(':') + 1).trim();
  return { type: 'paragraph', children: [{ type: 'text', value: title }], ...(block.position ? { position: block.position } : {}) };
}
