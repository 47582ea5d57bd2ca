/**
 * A curl command in a section of its own (a quick start, an examples section, an action titled
 * apart) that calls a route the page states elsewhere, sample values where the route's parameters
 * stand and the API's base path before it: that route's request sample, never a second operation
 * nor lost.
 *
 *     ## Get a note                          ## Rename a note
 *     `GET /notes/{noteId}`                  ```bash
 *     …                                      curl -X PATCH https://api.example.com/v1/notes/42 \
 *     ## Update a note                         -d '{"title": "Shopping"}'
 *     `PATCH /notes/{noteId}`                ```
 *                                            → PATCH /notes/{noteId}'s request sample; the server
 *                                              https://api.example.com/v1
 *
 * Only a command outside every operation's stretch of the page (a command inside one is that
 * operation's, `parts.ts`), calling exactly one route of its method that the page states.
 */
import type { Code, RootContent } from 'mdast';
import { curlBaseUrl } from './base-urls.js';
import { curlSample } from './curl-samples.js';
import { documentedNames } from './example-queries.js';
import { type State, synthetic } from './part-state.js';
import { callsBelowBase } from './paths.js';
import type { Region } from './regions.js';
import { curlSignature, type Signature } from './signatures.js';

export interface StrayCall {
  node: Code;
  /** The route it calls, as the operation's region states it. */
  route: Signature;
}

/** The stray calls of the page's operations, by region. */
export function strayCalls(nodes: readonly RootContent[], regions: readonly Region[]): Map<Region, StrayCall[]> {
  const found = new Map<Region, StrayCall[]>();
  if (regions.length === 0) return found;
  const routes = regions.flatMap((region) => region.signatures);
  const firsts = new Set(routes.map((route) => route.path.split('/').find(Boolean) ?? ''));
  let next = 0;
  nodes.forEach((node, index) => {
    while (next < regions.length && regions[next]!.end <= index) next++;
    const region = regions[next];
    if (node.type !== 'code' || (region && index >= region.start)) return;
    const call = curlSignature(node);
    if (!call || call.message) return;
    const method = call.method.toLowerCase();
    const called = routes.filter((route) => route.method.toLowerCase() === method && callsBelowBase(call.path, route.path, firsts));
    if (new Set(called.map((route) => route.path)).size !== 1) return;
    const route = called[0]!;
    // The region that states it, where it is that region's only route of the method.
    const owner = regions.filter((other) => other.signatures.some((signature) => signature === route));
    if (owner.length !== 1) return;
    const own = owner[0]!.signatures.filter((signature) => signature.method.toLowerCase() === method);
    if (own.length !== 1) return;
    const calls = found.get(owner[0]!) ?? [];
    calls.push({ node, route });
    found.set(owner[0]!, calls);
  });
  return found;
}

/**
 * The request samples a region's stray calls give, each under a section of its own (of the
 * route's method where the region states several); the base URL each shows added to `baseUrls`.
 */
export function strayCallSamples(
  nodes: readonly RootContent[],
  region: Region,
  calls: readonly StrayCall[],
  baseUrls: Set<string>,
): RootContent[] {
  const depth = Math.min(6, region.depth + 1) as State['depth'];
  const documented = documentedNames(nodes.slice(region.start, region.end));
  const several = new Set(region.signatures.map((signature) => signature.method.toLowerCase())).size > 1;
  const out: RootContent[] = [];
  for (const { node, route } of calls) {
    const base = curlBaseUrl(node.value, [route]);
    if (base) baseUrls.add(base);
    const sample = curlSample(node, { signatures: [route], documented });
    if (!sample) continue;
    const method = several ? { method: route.method.toLowerCase() } : {};
    out.push(synthetic(depth, { section: 'sample-request', ...method }, 'sample-request'), sample.node);
  }
  return out;
}
