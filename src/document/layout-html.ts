/**
 * HTML a page writes for its layout, not its words: layout elements' and site components' tags
 * (`<div class="two-up">`, a `<Tabs>` component's `<template v-slot:Shell>`) and a disclosure
 * widget's wrapper (`<details>`, `</details>`) with its `<summary>` label. A block of them alone
 * is no description, wherever it stands — also a `<details>` left open (its `</details>` missing),
 * which no markdown reader closes.
 *
 *     <details>                       → (layout: no description)
 *     <summary>More</summary>
 */

/** Opening and closing tags of layout elements and site components, nothing between them. */
const LAYOUT_TAG = /<\/?(?:div|span|section|template|details|[A-Z][\w.]*)(?:[ \t\n][^<>]*)?\/?>/g;
/** A disclosure widget's label, its words plain (no tag inside). */
const SUMMARY = /<summary(?:[ \t\n][^<>]*)?>[^<>]{0,200}<\/summary>/g;

/** A comment (a reader's mark, `<!-- requires authentication -->` where Scribe's badge stood). */
const COMMENT = /<!--[\s\S]*?-->/g;

/** Whether an HTML block holds layout tags (and comments) alone. */
export function isLayoutOnly(html: string): boolean {
  return html.length < 2000 && html.replace(LAYOUT_TAG, '').replace(SUMMARY, '').replace(COMMENT, '').trim() === '';
}
