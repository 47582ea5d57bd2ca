/**
 * A group whose request lines are each one call's (a page of curl commands only, each its own
 * route): each call's request sample is its own line's operation's, not every operation's of the
 * group. The reader marks such a sample with its line (`CodeData.calls`).
 *
 *     ## Stop words                                   PUT /lamps/desk/words   ← its call's sample only
 *     curl -X PUT '…/lamps/desk/words' -d '["a"]'     PUT /lamps/hall/words   ← its call's sample only
 *     curl -X PUT '…/lamps/hall/words' -d '["b"]'
 *
 * Each operation reads a view of the group in which the other lines' samples are left out, made
 * from one pass over the group's samples (before, each of a thousand operations read the thousand
 * samples, and kept them all).
 */
import type { RootContent } from 'mdast';
import type { Section } from './sections.js';

/** The group as the operation of a request line (its text) reads it; the group itself where no sample is a line's own. */
export function ownSampleViews(group: readonly Section[]): (line: string) => readonly Section[] {
  const split = new Map<Section, { shared: Array<[number, RootContent]>; own: Map<string, Array<[number, RootContent]>> }>();
  for (const section of group) {
    if (section.kind !== 'sample-request' || !section.nodes.some((node) => node.type === 'code' && node.data?.calls !== undefined))
      continue;
    const shared: Array<[number, RootContent]> = [];
    const own = new Map<string, Array<[number, RootContent]>>();
    section.nodes.forEach((node, at) => {
      const calls = node.type === 'code' ? node.data?.calls : undefined;
      if (calls === undefined) shared.push([at, node]);
      else own.get(calls)?.push([at, node]) ?? own.set(calls, [[at, node]]);
    });
    split.set(section, { shared, own });
  }
  if (split.size === 0) return () => group;
  return (line) =>
    group.map((section) => {
      const parts = split.get(section);
      if (!parts) return section;
      return { ...section, nodes: inOrder(parts.shared, parts.own.get(line) ?? []) };
    });
}

/** Two lists of nodes by their places in the section, merged in the section's order. */
function inOrder(first: ReadonlyArray<[number, RootContent]>, second: ReadonlyArray<[number, RootContent]>): RootContent[] {
  const nodes: RootContent[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    if (j >= second.length || (i < first.length && first[i]![0] < second[j]![0])) nodes.push(first[i++]![1]);
    else nodes.push(second[j++]![1]);
  }
  return nodes;
}
