/**
 * The words a page states a status with, shared by every syntax that reads one (lists, definition
 * lists, headings, fences, prose): the code (`200`), a range of codes (`4XX`), the reason phrase
 * written after it (`Not Found`), and how a reason read is told from or turned into the standard one.
 *
 * The pieces are pattern sources without anchors or flags: each syntax builds its own pattern of
 * them (`new RegExp(`^(${STATUS_CODE})(?:\\s+${REASON})?$`)`), with its own separators and
 * bounds, and a piece holds no capturing group unless its comment says so.
 */
import { statusText } from '../../ir/status-text.js';

/** A status code: `200`, `404`, `599`; not `600` or `099`. A pattern bounds it (`\b`, `$`) so that `2000` is none. */
export const STATUS_CODE = String.raw`[1-5]\d\d`;

/** A range of statuses: `4XX` (`4xx` too in a pattern with the `i` flag). */
export const STATUS_RANGE = '[1-5]XX';

/** A status as a response's key is written: a code, a range, `default`. */
export const RESPONSE_KEY = `${STATUS_CODE}|${STATUS_RANGE}|default`;

/** A status line's protocol: `HTTP/1.1`, `HTTP/2`. */
export const HTTP_VERSION = String.raw`HTTP\/[\d.]+`;

/** A reason phrase as lists and titles write it: a letter, then words, spaces, `'` and `-` (`Not Found`, `Won't_do`). */
export const REASON = String.raw`[A-Za-z][\w '-]*`;

/** A reason phrase of letters only, with spaces, `'` and `-` (`Not Found`, `Non-Authoritative Information`). */
export const LETTERS_REASON = "[A-Za-z][A-Za-z '-]*";

/** A status line's reason phrase: letters, spaces and `-` (`HTTP/1.1 404 Not Found`). */
export const LINE_REASON = '[A-Za-z][A-Za-z -]*';

/** The capitalised words after a code, each after white space, or none: ` Not Found`, ` Created`, ``. */
export const CAPITALISED_REASON = String.raw`(?:\s+[A-Z][\w-]*)*`;

/** A code (captured), then its reason phrase (not captured) after white space, or none: `201`, `201 Created`. */
export const CODE_THEN_REASON = String.raw`(${STATUS_CODE})(?:\s+${REASON})?`;

/** A code, then its status line's reason phrase after white space, or none, both captured: `404 Not Found`. */
export const CODE_THEN_LINE_REASON = String.raw`(${STATUS_CODE})(?:\s+(${LINE_REASON}))?`;

/** Whether RFC 9110 gives the code a reason phrase (`404`, not `299`): a code the web knows. */
export function isKnownStatus(code: string): boolean {
  return statusText(code) !== `Status ${code}`;
}

/** A reason as written, its standard words where it is the standard one in other capitals (`NOT FOUND` → `Not Found`). */
export function reasonOf(status: string, reason: string): string {
  const standard = statusText(status);
  return reason.toLowerCase() === standard.toLowerCase() ? standard : reason;
}

/** `NOT FOUND` → `Not Found`, `bad request` → `Bad Request`: each word's first letter a capital, the rest small. */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}

/** `Not Found` and `NOT FOUND`, `Non-Authoritative Information` and `non authoritative information`: the same words. */
export function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z]+/g, ' ')
      .trim();
  return words(a) === words(b);
}

/** A status code standing as a word of a text (`Response 201`, `status="404"`), captured. */
export const CODE_IN_TEXT = new RegExp(String.raw`\b(${STATUS_CODE})\b`);
