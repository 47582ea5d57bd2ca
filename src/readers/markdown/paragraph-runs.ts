/**
 * Runs of consecutive blocks a convention reads together (named-paragraphs.ts' bold names over
 * their notes, entry-paragraphs.ts' `Name :` ⏎ `Description :` paragraphs): each run replaced by
 * what the convention makes of it, every other block kept where it stands.
 */
import type { RootContent } from 'mdast';

/**
 * `nodes` with each run of consecutive nodes `member` reads (gives a value for) replaced by
 * `convert` of the values read, in order. Linear in the nodes.
 */
export function convertRuns<T>(
  nodes: readonly RootContent[],
  member: (node: RootContent) => T | undefined,
  convert: (run: T[]) => readonly RootContent[],
): RootContent[] {
  const out: RootContent[] = [];
  let run: T[] = [];
  const flush = () => {
    if (run.length > 0) for (const node of convert(run)) out.push(node);
    run = [];
  };
  for (const node of nodes) {
    const read = member(node);
    if (read !== undefined) {
      run.push(read);
      continue;
    }
    flush();
    out.push(node);
  }
  flush();
  return out;
}
