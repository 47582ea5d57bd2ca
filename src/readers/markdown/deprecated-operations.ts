/**
 * An operation the page marks deprecated → `data.deprecated` on its heading (every operation of
 * the section) or on one request line (that route alone), read into `operation.deprecated`.
 *
 *     ## List shelves (deprecated)                   ← a note in the heading (also `[Deprecated]`)
 *     ## ~~List shelves~~                            ← the title struck through
 *     ## Move a shelf <Badge text="deprecated"/>     ← a badge (`<span class="badge">Deprecated</span>`)
 *     ~~GET /v1/shelves~~                            ← that route struck through (the line alone), or
 *     ```http ⏎ GET /v1/shelves (deprecated) ⏎ ```     noted so in a fence of that one line
 *     This endpoint is deprecated.                   ← a first sentence of the operation's own words:
 *     > **Warning** This endpoint is deprecated …      this endpoint/operation/method/call is, was,
 *     This endpoint was [deprecated](…) in v14.5.      has been deprecated (its label, `Note:`,
 *     ### This method is deprecated ###                `**Warning**`, `[!WARNING]`, dropped)
 *     **Deprecated.** Use [List books](#…) instead.  ← the word alone as a label (also on its line,
 *     !!! warning "Deprecated"  /  :::caution Deprecated  /  {{< deprecated >}}   or a block's title)
 *
 * Only the operation's own words, before its first part: a sentence about a parameter, field or
 * value ("The `sort` parameter is deprecated"), a future ("will be deprecated"), a negation ("is
 * no longer deprecated") or a condition ("is deprecated for tokens") marks nothing, and neither
 * does a label whose words speak of a part.
 */
import type { Heading, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';

/** `(deprecated)`, `[Deprecated]`, `(deprecated since v2)` in a heading. */
const HEADING_NOTE = /[([]\s*deprecated(?:\s+(?:since|as\s+of|in)\b[^)\]]*)?\s*[)\]]/i;
/** The note ending a heading's text (no leading `\s*`: tried at every blank of a long line, it would scan it again each time). */
const ENDING_NOTE = new RegExp(String.raw`${HEADING_NOTE.source}\s*$`, 'i');

/** A heading's text without the deprecation note at its end: `List shelves (deprecated)` → `List shelves` (the mark is read here, no part of its title or route). */
export function withoutDeprecationNote(text: string): string {
  if (!/deprecated/i.test(text)) return text;
  const note = ENDING_NOTE.exec(text);
  return note ? text.slice(0, note.index).trimEnd() : text;
}

/** `<Badge text="deprecated"/>`, `<Badge type="warning" text='Deprecated' />`. */
const BADGE = /^<\w+\b[^<>]*\btext\s*=\s*["']\s*deprecated\s*["'][^<>]*>$/i;
const OPENING_TAG = /^<[A-Za-z][\w.-]*\b[^<>]*>$/;
const CLOSING_TAG = /^<\/[A-Za-z][\w.-]*\s*>$/;

/** An admonition's label before its words: `Note:`, `**Warning**`, `[!WARNING]`, `CAUTION: **Warning:**`. */
const LABEL = /^(?:\s*(?:\[!\w+\]|⚠\uFE0F?|(?:note|warning|caution|important|attention|danger|notice|heads[- ]up)\b[ \t]*[:.!]?))+\s*/i;
/** `Deprecated`, `Deprecated.`, `Deprecated:` as a label (alone on its line, or ending in a stop). */
const WORD_LABEL = /^deprecated(?:[ \t]*[:.!—–]|[ \t]*(?:\n|$))/i;
/** This endpoint is / was / has been deprecated (not "will be", "is not", "is no longer"; not "for …"). */
const SENTENCE =
  /^(?:this\s+(?:(?:api|rest|http)\s+)?(?:endpoint|operation|method|call)|the\s+(?:(?:api|rest|http)\s+)?(?:endpoint|operation))\s+(?:is|was|has\s+been|is\s+now|has\s+now\s+been|is\s+officially|has\s+been\s+officially)\s+deprecated\b(?!\s+(?:for|when|if|unless|with|on|by)\b)/i;
/** Words that make a sentence speak of a part of the operation, not of the operation. */
const PART =
  /\b(?:parameters?|params?|fields?|attributes?|arguments?|propert(?:y|ies)|values?|options?|keys?|headers?|columns?|flags?|scopes?)\b/i;
/** A Docusaurus/VuePress container titled so, `:::caution Deprecated`, `:::warning[Deprecated]`. */
const CONTAINER = /^[ \t]*:{3,}[ \t]*[\w-]*[ \t]*(?:\[[ \t]*deprecated[ \t]*\]|deprecated)[ \t]*$/im;
/** Hugo's `{{< deprecated >}}` (the noise pass blanks it). */
const SHORTCODE = /\{\{[<%][ \t]*deprecated\b[^{}\n]*[>%]\}\}/i;
const SHORTCODE_CLOSE = /\{\{[<%][ \t]*\/[ \t]*deprecated[ \t]*[>%]\}\}/i;
/** A line struck through whole: `~~GET /v1/shelves~~`, in a list item or quote too (not a `~~~` fence). */
const STRUCK_LINE = /^[ \t]*(?:(?:[-*+]|\d+[.)]|>)[ \t]*)*~~(?!~)\S.*~~[ \t]*$/;

