/**
 * The code a page of copied text holds (copied-text.ts), found where its fences are gone: a `<pre>`'s
 * text is its lines, with nothing around them.
 *
 *     {                                   a JSON value over lines, its brackets balanced (strings
 *       "id": 42,                         skipped; `…` or a comment inside it still balances)
 *       "tags": ["a"]
 *     }
 *     curl -X POST https://… \            a curl command and its `\` continuation lines
 *       -H 'Content-Type: application/json'
 *     HTTP/1.1 201 Created                a status line over header lines (and the JSON after a
 *     Location: /shelves/7                blank line): the whole message, as its fence held it
 *     Copy                                a copy button's word: the lines before it are its block
 *     GET /users/{id}                     a request line alone on its line: a block of its own
 *
 * Each test reads a line (or a run of them) once: a bracket scan that never balances stops at a
 * table row, a copy line or the page's end, and the next scan starts after it.
 */
import type { Line } from '../shared/lines.js';
import { parseSignature } from './paths.js';

/** A copy button's words, alone on their line after its code block. */
const COPY_LINE = /^(?:copy|copy code|copy to clipboard|copied!?)$/i;
/** A line opening a JSON object or array (not `{% tag %}`, `{{ var }}` or `[link]`). */
const JSON_START = /^\s*(?:\{\s*(?:$|["}])|\[\s*(?:$|[[{"\]\d-]|true\b|false\b|null\b))/;
const CURL_START = /^\s*(?:\$\s+)?curl\s/;
const CONTINUED = /\\\s*$/;
const STATUS_LINE = /^\s*HTTP\/\d(?:\.\d)?\s+\d{3}\b/;
const REQUEST_MESSAGE = /^\s*(?:GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS) \S+ HTTP\/\d(?:\.\d)?\s*$/;
const HEADER_LINE = /^\s*[A-Za-z][\w-]*:[ \t]*\S/;
/** A table's row (copied-tables.ts) ends a bracket scan: JSON indented with tabs opens its lines with one. */
const ROW = /^[^\s][^\t]*\t/;

/** A line of a method and a route or URL, nothing else (`GET /users/{id}`, `POST https://host/v1/items`). */
const REQUEST_LINE = /^\s*(?:GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS|TRACE)[ \t]+(?:\/|https?:\/\/)\S*\s*$/;

/**
 * Whether a line is a request line alone: a `<pre>` of one request line with no copy button after
 * it, or a code span alone in its paragraph, copies as this line and nothing else; it is the
 * operation's signature as its block was (a line of prose holds other words).
 */
export function isRequestLine(line: Line): boolean {
  return REQUEST_LINE.test(line.text) && parseSignature(line.text) !== undefined;
}

export function isCopyLine(line: Line): boolean {
  return COPY_LINE.test(line.text.trim());
}

/** Whether a line opens a JSON object or array. */
export function opensJson(line: Line | undefined): boolean {
  return line !== undefined && JSON_START.test(line.text);
}

/**
 * Where the JSON value opening at `from` closes (its last line), or `{ stop }` where the scan gave
 * up: at a table row, a copy line, the page's end, or (`blank`) a blank line.
 */
export function jsonEnd(lines: readonly Line[], from: number, blank = false): { end: number } | { stop: number } {
  if (!JSON_START.test(lines[from]!.text)) return { stop: from };
  let depth = 0;
  for (let index = from; index < lines.length; index++) {
    const line = lines[index]!;
    if (index > from && (isCopyLine(line) || ROW.test(line.text) || (blank && line.text.trim() === ''))) return { stop: index - 1 };
    const text = line.text;
    let quoted = false;
    for (let at = 0; at < text.length; at++) {
      const char = text[at];
      if (quoted) {
        if (char === '\\') at++;
        else if (char === '"') quoted = false;
      } else if (char === '"') quoted = true;
      else if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') {
        depth--;
        if (depth > 0) continue;
        // Closed: the value is the line's last word (a comma after it is a list's).
        const rest = text.slice(at + 1).trim();
        if (depth < 0 || (rest !== '' && rest !== ',' && rest !== ';')) return { stop: index };
        if (index === from && !parses(text)) return { stop: index };
        return { end: index };
      }
    }
  }
  return { stop: lines.length - 1 };
}

