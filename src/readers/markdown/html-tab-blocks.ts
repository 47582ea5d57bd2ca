/**
 * Tab sets pasted as HTML into a markdown page (a site without MDX whose pages hold a rendered
 * `<div class="tabbed-set">` of MkDocs Material, a Docusaurus `<ul role="tablist">` ⏎ `<div
 * role="tabpanel">`, a VitePress code group): read through the same conversion as a whole `.html`
 * page's tabs (html-tabs.ts), each tab's content under a paragraph of its title, so a `Response`
 * or `201 Created` tab's JSON is that answer's sample and a `Python` tab's code nothing. Before,
 * the block stayed HTML and none of its samples was read.
 *
 *     <div class="tabbed-set">                    → `201 Created` ⏎ ```json {"id": 31} ```
 *     <input id="t1" …><label for="t1">201 Created</label>   `404 Not Found` ⏎ ```json {…} ```
 *     …
 *
 *     (a blank line in a sample)                  CommonMark ends an HTML block at a blank line:
 *                                                 the set is its element's whole extent in the
 *                                                 page, from its opening tag to the tag closing it,
 *                                                 whatever blocks markdown cut it into
 *
 * A set whose element is never closed, or nests its tags deeper than `MAX_DEPTH`, stays as written.
 */
import type { Root, RootContent } from 'mdast';
import { tabBlocks } from './html.js';
import { isVoidElement } from './paths.js';

/** A block opening with an element that holds a tab list (ARIA tabs) or radio tabs (`<input type="radio">` with its `<label for>`). */
const TAB_SET =
  /role\s*=\s*["']?tablist\b|<input\b[^>]*\btype\s*=\s*["']?radio\b[^>]*>[\s\S]*<label\b[^>]*\bfor\s*=|<label\b[^>]*\bfor\s*=[\s\S]*<input\b[^>]*\btype\s*=\s*["']?radio\b/i;
const OPENING = /^\s*<([a-z][\w-]*)\b/i;
const TAG = /<(\/?)([a-z][\w-]*)\b[^<>]*?(\/?)>/gi;
/** Deeper than this, an HTML block is no tab set a page writes (and would exhaust the converter's stack). */
const MAX_DEPTH = 64;

/** Whether the page holds an HTML tab set at all (a cheap skip). */
export function mayHoldHtmlTabs(text: string): boolean {
  return /role\s*=\s*["']?tablist|type\s*=\s*["']?radio/i.test(text);
}

export function convertHtmlTabBlocks(root: Root, text: string): void {
  const nodes = root.children;
  const out: RootContent[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const start = node.position?.start;
    // (The set's first block holds its tab list or labels: only those are scanned to their end.)
    const tag = node.type === 'html' && mayHoldHtmlTabs(node.value) ? OPENING.exec(node.value)?.[1] : undefined;
    const end = tag && start?.offset !== undefined ? elementEnd(text, start.offset, tag) : undefined;
    const html = end === undefined ? undefined : text.slice(start!.offset, end);
    if (html === undefined || !TAB_SET.test(html)) {
      out.push(node);
      continue;
    }
    out.push(...tabBlocks(html, start!));
    // The blocks markdown cut the set into: every node that starts inside it.
    while ((nodes[index + 1]?.position?.start.offset ?? end!) < end!) index++;
  }
  root.children = out;
}

/** The offset past the tag closing the element `tag` that opens at `from`, or undefined (never closed, or nested too deep). */
function elementEnd(text: string, from: number, tag: string): number | undefined {
  const name = tag.toLowerCase();
  if (isVoidElement(name)) return undefined;
  let depth = 0;
  let same = 0;
  TAG.lastIndex = from;
  for (let match = TAG.exec(text); match; match = TAG.exec(text)) {
    const [whole, closing, found, selfClosing] = match;
    const tagName = found!.toLowerCase();
    if (selfClosing || isVoidElement(tagName)) continue;
    depth += closing ? -1 : 1;
    if (depth > MAX_DEPTH) return undefined;
    if (tagName !== name) continue;
    same += closing ? -1 : 1;
    if (same === 0) return match.index + whole.length;
  }
  return undefined;
}
