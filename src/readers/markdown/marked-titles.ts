/**
 * Headings a convention's pass gives the section their words alone would not name: Twitter's
 * `## Parameters` a POST's example request sends in its query (url-labels.ts), the query's; Graph's
 * `### Fields` under `## Reading` (graph-nodes.ts), the response's body.
 */
import type { Heading } from 'mdast';
import type { SectionKind } from '../../document/types.js';

const MARKED = new WeakMap<Heading, SectionKind>();

export function markTitle(node: Heading, kind: SectionKind): void {
  MARKED.set(node, kind);
}

export function markedTitle(node: Heading): SectionKind | undefined {
  return MARKED.get(node);
}
