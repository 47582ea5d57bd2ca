/**
 * The first JSON with no label in the prose of a call, where the response's part points at it and
 * shows none of its own → the response's sample: Slate's pages (Mautic's) write the right column's
 * sample first, under the operation's heading, and say under the response's title that it is the
 * answer.
 *
 *     ### Add Lamp to a Porch
 *     ```json {"success": true}```         ← the response's sample
 *     Manually add a lamp to a porch.
 *     #### HTTP Request
 *     `POST /porches/PORCH_ID/lamps/LAMP_ID/add`
 *     #### Response
 *     `Expected Response Code: 200`
 *     See JSON code example.               ← the pointer
 *
 * Before, the JSON stayed in the operation's description.
 */
import type { RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';

/** The sections of what the call answers. */
const ANSWER_KINDS: ReadonlySet<string> = new Set(['sample-response', 'response-body', 'responses']);

/** "See JSON code example.", "See the JSON example.", "See the example response." */
const POINTER = /^see (?:the )?(?:json )?(?:code )?example(?: response)?\.?$/i;

/** Whether a paragraph of the answer's part in the region's blocks `out` points at the example, and that part holds no sample. */
export function answerPointsAtSample(out: readonly RootContent[]): boolean {
  let section = '';
  let pointed = false;
  for (const node of out) {
    if (node.type === 'heading') section = node.data?.section ?? '';
    else if (ANSWER_KINDS.has(section) && node.type === 'code') return false;
    else if (ANSWER_KINDS.has(section) && node.type === 'paragraph' && !pointed) {
      const text = plainText(node);
      pointed = text.length <= 80 && POINTER.test(text.replace(/\s+/g, ' ').trim());
    }
  }
  return pointed;
}
