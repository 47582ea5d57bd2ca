/**
 * An operation titled by its route alone, named by the heading right under it (Plaid's reference:
 * `## /garden/get` ⏎ `#### Retrieve a garden` ⏎ "Retrieve information about a garden."): that
 * heading's words are the operation's summary, the prose below it its description, where they were
 * set aside as a part of no kind.
 */
import type { Heading, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';

/** `out[at]`, a heading one or more levels below `head` of no part's title, as the paragraph of its words. */
export function routeSubtitle(out: RootContent[], at: number, head: RootContent): void {
  const node = out[at];
  if (head.type !== 'heading' || node?.type !== 'heading' || !isSubtitle(node, head)) return;
  const words = plainText(node).replace(/\s+/g, ' ').trim();
  if (!words || words.length > 120) return;
  out.splice(at, 1, {
    type: 'paragraph',
    children: [{ type: 'text', value: words }],
    ...(node.position ? { position: node.position } : {}),
  });
}

/** A route alone: `/garden/get` (a method beside it makes the heading a signature, its title another's). */
const ROUTE_ALONE = /^`?\/[^\s`]*`?$/;

function isSubtitle(node: Heading, head: Heading): boolean {
  return (
    node.depth > head.depth && node.position !== undefined && node.data?.section === 'aside' && ROUTE_ALONE.test(plainText(head).trim())
  );
}
