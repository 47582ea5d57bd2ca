/**
 * Slate's notes (and Shins' and Widdershins' pages that follow it): an HTML `<aside>` of a note's
 * class standing as a block of a markdown page, read as an admonition is (admonitions.ts): its words
 * a note of the description, no summary, without the tags.
 *
 *     <aside class="warning">You must replace      → paragraph (`ParagraphData.admonition`):
 *     <code>meowmeowmeow</code> with your key.</aside>  "You must replace `meowmeowmeow` with your key."
 *
 *     `<aside class="notice">`, `<aside class="success">`; words alone or `<p>` paragraphs inside
 *
 * Only a block that is one such element, closed, its words phrasing or paragraphs, of at most 5,000
 * characters, and not one of Widdershins' asides of an operation's security (widdershins-security.ts
 * reads those): any other HTML block is left as it is. The note's nodes hold the snippet's places, not the page's, so its words
 * are read from the nodes (code spans in backticks), not sliced from the page where the tags are.
 */
import type { Element as HastElement, Nodes as HastNodes } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import type { Html, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { withoutPositions } from '../shared/nodes.js';
import { parseHtml } from './html-tree.js';
import { isSecurityAside } from './widdershins-security.js';

/** A block that opens with an `<aside>` tag and closes with its end tag. */
const ASIDE = /^<aside\s[^<>]*>[\s\S]*<\/aside>\s*$/i;

/** The longest aside read, in characters: a note is a sentence or a few, not a page of markup. */
const MAX_LENGTH = 5_000;

/**
 * The most tags an aside read holds: a note's are a few, and parsing one nested past the HTML
 * parser's depth would refuse the whole page (`nesting-too-deep`), where left as it is it is read.
 */
const MAX_TAGS = 200;

function tagCount(html: string): number {
  let count = 0;
  for (let at = html.indexOf('<'); at >= 0 && count <= MAX_TAGS; at = html.indexOf('<', at + 1)) count++;
  return count;
}

/** Slate's classes of a note. */
const NOTE_CLASSES = new Set(['notice', 'warning', 'success']);

/** The page's note asides as the paragraphs of notes they show. */
export function convertHtmlAsides(root: Root): void {
  root.children = root.children.flatMap((node): RootContent[] => (node.type === 'html' ? (notesOf(node) ?? [node]) : [node]));
}

function notesOf(node: Html): Paragraph[] | undefined {
  // Widdershins' asides of an operation's security are its security's (widdershins-security.ts), no note.
  if (node.value.length > MAX_LENGTH || tagCount(node.value) > MAX_TAGS || !ASIDE.test(node.value) || isSecurityAside(node.value))
    return undefined;
  const tree = parseHtml(node.value, { fragment: true });
  const elements = tree.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const aside = elements[0];
  if (elements.length !== 1 || aside?.type !== 'element' || aside.tagName !== 'aside' || !isNote(aside)) return undefined;
  const blocks = (toMdast({ type: 'root', children: aside.children } as HastNodes) as Root).children;
  for (const block of blocks) withoutPositions(block);
  const paragraphs = blocks.every((block) => block.type === 'paragraph')
    ? blocks
    : blocks.every((block) => PHRASING.has(block.type))
      ? [{ type: 'paragraph', children: blocks as PhrasingContent[] } as Paragraph]
      : undefined;
  const notes = paragraphs
    ?.map((paragraph) => ({ ...paragraph, children: trimmed(paragraph.children) }))
    .filter((paragraph) => paragraph.children.length > 0);
  if (!notes || notes.length === 0) return undefined;
  return notes.map((paragraph) => ({ ...paragraph, data: { ...paragraph.data, admonition: true } }));
}

const PHRASING: ReadonlySet<string> = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'link', 'break', 'delete', 'html', 'image']);

function isNote(aside: HastElement): boolean {
  const classes = aside.properties.className;
  return Array.isArray(classes) && classes.some((name) => NOTE_CLASSES.has(String(name).toLowerCase()));
}

/** The words without the blank text and breaks at their ends (the lines the tags stood on). */
function trimmed(children: readonly PhrasingContent[]): PhrasingContent[] {
  const blank = (child: PhrasingContent | undefined) => child?.type === 'break' || (child?.type === 'text' && child.value.trim() === '');
  let start = 0;
  let end = children.length;
  while (start < end && blank(children[start])) start++;
  while (end > start && blank(children[end - 1])) end--;
  return children.slice(start, end).map((child, index, kept) => {
    if (child.type !== 'text') return child;
    const value = index === 0 ? child.value.trimStart() : child.value;
    return { ...child, value: index === kept.length - 1 ? value.trimEnd() : value };
  });
}
