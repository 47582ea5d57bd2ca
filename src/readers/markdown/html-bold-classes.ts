/**
 * Bold that a page gives by a class alone, as Google Docs' "Web page (.html)" writes every run of
 * text: `<span class="c6">limit</span>` under `<style>….c6{…;font-weight:700;…}</style>`. Such a
 * span is read as `<strong>` (the field's name, a label in bold), as Word's `<b>` is:
 *
 *     <span class="c6">limit</span><span class="c0"> integer, optional</span>   → **limit** integer, optional
 *
 * Only classes whose rule sets `font-weight` to `bold` or 700 (or more) are bold; a span in a
 * heading stays as it is (the heading is its title already). A page whose text sets no bold
 * `font-weight` is not walked.
 */
import type { Element, Root } from 'hast';
import { classesOf, styledClasses } from './style-classes.js';

/** A bold weight, anywhere in the page: the cheap test before any walk. */
const BOLD_WEIGHT = /font-weight\s*:\s*(?:bold|[7-9]00)\b/i;
/** A class rule of a `<style>` (`.c6{…}`). */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function strongBoldClasses(tree: Root, text: string): void {
  if (!BOLD_WEIGHT.test(text)) return;
  const bold = styledClasses(tree, BOLD_WEIGHT);
  if (bold.size === 0) return;
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || HEADINGS.has(child.tagName)) continue;
      if (child.tagName === 'span' && classesOf(child).some((name) => bold.has(name))) child.tagName = 'strong';
      visit(child);
    }
  };
  visit(tree);
}
