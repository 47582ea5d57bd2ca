/**
 * Samples without code fences. After `Sample request` / `Sample response` the text holds an HTTP
 * message: a start line, header lines, a blank line and a body. The body's end is found by bracket
 * balance (strings and escapes respected), so the site footer glued under it stays out:
 *
 *     HTTP/1.1 200 OK                       start line
 *     Content-Type: application/json        headers
 *
 *     { "a": "}" }                          body: the `}` inside the string does not close it
 *     © Vendor. All rights reserved.        not part of the sample
 */
import type { Code } from 'mdast';
import { isBlank, joinLines, type Line, pointAt } from '../shared/lines.js';
import { matchSectionTitle } from './sections.js';

export interface SampleRead {
  code?: Code;
  /** Index of the first line after the sample. */
  next: number;
  /** Set when a body's brackets never balance: the line the body starts on. */
  unbalancedAt?: Line;
}

const REQUEST_START = /^(?:GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS|TRACE) \S/;
const RESPONSE_START = /^HTTP\/\d(?:\.\d)? \d{3}\b/;
const HEADER_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:/;
const JSON_SCALAR = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|"(?:[^"\\]|\\.)*")$/;

interface End {
  line: number;
  column: number;
}

/** Reads the sample that starts at or after line `from` (blank lines skipped). */
export function readSample(lines: readonly Line[], from: number, kind: 'request' | 'response'): SampleRead {
  let start = from;
  while (isBlank(lines[start])) start++;
  const first = lines[start];
  if (!first || matchSectionTitle(first)) return { next: start };
  if ((kind === 'request' ? REQUEST_START : RESPONSE_START).test(first.text)) {
    let last = start;
    while (lines[last + 1] && HEADER_LINE.test(lines[last + 1]!.text) && !matchSectionTitle(lines[last + 1])) last++;
    let bodyAt = last + 1;
    while (isBlank(lines[bodyAt])) bodyAt++;
    const body = isBodyStart(lines[bodyAt]) ? readBody(lines, bodyAt) : undefined;
    const end = body?.end ?? { line: last, column: lines[last]!.text.length };
    return { code: codeNode(lines, start, end, 'http'), next: end.line + 1, ...(body?.unbalanced ? { unbalancedAt: lines[bodyAt] } : {}) };
  }
  if (!isBodyStart(first)) return { next: start };
  const body = readBody(lines, start);
  return { code: codeNode(lines, start, body.end, 'json'), next: body.end.line + 1, ...(body.unbalanced ? { unbalancedAt: first } : {}) };
}

function isBodyStart(line: Line | undefined): boolean {
  if (!line) return false;
  const text = line.text.trim();
  return text.startsWith('{') || text.startsWith('[') || text.startsWith('<') || JSON_SCALAR.test(text);
}

/** The end of the body starting on line `at`: bracket balance for JSON, one line for a scalar. */
function readBody(lines: readonly Line[], at: number): { end: End; unbalanced: boolean } {
  const line = lines[at]!;
  const text = line.text.trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    const end = balance(lines, at, line.text.indexOf(text[0]!));
    return end ? { end, unbalanced: false } : { end: lastContentLine(lines, at), unbalanced: true };
  }
  if (text.startsWith('<')) return { end: lastContentLine(lines, at, true), unbalanced: false };
  return { end: { line: at, column: line.text.trimEnd().length }, unbalanced: false };
}

/**
 * Scans from line `at`, column `column` (an opening bracket) to its matching close. Strings end at
 * their line's end at the latest (JSON strings hold no raw line breaks), so one stray quote cannot
 * swallow the page. `undefined` when a section title, a mismatched close or the end comes first.
 */
function balance(lines: readonly Line[], at: number, column: number): End | undefined {
  const closers: number[] = [];
  for (let index = at; index < lines.length; index++) {
    const line = lines[index]!;
    if (index > at && closers.length > 0 && matchSectionTitle(line)) return undefined;
    const text = line.text;
    let inString = false;
    for (let i = index === at ? column : 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (inString) {
        if (code === 92) i++;
        else if (code === 34) inString = false;
        continue;
      }
      if (code === 34) inString = true;
      else if (code === 123) closers.push(125);
      else if (code === 91) closers.push(93);
      else if (code === 125 || code === 93) {
        if (closers.pop() !== code) return undefined;
        if (closers.length === 0) return { line: index, column: i + 1 };
      }
    }
  }
  return undefined;
}

/** The last non-blank line before the next section title (or blank line when `toBlank`). */
function lastContentLine(lines: readonly Line[], at: number, toBlank = false): End {
  let last = at;
  for (let index = at + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (matchSectionTitle(line) || (toBlank && isBlank(line))) break;
    if (!isBlank(line)) last = index;
  }
  return { line: last, column: lines[last]!.text.trimEnd().length };
}

/** The code node of lines [from, end.line], the last one cut at `end.column`. */
function codeNode(lines: readonly Line[], from: number, end: End, lang: string): Code {
  const last = lines[end.line]!;
  const head = end.line > from ? `${joinLines(lines, from, end.line - 1)}\n` : '';
  return {
    type: 'code',
    lang,
    meta: null,
    value: head + last.text.slice(0, end.column),
    position: { start: pointAt(lines[from]!, 0), end: pointAt(last, end.column) },
  };
}
