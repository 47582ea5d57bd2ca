/**
 * A heading's anchor as docs sites make it, which a link to its section names:
 *
 *     ## Shelf data {#shelf}                 → shelf (Hugo, Docusaurus, MkDocs' attr_list, kramdown)
 *     ## Shelf data {: #shelf .beta}         → shelf
 *     ## `Shelf` object                      → shelf-object (the code's words)
 *     ## Shelves & books                     → shelves--books (GitHub's slug; other sites' forms of
 *                                              its punctuation match it too: ir/anchor.ts)
 */
import type { Heading } from 'mdast';
import { slug } from './linked-tables.js';
import { withoutAttributeLists } from './section-titles.js';
import { headingText } from './signatures.js';

/** `{#shelf}`, `{: #shelf .beta}`, `{ id="shelf" }` after a heading's words. */
const HEADING_ID = /\{:?\s*(?:[^}]*\s)?(?:id\s*=\s*["']([^"']+)["']|#([\w-]+))[^}]*\}\s*$/;

/** The heading's anchor, lower-case: its id, else its words' slug. */
export function headingAnchor(node: Heading): string {
  const text = headingText(node);
  const id = HEADING_ID.exec(text.trimEnd());
  return id ? (id[1] ?? id[2])!.toLowerCase() : slug(withoutAttributeLists(text));
}
