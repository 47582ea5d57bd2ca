/**
 * JSON with no label in the prose of a call that sends a body → whose sample it is, where the
 * operation's own tables tell: Slate's pages write the right column's sample first, under the
 * operation's heading and before its request line, with nothing to say whether it is sent or
 * answered.
 *
 *     ## Place a hold
 *     ```json {"holdId": "5bd6e9"}```      ← every key a field the response's table names, none
 *     …                                       the request's → the response's sample
 *     ### HTTP Request
 *     **POST /api/v1/holds**
 *     ### Parameters      | bookId | …
 *     ### Responses       | holdId | …
 *
 * Keys every one of which the request's tables name (and not all the response's) make it the
 * request's sample. Keys neither side names, or both sides name all, leave it as it was: the
 * operation's prose (a GET's or DELETE's is its answer wherever it stands, as parts.ts reads it).
 */
import type { Code, RootContent } from 'mdast';
import type { SectionKind } from '../../document/types.js';
import { documentedNames } from './example-queries.js';
import { tidyJson } from './tidy-json.js';

/** The sections whose tables document what the call sends. */
const SENT: ReadonlySet<string> = new Set(['attributes', 'parameters', 'request-body']);

/** The sections whose tables document what the call answers. */
const ANSWERED: ReadonlySet<string> = new Set(['response-body', 'responses']);

/** Whose sample the unlabelled JSON `sample` is, by the fields the region's placed tables (`out`) document; undefined when they do not tell. */
export function leadingSampleKind(
  sample: Code,
  out: readonly RootContent[],
): Extract<SectionKind, 'sample-request' | 'sample-response'> | undefined {
  const keys = sampleKeys(sample.value);
  if (!keys || keys.length === 0) return undefined;
  const sent = new Set<string>();
  const answered = new Set<string>();
  let kind: string = 'operation';
  for (const node of out) {
    if (node.type === 'heading') kind = node.data?.section ?? 'aside';
    else if (node.type === 'table')
      for (const name of documentedNames([node])) (SENT.has(kind) ? sent : ANSWERED.has(kind) ? answered : undefined)?.add(name);
  }
  const inSent = keys.every((key) => sent.has(key));
  const inAnswered = keys.every((key) => answered.has(key));
  if (inAnswered && !inSent) return 'sample-response';
  if (inSent && !inAnswered) return 'sample-request';
  return undefined;
}

/** The top-level keys of a JSON object, or of an array's first item. */
function sampleKeys(text: string): string[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(tidyJson(text));
  } catch {
    return undefined;
  }
  const item: unknown = Array.isArray(value) ? value[0] : value;
  return item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item) : undefined;
}
