/**
 * Fences that state the status of a sample answer, in the forms pages write it:
 *
 *     Status: 201 Created                  a status line alone (GitHub's v3 reference and its
 *     HTTP 204 No Content                  followers; help-desk references' `Status 204 No Content`):
 *     Status 204 No Content                the operation answers so, and the sample after it is that answer
 *
 *     HTTP/1.1 201 Created                 a status line over headers only: the same, and those
 *     Location: /items/42                  headers the answer's (`Status: 200 OK` ⏎ `Link: …` too)
 *
 *     404 Not Found                        an answer's whole message, its status line written without
 *     Content-Type: application/json       the protocol, or as `Status 200 OK` (help-desk references,
 *                                          over its headers or a blank line and the body): read as
 *     Status 200 OK                        the HTTP message it is (`HTTP/1.1 200 OK` ⏎ …)
 *
 *     { "shelf": { … } }
 */
import { CODE_THEN_LINE_REASON, HTTP_VERSION, LINE_REASON, STATUS_CODE } from './status-words.js';

/** A status and its reason phrase as the fence writes it (`''` when it gives none). */
export interface StatedStatus {
  status: string;
  reason: string;
  /** The `Name: value` lines under the status line, where the fence holds nothing else. */
  headers?: string[];
}

/** A status line alone: `Status: 200 OK`, `Status 204 No Content`, `HTTP 201 Created`, `HTTP/1.1 204 No Content`, `201 Created`. */
const STATUS_FENCE = new RegExp(
  String.raw`^(?:(?:status(?:\s+code)?(?:\s*:\s*|\s+)|HTTP(?:\/[\d.]+)?\s+)${CODE_THEN_LINE_REASON}|(${STATUS_CODE})\s+(${LINE_REASON}))$`,
  'i',
);

/** A status line with its protocol: `HTTP/1.1 201 Created`, `HTTP/2 204`. */
const HTTP_STATUS_LINE = new RegExp(String.raw`^${HTTP_VERSION}\s+${CODE_THEN_LINE_REASON}$`, 'i');

/**
 * The status line of a whole message written without its protocol: `404 Not Found` over a header
 * line, or `Status 200 OK` (`Status: 200 OK`) over a header line or a blank one. Groups: the
 * words before the code, the code, the reason.
 */
const STATUS_MESSAGE = new RegExp(
  String.raw`^(?:(status\s*:?\s+)${CODE_THEN_LINE_REASON}[ \t]*\r?\n(?:[\w-]+:|[ \t]*\r?\n)|(${STATUS_CODE})\s+(${LINE_REASON})\r?\n[\w-]+:)`,
  'i',
);

/** The status a fence that only states one states (a status line alone, or over headers only). */
export function statedStatus(value: string): StatedStatus | undefined {
  const alone = STATUS_FENCE.exec(value.trim());
  if (alone) return { status: (alone[1] ?? alone[3])!, reason: alone[2] ?? alone[4] ?? '' };
  const over = headersOnlyResponse(value);
  return over
    ? { status: (over.stated[1] ?? over.stated[3])!, reason: over.stated[2] ?? over.stated[4] ?? '', headers: over.headers }
    : undefined;
}

/** A whole answer whose status line has no protocol: its status, and the message as HTTP (`HTTP/1.1 404 Not Found` ⏎ …). */
export function statusMessage(value: string): (StatedStatus & { http: string }) | undefined {
  const text = value.trim();
  const message = STATUS_MESSAGE.exec(text);
  if (!message) return undefined;
  const status = (message[2] ?? message[4])!;
  const reason = message[3] ?? message[5] ?? '';
  return { status, reason, http: `HTTP/1.1 ${text.slice((message[1] ?? '').length)}` };
}

/**
 * A response message of a status line and headers only (`HTTP/1.1 201 Created` ⏎ `Location:
 * /items/42`; GitHub's `Status: 200 OK` ⏎ `Link: …` ⏎ `X-RateLimit-Limit: 5000`): the status line
 * read as one alone, and the header lines.
 */
function headersOnlyResponse(value: string): { stated: RegExpExecArray; headers: string[] } | undefined {
  const [first = '', ...rest] = value.trim().split(/\r?\n/);
  if (rest.length === 0 || rest.some((line) => !/^[\w-]+:\s*\S/.test(line))) return undefined;
  const line = first.trim();
  const stated = HTTP_STATUS_LINE.exec(line) ?? (/^status\b/i.test(line) ? STATUS_FENCE.exec(line) : null);
  return stated ? { stated, headers: rest } : undefined;
}
