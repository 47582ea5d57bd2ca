/**
 * A paragraph that is one status, its standard reason phrase and what it means after a dash, as
 * specification documents write an operation's responses a line each:
 *
 *     200 OK – the locker.                              → 200, `the locker.`
 *     404 Not Found - no locker has this identifier.    → 404, `no locker has this identifier.`
 *
 * The reason must be the one RFC 9110 gives the code (`200 parcels – …` is prose); the dash an en or
 * em dash, a hyphen or a colon.
 *
 * Atlassian's references (exported, or copied into markdown) set the status and its reason on a
 * line of its own over its words, under a Responses title:
 *
 *     200 OK                                            → a status's title (reasonAlone), its words the paragraph under it
 *
 *     Returned if the request is successful.
 *
 *     401 Unauthorized                                  → 401, `Returned if the credentials are missing.` (stackedStatusLine)
 *     Returned if the credentials are missing.
 */
import type { Paragraph } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { statusText } from '../../ir/status-text.js';
import { LETTERS_REASON, STATUS_CODE, sameWords } from './status-words.js';

const REASON_ALONE = new RegExp(String.raw`^(${STATUS_CODE})[ \t]+(${LETTERS_REASON})$`);

/** Whether a line is a status and its standard reason phrase alone (`200 OK`, `404 Not Found`; not `200 lamps`). */
export function isReasonAlone(line: string): boolean {
  const match = REASON_ALONE.exec(line.trim());
  return match !== null && sameWords(match[2]!.trim(), statusText(match[1]!));
}

/**
 * The status and its words a paragraph states on lines of their own: its first line the status
 * and its standard reason alone, the lines after it its words (`200 OK` ⏎ `Returned if …`).
 */
export function stackedStatusLine(node: Paragraph): [string, string] | undefined {
  const text = plainText(node).trim();
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0 || lineEnd > 80 || !isReasonAlone(text.slice(0, lineEnd))) return undefined;
  const words = text
    .slice(lineEnd + 1)
    .replace(/\s+/g, ' ')
    .trim();
  return words === '' ? undefined : [text.slice(0, lineEnd).trim().slice(0, 3), words];
}

const LINE = new RegExp(String.raw`^(${STATUS_CODE})[ \t]+(${LETTERS_REASON}?)[ \t]*[–—:-][ \t]*(\S.*)$`);

/** The status and its words such a paragraph states; undefined for prose. */
export function reasonedStatusLine(node: Paragraph): [string, string] | undefined {
  const text = plainText(node).replace(/\s+/g, ' ').trim();
  if (!/^[1-5]\d\d /.test(text)) return undefined;
  const match = LINE.exec(text);
  if (!match || !sameWords(match[2]!.trim(), statusText(match[1]!))) return undefined;
  return [match[1]!, match[3]!];
}
