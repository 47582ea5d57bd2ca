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
 * pass blanks as well), Hugo's admonition shortcodes (`{{< admonition type="note" >}}` ⏎ … ⏎
 * `{{< /admonition >}}`, `{{< note >}}` ⏎ … ⏎ `{{< /note >}}`), and GitHub's alerts, a quote that opens with its kind:
 *
 *     > [!NOTE]                             → the quote is a note (`BlockquoteData.admonition`)
 *     > Lamps in the attic are read only.     (`[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]`;
 *                                             `> **Note**` ⏎ `> …`, the older way, too)
 *
 * The fences are found in the page as written (the tree keeps the blanked page's positions); an
 * opening fence no closing one follows marks nothing. The admonition's own title (`:::warning Rate
 * limits`, `:::caution[Rate limits]`, `::: tip Rate limits`, or a heading first inside it, as GitBook's
 * hints title theirs: `{% hint style="warning" %}` ⏎ `#### Rate limits`) goes on its first paragraph
 * (`ParagraphData.admonitionTitle`: its words read `Rate limits: …`), the heading no part of the page.
 */
import type { Blockquote, Heading, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { closedComponents } from './component-spans.js';

/** `:::note`, `::: tip Title`, `:::caution[Heads up]`, `:::::warning`: an admonition's kinds alone. */
const OPENING =
  /^[ \t]*:{3,}[ \t]*(?:note|tip|info|caution|warning|danger|important|success|secondary|attention|hint|notice|tldr)\b([^\n]*)$/gim;
const CLOSING = /^[ \t]*:{3,}[ \t]*$/gm;
const HINT = /\{%-?[ \t]*hint\b[^%\n]*%\}/g;
const END_HINT = /\{%-?[ \t]*endhint[ \t]*-?%\}/g;
/**
 * Hugo's admonition shortcodes, whose tags the noise pass blanks: `{{< admonition type="note" >}}` ⏎ … ⏎
 * `{{< /admonition >}}` (Grafana's docs), `{{< note >}}` ⏎ … ⏎ `{{< /note >}}` (Kubernetes'), `{{% warning %}}`.
 */
const SHORTCODE_KINDS = '(?:admonition|note|tip|info|caution|warning|danger|important|callout|hint|notice)';
const SHORTCODE = new RegExp(String.raw`\{\{[<%][ \t]*${SHORTCODE_KINDS}\b[^{}\n]*[>%]\}\}`, 'gi');
const END_SHORTCODE = new RegExp(String.raw`\{\{[<%][ \t]*\/[ \t]*${SHORTCODE_KINDS}[ \t]*[>%]\}\}`, 'gi');
/** `[!NOTE]` (GitHub's alert) alone on the quote's first line. */
const ALERT = /^\[!(?:note|tip|important|warning|caution)\][ \t]*(?:\n|$)/i;

/** The MDX components that are admonitions (Mintlify's, Nextra's, Starlight's, Docusaurus' and others'). */
const COMPONENTS = 'Note|Tip|Info|Warning|Caution|Danger|Check|Important|Callout|Capsule|Admonition|Aside';
/**
 * An admonition component's tag alone on its line, opening (`<Note>`, `<Callout type="info">`,
 * `<Capsule intent="danger">`) or closing (`</Note>`): blanked before parsing (noise.ts).
 */
export const COMPONENT_TAG_LINE = new RegExp(`^[ \\t]*<\\/?(?:${COMPONENTS})(?:[ \\t][^<>\\n]*)?>[ \\t]*$`, 'gm');
/** An admonition component's opening tag alone on its line, its name and attributes. */
const COMPONENT_OPENING = new RegExp(`^[ \\t]*<(${COMPONENTS})((?:[ \\t][^<>\\n]*)?)>[ \\t]*$`, 'gm');
/** A component's `title="…"` attribute. */
const TITLE_ATTRIBUTE = /\btitle[ \t]*=[ \t]*(?:"([^"\n]*)"|'([^'\n]*)')/;

/**
 * A cheap test of the page's text: a container fence, a hint's tag, a quote that may be an alert, a
 * Hugo admonition shortcode's close, an admonition component.
 */
export const MAY_ADMONISH = new RegExp(
  `:::|\\{%-?[ \\t]*hint\\b|^[ \\t]*>[ \\t]*\\[!|\\{\\{[<%][ \\t]*\\/[ \\t]*(?:admonition|note|tip|info|caution|warning|danger|important|callout|hint|notice)\\b|^[ \\t]*<(?:${COMPONENTS})\\b`,
  'im',
);

/** `:::caution[Rate limits]` (Docusaurus 3, Starlight): the title in brackets after the kind. */
const BRACKETED = /^\[([^\]\n]*)\]/;

