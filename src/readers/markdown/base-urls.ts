/**
 * Where a page's examples send their requests: the host and base path its curl commands (and
 * request lines written with a host) put before the routes it documents.
 *
 *     GET /projects/:id/repository/branches                          ← the request line
 *     curl https://gitlab.example.com/api/v4/projects/5/repository/branches
 *          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ the base URL: what the curl adds in front of a path
 *                                            the request line matches (`5` where `{id}` stands)
 */
import type { Root } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { callIn } from './client-calls.js';
import type { Signature } from './signatures.js';

/** The base URL a curl command (or another client's call) shows for one of `signatures`, if its path ends with one of theirs. */
export function curlBaseUrl(command: string, signatures: readonly Signature[]): string | undefined {
  const request = callIn(command);
  const match = request ? /^([a-z][a-z0-9+.-]*:\/\/[^/?#\s]+)([^?#\s]*)/i.exec(request.url) : null;
  if (!request || !match) return undefined;
  const host = match[1]!;
  const segments = match[2]!.split('/').filter(Boolean);
  const length = firstRouteEnding(segments, request.method, routesOf(signatures));
  if (length === undefined) return undefined;
  const base = segments.slice(0, segments.length - length);
  return `${host}${base.length > 0 ? `/${base.join('/')}` : ''}`;
}

/** The signatures' routes, split once: those without a placeholder by method and path, the others in order. */
interface Routes {
  /** `GET shelves/front` → the first such signature's place. */
  plain: Map<string, number>;
  /** The most segments of a route in `plain`: no longer ending of a path is looked up. */
  longest: number;
  placeheld: Array<{ at: number; method: string; route: string[] }>;
}

const ROUTES = new WeakMap<readonly Signature[], Routes>();
const PLACEHOLDER = /^\{[^}]*\}$/;

function routesOf(signatures: readonly Signature[]): Routes {
  let routes = ROUTES.get(signatures);
  if (routes) return routes;
  routes = { plain: new Map(), longest: 0, placeheld: [] };
  signatures.forEach((signature, at) => {
    const method = signature.method.toUpperCase();
    const route = signature.path.split('/').filter(Boolean);
    if (route.some((part) => PLACEHOLDER.test(part))) routes.placeheld.push({ at, method, route });
    else {
      const key = `${method} ${route.join('/')}`;
      if (!routes.plain.has(key)) routes.plain.set(key, at);
      routes.longest = Math.max(routes.longest, route.length);
    }
  });
  ROUTES.set(signatures, routes);
  return routes;
}

/**
 * The length of the route of the first signature (in the page's order) of the method that ends
 * `segments` (a placeholder for any segment), if one does. Looked up by each ending of the path,
 * not by trying every signature: a page of thousands of calls, each its own route, asks for each.
 */
function firstRouteEnding(segments: readonly string[], method: string, { plain, longest, placeheld }: Routes): number | undefined {
  let first = Number.POSITIVE_INFINITY;
  let length: number | undefined;
  for (let size = 0; size <= Math.min(segments.length, longest); size++) {
    const at = plain.get(`${method} ${segments.slice(segments.length - size).join('/')}`);
    if (at !== undefined && at < first) [first, length] = [at, size];
  }
  for (const { at, method: own, route } of placeheld) {
    if (at > first) break;
    if (own !== method || route.length > segments.length) continue;
    const tail = segments.slice(segments.length - route.length);
    if (route.every((part, index) => PLACEHOLDER.test(part) || part === tail[index])) return route.length;
  }
  return length;
}

/**
 * A sentence that states the API's base URL, in a paragraph or a list item of its own: "The base
 * URL is `https://api.example.com/v1/`", "The preferred OCS API base URL is `https://…/api/v1.0/`",
 * "Base URL: https://…". Each stated so is a server (a page may keep a legacy one beside it). So is
 * a base path stated without a host, the routes written relative to it: "Base endpoint is:
 * `/api/v1`", "The base path is `/api/v2`", "All endpoints are relative to `/api/v3`", an API
 * version's item "API v4: Base endpoint `/api/v4`: since 2.2" (where the other versions' items say
 * they were removed). A sentence may say which calls (OCS references: "The base URL for all calls to
 * the share API is: `<nextcloud_base_url>/ocs/v2.php/apps/files_sharing/api/v1`"), and a host
 * written as a placeholder (`<instance>`, `{host}`) before the path states the base path alone.
 */
const BASE_URL_SENTENCE =
  /^[^\n]{0,80}?\b(?:base[ \t]+(?:URL|URI|endpoint|path)(?:[ \t]+for[ \t]+(?:all[ \t]+)?(?:the[ \t]+)?(?:calls|requests|endpoints)(?:[ \t]+to[ \t]+the[ \t]+[\w -]{1,40}?)?)?(?:[ \t]+is)?[ \t]*:?|(?:all[ \t]+)?(?:the[ \t]+)?(?:endpoints|routes|paths|URLs|URIs)[ \t]+(?:[a-z]+[ \t]+){0,3}?are[ \t]+relative[ \t]+to)[ \t]*(?:the[ \t]+)?(?:<[\w-]{1,40}>|\{[\w-]{1,40}\})?<?(https?:\/\/[^\s<>*]+?|\/[\w.~%-]+(?:\/[\w.~%-]+)*\/?)>?[ \t]*\.?(?:[ \t]*[:,(][ \t]*since\b[^\n]{0,60})?[ \t]*$/i;

export function proseBaseUrls(root: Root, text: string): string[] {
  if (!/\bbase[ \t]+(?:UR[LI]|endpoint|path)\b|\brelative[ \t]+to\b/i.test(text)) return [];
  const found: string[] = [];
  const read = (paragraph: Root['children'][number] | undefined) => {
    if (paragraph?.type !== 'paragraph') return;
    const stated = BASE_URL_SENTENCE.exec(plainText(paragraph).trim());
    const url = stated?.[1]?.replace(/[/.]+$/, '');
    if (url) found.push(url);
  };
  for (const node of root.children) {
    if (node.type === 'paragraph') read(node);
    else if (node.type === 'list') for (const item of node.children) if (item.children.length === 1) read(item.children[0]);
  }
  return found;
}
