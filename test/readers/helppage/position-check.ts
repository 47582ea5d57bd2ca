import type { Nodes, Root } from 'mdast';

/**
 * Every `text` node whose page slice (by offset) differs from its value, and every point whose
 * line/column disagree with its offset. Readers that keep real positions give `[]`, apart from
 * the cells they synthesise (listed by the caller).
 */
export function positionMismatches(root: Root, text: string): string[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const problems: string[] = [];
  const checkPoint = (point: { line: number; column: number; offset?: number | undefined }, what: string) => {
    const lineStart = starts[point.line - 1];
    if (lineStart === undefined || lineStart + point.column - 1 !== point.offset)
      problems.push(`${what}: ${point.line}:${point.column} is not offset ${point.offset}`);
  };
  const visit = (node: Nodes): void => {
    if (node.position) {
      checkPoint(node.position.start, node.type);
      checkPoint(node.position.end, node.type);
    }
    if (node.type === 'text' && node.position) {
      const slice = text.slice(node.position.start.offset, node.position.end.offset);
      if (slice !== node.value) problems.push(`text "${node.value}" sits on "${slice}"`);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  return problems;
}
