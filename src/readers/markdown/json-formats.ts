/**
 * Help-desk references (Zendesk's and its like) define a resource's object under a `JSON format`
 * heading, a sentence naming it in the plural over its properties table:
 *
 *     # Shelves
 *     ### JSON format                                     → type-definition `Shelf`
 *     Shelves are represented as JSON objects with the following properties:
 *     | Name | Type | Read-only | Mandatory | Description |
 *
 * The type is the sentence's words made singular (`Shelves` → `Shelf`, `Ticket audits` →
 * `TicketAudit`, `Each shelf is represented as …` → `Shelf`); a `JSON format` heading without
 * the sentence names no type.
 */
import type { RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { singulars } from '../../ir/singular.js';
import { typeNameOf } from './linked-returns.js';
import { headingText } from './signatures.js';

const JSON_FORMAT_TITLE = /^json\s+format$/i;

/** "Shelves are represented as JSON objects …", "Each shelf is represented as a JSON object …". Groups: the words, the verb. */
const REPRESENTED =
  /^(?:(?:each|an?|the)\s+)?([A-Za-z][A-Za-z0-9]*(?:[ _-][A-Za-z][A-Za-z0-9]*){0,3}?)\s+(are|is)\s+represented\s+as\s+(?:an?\s+)?JSON\s+objects?\b/i;

/** The type a `JSON format` heading at `index` defines, named by the sentence under it, if any. */
export function jsonFormatName(nodes: readonly RootContent[], index: number): string | undefined {
  const heading = nodes[index];
  if (heading?.type !== 'heading' || !JSON_FORMAT_TITLE.test(headingText(heading).replace(/\*+/g, '').trim())) return undefined;
  const next = nodes[index + 1];
  const sentence = next?.type === 'paragraph' ? REPRESENTED.exec(plainText(next).trim()) : null;
  if (!sentence) return undefined;
  const words = sentence[1]!.replace(/[_-]/g, ' ');
  const singular = sentence[2]!.toLowerCase() === 'are' ? (singulars(words)[0] ?? words) : words;
  return typeNameOf(singular);
}
