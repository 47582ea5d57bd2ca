/**
 * Which of an operation region's blocks its summary is taken from, and which paragraphs summarise
 * nothing (a paragraph of bold facts, a bold label alone, the "or" between two request lines).
 */
import type { Paragraph, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import type { SectionKind } from '../../document/types.js';
import { isVersionNotes } from '../../document/version-notes.js';
import { RESPONSE_KINDS } from './part-state.js';
import { SAMPLE_KINDS } from './regions.js';
import { CAPITALISED_REASON, STATUS_CODE } from './status-words.js';

/**
 * The block the extractor takes the summary from: the first of the operation's prose and notes,
 * tables aside; none where it stands in a response's part under a heading of the page
 * (`###### On Success: OK` ⏎ its message ⏎ "The shelf is available."): what the answer means, no
 * words of the operation's own. (Prose after an unlabelled sample answer is the operation's, as before.)
 */
export function firstProse(nodes: readonly RootContent[]): RootContent | undefined {
  let kind: string = 'operation';
  let headed = false;
  let answered = false;
  let parted = false;
  for (const node of nodes) {
    if (node.type === 'heading') {
      kind = node.data?.section ?? 'aside';
      // A heading of the page's own (a synthetic part's has no place in it).
      if (node.position) headed = true;
      if (headed && RESPONSE_KINDS.has(kind as SectionKind)) answered = true;
      if (kind !== 'operation' && kind !== 'notes' && kind !== 'aside' && !SAMPLE_KINDS.has(kind as SectionKind)) parted = true;
      if (kind === 'notes' && node.position) return answered ? undefined : node;
    } else if ((kind === 'operation' || kind === 'notes') && node.type !== 'table' && !isVersionNotes(node) && !isAdmonition(node))
      // Prose after the operation's parts (its body's fields, its parameters) tells of them, not of
      // the call; a sample before the prose (Slate's right column) is no such part.
      return answered || (parted && node.type === 'paragraph') ? undefined : node;
  }
  return undefined;
}

/** An admonition's words or an alert (`:::note` ⏎ …, `> [!NOTE]`): a note, no summary (admonitions.ts). */
/** An admonition's words (`:::note`, `<aside>`, `> [!NOTE]`, `<Note>`: admonitions.ts, html-asides.ts). */
export function isAdmonition(node: RootContent): boolean {
  return (node.type === 'paragraph' || node.type === 'blockquote') && node.data?.admonition === true;
}

/**
 * A paragraph of facts, each a bold label and its value (Mastodon's `**Returns:** [Poll](…)\`
 * ⏎ `**OAuth:** User token` ⏎ `**Version history:**`; `**Rate limit:** 60/min`, `**权限：** 管理员`,
 * the colon full-width too): no words that summarise the operation.
 */
export function isFactsParagraph(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  // `Weight: 3` (Binance's, unbolded): each line a label and a short value, no sentence.
  if (
    node.children.every((child) => child.type === 'text') &&
    plainText(node)
      .split('\n')
      .every((line) => PLAIN_FACT.test(line.trim()))
  )
    return true;
  const [first, second] = node.children;
  if (first?.type !== 'strong') return false;
  const label = plainText(first).trim();
  return /[:：]$/.test(label) || (second?.type === 'text' && /^\s*[:：]/.test(second.value) && label.length > 0);
}

/** `Weight: 3`, `Data Source: Memory`: a capitalised label of at most three words, a colon, a value of at most three words and no sentence's end. */
const PLAIN_FACT = /^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:[ \t]+[^\s:]+(?:[ \t][^\s:]+){0,2}(?<![.!?])$/;

/**
 * A paragraph that summarises nothing: a bold label alone (Grafana's `**Required permissions**`
 * over its permissions table: a few words, no sentence's end), or the "or" between two request
 * lines of one route.
 */
export function isLabelOnly(node: Paragraph): boolean {
  const text = plainText(node).trim();
  if (/^(?:or|and)\b[\s:,]*$/i.test(text)) return true;
  const bold = node.children.every((child) => child.type === 'strong' || (child.type === 'text' && /^[\s:]*$/.test(child.value)));
  return bold && text.length > 0 && text.split(/\s+/).length <= 5 && !/[.!?]$/.test(text);
}

/**
 * A sentence that states only the answer's status (`Returns "201 Created".`, `Responds with 204 No
 * Content if successful.`, "Returns a 200 OK response.", Miniflux's "Returns `204` status code for
 * success."): what the call answers, not what it does.
 */
const STATUS_ONLY = new RegExp(
  String.raw`^(?:[Ii]t\s+)?(?:[Rr]eturns|[Rr]esponds\s+with|[Aa]nswers(?:\s+with)?)\s+(?:an?\s+|the\s+)?(?:HTTP\s+)?(?:[Ss]tatus\s+(?:[Cc]ode\s+)?)?["“'‘\x60]?${STATUS_CODE}${CAPITALISED_REASON}["”'’\x60]?(?:\s+(?:response|status(?:\s+code)?))?(?:\s+(?:if|on|when|upon|for)\s[^.]*)?\.?$`,
);

export function isStatusOnly(node: Paragraph): boolean {
  return STATUS_ONLY.test(plainText(node).trim());
}

/**
 * apiDoc's heading of a call (apidoc-markdown: `## <a name='Read-a-plant'></a> Read a plant` ⏎
 * `[Back to top](#top)`): its title is the `@api {get} /path Title`, the call's summary, and the
 * `<p>` paragraphs under it are the `@apiDescription`, its description. (The navigation line is
 * dropped before the region is laid out, `sdk-tables.ts`: the page text shows it.)
 */
export function isApidocTitle(heading: RootContent, page: string): boolean {
  if (heading.type !== 'heading' || heading.position?.end.offset === undefined) return false;
  const [anchor] = heading.children;
  return (
    anchor?.type === 'html' &&
    /^<a name=['"][^'"<>]*['"]>$/.test(anchor.value) &&
    BACK_TO_TOP.test(page.slice(heading.position.end.offset, heading.position.end.offset + 200))
  );
}

const BACK_TO_TOP = /^[ \t]*\r?\n[ \t]*\[Back to top\]\(#top\)[ \t]*(?:\r?\n|$)/;
