/**
 * JSON samples as docs elide them by hand → JSON, when that is all that kept them from parsing:
 *
 *     {
 *       "id": 1,
 *       ...                      ← an elision line
 *       "name": "x", // a note   ← a line comment
 *     }                          ← the trailing comma before it
 */
import { isJson, pseudoSample, QUOTED_PLACEHOLDER } from './pseudo-json.js';
import { jsonOfPythonLiteral } from './python-literals.js';

/**
 * The text tidied when tidying makes it parse; else its real values where a lenient reading
 * finds placeholders among them (pseudo-json.ts); otherwise as written (the extractor reports it).
 */
export function tidyJson(text: string): string {
  const placeholders = QUOTED_PLACEHOLDER.test(text);
  if (!placeholders && isJson(text)) return text;
  const tidied = text
    .split('\n')
    .filter((line) => !/^\s*(?:\.\.\.|…)\s*,?\s*$/.test(line))
    .map(withoutLineComment)
    .join('\n')
    .replace(/,\s*\.\.\.\s*(?=[\]}])/g, '')
    .replace(/,(\s*[\]}])/g, '$1');
  if (!placeholders && isJson(tidied)) return tidied;
  const python = placeholders ? undefined : jsonOfPythonLiteral(text);
  if (python) return python;
  return pseudoSample(text) ?? (isJson(tidied) ? tidied : text);
}

/**
 * An HTTP message (a request or status line, headers, the body) with its JSON body tidied as
 * above: `POST /apps HTTP/1.1` ⏎ `Content-Type: application/json` ⏎⏎ `{"name": "x",}`.
 */
export function tidyMessage(text: string): string {
  const body = /\n(?=[ \t]*[[{])/.exec(text);
  if (!body) return text;
  const json = text.slice(body.index + 1);
  const tidied = tidyJson(json);
  return tidied === json ? text : text.slice(0, body.index + 1) + tidied;
}

/** The line up to a `//` comment outside strings (a linear scan). */
function withoutLineComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '/' && line[i + 1] === '/') return line.slice(0, i).trimEnd();
  }
  return line;
}

/**
 * A body that is one JSON string, number or boolean (`":8080"`, `42`, `true`), as written;
 * undefined for anything else (`null` says no content; objects and arrays are read as samples are).
 */
export function jsonScalar(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? text.trim() : undefined;
  } catch {
    return undefined;
  }
}
