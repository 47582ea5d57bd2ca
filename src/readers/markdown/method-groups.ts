/**
 * The groups of a call-style reference (see `method-schemes.ts`): its method sections sit under
 * headings that group them, and each group heading is its methods' tag.
 *
 *     ## Methods
 *     ### Shelves                     ← a group: the tag of the methods under it
 *     #### createShelf(name)
 *     #### countShelves()
 *     ### Loans                       ← another
 *     #### renew(loanID)
 *
 * A heading is a group when it is the nearest heading above a method section, at a lesser depth,
 * and the page's methods sit under two or more such headings: a page whose methods all sit under
 * one heading (`## Methods`, its title) states no grouping, and its operations keep the page's tag.
 */
import type { Heading, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { withoutClosing } from '../shared/trim.js';

/** Marks each method section's heading (at the indices `methods`) with its group heading's title as its tag. */
export function tagMethodGroups(nodes: readonly RootContent[], methods: readonly number[]): void {
  const groups = new Map<number, number>();
  for (const method of methods) {
    const depth = (nodes[method] as Heading).depth;
    for (let at = method - 1; at >= 0; at--) {
      const node = nodes[at]!;
      if (node.type !== 'heading' || node.depth >= depth) continue;
      groups.set(method, at);
      break;
    }
  }
  if (new Set(groups.values()).size < 2) return;
  for (const [method, group] of groups) {
    const tag = withoutClosing(plainText(nodes[group]!), '#').trim();
    const heading = nodes[method] as Heading;
    if (tag) heading.data = { ...heading.data, tag };
  }
}
