/**
 * A paragraph that is one status, its standard reason phrase and what it means after a dash, as
 * specification documents write an operation's responses a line each:
 *
 *     200 OK – the locker.                              → 200, `the locker.`
 *     404 Not Found - no locker has this identifier.    → 404, `no locker has this identifier.`
 *
 * The reason must be the one RFC 9110 gives the code (`200 parcels – …` is prose); the dash an en or
 * em dash, a hyphen or a colon.
 */
import type { Paragraph } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { statusText } from '../../ir/status-text.js';
import { LETTERS_REASON, STATUS_CODE, sameWords } from './status-words.js';

const LINE = new RegExp(String.raw`^(${STATUS_CODE})[ \t]+(${LETTERS_REASON}?)[ \t]*[–—:-][ \t]*(\S.*)$`);

/** The status and its words such a paragraph states; undefined for prose. */
export function reasonedStatusLine(node: Paragraph): [string, string] | undefined {
  const text = plainText(node).replace(/\s+/g, ' ').trim();
  if (!/^[1-5]\d\d /.test(text)) return undefined;
  const match = LINE.exec(text);
  if (!match || !sameWords(match[2]!.trim(), statusText(match[1]!))) return undefined;
  return [match[1]!, match[3]!];
}
