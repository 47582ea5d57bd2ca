/**
 * A heading's anchor as docs sites make it, which a link to its section names:
 *
 *     ## Shelf data {#shelf}                 → shelf (Hugo, Docusaurus, MkDocs' attr_list, kramdown)
 *     ## Shelf data {: #shelf .beta}         → shelf
 *     ## `Shelf` object                      → shelf-object (the code's words)
 *     ## Shelves & books                     → shelves--books (GitHub's slug; other sites' forms of
 *                                              its punctuation match it too: ir/anchor.ts)
 *     ## <a name="shelf"></a>Shelf object    → shelf, and shelf-object (an HTML anchor named in the
 *     <a id="shelf"></a> ⏎ ## Shelf object     heading or on the line above it: `headingAnchors`)
 *     ### Shelf Object ⏎ ###### Shelf Structure → shelf-structure, and shelf-object-shelf-structure
 *                                              (the anchor of the heading it sits under before
 *                                              its own, as Discord's site names its sections:
 *                                              `qualifiedAnchors`)
 */
import type { Heading, Root, RootContent } from 'mdast';
import { slug } from './linked-tables.js';
import { withoutAttributeLists } from './section-titles.js';
import { headingText } from './signatures.js';

/** `{#shelf}`, `{: #shelf .beta}`, `{ id="shelf" }` after a heading's words. */
const HEADING_ID = /\{:?\s*(?:[^}]*\s)?(?:id\s*=\s*["']([^"']+)["']|#([\w-]+))[^}]*\}\s*$/;

/** `<a name="shelf"></a>`, `<a id="shelf"/>`: an anchor an HTML tag names. */
const HTML_ANCHOR = /<a\s+(?:[^<>]*\s)?(?:name|id)\s*=\s*["']([^"'<>]+)["'][^<>]*>/gi;
/** A line of nothing but empty anchors. */
const ANCHORS_LINE = /^[ \t]*(?:<a\s[^<>\n]*>[ \t]*(?:<\/a>[ \t]*)?)+$/i;

/** The HTML anchors of each heading marked (its `data` is rewritten by later passes: kept apart). */
const HTML_ANCHORS = new WeakMap<Heading, string[]>();

/**
 * Marks each heading of the page with the HTML anchors that name it, read from
 * the page as written (the noise pass blanks empty anchors): those in the heading's line, and
 * those alone on the line above it, or above the blank line before it.
 */
export function markHtmlAnchors(root: Root, page: string): void {
  if (!page.includes('<a')) return;
  for (const node of root.children) {
    if (node.type !== 'heading') continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const anchors = [...anchorsIn(page.slice(start, end)), ...anchorsIn(lineAbove(page, start))];
    if (anchors.length > 0) HTML_ANCHORS.set(node, anchors);
  }
}

/** The last non-blank line of the (at most two) lines before `offset`, when it is nothing but anchors. */
function lineAbove(page: string, offset: number): string {
  let end = page.lastIndexOf('\n', offset - 1);
  for (let tries = 0; end > 0 && tries < 2; tries++) {
    const from = page.lastIndexOf('\n', end - 1) + 1;
    const line = page.slice(from, end);
    if (line.trim()) return ANCHORS_LINE.test(line) ? line : '';
    end = from - 1;
  }
  return '';
}

function anchorsIn(text: string): string[] {
  return [...text.matchAll(HTML_ANCHOR)].map((match) => match[1]!.toLowerCase());
}

/** Every anchor that names the heading, lower-case: its id (else its words' slug), then the HTML anchors that name it. */
export function headingAnchors(node: Heading): string[] {
  return [...new Set([headingAnchor(node), ...(HTML_ANCHORS.get(node) ?? [])])];
}

/** The heading's anchor, lower-case: its id, else its words' slug. */
function headingAnchor(node: Heading): string {
  const text = headingText(node);
  const id = HEADING_ID.exec(text.trimEnd());
  return id ? (id[1] ?? id[2])!.toLowerCase() : slug(withoutAttributeLists(text));
}

/**
 * Each heading under another's anchor, the anchor of the heading it sits under (the closest one
 * above it of a lower depth) before its own: `### Shelf Object` ⏎ `###### Shelf Structure` →
 * `shelf-object-shelf-structure`. Sites that name a section within its parent's so link to it.
 */
export function qualifiedAnchors(nodes: readonly RootContent[]): Map<Heading, string> {
  const found = new Map<Heading, string>();
  const open: Heading[] = [];
  for (const node of nodes) {
    if (node.type !== 'heading') continue;
    while (open.length > 0 && open.at(-1)!.depth >= node.depth) open.pop();
    const parent = open.at(-1);
    if (parent) found.set(node, `${headingAnchor(parent)}-${headingAnchor(node)}`);
    open.push(node);
  }
  return found;
}
