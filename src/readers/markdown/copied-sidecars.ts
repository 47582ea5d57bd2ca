/**
 * The samples' sidecar of an API explorer's operation copied as text (copied-text.ts): Zudoku's
 * sets, after the operation's parts, its request line again over the request's sample, the code's
 * language under the code, the language's select, then the response's sample under its title:
 *
 *     POST /lamps                       the request again: no new operation (copied-stacks.ts)
 *     curl --request POST \ …           the request's sample (copied-code.ts)
 *     shell                             the code's language: no words
 *     Show example in ⏎ cURL            the language's select: no words
 *     Example Responses ⏎ { … }         → ### Example Responses ⏎ the JSON: the answer's sample,
 *                                         as the markdown's title over its fence is
 *
 * Read only after such a repeated request line, up to the next operation. Each line is looked at
 * once: linear in the page.
 */
import type { Line } from '../shared/lines.js';
import { opensJson } from './copied-code.js';
import type { Block } from './copied-tabs.js';

/** The code's language under it, alone on its line (`shell`, `json`): the code block's label. */
const LANGUAGE =
  /^(?:shell|bash|sh|zsh|curl|json|javascript|js|typescript|ts|python|py|go|ruby|php|java|kotlin|swift|rust|csharp|c#|http|text|xml|yaml)$/i;
/** The language's select: its label over the language shown. */
const SELECT_LABEL = /^Show example in$/i;
/** The response's sample's title (`Example Responses`, `Example Response`, `Response Example`). */
const SAMPLE_TITLE = /^(?:Example Responses?|Response Examples?)$/i;
/** A select's value: a language's name, a few short words. */
const SELECT_VALUE = /^[\p{L}\p{N}][\p{L}\p{N} .+#()/-]{0,39}$/u;

/**
 * The sidecar's line at `index` (`after`: the block before it): its chrome's last line and no
 * block, the response sample's title as a part's over its JSON, or undefined (a line of the page).
 */
export function sidecarLine(lines: readonly Line[], index: number, after: Block | undefined): { end: number; block?: Block } | undefined {
  const text = lines[index]!.text.trim();
  if (LANGUAGE.test(text) && after?.kind === 'code' && after.to === index - 1) return { end: index };
  if (SELECT_LABEL.test(text)) return { end: SELECT_VALUE.test(lines[index + 1]?.text.trim() ?? '') ? index + 1 : index };
  if (SAMPLE_TITLE.test(text) && opensJson(lines[index + 1])) return { end: index, block: { kind: 'part', from: index, to: index, text } };
  return undefined;
}
