/**
 * Several routes of one call, each under a subtitle of its own, whose parts stand below them all
 * (Kong's Admin API):
 *
 *     ### Add Route
 *     ##### Create Route                                       ← a subtitle over each route
 *     <div class="endpoint post indent">/routes</div>
 *     ##### Create Route Associated to a Specific Service
 *     <div class="endpoint post indent">/services/{service name or id}/routes</div>
 *     | `service name or id`<br>**required** | … |             ← a route's own table, if any
 *     #### Request Body                                        ← a part's title above the subtitles' level:
 *     …                                                          the call's, so every route's
 *
 * The subtitles go, each route's summary its subtitle's words, and the routes are one group, as
 * routes stated one under the other are: the parts below are all of theirs (a row naming a
 * placeholder one route lacks documents the other). Only where the heading after the last route
 * is such a part's title; subtitles whose own parts follow them are operations of their own.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';
import { markRouteSubtitle, routeSubtitleOf, signaturesIn } from './signatures.js';

/** Whether `node` states a route that shares the parts below with the route of `previous`. */
export function sharesParts(previous: RootContent | undefined, node: RootContent): boolean {
  return previous !== undefined && routeSubtitleOf(previous) !== undefined && routeSubtitleOf(node) !== undefined;
}

export function joinTitledRoutes(root: Root, titles?: TitleVocabulary): void {
  const nodes = root.children;
  const dropped = new Set<number>();
  for (let at = 0; at < nodes.length; at++) {
    const run = titledRoutes(nodes, at, titles);
    if (!run) continue;
    if (run.shared)
      for (const [heading, route] of run.pairs) {
        markRouteSubtitle(nodes[route]!, plainText(nodes[heading]!).replace(/\s+/g, ' ').trim());
        dropped.add(heading);
      }
    // On past the run, shared or not: each heading of it is tried once (a page of many is no slower).
    at = run.pairs[run.pairs.length - 1]![1];
  }
  if (dropped.size > 0) root.children = nodes.filter((_, index) => !dropped.has(index));
}

interface Run {
  /** The [subtitle, route] index pairs. */
  pairs: Array<[number, number]>;
  /** Two or more, a part's title above their level after them: the parts are all of theirs. */
  shared: boolean;
}

/** The subtitled routes from `at` on, if a subtitle over a route stands there. */
function titledRoutes(nodes: readonly RootContent[], at: number, titles?: TitleVocabulary): Run | undefined {
  const first = nodes[at];
  if (first?.type !== 'heading' || !routeNode(nodes[at + 1]) || !siblingAfter(nodes, at + 2, first.depth)) return undefined;
  const pairs: Array<[number, number]> = [];
  let index = at;
  while (isSubtitle(nodes[index], first.depth, titles) && routeNode(nodes[index + 1]) && oneRoute(nodes[index + 1]!)) {
    pairs.push([index, index + 1]);
    index += 2;
    // The route's own tables (its path's placeholders).
    while (nodes[index]?.type === 'table') index++;
  }
  if (pairs.length === 0) return undefined;
  const after = nodes[index];
  const kind = after?.type === 'heading' && after.depth < first.depth ? sectionOfTitle(plainText(after), titles)?.kind : undefined;
  return { pairs, shared: pairs.length >= 2 && kind !== undefined && kind !== 'aside' && kind !== 'notes' && kind !== 'signature' };
}

/** Whether a heading of `depth` follows at `index`, past tables (the shape alone: cheap, tried before any route is read). */
function siblingAfter(nodes: readonly RootContent[], index: number, depth: number): boolean {
  let at = index;
  while (nodes[at]?.type === 'table') at++;
  const next = nodes[at];
  return next?.type === 'heading' && next.depth === depth;
}

function isSubtitle(node: RootContent | undefined, depth: number, titles?: TitleVocabulary): node is Heading {
  return node?.type === 'heading' && node.depth === depth && !sectionOfTitle(plainText(node), titles) && signaturesIn(node).length === 0;
}

/** A block that may state a route alone: a line of code, a paragraph, a rendered `<div>`. */
function routeNode(node: RootContent | undefined): boolean {
  return node?.type === 'html' || node?.type === 'paragraph' || node?.type === 'code';
}

function oneRoute(node: RootContent): boolean {
  return signaturesIn(node).length === 1;
}
