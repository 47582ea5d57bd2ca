/**
 * A status cell opened by a coloured mark, as Docusaurus references colour their response rows:
 * `🟢 **200 OK**`, `🔴 **401 Unauthorized**`, `⚠️ 429`. The mark is the row's colour, no part of
 * the status; the code after it is the status the page states. A cell of marks alone states none.
 */

/** One pictograph (an emoji, with its variation selector), then blanks; several in a row too. */
const LEADING_MARKS = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)+/u;

/** The status cell's text with its leading colour marks dropped. */
export function withoutStatusMarks(text: string): string {
  return text.replace(LEADING_MARKS, '');
}
