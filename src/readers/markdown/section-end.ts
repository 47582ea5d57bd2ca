/**
 * Where the section a heading opens ends: at the next heading of its level or above, or at the
 * page's end (`## Request Body` runs over its `###` subsections up to the next `##`).
 */
import type { Heading, RootContent } from 'mdast';

/** The index after the last node of the section the heading of `depth` at `start` opens. */
export function sectionEnd(nodes: readonly RootContent[], start: number, depth: number): number {
  let end = start + 1;
  while (end < nodes.length && !(nodes[end]!.type === 'heading' && (nodes[end] as Heading).depth <= depth)) end++;
  return end;
}

/** The index after the section of the heading at `index` (up to the next heading as high). */
export function headingSectionEnd(nodes: readonly RootContent[], index: number): number {
  return sectionEnd(nodes, index, (nodes[index] as Heading).depth);
}
