import type { Nodes } from 'mdast';

/** The plain text of an mdast node (inline code values included, markup dropped). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
