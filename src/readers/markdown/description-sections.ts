/**
 * An operation's own `### Description` (`#### Description`) section: its words are the
 * operation's description, and its heading's title the summary (as Swagger2Markup's `Description`
 * heading is read), whatever prose stands between the heading and it.
 *
 *     # Get Ticker Information              → summary "Get Ticker Information"
 *     Frequency limit: 20 times/1s (IP)     → description, after the Description's words
 *     ### Description
 *     Get Ticker Information, single and    → description, first
 *     batch queries
 *     ### HTTP Request
 *
 * The `Description` title is no part of the description; a paragraph that only says the title
 * again (`Get Merge Depth` under `# Get Merge Depth`) is the summary already, not said twice.
 */
import type { RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';

/**
 * Moves the first `Description` section of a region's laid-out nodes (`out`) to `at` (right after
 * its request lines, where its words lead the operation's prose), its title dropped; true when
 * there was one.
 */
export function leadWithDescription(out: RootContent[], at: number, title: string): boolean {
  const start = out.findIndex(
    (node, index) =>
      index >= at &&
      node.type === 'heading' &&
      node.position !== undefined &&
      node.data?.section === 'notes' &&
      DESCRIPTION.test(plainText(node).trim()),
  );
  if (start < 0) return false;
  let end = start + 1;
  while (end < out.length && out[end]!.type !== 'heading') end++;
  const words = out.slice(start + 1, end).filter((node) => !(node.type === 'paragraph' && same(plainText(node), title)));
  out.splice(start, end - start);
  out.splice(at, 0, ...words);
  return true;
}

const DESCRIPTION = /^description:?$/i;

/** The same words, case, spaces and a closing full stop aside. */
function same(a: string, b: string): boolean {
  const plain = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/[.:]\s*$/, '')
      .trim()
      .toLowerCase();
  return plain(a) === plain(b);
}
