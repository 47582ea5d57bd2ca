/**
 * A code fence a page opens and never closes. Markdown reads what follows as the fence's code, up
 * to the next bare fence line or the end of the page: a vendor's missing ```` ``` ```` swallows the
 * headings, request lines and tables below it without a word. The check reads the normalised
 * document, whatever reader made it; a fenced `code` node is an `unclosed-fence` at its opening
 * line when
 * - its code holds a line opening a fence of its own (```` ```json ````, as long as its opening
 *   fence or longer, with an info string): on a correct page that line would have opened a new
 *   block, so the fence above it was meant to end before it (a block a reader made of two closed
 *   fences spans that line in the page but holds it in no code: no warning); or
 * - it has no info string, runs to the end of the page with no closing fence line and holds a
 *   markdown heading (`## Add a book`): a sample left open at the page's end is still its sample.
 */
import type { Code, Nodes, Root } from 'mdast';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';

/** An opening fence: up to three spaces, then three or more backticks or tildes. */
const OPENING = /^ {0,3}(`{3,}|~{3,})/;
/** A line opening a fence with an info string (```` ```json ````, `~~~ yaml`). */
const OPENING_WITH_INFO = /^ {0,3}(`{3,}|~{3,})[ \t]*[^\s`~]/;
/** A markdown heading line. */
const HEADING = /^ {0,3}#{1,6}[ \t]+\S/;

export function reportUnclosedFences(root: Root, text: string, file: string, diagnostics: DiagnosticBag): void {
  // Cheap skip: a page without a fence has none to close.
  if (!text.includes('```') && !text.includes('~~~')) return;
  const codes: Code[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'code') codes.push(node);
    else if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  // The reader may add nodes of its own (no position) after the page's last block.
  const last = root.children.findLast((node) => node.position !== undefined);
  for (const code of codes) {
    const position = code.position;
    if (position?.start.offset === undefined || position.end.offset === undefined) continue;
    const source = text.slice(position.start.offset, position.end.offset);
    const fence = OPENING.exec(source)?.[1];
    if (!fence) continue;
    const opening = source.slice(0, source.search(/\r?\n|$/)).trimEnd();
    const lines = source.split(/\r?\n/);
    // The opening line must be the block's code too: a block a reader made of two fences (an answer's
    // status and headers, then its JSON) spans both, and holds neither fence line in its code.
    const codeLines = new Set(code.value.split(/\r?\n/).map((line) => line.trim()));
    const inner = lines.findIndex((line, i) => {
      const opened = i > 0 ? OPENING_WITH_INFO.exec(line)?.[1] : undefined;
      return opened !== undefined && opened[0] === fence[0] && opened.length >= fence.length && codeLines.has(line.trim());
    });
    const closing = lines.length > 1 ? lines.at(-1)!.trim() : '';
    const closed = closing.length >= fence.length && closing === fence[0]!.repeat(closing.length);
    const atEnd =
      code === last &&
      !closed &&
      !code.lang &&
      text.slice(position.end.offset).trim() === '' &&
      lines.some((line, i) => i > 0 && HEADING.test(line));
    if (inner < 0 && !atEnd) continue;
    const { line, column, offset } = position.start;
    const swallowed = position.end.line > line + 1 ? `lines ${line + 1}–${position.end.line}` : `line ${line + 1}`;
    const close = `close it with a line of ${fence.length} ${fence[0] === '`' ? 'backticks' : 'tildes'}`;
    diagnostics.report(
      'unclosed-fence',
      { file, start: { line, column, offset }, end: { line, column: column + opening.length, offset: offset + opening.length } },
      inner < 0
        ? `this code fence is never closed, so markdown reads the rest of the page (${swallowed}) as one code block: its headings, request lines and tables were not read; ${close}`
        : `this code fence is not closed before line ${line + inner}, which opens another one, so markdown reads ${swallowed} as one code block: their headings, request lines and tables were not read; ${close}`,
    );
  }
}
