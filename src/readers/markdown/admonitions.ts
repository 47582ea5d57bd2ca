/**
 * Docusaurus' admonitions (and VitePress', Starlight's), whose `:::` fences the noise pass blanks:
 *
 *     :::note                               → the paragraphs inside are a note: no summary of the
 *     Lamps in the attic are read only.       operation (the sentence after the admonition is), still
 *     :::                                     words of its description
 *
 *     :::tip Title   :::caution   :::warning   :::info   :::danger   :::caution[Title]   ::: tip
 *
 * The fences are found in the page as written (the tree keeps the blanked page's positions); an
 * opening fence no closing one follows marks nothing.
 */
import type { Paragraph, RootContent } from 'mdast';

/** `:::note`, `::: tip Title`, `:::caution[Heads up]`, `:::::warning`: an admonition's kinds alone. */
const OPENING =
  /^[ \t]*:{3,}[ \t]*(?:note|tip|info|caution|warning|danger|important|success|secondary|attention|hint|notice|tldr)\b[^\n]*$/gim;
const CLOSING = /^[ \t]*:{3,}[ \t]*$/gm;

/** Marks each paragraph an admonition holds (`ParagraphData.admonition`). */
export function markAdmonitions(nodes: readonly RootContent[], page: string): void {
  const spans = admonitionSpans(page);
  if (spans.length === 0) return;
  let at = 0;
  for (const node of nodes) {
    const start = node.position?.start.offset;
    if (node.type !== 'paragraph' || start === undefined) continue;
    while (at < spans.length && spans[at]![1] <= start) at += 1;
    const span = spans[at];
    if (span && span[0] <= start) (node as Paragraph).data = { ...node.data, admonition: true };
  }
}

/** Where each admonition's words run (from its opening fence's end to its closing fence), in the page's order. */
function admonitionSpans(page: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  OPENING.lastIndex = 0;
  for (let open = OPENING.exec(page); open; open = OPENING.exec(page)) {
    const from = open.index + open[0].length;
    CLOSING.lastIndex = from;
    const close = CLOSING.exec(page);
    if (!close) break;
    spans.push([from, close.index]);
    OPENING.lastIndex = close.index + close[0].length;
  }
  return spans;
}
