/**
 * Headings a convention's pass gives the section their words alone would not name: Twitter's
 * `## Parameters` a POST's example request sends in its query (url-labels.ts), the query's; Graph's
 * `### Fields` under `## Reading` (graph-nodes.ts), the response's body. And body titles under
 * which the page states the body's type by its name (`### Request Body` ⏎ `Root Schema :
 * orders-item-post-request`, oracle-schemas.ts): the type words of that body's section.
 */
import type { Heading } from 'mdast';
import type { SectionKind } from '../../document/types.js';

const MARKED = new WeakMap<Heading, SectionKind>();
const BODY_TYPES = new WeakMap<Heading, string>();

export function markTitle(node: Heading, kind: SectionKind): void {
  MARKED.set(node, kind);
}

export function markedTitle(node: Heading): SectionKind | undefined {
  return MARKED.get(node);
}

/** Gives the body under `node` the type `typeText` (`orders-item-post-request object`), where no other is marked. */
export function markBodyType(node: Heading, typeText: string): void {
  if (!BODY_TYPES.has(node)) BODY_TYPES.set(node, typeText);
}

/** The type words a pass stated for the body under `node`, if any. */
export function markedBodyType(node: Heading): string | undefined {
  return BODY_TYPES.get(node);
}
