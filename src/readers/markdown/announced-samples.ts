/**
 * A sentence of the operation's prose right above an unlabelled JSON sample that tells whose the
 * sample is, without a title's colon (Home Assistant's REST reference):
 *
 *     #### POST /api/events/<event_type>
 *     You can pass an optional JSON object to be used as `event_data`.   → the request's sample
 *     ```json {"next_rising": "…"}```
 *     Returns a message if successful.                                   → the response's sample
 *     ```json {"message": "Event download_file fired."}```
 *
 * The sentence stays the operation's prose (its summary, where it is the first); only the fence
 * right under it is placed. A sentence that says the answer is plain text ("Retrieve all errors … as
 * a plaintext response.", "Returns the rendered template in plain text.") makes the text fence under
 * it the response's sample, as `text/plain` (see `plainTextAnswer`). A sentence that names both sides ("Returns the request's id") says
 * nothing of the sample, and one ending with a colon is a title, read as such by parts.ts.
 */
import type { Paragraph } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import type { State } from './part-state.js';

/** "Returns …", "Responds with …", "The response (body) will contain …", "The result is …". */
const ANSWER =
  /^(?:(?:it|this (?:call|endpoint|method)) )?(?:returns?|responds?)\b|^(?:the )?(?:response|result)(?: body)? (?:will )?(?:contains?|is|looks?|holds?)\b/i;

/**
 * "Expects a JSON object …", "You can pass an optional JSON object …", "Send a body like …"; what the
 * request is, "The request body must be a single flow configuration object." (Node-RED's Admin API).
 */
const SENT =
  /^(?:(?:you )?(?:can|may|must|should) )?(?:expects?|accepts?|pass|send|post|takes?)\b[^.]{0,60}\b(?:json|body|object|payload)\b|^(?:the|a|your) request(?: body)? (?:(?:should|must|shall|will|can) )?(?:be|is)\b[^.]{0,60}\b(?:json|object|payload)\b/i;

export function announcedSample(paragraph: Paragraph): 'sample-request' | 'sample-response' | undefined {
  const text = plainText(paragraph).trim();
  if (text.length === 0 || /:\s*$/.test(text)) return undefined;
  const last = lastSentence(text);
  const answers = ANSWER.test(last) || /\bthe response body (?:will )?contains?\b/i.test(last);
  const sends = SENT.test(last);
  if (answers && !sends && !/\brequest\b/i.test(last)) return 'sample-response';
  if (sends && !answers && !/\b(?:returns?|responds?|response)\b/i.test(last)) return 'sample-request';
  return undefined;
}

/**
 * A sentence of the paragraph says what the call answers ("Returns the new shelf.", "The response
 * contains …"), none of a request or of what is sent: after a body's JSON, it tells that JSON was sent.
 */
export function statesAnswer(paragraph: Paragraph): boolean {
  return sentences(plainText(paragraph).trim()).some(
    (sentence) =>
      (ANSWER.test(sentence) || /\bthe response body (?:will )?contains?\b/i.test(sentence)) &&
      !SENT.test(sentence) &&
      !/\brequest\b/i.test(sentence),
  );
}

/**
 * A paragraph in a response's part (under its title, over its sample) that says what the answer is
 * ("Returns the rendered template as plain text.", "The response contains the list of jobs."):
 * that response's description.
 */
export function isResponseProse(paragraph: Paragraph, state: Pick<State, 'kind' | 'responseTitled'>): boolean {
  const part =
    state.kind === 'response-body' || state.kind === 'sample-response' || (state.kind === 'notes' && state.responseTitled === true);
  if (!part) return false;
  // "The response looks like this:", "… is as follows." title the sample below; they say nothing of the answer.
  const text = plainText(paragraph).trim();
  return !/:\s*$/.test(text) && !SHOWS.test(text) && statesAnswer(paragraph);
}

/** Words that point at the sample rather than say what the answer is. */
const SHOWS = /\b(?:looks?|something) like\b|\blike (?:this|so|the following)\b|\bas follows\b|\bthe following\b|\bbelow\b/i;

/** "plain text", "plaintext", "plain-text". */
const PLAIN_TEXT = /\bplain[ -]?text\b/i;

/**
 * The paragraph's last sentence says the call answers in plain text: it answers ("Returns the
 * rendered template in plain text.") or names a plain-text response ("Retrieve all errors … as a
 * plaintext response."), and says nothing of a request or of what is sent.
 */
export function plainTextAnswer(paragraph: Paragraph): boolean {
  const last = lastSentence(plainText(paragraph).trim());
  if (!PLAIN_TEXT.test(last) || /\brequest\b/i.test(last) || SENT.test(last)) return false;
  return ANSWER.test(last) || /\bplain[ -]?text\s+(?:response|answer|reply)\b/i.test(last);
}

/**
 * The paragraph's last sentence titles the fence below as the shape of one member of the answer
 * (Prometheus' and Loki's references: "The `data` section of the query result has the following
 * format:", "The `result` property has the following format:"): the fence shows that member, which
 * may sit at any depth, so it is no sample of the whole answer or body.
 */
export function titlesMember(paragraph: Paragraph): boolean {
  const text = paragraph.children.map((child) => (child.type === 'inlineCode' ? `\`${child.value}\`` : plainText(child))).join('');
  return text.length <= 400 && MEMBER_FORMAT.test(lastSentence(text.replace(/\s+/g, ' ').trim()));
}

/** "The `data` section (of the query result) has the following format:", also `field`, `property`, `object`, `key`, `attribute`; `shape`, `structure`. */
const MEMBER_FORMAT =
  /^(?:the\s+)?`[^`]+`\s+(?:field|section|property|object|key|member|attribute|element)(?:\s+of\s+[\w\s-]{1,40}?)?\s+(?:has|takes|uses)\s+the\s+following\s+(?:format|shape|structure|form|schema)\s*:$/i;

/** The sentence right above the sample: the paragraph's last. */
function lastSentence(text: string): string {
  return sentences(text).at(-1) ?? text;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}
