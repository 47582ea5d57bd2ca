/**
 * A sentence of an operation's prose that says the operation returns the literal `true`:
 *
 *     Use this method to move a shelf to another room. Returns *True* on success.
 *     Returns `true` on success.
 *
 * The success's body is a boolean. Only "Returns True/true [on success | if successful]." is read:
 * "Returns true if the shelf exists" is a condition (its other answer unsaid), and other literals
 * state nothing here.
 */
import type { Paragraph } from 'mdast';
import { plainText } from '../../document/plain-text.js';

const RETURNS_TRUE = /^[Rr]eturns?\s+[Tt]rue(?:\s+(?:(?:on|upon)\s+success|if\s+successful))?\s*\.?$/;

/** The paragraph has a sentence "Returns True on success." (its emphasis or code marks dropped). */
export function returnsTrue(node: Paragraph): boolean {
  return plainText(node)
    .split(/(?<=[.!?])\s+/)
    .some((sentence) => RETURNS_TRUE.test(sentence.trim()));
}
