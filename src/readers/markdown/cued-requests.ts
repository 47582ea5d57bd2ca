/**
 * The first JSON with no label in the prose of a call that sends a body, with what the call
 * answers after it → the request's sample: the order tells, the page showing what is sent before
 * what comes back.
 *
 *     ### POST /api/render
 *     Renders a template.
 *     ```json { "template": "Hello {{ name }}" }```   ← the request's sample
 *     Returns the rendered text.                      ← the answer: a "Returns …" sentence, a
 *     ```text Hello Ann```                               response's label or sample, a status line
 *
 * Only prose may stand between the JSON and the answer: a heading of another part (Slate's `###
 * HTTP Request` under the right column's sample), a table, another fence, or nothing after it
 * leaves the JSON the operation's prose, as before; so does JSON after an answer or a sample
 * request already placed.
 */
import type { Code, RootContent } from 'mdast';
import { statesAnswer } from './announced-samples.js';

/** The sections of what the call answers. */
const ANSWER_KINDS: ReadonlySet<string> = new Set(['sample-response', 'response-body', 'responses']);

/** Whether the unlabelled JSON `sample`, as placed in the region's blocks `out`, is followed by the call's answer with only prose between. */
export function answerFollows(sample: Code, out: readonly RootContent[]): boolean {
  const at = out.indexOf(sample);
  if (at < 0) return false;
  // A request already shown (a curl command's data, a labelled sample), or an answer before the JSON: not the case this reads.
  if (
    out.some(
      (node, index) =>
        node.type === 'heading' && (node.data?.section === 'sample-request' || (index < at && ANSWER_KINDS.has(node.data?.section ?? ''))),
    )
  )
    return false;
  for (const node of out.slice(at + 1)) {
    if (node.type === 'heading') {
      const section = node.data?.section ?? '';
      if (ANSWER_KINDS.has(section)) return true;
      // The operation's prose going on after a synthetic break.
      if (section === 'notes' && !node.position) continue;
      return false;
    }
    if (node.type !== 'paragraph') return false;
    if (statesAnswer(node)) return true;
  }
  return false;
}