/** An admonition's words: from its opening fence's end to its closing fence, and the title the fence gives. */
interface Span {
  from: number;
  to: number;
  title?: string;
}

/**
 * Marks each paragraph an admonition holds (`ParagraphData.admonition`), and each quote that is an
 * alert; the nodes without the headings that title an admonition.
 */
export function markAdmonitions(nodes: readonly RootContent[], page: string): RootContent[] {
  for (const node of nodes) if (node.type === 'blockquote' && isAlert(node)) node.data = { ...node.data, admonition: true };
  const spans = [
    ...admonitionSpans(page, OPENING, CLOSING),
    ...admonitionSpans(page, HINT, END_HINT),
    ...admonitionSpans(page, SHORTCODE, END_SHORTCODE),
    ...componentSpans(page),
  ].sort((a, b) => a.from - b.from);
  if (spans.length === 0) return [...nodes];
  const out: RootContent[] = [];
  const begun = new Set<Span>();
  let at = 0;
  // A heading first inside an admonition whose fence gives no title: held back, the title of its first paragraph.
  let held: { heading: Heading; span: Span } | undefined;
  for (const node of nodes) {
    const start = node.position?.start.offset;
    if (start !== undefined) while (at < spans.length && spans[at]!.to <= start) at += 1;
    const span = start !== undefined && spans[at] && spans[at]!.from <= start ? spans[at] : undefined;
    if (held && held.span !== span) {
      // A title over no words of its admonition: the heading stays as written.
      out.push(held.heading);
      held = undefined;
    }
    if (span && !held && !span.title && !begun.has(span) && node.type === 'heading') {
      held = { heading: node, span };
      continue;
    }
    if (span && node.type === 'paragraph') {
      const title = begun.has(span) ? undefined : held ? plainText(held.heading).trim() : span.title;
      node.data = { ...node.data, admonition: true, ...(title ? { admonitionTitle: title } : {}) };
      begun.add(span);
      held = undefined;
    }
    out.push(node);
  }
  if (held) out.push(held.heading);
  return out;
}

/** Where each admonition's words run (from its opening fence's end to its closing fence), in the page's order. */
function admonitionSpans(page: string, opening: RegExp, closing: RegExp): Span[] {
  const spans: Span[] = [];
  opening.lastIndex = 0;
  for (let open = opening.exec(page); open; open = opening.exec(page)) {
    const from = open.index + open[0].length;
    closing.lastIndex = from;
    const close = closing.exec(page);
    if (!close) break;
    const title = fenceTitle(open[1]);
    spans.push({ from, to: close.index, ...(title ? { title } : {}) });
    opening.lastIndex = close.index + close[0].length;
  }
  return spans;
}

/**
 * Where each admonition component's words run: from its opening tag's line to its closing tag
 * (`<Warning>` ⏎ … ⏎ `</Warning>`, the same name), its `title` attribute its title. An opening
 * tag no closing one follows marks nothing.
 */
function componentSpans(page: string): Span[] {
  // `<Note />` holds nothing.
  return closedComponents(page, COMPONENT_OPENING, (open) => open[2]!.trimEnd().endsWith('/')).map(({ open, from, to }) => {
    const titled = TITLE_ATTRIBUTE.exec(open[2]!);
    const title = (titled?.[1] ?? titled?.[2])?.trim();
    return { from, to, ...(title ? { title } : {}) };
  });
}

/** The words after an admonition's kind on its fence: `Rate limits`, `[Rate limits]`; none for `{…}` attributes alone. */
function fenceTitle(rest: string | undefined): string | undefined {
  const words = rest?.trim();
  if (!words) return undefined;
  const bracketed = BRACKETED.exec(words);
  const title = (bracketed ? bracketed[1]! : words.startsWith('{') ? '' : words).trim();
  return title === '' ? undefined : title;
}

/** A quote whose first paragraph opens with an alert's kind alone on its line (`[!NOTE]`, `**Warning**`). */
function isAlert(node: Blockquote): boolean {
  const first = node.children[0];
  return first?.type === 'paragraph' && ALERT.test(plainText(first).trimStart().slice(0, 40));
}
