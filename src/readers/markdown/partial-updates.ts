/**
 * A call whose words say its update is partial, that only the fields sent change:
 *
 *     ## Update a lamp
 *     <RouteHighlighter method="PATCH" route="/lamps/{uid}"/>
 *     To learn more about the fields sent in the body, see the [create lamp](#body) endpoint.
 *     Updates to lamps are **partial**. Any fields not present in the payload will remain unchanged.
 *
 * "Updates … are partial", "Partially update …", "a partial update", "Any parameters not provided
 * will be left unchanged", "Omitted fields will not be updated", "Provide only the fields you want
 * to update". Where such a call takes its body's fields from another section's table (the create
 * call's, linked-tables.ts), that table's required marks are the other call's: none of the fields
 * is required by this one (before, the create call's required fields were this call's too). A
 * call's own table keeps its marks: what a table states wins over prose.
 */
import type { RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';

/** The words of a partial update (each alternative anchored on a word, no run of blanks tried twice). */
const PARTIAL =
  /\b(?:(?:updates?|changes?|edits?)\b[^.\n]{0,60}?\bare\s+partial\b|partial(?:ly)?\s+updat|(?:fields?|parameters?|attributes?|properties|keys)\s+(?:that\s+are\s+)?(?:not\s+(?:present|provided|included|specified|sent|passed|given)|(?:you\s+)?omit(?:ted)?)\b[^.\n]{0,60}?\b(?:remain|(?:be\s+)?left|stay|(?:will\s+)?not\s+be\s+(?:updated|changed|modified))\b|omitted\s+(?:fields|parameters|attributes|properties|keys)\s+(?:will\s+not\s+be\s+(?:updated|changed|modified)|(?:are|will\s+be)\s+(?:left\s+)?unchanged|remain)\b|(?:provide|send|pass|include|specify)\s+only\s+the\s+(?:fields?|parameters?|attributes?|properties|keys)\s+(?:that\s+)?you\s+(?:want|wish|intend|need|would\s+like)\s+to\s+(?:update|change|modify))/i;
/** "not a partial update", "are not partial": the words deny it. */
const DENIED = /\bnot\s+(?:an?\s+)?partial/i;

/** Whether a paragraph among `nodes` (a call's own words) says its update is partial. */
export function statesPartialUpdate(nodes: readonly RootContent[]): boolean {
  return nodes.some((node) => {
    if (node.type !== 'paragraph') return false;
    const text = plainText(node);
    // (A cheap literal test first: most paragraphs say nothing of it.)
    if (!/partial|unchanged|not be (?:updated|changed|modified)|only the/i.test(text)) return false;
    return PARTIAL.test(text) && !DENIED.test(text);
  });
}
