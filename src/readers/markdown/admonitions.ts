/**
 * Docusaurus' admonitions (and VitePress', Starlight's), whose `:::` fences the noise pass blanks:
 *
 *     :::note                               → the paragraphs inside are a note: no summary of the
 *     Lamps in the attic are read only.       operation (the sentence after the admonition is), still
 *     :::                                     words of its description
 *
 *     :::tip Title   :::caution   :::warning   :::info   :::danger   :::caution[Title]   ::: tip
 *
 * GitBook's hints are so too (`{% hint style="info" %}` ⏎ … ⏎ `{% endhint %}`, whose tags the noise
 * pass blanks as well), and GitHub's alerts, a quote that opens with its kind:
 *
 *     > [!NOTE]                             → the quote is a note (`BlockquoteData.admonition`)
 *     > Lamps in the attic are read only.     (`[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]`;
 *                                             `> **Note**` ⏎ `> …`, the older way, too)
 *
 * The fences are found in the page as written (the tree keeps the blanked page's positions); an
 * opening fence no closing one follows marks nothing.
 */
import type { Blockquote, Paragraph, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';

/** `:::note`, `::: tip Title`, `:::caution[Heads up]`, `:::::warning`: an admonition's kinds alone. */
const OPENING =
  /^[ \t]*:{3,}[ \t]*(?:note|tip|info|caution|warning|danger|important|success|secondary|attention|hint|notice|tldr)\b[^\n]*$/gim;
const CLOSING = /^[ \t]*:{3,}[ \t]*$/gm;
const HINT = /\{%-?[ \t]*hint\b[^%\n]*%\}/g;
const END_HINT = /\{%-?[ \t]*endhint[ \t]*-?%\}/g;
/** `[!NOTE]` (GitHub's alert) alone on the quote's first line. */
const ALERT = /^\[!(?:note|tip|important|warning|caution)\][ \t]*(?:\n|$)/i;

/** A cheap test of the page's text: a container fence, a hint's tag, a quote that may be an alert. */
export const MAY_ADMONISH = /:::|\{%-?[ \t]*hint\b|^[ \t]*>[ \t]*\[!/m;

/** Marks each paragraph an admonition holds (`ParagraphData.admonition`), and each quote that is an alert. */
export function markAdmonitions(nodes: readonly RootContent[], page: string): void {
  for (const node of nodes) if (node.type === 'blockquote' && isAlert(node)) node.data = { ...node.data, admonition: true };
  const spans = [...admonitionSpans(page, OPENING, CLOSING), ...admonitionSpans(page, HINT, END_HINT)].sort((a, b) => a[0] - b[0]);
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
function admonitionSpans(page: string, opening: RegExp, closing: RegExp): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  opening.lastIndex = 0;
  for (let open = opening.exec(page); open; open = opening.exec(page)) {
    const from = open.index + open[0].length;
    closing.lastIndex = from;
    const close = closing.exec(page);
    if (!close) break;
    spans.push([from, close.index]);
    opening.lastIndex = close.index + close[0].length;
  }
  return spans;
}

/** A quote whose first paragraph opens with an alert's kind alone on its line (`[!NOTE]`, `**Warning**`). */
function isAlert(node: Blockquote): boolean {
  const first = node.children[0];
  return first?.type === 'paragraph' && ALERT.test(plainText(first).trimStart().slice(0, 40));
}
