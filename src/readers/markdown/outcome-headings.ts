/**
 * An answer titled by its outcome (the container registry API's way), its status in a fence right
 * under the title, then what the answer means:
 *
 *     ###### On Failure: Authentication Required
 *     ```                                          → 401, "The client is not authenticated."
 *     401 Unauthorized
 *     Content-Type: application/json
 *     ```
 *     The client is not authenticated.
 *
 * The first paragraph after the fence is that status's description, no words of the operation's;
 * one that titles what follows (`The following headers will be returned:`) or states a request
 * line is none, and stays where it stood.
 */
import type { Heading, Paragraph, RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { signaturesIn } from './signatures.js';

/** `On Success: Created`, `On Failure: Not allowed`, `Upon error - Conflict`. */
const OUTCOME_TITLE = /^(?:on|upon)\s+(?:success|failure|error)\s*[:\u2013\u2014-]\s*\S/i;

/** Whether the node is a heading of the page titled by an outcome. */
export function isOutcomeHeading(node: RootContent): node is Heading {
  return node.type === 'heading' && node.position !== undefined && OUTCOME_TITLE.test(plainText(node).trim().slice(0, 200));
}

/** Whether the paragraph says what the answer means: words, not a title of what follows nor a request line. */
export function describesOutcome(paragraph: Paragraph): boolean {
  const text = plainText(paragraph).replace(/\s+/g, ' ').trim();
  return text.length > 0 && !text.endsWith(':') && signaturesIn(paragraph).length === 0;
}

/** Puts the paragraph's words into the status table's Description cell. */
export function describeOutcome(table: Table, paragraph: Paragraph): void {
  const cell = table.children[1]?.children[1];
  if (cell) cell.children = [...paragraph.children];
}
