/**
 * JSON under a GET's title `Example` alone, no call shown above it in the section, as Home
 * Assistant's REST reference writes a call's answer:
 *
 *     #### GET /api/logbook/<timestamp>
 *     Returns an array of logbook entries.
 *     Example
 *     ```json
 *     [{"domain": "lamp", "message": "turned on"}]     ← what the call returns
 *     ```
 *
 * A GET sends no body, and the title names neither the request nor the answer: the JSON right
 * under it is the answer's sample (code-parts.ts). Under `Example request`, after words under the
 * title ("Paging works like this:") or after the example's own call, it still shows the
 * parameters, as before.
 */
import { normaliseTitle } from './section-titles.js';

/** Whether a title is `Example` (or `Examples`) alone, a colon or none after it. */
export function isExampleAlone(title: string): boolean {
  const words = normaliseTitle(title);
  return words === 'example' || words === 'examples';
}
