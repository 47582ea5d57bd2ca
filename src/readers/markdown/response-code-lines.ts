/**
 * Lines that list an operation's response codes under a label, as OpenStack's references
 * (os-api-ref) and others write them:
 *
 *     Normal response codes: 200, 203                       → 200, 203
 *     Error response codes: badRequest(400), unauthorized(401), computeFault(400, 500)
 *                                                           → 400 badRequest, 401 unauthorized, 500 computeFault
 *     Success status codes: 201 · Error codes: 404, 409     → (each code, its name where one is given)
 *     Status codes: 201 Created, 409 Conflict               → 201 Created, 409 Conflict (its reason phrase)
 *     Status code: 200                                      → (no list: a sample's status line)
 *     `Expected Response Code: 200`                         → 200 (the one status the call answers with)
 *
 * Every item must be a code or a name with its codes in parentheses, or the line is prose.
 */
import type { Paragraph } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { statusText } from '../../ir/status-text.js';
import { STATUS_CODE, sameWords } from './status-words.js';

/**
 * The label: what kind of codes, then `response codes` / `status codes` / `codes`, plural (`Status
 * code: 200` alone is a sample's status line, read where samples are).
 */
const LABEL = /^(?:(?:normal|success(?:ful)?|error|failure|failed)\s+)?(?:(?:http\s+)?(?:response|status)\s+)?codes\s*:\s*(.+?)\.?$/i;

/** One item: `200`, `badRequest(400)`, `computeFault(400, 500)`, `201 Created` (its reason phrase after it, group 4). */
const ITEM = /^(?:(\d{3})(?: ([A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,4}))?|([A-Za-z][\w-]*)\s*\(\s*(\d{3}(?:\s*,\s*\d{3})*)\s*\))$/;

/** A reason phrase: words in capitals (`Not Found`, `Success`), or the standard one in any case (`Not found`); "200 when …" is a condition. */
function isReason(code: string, words: string): boolean {
  return /^[A-Z][A-Za-z'-]*(?: [A-Z][A-Za-z'-]*)*$/.test(words) || sameWords(statusText(code), words);
}

/** The items between commas, a parenthesis' commas kept in its item. */
function items(list: string): string[] {
  return list.split(/,(?![^()]*\))/).map((item) => item.trim());
}

/** The statuses such a line lists, each with its name as its description (`''` for a bare code); undefined for prose. */
export function responseCodeLine(node: Paragraph): Array<[string, string]> | undefined {
  const text = plainText(node).replace(/\s+/g, ' ').trim();
  const listed = LABEL.exec(text);
  // "codes:" alone labels nothing here: a kind or `response`/`status` must say they are the response's.
  if (!listed || /^codes\s*:/i.test(text)) return undefined;
  const found: Array<[string, string]> = [];
  for (const item of items(listed[1]!)) {
    const match = ITEM.exec(item);
    if (!match || (match[2] && !isReason(match[1]!, match[2]))) return undefined;
    const codes = match[1] ? [match[1]] : match[4]!.split(',').map((code) => code.trim());
    for (const code of codes) {
      if (!/^[1-5]\d\d$/.test(code)) return undefined;
      if (!found.some(([known]) => known === code)) found.push([code, match[2] ?? match[3] ?? '']);
    }
  }
  return found.length > 0 ? found : undefined;
}

/**
 * The one status a call is expected to answer with, on a line of its own under the response's
 * title, in code or not (Mautic's reference): `Expected Response Code: 200`, `Expected status: 201
 * Created`. The status, and its reason phrase where one is written.
 */
const EXPECTED = new RegExp(
  String.raw`^expected (?:http )?(?:response|status)(?: code)? ?: ?(${STATUS_CODE})((?: [A-Za-z][A-Za-z'-]*){0,5})\.?$`,
  'i',
);

/** The status such a line states, with its reason phrase (`''` for none); undefined for any other line. */
export function expectedStatusLine(node: Paragraph): [string, string] | undefined {
  if (!node.children.every((child) => child.type === 'text' || child.type === 'inlineCode' || child.type === 'strong')) return undefined;
  const text = plainText(node);
  if (text.length > 200) return undefined;
  const stated = EXPECTED.exec(text.replace(/\s+/g, ' ').trim());
  if (!stated || (stated[2] && !isReason(stated[1]!, stated[2].trim()))) return undefined;
  return [stated[1]!, stated[2]!.trim()];
}