/** `POST /v1/shelves (deprecated)`: a request line with the note after its path. */
const NOTED_LINE = /^[ \t]*[A-Z]+[ \t]+\S+[ \t]+\([ \t]*deprecated[ \t]*\)[ \t]*$/i;
const FENCE = /^[ \t]*(?:`{3,}|~{3,})/;

/**
 * Marks the operation laid out in `out` (its heading first, then its request lines and parts) as
 * the page states it deprecated. `page` is the page as written (positions index it); `following`
 * the node after the operation's stretch (NelmioApiDocBundle's note is a heading as high as its title).
 */
export function markDeprecated(out: readonly RootContent[], page: string, following?: RootContent): void {
  const head = out[0];
  if (head?.type !== 'heading') return;
  const next = out.findIndex((node, index) => index > 0 && node.type === 'heading');
  const own = out.slice(1, next < 0 ? out.length : next);
  for (const node of own)
    if (node.type === 'code' && node.lang === 'http' && marksLine(node, page)) node.data = { ...node.data, deprecated: true };
  if (marksHeading(head) || ownWords(own, next < 0 ? following : out[next]) || directive(out, next, page))
    head.data = { ...head.data, deprecated: true };
}

function marksHeading(heading: Heading): boolean {
  if (HEADING_NOTE.test(plainText(heading))) return true;
  const shown = heading.children.filter((child) => child.type !== 'html' && !(child.type === 'text' && child.value.trim() === ''));
  if (shown.length > 0 && shown.every((child) => child.type === 'delete')) return true;
  return heading.children.some((child, index) => {
    if (child.type !== 'html') return false;
    if (BADGE.test(child.value.trim())) return true;
    // `<span class="badge">Deprecated</span>`: the word alone between a tag and its closing.
    const [word, closing] = [heading.children[index + 1], heading.children[index + 2]];
    return (
      OPENING_TAG.test(child.value.trim()) &&
      word?.type === 'text' &&
      /^\s*deprecated\s*$/i.test(word.value) &&
      closing?.type === 'html' &&
      CLOSING_TAG.test(closing.value.trim())
    );
  });
}

/** The operation's own blocks (and the heading right after them, NelmioApiDocBundle's): one says it is deprecated. */
function ownWords(own: readonly RootContent[], after: RootContent | undefined): boolean {
  const blocks: Nodes[] = own.filter((node) => node.type !== 'code');
  if (after?.type === 'heading' && own.every((node) => node.type === 'code')) blocks.push(after);
  return blocks.some(
    (block, index) => saysDeprecated(block, blocks[index + 1]) || (block.type === 'paragraph' && laterMark(block) !== undefined),
  );
}

/** A block says the operation is deprecated: a sentence, or a label (`**Deprecated.** Use …`; alone, `next` says of what). */
function saysDeprecated(block: Nodes, next: Nodes | undefined): boolean {
  const words = wordsOf(block);
  if (words === undefined) return false;
  const text = words.replace(LABEL, '');
  if (SENTENCE.test(text)) return true;
  // A heading says it in a sentence (`### This method is deprecated ###`); one word may title what follows.
  if (block.type === 'heading') return false;
  const label = WORD_LABEL.exec(text) ?? strongLabel(block);
  if (!label) return false;
  const rest = text.slice(label[0].length).trim();
  // The label alone (a block's title): the words below it say what it is about.
  const about = rest === '' ? next : undefined;
  const said = rest === '' ? (about ? wordsOf(about) : '') : rest;
  return said !== undefined && !speaksOfPart(said, rest === '' ? about : undefined);
}

