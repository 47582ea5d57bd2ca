/**
 * Response samples written as a Python value, as a server's `print(response)` shows them (Seafile's
 * Web API docs, many Django references): `{'id': 'a1', 'public': True, 'owner': None}`, Python 2's
 * `{u'name': u'x'}`. The value is JSON once its strings are double-quoted and `True`, `False`,
 * `None` are `true`, `false`, `null`; where the text then parses, it is that JSON. Anything else
 * Python writes (tuples, `1L`, a `datetime(…)` call) parses no more than before: no sample.
 */
import { isJson } from './pseudo-json.js';

/** The JSON a Python literal is, or undefined where it is none (or already JSON). */
export function jsonOfPythonLiteral(text: string): string | undefined {
  if (!/^\s*[[{]/.test(text) || !/'|\b(?:True|False|None)\b/.test(text)) return undefined;
  let out = '';
  let at = 0;
  let python = false;
  while (at < text.length) {
    const char = text[at]!;
    if (char === '"') {
      const end = stringEnd(text, at, '"');
      if (end < 0) return undefined;
      out += text.slice(at, end + 1);
      at = end + 1;
      continue;
    }
    // `u'x'`, `b'x'`: Python 2's unicode and bytes prefixes.
    const prefixed = /[ubUB]/.test(char) && (text[at + 1] === "'" || text[at + 1] === '"') && !/[\w]/.test(text[at - 1] ?? '');
    if (prefixed) {
      python = true;
      at += 1;
      continue;
    }
    if (char === "'") {
      const end = stringEnd(text, at, "'");
      if (end < 0) return undefined;
      out += JSON.stringify(unescapeSingle(text.slice(at + 1, end)));
      python = true;
      at = end + 1;
      continue;
    }
    const word = /^(?:True|False|None)\b/.exec(text.slice(at, at + 6));
    if (word && !/[\w]/.test(text[at - 1] ?? '')) {
      out += word[0] === 'True' ? 'true' : word[0] === 'False' ? 'false' : 'null';
      python = true;
      at += word[0].length;
      continue;
    }
    out += char;
    at += 1;
  }
  const json = out.replace(/,(\s*[\]}])/g, '$1');
  return python && isJson(json) ? json : undefined;
}

/** The index of the quote closing the string opened at `start`, or -1. */
function stringEnd(text: string, start: number, quote: string): number {
  for (let at = start + 1; at < text.length; at++) {
    if (text[at] === '\\') at += 1;
    else if (text[at] === quote) return at;
    else if (text[at] === '\n') return -1;
  }
  return -1;
}

/** A single-quoted string's text: its escapes read as Python reads them (`\'`, `\\`, `\n`, `\t`, `\"`). */
function unescapeSingle(body: string): string {
  return body.replace(/\\(['"\\nrt])/g, (_, escaped: string) =>
    escaped === 'n' ? '\n' : escaped === 'r' ? '\r' : escaped === 't' ? '\t' : escaped,
  );
}
