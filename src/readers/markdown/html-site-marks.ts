/**
 * Marks a docs site adds around the words of a whole `.html` page that are no title, name or
 * description of it:
 *
 * - An admonition's title that only names its kind: Sphinx's and MkDocs'
 *   `<p class="admonition-title">Note</p>`, Docusaurus' `<div class="admonitionHeading_x">note</div>`,
 *   VitePress' `<p class="custom-block-title">TIP</p>`, Starlight's `starlight-aside__title`, Docsy's
 *   `<h4 class="alert-heading">Warning</h4>` (no heading of the page), GitHub's
 *   `markdown-alert-title`, and a `<details>`' `<summary>Note</summary>`. The admonition's words stay;
 *   a title of other words (`Example response`) stays the label it is.
 * - A heading's permalink set beside it rather than in it: Starlight's `<a class="sl-anchor-link"
 *   href="#id"><span class="sr-only">Section titled “…”</span></a>`, GitHub's `<a class="anchor"
 *   href="#id"><svg …></a>`: a link right after the heading to its own id, or of no words or a mark
 *   alone (`¶`, `#`). (A permalink inside the heading is dropped with the heading's text, html.ts.)
 */
import type { Element, Root } from 'hast';
import { textOf } from './made-hast.js';
import { classesOf } from './style-classes.js';

/** A class of an admonition's title element. */
const TITLE_CLASS = /(?:admonition|callout|alert|aside|custom-block|hint|notice)(?:[-_]{1,2}|)(?:title|heading)/i;
/** The words that only name an admonition's kind. */
const KIND =
  /^(?:note|notes|tip|tips|info|information|warning|warn|caution|danger|important|attention|hint|error|success|check|example|abstract|summary|tldr|question|quote|bug|failure|see also|seealso|todo|notice|remark)\s*:?$/i;
const HEADING = /^h[1-6]$/;
/** A permalink's words: none, or a mark alone. */
const MARK = /^[\s\u200b]*(?:¶|#|§|🔗)?[\s\u200b]*$/u;

export function dropSiteMarks(tree: Root): void {
  const visit = (node: Root | Element, inDetails: boolean): void => {
    let heading: Element | undefined;
    node.children = node.children.filter((child) => {
      if (child.type === 'text' && child.value.trim() === '') return true;
      const after = heading;
      heading = child.type === 'element' && HEADING.test(child.tagName) ? child : undefined;
      if (child.type !== 'element') return true;
      if (isKindTitle(child, inDetails)) return false;
      return !(after && isPermalink(child, after));
    }) as typeof node.children;
    for (const child of node.children) if (child.type === 'element') visit(child, child.tagName === 'details');
  };
  visit(tree, false);
}

function isKindTitle(node: Element, inDetails: boolean): boolean {
  const titled = (inDetails && node.tagName === 'summary') || classesOf(node).some((name) => TITLE_CLASS.test(name));
  return titled && KIND.test(textOf(node).trim());
}

function isPermalink(node: Element, heading: Element): boolean {
  const href = node.properties.href;
  if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return false;
  const id = heading.properties.id;
  return (typeof id === 'string' && href === `#${id}`) || MARK.test(textOf(node));
}
