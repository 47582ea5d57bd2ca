import type { Nodes } from 'mdast';

/** `<br>`, as written or as the break a cell's HTML became. */
export function isBreak(node: Nodes | undefined): boolean {
  return node?.type === 'break' || (node?.type === 'html' && /^<br\s*\/?>$/i.test(node.value.trim()));
}
