/**
 * A saved page's HTML as hast-util-from-html (parse5, as browsers parse) reads it, for
 * viewer-pages: its elements of a few tag names, a script's code and an attribute's value, each
 * placed in the page. `verbose` keeps each attribute's position; a script's text is raw (no
 * entities), so its offsets are the page's.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { decodedAt, type PageText, sliceOf } from './page-text.js';

/** Elements whose text is none of the page's own words: code, styles, the head. */
const NOT_WORDS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'head']);

/**
 * The elements of `page` whose tag name is in `tags`, in tree order (none when the page is too
 * deeply nested to read), and how many runs of text the page has outside them and outside
 * scripts, styles and its head: its own words.
 */
export function elementsNamed(page: string, tags: ReadonlySet<string>): { elements: Element[]; ownText: number } {
  let tree: Root;
  try {
    tree = fromHtml(page, { verbose: true });
  } catch {
    // Nesting deeper than the parser's stack: no viewer writes its page so.
    return { elements: [], ownText: 0 };
  }
  const elements: Element[] = [];
  let ownText = 0;
  // Each node with whether its text counts (false below a found element or a NOT_WORDS one).
  const stack: Array<[RootContent | ElementContent, boolean]> = tree.children.map((node): [RootContent, boolean] => [node, true]).reverse();
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, counts] = entry;
    if (node.type === 'text' && counts) ownText += node.value.trim() === '' ? 0 : 1;
    if (node.type !== 'element') continue;
    const found = tags.has(node.tagName);
    if (found) elements.push(node);
    const childrenCount = counts && !found && !NOT_WORDS.has(node.tagName);
    for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index]!, childrenCount]);
  }
  return { elements, ownText };
}

/** The code of a `<script>` element, as written (an unclosed one runs to the page's end). */
export function scriptCode(page: string, script: Element): PageText {
  const text = script.children[0];
  if (text?.position?.start.offset !== undefined && text.position.end.offset !== undefined) {
    return sliceOf(page, text.position.start.offset, text.position.end.offset);
  }
  const end = script.data?.position?.opening?.end.offset ?? 0;
  return sliceOf(page, end, end);
}

/**
 * The value of attribute `key` (hast's property name) and the page offset where it is written.
 * Exact when the value is written as the parser read it; else (entities, a line break the parser
 * turned) every offset of it is the value's start.
 */
export function attributeOf(page: string, element: Element, key: string): { value: PageText; start: number } | undefined {
  const value = element.properties[key];
  if (typeof value !== 'string') return undefined;
  const span = element.data?.position?.properties?.[key];
  const start = span?.start.offset;
  const end = span?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  // `name`, `name=value`, `name = "value"`: the value follows the `=` (never the name's first character).
  const written = page.slice(start, end);
  const equals = written.indexOf('=', 1);
  if (equals === -1) return { value: sliceOf(page, start, start), start };
  let at = equals + 1 + written.slice(equals + 1).search(/\S|$/);
  let last = written.length;
  const quote = written[at];
  if ((quote === '"' || quote === "'") && last > at + 1 && written[last - 1] === quote) {
    at++;
    last--;
  }
  const raw = page.slice(start + at, start + last);
  return { value: raw === value ? sliceOf(page, start + at, start + last) : decodedAt(value, start + at), start: start + at };
}
