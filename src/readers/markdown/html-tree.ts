/**
 * HTML parsed for the readers, with its nesting bounded. parse5 parses any depth, but the tree's
 * conversion to mdast (hast-util-to-mdast) and the readers' walks recurse once per level: 2,000
 * nested `<div>`s overflowed the stack, and the page was lost to an internal error. No docs page
 * nests its elements anywhere near `MAX_HTML_DEPTH` levels (a docs site's layout: 20–40), so a page
 * past it is refused with `nesting-too-deep` at its deepest element, as one of nested block quotes is.
 */
import type { Root as HastRoot, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const MAX_HTML_DEPTH = 256;

/** Elements nested past `MAX_HTML_DEPTH`: `offset` is the page's character where the one too deep opens. */
export class HtmlTooDeep extends Error {
  constructor(readonly offset: number) {
    super(`HTML elements nested more than ${MAX_HTML_DEPTH} levels deep`);
  }
}

/**
 * `html` parsed as browsers do (a fragment, or a whole document), checked for depth. `base`: the
 * page's offset where `html` starts (a block of a markdown page), so that a refusal says where;
 * `within: false` when `html` is not the page's text as written (a cell's parts joined): the
 * refusal then points at `base`.
 */
export function parseHtml(html: string, options: { fragment?: boolean; base?: number | undefined; within?: boolean } = {}): HastRoot {
  const base = options.base ?? 0;
  const within = options.within ?? true;
  let tree: HastRoot;
  try {
    tree = fromHtml(html, options.fragment ? { fragment: true } : {});
  } catch (error) {
    if (error instanceof RangeError) throw new HtmlTooDeep(base);
    throw error;
  }
  const stack: Array<[RootContent, number]> = tree.children.map((node): [RootContent, number] => [node, 1]);
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    if (node.type !== 'element') continue;
    if (depth > MAX_HTML_DEPTH) throw new HtmlTooDeep(base + (within ? (node.position?.start.offset ?? 0) : 0));
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return tree;
}
