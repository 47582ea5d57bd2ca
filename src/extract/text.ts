/**
 * Text of document nodes. Descriptions are the markdown SOURCE of the node (a slice of the file
 * by position) when the reader gave us the markdown, so what the docs say is kept as written
 * (OpenAPI descriptions are CommonMark); otherwise the nodes' plain text.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { isLayoutOnly } from '../document/layout-html.js';
import { plainText } from '../document/plain-text.js';
import type { ExtractContext } from './context.js';

/** A `strong` node whose text is `Required` (the normalised required marker), or `Required:` / `Required.` opening a description (Matrix's `**Required:** The room.`, Icinga's `**Required.** The host's name.`). */
export function isRequiredMarker(node: Nodes): boolean {
  return node.type === 'strong' && /^\s*required\s*[.:]?\s*$/i.test(plainText(node));
}

/**
 * Whether `children[index]` is a required marker the words after it leave a requirement: a
 * condition after it (`login name, **required** for remote users`, `**Required** if no `room` is
 * given`) makes it a word of the description, which requires nothing.
 */
export function isRequiredMarkerAt(children: readonly PhrasingContent[], index: number): boolean {
  const node = children[index];
  if (!node || !isRequiredMarker(node)) return false;
  const next = children[index + 1];
  return !(next?.type === 'text' && CONDITION_AFTER.test(next.value));
}

/**
 * Words opening a condition right after the marker, in lower case after a blank: `for …`, `if …`,
 * `when …`, `unless …`, `only if …` (`**Required** If nonzero, …` opens a sentence of its own).
 */
const CONDITION_AFTER = /^[ \t]+(?:for|if|when|unless|only|except)\b/;

/** Does the cell hold a required marker? */
export function hasRequiredMarker(children: readonly PhrasingContent[]): boolean {
  return children.some((_, index) => isRequiredMarkerAt(children, index));
}

function offsets(node: Nodes): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

/**
 * The markdown source of inline `children` (one contiguous slice, from the first child's start to
 * the last one's end) minus the required markers, trimmed. Falls back to plain text when positions
 * or the markdown are missing.
 */
export function inlineSource(children: readonly PhrasingContent[], context: ExtractContext): string {
  const markdown = context.markdown;
  const ranges = children.map(offsets);
  const flag = (index: number) => isRequiredMarkerAt(children, index) || (index === 0 && isOptionalOpening(children));
  if (markdown === undefined || ranges.length === 0 || ranges.some((range) => range === undefined)) {
    return tidy(
      children
        .filter((_, index) => !flag(index))
        .map(shownText)
        .join(''),
    );
  }
  const spans = ranges as Array<[number, number]>;
  let text = '';
  let at = spans[0]![0];
  children.forEach((_, index) => {
    if (!flag(index)) return;
    const [start, end] = spans[index]!;
    text += markdown.slice(at, start);
    at = end;
  });
  text += markdown.slice(at, spans[spans.length - 1]![1]);
  // `**Required**. The title of the issue.` (GitHub's v3 tables): the marker's full stop went with it.
  return tidy(flag(0) ? text.replace(/^\s*[.:;,]\s+/, '') : text);
}

/**
 * `**Optional** Enhance the boards with …`: a bold `Optional` opening the words is the row's flag
 * (its Required column's word), no word of its description; one a condition follows
 * (`**Optional** for admins`) stays.
 */
function isOptionalOpening(children: readonly PhrasingContent[]): boolean {
  const [first, next] = children;
  return (
    first?.type === 'strong' &&
    /^\s*optional\s*[.:]?\s*$/i.test(plainText(first)) &&
    !(next?.type === 'text' && CONDITION_AFTER.test(next.value))
  );
}

/** Inline HTML that only formats what it holds (`<code>`, `<b>`, `<a href>`, `<br>`): no text of its own. */
const FORMATTING_TAG = /^<\/?(?:a|abbr|b|br|code|del|em|i|ins|kbd|mark|s|small|span|strong|sub|sup|u)\b[^<>]*\/?>$/i;

