/**
 * Laravel Scribe's authentication: its "Authenticating requests" section says how a request
 * authenticates, and each endpoint that must carries the `requires authentication` badge.
 *
 *     To authenticate requests, include an **`Authorization`** header with the value **`"Bearer {YOUR_AUTH_KEY}"`**.
 *                                                   → http, scheme bearer (`"Basic …"`, or "in the form": basic)
 *     … include a **`X-Api-Key`** header with the value **`"{YOUR_AUTH_KEY}"`**.   → apiKey in the header `X-Api-Key`
 *     … include a query parameter **`api_token`** in the request.                  → apiKey in the query
 *     <small class="badge badge-darkred">requires authentication</small>           → the endpoint's security: that scheme
 *
 * The scheme is named after the header or parameter the sentence names. The badge is no words of
 * the endpoint: the readers leave the comment `BADGE` where it stood. An endpoint without the badge
 * is left as it is (the page's words say which are marked, not what an unmarked one takes).
 *
 * The badge's words as a sentence under the endpoint mean the same:
 *
 *     This endpoint requires authentication.               → the badge's mark (a paragraph of it alone: no words)
 *     Lists the shelves. This endpoint requires authentication.   → marked; the words stay
 *     This endpoint does not require authentication.       → words: left as it is, as an endpoint without the badge
 *
 * Scribe's markdown writes the section as a page of its own (`authentication.md`, Scribe 2's
 * sentence "This API is authenticated by sending …") and the badges on each group's page: a page
 * that states the scheme and badges nothing gives it to the merge (`PageFragment.authentication`),
 * and a page that badges endpoints and states no scheme marks them (`authenticated`), which take the
 * scheme where the pages state one (merge/authentication.ts).
 */
import type { RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import type { SecurityScheme } from '../../ir/types.js';

/** What the readers leave where Scribe's `requires authentication` badge stood. */
export const BADGE = '<!-- requires authentication -->';

/** The sentence, as Scribe 3 and 4 write it and as Scribe 2 did ("This API is authenticated by sending …"). */
export const AUTHENTICATING = /\b(?:To authenticate requests, include|This API is authenticated by sending)\b/i;
const BEARER_OR_BASIC = /\b(?:include|sending) an? Authorization header (?:with the value|in the form) "?(Bearer|Basic)\b/i;
const HEADER = /\b(?:include|sending) an? ([A-Za-z][\w-]*) header with the value\b/i;
const QUERY = /\b(?:include|sending) a query parameter ([A-Za-z_][\w.[\]-]*) in the request\b/i;

/** The scheme the page's "To authenticate requests, include …" sentence states; undefined where it states none. */
export function scribeScheme(nodes: readonly RootContent[]): SecurityScheme | undefined {
  for (const node of nodes) {
    if (node.type !== 'paragraph') continue;
    const words = plainText(node).replace(/\s+/g, ' ');
    if (!AUTHENTICATING.test(words)) continue;
    const http = BEARER_OR_BASIC.exec(words);
    if (http) return { name: 'Authorization', type: 'http', scheme: http[1]!.toLowerCase() };
    const header = HEADER.exec(words);
    if (header) return { name: header[1]!, type: 'apiKey', in: 'header', parameterName: header[1]! };
    const query = QUERY.exec(words);
    if (query) return { name: query[1]!, type: 'apiKey', in: 'query', parameterName: query[1]! };
  }
  return undefined;
}

/** Whether the node is where the badge stood. */
function isBadgeMark(node: RootContent): boolean {
  return node.type === 'html' && node.value === BADGE;
}

/**
 * The badge's words as a sentence of their own: "This endpoint requires authentication.",
 * "Requires authentication.", "Authentication required." (never "… does not require …", "No authentication required").
 */
const REQUIRES_SENTENCE =
  /(?:^|[.!?:]\s+)(?:this\s+(?:endpoint|operation|route|request|method|(?:api\s+)?call)\s+requires\s+authentication|requires\s+authentication|authentication\s+required)(?:[.!]|$)(?=\s|$)/i;
/** A cheap test of the page's text before its paragraphs are read. */
export const MAY_REQUIRE = /\brequires\s+authentication\b|\bauthentication\s+required\b/i;

/** Whether a paragraph states the badge's sentence (alone or among others). */
function statesRequirement(node: RootContent): boolean {
  return node.type === 'paragraph' && REQUIRES_SENTENCE.test(plainText(node).replace(/\s+/g, ' ').trim());
}

/** Whether the node marks its endpoint as requiring authentication: the badge's mark, or a paragraph stating its sentence. */
export function marksAuthentication(node: RootContent): boolean {
  return isBadgeMark(node) || statesRequirement(node);
}

/** The nodes, each paragraph that is the badge's sentence alone the badge's mark (no words of the endpoint, as the badge is none). */
export function markRequirementSentences(nodes: readonly RootContent[]): RootContent[] {
  return nodes.map((node) =>
    statesRequirement(node) && !/[.!?:]\s+\S/.test(plainText(node).trim())
      ? { type: 'html', value: BADGE, ...(node.position ? { position: node.position } : {}) }
      : node,
  );
}