function parses(text: string): boolean {
  try {
    JSON.parse(text.trim().replace(/[,;]$/, ''));
    return true;
  } catch {
    return false;
  }
}

/**
 * A curl line whose data opens JSON in single quotes and does not close them (Scalar's `--data '{`,
 * `-d '{"userId": "a1",`): the JSON runs on over the lines after it.
 */
const QUOTED_DATA_OPEN = /(?:^|\s)(?:-d|--data(?:-raw|-binary)?|--json)[ \t]+'[ \t]*[{[][^']*$/;
/** A line opening with one of curl's options (`-d "id=7"`, `--header 'X: y'`, `-X POST`). */
const CURL_OPTION = /^[ \t]*(?:-[A-Za-z]|--[a-z][\w-]*)(?=[ \t=]|$)/;
/** How many lines quoted data may run over before its closing quote: a bound on the scan. */
const MAX_QUOTED_LINES = 2000;

/**
 * The last line of the curl command opening at `from`, or undefined where the line opens none: its
 * `\` continuation lines, and the lines of JSON data opened in single quotes at a line's end up to
 * the line that closes the quote (`}'`; no blank line between), and the continuation lines after it.
 */
export function curlEnd(lines: readonly Line[], from: number): number | undefined {
  if (!CURL_START.test(lines[from]!.text)) return undefined;
  let end = from;
  for (;;) {
    // A line continued by its `\`, or an option's line after it where the page left the `\` out (`--header '…'` ⏎ `-d "id=7"`).
    while (
      end + 1 < lines.length &&
      lines[end + 1]!.text.trim() !== '' &&
      (CONTINUED.test(lines[end]!.text) || CURL_OPTION.test(lines[end + 1]!.text))
    )
      end++;
    if (!QUOTED_DATA_OPEN.test(lines[end]!.text)) return end;
    let close = end + 1;
    while (close < lines.length && close - end <= MAX_QUOTED_LINES && lines[close]!.text.trim() !== '' && !lines[close]!.text.includes("'"))
      close++;
    if (close >= lines.length || close - end > MAX_QUOTED_LINES || !lines[close]!.text.includes("'")) return end;
    end = close;
  }
}

/**
 * The last line of the HTTP message opening at `from` (a status line or a request line with its
 * protocol, over header lines, then the JSON after one blank line), or undefined where no header
 * follows it: `HTTP/1.1 200 OK` alone stays the status line the reader knows.
 */
export function messageEnd(lines: readonly Line[], from: number): number | undefined {
  const first = lines[from]!.text;
  if (!STATUS_LINE.test(first) && !REQUEST_MESSAGE.test(first)) return undefined;
  let end = from;
  while (end + 1 < lines.length && HEADER_LINE.test(lines[end + 1]!.text) && !ROW.test(lines[end + 1]!.text)) end++;
  if (end === from) return undefined;
  const body = lines[end + 1]?.text.trim() === '' ? end + 2 : end + 1;
  if (body < lines.length && JSON_START.test(lines[body]!.text)) {
    // (A message's body ends at a blank line: a scan that does not close stops there.)
    const json = jsonEnd(lines, body, true);
    if ('end' in json) return json.end;
  }
  return end;
}

/**
 * Whether a line reads as prose, not code: words from its first column ending a sentence or a
 * label (`Example response:`, `codeCount: The number of codes sent.`), no assignment or variable.
 */
export function isProseLine(line: Line): boolean {
  const text = line.text;
  return /^[A-Za-z]/.test(text) && /\S\s+\S/.test(text) && /[.!?:]\s*$/.test(text) && !/[=$]/.test(text);
}
