/**
 * An HTML page's tables side by side in both trees: each outermost `<table>` of the hast tree with
 * the mdast table hast-util-to-mdast made of it, matched in page order. Passes that read what only
 * the HTML shows (header cells, captions, ids) and change the mdast table use it.
 */
import type { Element as HastElement, Root as HastRoot } from 'hast';
import type { Nodes, Root, Table } from 'mdast';

/** Each outermost `<table>` with its mdast table; none where the two trees hold a different number. */
export function pairTables(tree: HastRoot, root: Root): Array<[HastElement, Table]> {
  const elements: HastElement[] = [];
  const visitHast = (node: HastRoot | HastElement): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'table') elements.push(child);
      else visitHast(child);
    }
  };
  visitHast(tree);
  if (elements.length === 0) return [];
  const tables: Table[] = [];
  const visitMdast = (node: Nodes): void => {
    if (node.type === 'table') tables.push(node);
    else if ('children' in node) for (const child of node.children as Nodes[]) visitMdast(child);
  };
  visitMdast(root);
  if (tables.length !== elements.length) return [];
  return elements.map((element, index) => [element, tables[index] as Table]);
}