/**
 * The text inline `children` show, on one line: emphasis, code spans and links as their words
 * (`_Tell the client to archive files._` is "Tell the client to archive files."), formatting tags
 * left out, line breaks spaces; the required markers left out. A summary's text.
 */
export function shownLine(children: readonly PhrasingContent[]): string {
  const shown = (node: Nodes): string => {
    if (node.type === 'html') return FORMATTING_TAG.test(node.value.trim()) ? (/^<br\b/i.test(node.value.trim()) ? ' ' : '') : node.value;
    if (node.type === 'break') return ' ';
    if ('children' in node) return (node.children as Nodes[]).map(shown).join('');
    return plainText(node);
  };
  return children
    .filter((_, index) => !isRequiredMarkerAt(children, index))
    .map(shown)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The markdown source of block nodes, joined by blank lines. */
export function blockSource(nodes: readonly RootContent[], context: ExtractContext): string {
  const markdown = context.markdown;
  // Layout tags alone (a `<details>` wrapper and its `<summary>` label) are no words of a description.
  const parts = nodes
    .filter((node) => node.type !== 'html' || !isLayoutOnly(node.value))
    .map((node) => {
      // A list of an HTML block (`<ul>` ⏎ `<li>…</li>`, html-list-blocks.ts): its items' words, no tags.
      if (node.type === 'list' && node.data?.htmlBlock)
        return node.children.map((item) => `- ${item.children.map((child) => shownText(child).trim()).join(' ')}`).join('\n');
      const range = offsets(node);
      const admonition = node.type === 'paragraph' && node.data?.admonition === true;
      // A note made of HTML (Slate's `<aside>`, html-asides.ts) holds no places of the page: the words it shows, code spans in backticks.
      const text = markdown !== undefined && range ? markdown.slice(range[0], range[1]) : admonition ? shownText(node) : plainText(node);
      if (node.type !== 'paragraph' || !node.data?.admonition) return text;
      // An admonition's lines indented in the page (MkDocs' `!!! note` ⏎ `    …`): a paragraph's lines at the margin.
      const note = text.replace(INDENTED_LINE, '\n');
      return node.data.admonitionTitle ? titledNote(node.data.admonitionTitle, note) : note;
    });
  return parts
    .map((part) => withoutBlankLinks(part).trimEnd())
    .filter((part) => part.trim().length > 0)
    .join('\n\n')
    .trim();
}

const INDENTED_LINE = /\n[ \t]+/g;

/** An admonition's words under its title (`:::warning Rate limits`): `Rate limits: At most …` (a title that ends its sentence, `Heads up!`, a space). */
function titledNote(title: string, text: string): string {
  return /[.:!?…]$/.test(title) ? `${title} ${text}` : `${title}: ${text}`;
}

/** Trims; inner whitespace is kept as written. */
/**
 * Text without a source to slice (an HTML cell's): as markdown where it matters to a reader and to
 * the extractor — code spans in backticks (``Default: `view` ``, ``One of: `a`, `b` ``), the
 * paragraphs of a cell apart.
 */
function shownText(node: Nodes): string {
  if (node.type === 'inlineCode') {
    const runs = node.value.match(/`+/g) ?? [];
    const fence = '`'.repeat(Math.max(0, ...runs.map((run) => run.length)) + 1);
    const pad = /^`|`$/.test(node.value) ? ' ' : '';
    return `${fence}${pad}${node.value}${pad}${fence}`;
  }
  if (node.type === 'paragraph') return `${node.children.map(shownText).join('').trim()}\n\n`;
  if ('children' in node) return (node.children as Nodes[]).map(shownText).join('');
  return plainText(node);
}

function tidy(text: string): string {
  return withoutBlankLinks(text).trim();
}

/**
 * A link whose destination was noise the reader blanked (Hugo's `[Poll]({{< relref "entities/poll" >}})`
 * reads `[Poll](                  )`): its text alone.
 */
function withoutBlankLinks(text: string): string {
  return text.includes('( ') ? text.replace(/\[([^[\]\n]*)\]\([ \t]+\)/g, '$1') : text;
}
