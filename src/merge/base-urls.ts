/**
 * The servers of a docs-only API, and the routes rebased onto them.
 *
 * Pages say where their examples send requests (`PageFragment.servers`, from curl commands):
 *
 *     members.md        GET /branches/{id}/members          curl https://library.example.com/api/v3/branches/4/members
 *                       → server https://library.example.com/api/v3
 *     reservations.md   POST /api/v3/reservations.create    curl https://library.example.com/api/v3/reservations.create
 *                       → server https://library.example.com
 *
 * 1. A page whose request lines all still carry a base path another page's server adds is rebased
 *    onto that server (`/api/v3/reservations.create` → `/reservations.create` under …/api/v3).
 * 2. The server most pages share is the document's; the operations of a page whose examples call
 *    another one get that server as their own (OpenAPI operation `servers`). Nothing is added to a
 *    route the page wrote: its examples are examples, its request lines the documentation.
 * 3. When pages of another dialect document operations too (their routes carry their own base
 *    path and say nothing of a host), every server is the operations' own, none the document's.
 *
 * A page may state its base path without a host ("Base endpoint is: `/api/v1`", its routes written
 * relative to it): that path is its server as it stands (OpenAPI resolves a relative server URL
 * against where the document is served), unless a page's examples show a host in front of exactly
 * that path: then the path is that URL's (one server, not two).
 */
import { deriveOperationId } from '../ir/operation-id.js';
import { compareText } from '../ir/order.js';
import type { PageFragment, Server } from '../ir/types.js';

export function rebaseOnServers(pages: readonly PageFragment[]): Server[] {
  const serverOf = new Map<PageFragment, string>();
  const hosted = withHost(pages);
  for (const page of pages) {
    const urls = (page.servers ?? [])
      .map(normalise)
      .filter((url): url is string => url !== undefined)
      .map((url) => hosted.get(url) ?? url);
    // A page whose examples call several bases says nothing certain: its routes keep no server of their own.
    if (page.dialect === 'markdown' && new Set(urls).size === 1) serverOf.set(page, urls[0]!);
  }
  const urls = [...new Set(serverOf.values())].sort(compareText);
  if (urls.length === 0) return [];
  for (const [page, url] of serverOf) {
    const longer = urls.filter((other) => other.startsWith(`${url}/`)).sort((a, b) => b.length - a.length);
    const target = longer.find((other) => page.operations.every((operation) => carries(operation.path, other.slice(url.length))));
    if (!target) continue;
    stripBase(page, target.slice(url.length));
    serverOf.set(page, target);
  }
  const counts = new Map<string, number>();
  for (const url of serverOf.values()) counts.set(url, (counts.get(url) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0];
  const mixed = pages.some((page) => page.dialect !== 'markdown' && page.dialect !== 'openapi' && page.operations.length > 0);
  for (const [page, url] of serverOf) {
    if (url === main && !mixed) continue;
    for (const operation of page.operations) operation.servers = [{ url }];
  }
  return mixed ? [] : [{ url: main }];
}

/** Each base path stated without a host (`/api/v1`) → the one URL the pages' examples show for it (`https://host/api/v1`). */
function withHost(pages: readonly PageFragment[]): Map<string, string> {
  const hosts = new Map<string, Set<string>>();
  for (const page of pages) {
    if (page.dialect !== 'markdown') continue;
    for (const url of (page.servers ?? []).map(normalise)) {
      const path = url && /^[a-z][a-z0-9+.-]*:\/\/[^/]+(\/.+)$/i.exec(url)?.[1];
      if (path) hosts.set(path, new Set([...(hosts.get(path) ?? []), url]));
    }
  }
  const out = new Map<string, string>();
  for (const [path, urls] of hosts) if (urls.size === 1) out.set(path, [...urls][0]!);
  return out;
}

/**
 * `https://host/api/v4/` → `https://host/api/v4`, `/api/v1/` → `/api/v1`, `//host/v2` (a URL
 * without its scheme, as a request line wrote it) as it stands; `undefined` for a URL whose host is
 * no host name (`http://http://…`).
 */
function normalise(url: string): string | undefined {
  if (/^\/[^/]/.test(url)) return url.replace(/\/+$/, '');
  const match = /^((?:[a-z][a-z0-9+.-]*:)?\/\/)([^/?#]+)(.*)$/i.exec(url);
  if (!match || !/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:]+\])(?::\d+)?$/i.test(match[2]!)) return undefined;
  return `${match[1]!.toLowerCase()}${match[2]!.toLowerCase()}${match[3]!.replace(/\/+$/, '')}`;
}

function carries(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}/`);
}

function stripBase(page: PageFragment, base: string): void {
  for (const operation of page.operations) {
    const path = operation.path.slice(base.length) || '/';
    if (operation.operationId === deriveOperationId(operation.method, operation.path))
      operation.operationId = deriveOperationId(operation.method, path);
    operation.path = path;
  }
}
