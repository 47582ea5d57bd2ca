/**
 * The values of an entry listed under its description, an item each (Shopify's newer layout, and
 * references written like it):
 *
 *     `status`                                 `season`
 *     string                                   string
 *     Filter packets by status.                Restrict results to a season.
 *     Valid values:                            - `spring`: Sown from March to May.
 *     - `active`                               - `autumn`: Sown from September to November.
 *     - `archived`
 *
 * The list is words of the entry's description, a line each (`` `active` ``, `` `spring`: Sown
 * from March to May. ``), where the extractor reads the values a description states
 * (extract/stated-values.ts: after "Valid values:", or each with its meaning after a colon). A list
 * whose every item does not open with a value in code is no entry's.
 */
import type { List, PhrasingContent, RootContent } from 'mdast';

/** After an item's value: nothing, or its meaning after a colon or a dash. */
const MEANING = /^(?:[ \t]*[:–—-][ \t]+\S|[ \t]*[.,;]?[ \t]*$)/;

/** The description's lines a list of values under it adds (a line break, then the item's words); undefined for any other block. */
export function listedValues(node: RootContent | undefined): PhrasingContent[] | undefined {
  if (node?.type !== 'list' || node.children.length < 2 || node.children.length > 64 || !node.children.every(isValueItem)) return undefined;
  return node.children.flatMap((item) => {
    const paragraph = item.children[0];
    return paragraph?.type === 'paragraph' ? [{ type: 'text', value: '\n' } as const, ...paragraph.children] : [];
  });
}

function isValueItem(item: List['children'][number]): boolean {
  const [paragraph, ...rest] = item.children;
  if (rest.length > 0 || paragraph?.type !== 'paragraph') return false;
  const [value, after] = paragraph.children;
  if (value?.type !== 'inlineCode' || value.value.trim() === '') return false;
  return after === undefined || (after.type === 'text' && MEANING.test(after.value));
}