/**
 * A paragraph (or quote) that marks the operation deprecated, as a label with its words or none
 * (`Warning: Deprecated`, `**Deprecated**`, `> [!WARNING] Deprecated.`, `**Deprecated.** Use the v2
 * endpoint.`, `Deprecated: use /v2/hedges.`) or a sentence ("This endpoint is deprecated. Use …"):
 * no summary of what the call does.
 */
export function isDeprecationMark(node: RootContent): boolean {
  return (node.type === 'paragraph' || node.type === 'blockquote') && saysDeprecated(node, undefined);
}

/** A paragraph's sentences tried as a later mark: the mark follows the call's first few (and a long paragraph is not tried at each of its stops). */
const LATER_SENTENCES = 8;
/** A sentence's stop and the blanks after it (a quote or bracket closing it first). */
const SENTENCE_STOP = /[.!?]["'”’)\]]*\s+/g;

/**
 * A paragraph whose later sentence marks the operation deprecated (`Rakes the hedge. Deprecated:
 * use the v2 rake instead.`, `… **Deprecated.** Use …`, `… This endpoint is deprecated and will be
 * removed in v3.`, `… ⚠️ Deprecated`): the words before the mark and the mark on, as two paragraphs
 * (placed where the page has them, where their text is as written). The first sentence a mark is
 * `isDeprecationMark`'s; a sentence about a part, a future or a negation marks nothing.
 */
export function laterMark(paragraph: Paragraph): { head: Paragraph; mark: Paragraph } | undefined {
  if (!/deprecated/i.test(plainText(paragraph))) return undefined;
  const children = paragraph.children;
  let tried = 0;
  for (const [index, child] of children.entries()) {
    if (child.type !== 'text') continue;
    SENTENCE_STOP.lastIndex = 0;
    for (let stop = SENTENCE_STOP.exec(child.value); stop; stop = SENTENCE_STOP.exec(child.value)) {
      const at = stop.index + stop[0].length;
      if (at === child.value.length && index === children.length - 1) break;
      if (++tried > LATER_SENTENCES) return undefined;
      const split = splitAt(children, index, stop.index + stop[0].trimEnd().length, at);
      if (!split || plainText({ type: 'paragraph', children: split.head }).trim() === '') continue;
      const mark: Paragraph = { type: 'paragraph', children: split.mark };
      if (!isDeprecationMark(mark)) continue;
      const head: Paragraph = { type: 'paragraph', children: split.head };
      const start = paragraph.position?.start;
      const end = paragraph.position?.end;
      // The text as written from the mark on: both paragraphs keep their place in the page.
      const [headEnd, markStart] = [point(child, stop.index + stop[0].trimEnd().length), point(child, at)];
      if (start && end && headEnd && markStart) {
        head.position = { start, end: headEnd };
        mark.position = { start: markStart, end };
      }
      return { head, mark };
    }
  }
  return undefined;
}

/** The children before `end` of child `index`'s text, and those from `from` on (no empty text left). */
function splitAt(
  children: readonly PhrasingContent[],
  index: number,
  end: number,
  from: number,
): { head: PhrasingContent[]; mark: PhrasingContent[] } | undefined {
  const child = children[index];
  if (child?.type !== 'text') return undefined;
  const before = child.value.slice(0, end);
  const after = child.value.slice(from);
  const mark: PhrasingContent[] = [...(after ? [{ type: 'text' as const, value: after }] : []), ...children.slice(index + 1)];
  return { head: [...children.slice(0, index), { type: 'text', value: before }], mark };
}

/** The page's point `offset` characters into a text node, where its words are as written (no entity or escape in it). */
function point(text: PhrasingContent, offset: number): { line: number; column: number; offset: number } | undefined {
  const start = text.position?.start;
  const end = text.position?.end;
  if (text.type !== 'text' || start?.offset === undefined || end?.offset === undefined) return undefined;
  if (end.offset - start.offset !== text.value.length) return undefined;
  const lines = text.value.slice(0, offset).split('\n');
  const column = lines.length === 1 ? start.column + offset : lines[lines.length - 1]!.length + 1;
  return { line: start.line + lines.length - 1, column, offset: start.offset + offset };
}

/** The plain words of a paragraph (after its admonition's title: `!!! warning "Deprecated"`), a heading, or a quote's first paragraph. */
function wordsOf(node: Nodes): string | undefined {
  if (node.type === 'paragraph' && node.data?.admonitionTitle) return `${node.data.admonitionTitle}: ${plainText(node).trim()}`;
  if (node.type === 'paragraph' || node.type === 'heading') return plainText(node).trim();
  if (node.type === 'blockquote') {
    const first = node.children[0];
    return first?.type === 'paragraph' ? plainText(first).trim() : undefined;
  }
  return undefined;
}

/** `**Deprecated**` (also `*Deprecated.*`) opening a paragraph: the label's words. */
function strongLabel(block: Nodes): [string] | undefined {
  const first = block.type === 'paragraph' ? block.children[0] : undefined;
  if (first?.type !== 'strong' && first?.type !== 'emphasis') return undefined;
  const word = plainText(first).trim();
  return /^deprecated[:.!]?$/i.test(word) ? [word] : undefined;
}

/** The first sentence speaks of a parameter, field or value, or opens with one's name in code. */
function speaksOfPart(words: string, block?: Nodes): boolean {
  const first = /^[^.!?]*/.exec(words)?.[0] ?? words;
  if (PART.test(first)) return true;
  const opening = block?.type === 'paragraph' ? (block as Paragraph).children[0] : undefined;
  return opening?.type === 'inlineCode';
}

/**
 * A request line the page writes struck through, alone on its line, or (a fence of that one line)
 * with the note `(deprecated)` after its path, which the line's reading dropped.
 */
function marksLine(node: Extract<RootContent, { type: 'code' }>, page: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  const close = page.indexOf('\n', start);
  if (STRUCK_LINE.test(page.slice(page.lastIndexOf('\n', start - 1) + 1, close < 0 ? page.length : close))) return true;
  const lines = page
    .slice(start, end)
    .split('\n')
    .filter((line) => line.trim() !== '' && !FENCE.test(line));
  return lines.length === 1 && NOTED_LINE.test(lines[0]!);
}

/**
 * A container or shortcode of the operation's own words that the noise pass blanked
 * (`:::caution Deprecated`, `{{< deprecated >}}`), the words it holds (if any) not about a part.
 */
function directive(out: readonly RootContent[], next: number, page: string): boolean {
  const from = out[0]?.position?.end.offset;
  if (from === undefined || (!page.includes(':::') && !page.includes('{{'))) return false;
  const later = out.slice(next < 0 ? out.length : next).find((node) => node.position);
  const last = [...out].reverse().find((node) => node.position);
  const to = later?.position?.start.offset ?? last?.position?.end.offset ?? from;
  const span = page.slice(from, to);
  const container = CONTAINER.exec(span);
  const shortcode = container ? undefined : SHORTCODE.exec(span);
  const found = container ?? shortcode;
  if (!found) return false;
  const after = span.slice(found.index + found[0].length);
  // A container's words run to its closing fence; a shortcode holds words only when closed (`{{< /deprecated >}}`).
  const close = container ? /^[ \t]*:{3,}[ \t]*$/m.exec(after) : SHORTCODE_CLOSE.exec(after);
  const words = close ? after.slice(0, close.index).trim() : container ? after.trim() : '';
  return !speaksOfPart(words) && !words.startsWith('`');
}
