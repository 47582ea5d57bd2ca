import type { Nodes } from 'mdast';

/** The plain text of an mdast node (inline code values included, markup dropped, a hard break a line break). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
