/**
 * A request sample written as a program's one call → the request it sends, as curl's is read
 * (curl.ts); the code is read, never run:
 *
 *     fetch("https://…/v1/users", { method: "POST", body: JSON.stringify({ name: "Ann" }) })   (JavaScript)
 *     axios.post("https://…/v1/users", { name: "Ann" })
 *     requests.post("https://…/v1/users", json={"name": "Ann", "admin": False})                (Python; httpx alike)
 *     → POST https://…/v1/users, body {"name": "Ann", …}
 *
 * Only a call at the snippet's top level is a sample: one inside a function, a callback or a block
 * (`useEffect(() => { fetch(…) })`, an indented line under `def`) is a program's, no request the
 * page documents. The URL is a string literal (a template's or f-string's `${id}` / `{id}` kept as
 * the placeholder it names), perhaps a base joined to it (`BASE_URL + "/users"`), or a variable the
 * snippet assigns so once; the body a literal (script-literals.ts) or a variable assigned one once.
 * Anything else states no URL or no body.
 */
import { type CurlRequest, clientRequest } from './curl.js';
import { jsonOfLiteral, type ScriptLanguage, stringOfLiteral } from './script-literals.js';

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

interface Call {
  /** What was called: `fetch`, `axios.post`, `requests.get`. */
  callee: string;
  /** The arguments' texts, in order; keyword arguments (`json={…}`) as written. */
  args: string[];
}

const JS_CALL = /(?<![\w$.])(fetch|axios(?:\.(?:get|post|put|patch|delete|head|options|request))?)[ \t]*\(/g;
const PY_CALL = /^(?:[A-Za-z_]\w*[ \t]*=[ \t]*)?(?:print\()?((?:requests|httpx)\.(?:get|post|put|patch|delete|head|options|request))\(/gm;

/** Calls tried in one snippet: a sample holds one; a call that never closes leaves none after it to read. */
const TRIED = 8;

/** The request of a JavaScript `fetch` or axios call at the snippet's top level, or undefined. */
export function javascriptRequest(text: string): CurlRequest | undefined {
  if (!/\b(?:fetch|axios)\b/.test(text)) return undefined;
  const starts = topLevelStarts(text);
  let tried = 0;
  for (const match of text.matchAll(JS_CALL)) {
    if (!starts.has(match.index)) continue;
    if (++tried > TRIED) return undefined;
    const args = argumentsAt(text, match.index + match[0].length - 1, 'js');
    if (!args) return undefined;
    const call = { callee: match[1]!, args };
    return call.callee === 'fetch' ? fetchRequest(call, text) : axiosRequest(call, text);
  }
  return undefined;
}

/** The request of a Python `requests` (or httpx) call opening a line of the snippet's top level, or undefined. */
export function pythonRequest(text: string): CurlRequest | undefined {
  if (!/\b(?:requests|httpx)\./.test(text)) return undefined;
  let tried = 0;
  for (const match of text.matchAll(PY_CALL)) {
    if (++tried > TRIED) return undefined;
    const open = match.index + match[0].length - 1;
    const args = argumentsAt(text, open, 'python');
    if (!args) return undefined;
    const callee = match[1]!;
    const verb = callee.slice(callee.indexOf('.') + 1);
    const positional = args.filter((arg) => !keyword(arg));
    const named = (name: string) => args.map((arg) => keyword(arg)).find((pair) => pair?.[0] === name)?.[1];
    const method = verb === 'request' ? stringValue(positional[0] ?? named('method'), text, 'python') : verb;
    const url = urlValue(verb === 'request' ? (positional[1] ?? named('url')) : (positional[0] ?? named('url')), text, 'python');
    if (!method || !METHODS.has(method.toLowerCase()) || !url) return undefined;
    const out = clientRequest(method, url, true, callee.slice(0, callee.indexOf('.')));
    headersOf(out, named('headers'), text, 'python');
    const json = named('json');
    const data = named('data') ?? named('content');
    if (json !== undefined) {
      const body = literalValue(json, text, 'python');
      if (body !== undefined) {
        out.data = body;
        out.json = true;
      }
    } else if (data !== undefined) {
      const dumped = /^json\.dumps\(([\s\S]*)\)$/.exec(data.trim())?.[1];
      const string = dumped === undefined ? stringValue(data, text, 'python') : undefined;
      const body = dumped !== undefined ? literalValue(dumped, text, 'python') : (string ?? formOf(literalValue(data, text, 'python')));
      if (body !== undefined) out.data = body;
      if (string === undefined && dumped === undefined && body !== undefined) out.urlencoded = true;
    }
    if (named('files') !== undefined) out.form = true;
    return out;
  }
  return undefined;
}

function fetchRequest({ args }: Call, text: string): CurlRequest | undefined {
  const url = urlValue(args[0], text, 'js');
  if (!url) return undefined;
  const options = args[1] === undefined ? undefined : objectEntries(args[1], text);
  if (args[1] !== undefined && !options) return undefined;
  const method = options?.get('method');
  const stated = method === undefined ? undefined : stringValue(method, text, 'js');
  if (method !== undefined && !(stated && METHODS.has(stated.toLowerCase()))) return undefined;
  const out = clientRequest(stated ?? 'GET', url, stated !== undefined, 'fetch');
  headersOf(out, options?.get('headers'), text, 'js');
  const body = options?.get('body');
  if (body !== undefined) jsBody(out, body, text);
  return out;
}

function axiosRequest({ callee, args }: Call, text: string): CurlRequest | undefined {
  const verb = callee.includes('.') ? callee.slice(callee.indexOf('.') + 1) : undefined;
  // `axios(config)`, `axios.request(config)`, `axios(url, config)`.
  if (verb === undefined || verb === 'request') {
    const config = args.length === 1 || verb === 'request' ? args[0] : args[1];
    const entries = config === undefined ? undefined : objectEntries(config, text);
    if (!entries) return undefined;
    const url = urlValue(args.length === 1 || verb === 'request' ? entries.get('url') : args[0], text, 'js');
    const method = entries.get('method') === undefined ? undefined : stringValue(entries.get('method'), text, 'js');
    if (!url || (method !== undefined && !METHODS.has(method.toLowerCase()))) return undefined;
    const out = clientRequest(method ?? 'GET', url, method !== undefined, 'axios');
    headersOf(out, entries.get('headers'), text, 'js');
    const data = entries.get('data');
    if (data !== undefined) axiosData(out, data, text);
    return out;
  }
  const url = urlValue(args[0], text, 'js');
  if (!url) return undefined;
  const sends = verb === 'post' || verb === 'put' || verb === 'patch';
  const out = clientRequest(verb, url, true, 'axios');
  const config = sends ? args[2] : args[1];
  const entries = config === undefined ? undefined : objectEntries(config, text);
  headersOf(out, entries?.get('headers'), text, 'js');
  if (sends && args[1] !== undefined) axiosData(out, args[1], text);
  return out;
}

/** axios sends an object as JSON, a string as written. */
function axiosData(out: CurlRequest, data: string, text: string): void {
  const string = stringValue(data, text, 'js');
  const body = string ?? literalValue(data, text, 'js');
  if (body === undefined) return;
  out.data = body;
  if (string === undefined) out.json = true;
}

/** fetch's `body`: `JSON.stringify(<literal>)` is that JSON; a string literal is sent as written; `new URLSearchParams({…})` a url-encoded form. */
function jsBody(out: CurlRequest, body: string, text: string): void {
  const trimmed = body.trim();
  const stringified = /^JSON\.stringify\(([\s\S]*)\)$/.exec(trimmed)?.[1];
  const params = /^new[ \t]+URLSearchParams\(([\s\S]*)\)$/.exec(trimmed)?.[1];
  if (stringified !== undefined) {
    const json = literalValue(stringified, text, 'js');
    if (json !== undefined) out.data = json;
  } else if (params !== undefined) {
    const form = formOf(literalValue(params, text, 'js'));
    if (form !== undefined) {
      out.data = form;
      out.urlencoded = true;
    }
  } else {
    const string = stringValue(trimmed, text, 'js');
    if (string !== undefined) out.data = string;
  }
}

/** A JSON object of scalars as the url-encoded form it is sent as; undefined for anything else. */
function formOf(json: string | undefined): string | undefined {
  const fields = json === undefined ? undefined : (JSON.parse(json) as unknown);
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return undefined;
  const entries = Object.entries(fields as Record<string, unknown>);
  if (entries.length === 0 || entries.some(([, value]) => typeof value === 'object' && value !== null)) return undefined;
  return entries.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`).join('&');
}

function headersOf(out: CurlRequest, headers: string | undefined, text: string, language: ScriptLanguage): void {
  const json = headers === undefined ? undefined : literalValue(headers, text, language);
  if (json === undefined) return;
  const fields = JSON.parse(json) as unknown;
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return;
  for (const [name, value] of Object.entries(fields as Record<string, unknown>))
    if (typeof value === 'string' || typeof value === 'number') out.headers.push([name, String(value)]);
}

/** `json={…}` → `['json', '{…}']`; undefined for a positional argument. */
function keyword(arg: string): [string, string] | undefined {
  const match = /^([A-Za-z_]\w*)[ \t]*=(?!=)([\s\S]*)$/.exec(arg.trim());
  return match ? [match[1]!, match[2]!.trim()] : undefined;
}

/** The literal an argument is: written in place, or a variable the snippet assigns a literal once. */
function resolved(arg: string | undefined, text: string, language: ScriptLanguage): string | undefined {
  const trimmed = arg?.trim();
  if (!trimmed) return undefined;
  return /^[A-Za-z_$][\w$]*$/.test(trimmed) ? assignedLiteral(trimmed, text, language) : trimmed;
}

function stringValue(arg: string | undefined, text: string, language: ScriptLanguage): string | undefined {
  const literal = resolved(arg, text, language);
  return literal === undefined ? undefined : stringOfLiteral(literal, language);
}

function literalValue(arg: string | undefined, text: string, language: ScriptLanguage): string | undefined {
  const literal = resolved(arg, text, language);
  return literal === undefined || !/^[[{]/.test(literal) ? undefined : jsonOfLiteral(literal, language);
}

/**
 * A URL: a string literal; a template literal or f-string, its placeholders kept as the route's
 * (`${BASE_URL}/users/${id}` → `{BASE_URL}/users/{id}`); a name joined to a literal, `BASE_URL +
 * "/users"` (the name's literal where the snippet assigns one, else the name as the base's placeholder).
 */
function urlValue(arg: string | undefined, text: string, language: ScriptLanguage): string | undefined {
  const literal = resolved(arg, text, language);
  if (literal === undefined) return undefined;
  const template =
    language === 'js'
      ? /^`([^`\\]*)`$/
          .exec(literal)?.[1]
          ?.replace(/\$\{[ \t]*([A-Za-z_$][\w$.]*)[ \t]*\}/g, (_, name: string) => `{${name.split('.').pop()}}`)
      : /^f(["'])([^"'\\]*)\1$/.exec(literal)?.[2];
  const joined = /^([A-Za-z_$][\w$]*)[ \t]*\+[ \t]*(['"`][\s\S]*)$/.exec(literal);
  let url = template ?? (joined ? undefined : stringOfLiteral(literal, language));
  if (joined) {
    const rest = stringOfLiteral(joined[2]!, language);
    const base = stringValue(joined[1], text, language) ?? `{${joined[1]}}`;
    url = rest === undefined ? undefined : `${base}${rest}`;
  }
  if (url === undefined || /[\s'"`$]/.test(url.replace(/\{[\w.]+\}/g, ''))) return undefined;
  return /^(?:https?:\/\/|\/|\{[\w.]+\}\/)/i.test(url) ? url : undefined;
}

/** The literal a name is assigned once at the snippet's top level (`const url = "…"`, `payload = {…}`). */
function assignedLiteral(name: string, text: string, language: ScriptLanguage): string | undefined {
  const pattern =
    language === 'js'
      ? new RegExp(`^[ \\t]*(?:const|let|var)[ \\t]+${name.replace(/\$/g, '\\$')}[ \\t]*=[ \\t]*`, 'gm')
      : new RegExp(`^${name}[ \\t]*=(?!=)[ \\t]*`, 'gm');
  const found = [...text.matchAll(pattern)];
  if (found.length !== 1) return undefined;
  const from = found[0]!.index + found[0]![0].length;
  const end = expressionEnd(text, from, language);
  return end === undefined ? undefined : text.slice(from, end).trim();
}

/**
 * The places outside strings and comments that stand outside every block: no `{` of a function or
 * statement open before them (an object literal's `{` around a call is a program's too). One pass.
 */
function topLevelStarts(text: string): Set<number> {
  const starts = new Set<number>();
  let depth = 0;
  scan(text, 0, text.length, 'js', (c, at) => {
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === 'f' || c === 'a')) starts.add(at);
    return true;
  });
  return starts;
}

/** The arguments of the call whose `(` is at `open`, split at its top-level commas; undefined where it never closes. */
function argumentsAt(text: string, open: number, language: ScriptLanguage): string[] | undefined {
  const args: string[] = [];
  let depth = 0;
  let from = open + 1;
  let closed = false;
  scan(text, open, text.length, language, (c, at) => {
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      depth--;
      if (depth === 0) {
        args.push(text.slice(from, at));
        closed = true;
        return false;
      }
    } else if (c === ',' && depth === 1) {
      args.push(text.slice(from, at));
      from = at + 1;
    }
    return true;
  });
  if (!closed) return undefined;
  return args.map((arg) => arg.trim()).filter((arg) => arg.length > 0);
}

/** Where the expression starting at `from` ends: the line's end (or `;`) outside brackets and strings. */
function expressionEnd(text: string, from: number, language: ScriptLanguage): number | undefined {
  let depth = 0;
  let end: number | undefined;
  scan(text, from, text.length, language, (c, at) => {
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (depth === 0 && (c === '\n' || c === ';')) {
      end = at;
      return false;
    }
    return depth >= 0;
  });
  return depth === 0 ? (end ?? text.length) : undefined;
}

/**
 * Calls `visit` with each character of `text[from, to)` outside strings and comments (a string's
 * quotes skipped whole; a template literal's text too), until it returns false.
 */
function scan(text: string, from: number, to: number, language: ScriptLanguage, visit: (c: string, at: number) => boolean): void {
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || (c === '`' && language === 'js')) {
      const triple = language === 'python' && text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      let j = i + quote.length;
      while (j < text.length && !text.startsWith(quote, j)) {
        if (text[j] === '\\') j++;
        else if (text[j] === '\n' && quote.length === 1 && c !== '`') break;
        j++;
      }
      i = j + quote.length - 1;
      continue;
    }
    if ((language === 'js' && c === '/' && text[i + 1] === '/') || (language === 'python' && c === '#')) {
      while (i < to && text[i] !== '\n') i++;
      i--;
      continue;
    }
    if (language === 'js' && c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? to : close + 1;
      continue;
    }
    if (!visit(c, i)) return;
  }
}

/** The top-level entries of an object literal (`{ method: "POST", body: … }`) by name, their values' texts; undefined where it is none. */
function objectEntries(arg: string, text: string): Map<string, string> | undefined {
  const literal = resolved(arg, text, 'js');
  if (!literal?.startsWith('{') || !literal.endsWith('}')) return undefined;
  const inner = literal.slice(1, -1);
  const entries = new Map<string, string>();
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  scan(inner, 0, inner.length, 'js', (c, at) => {
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(inner.slice(from, at));
      from = at + 1;
    }
    return true;
  });
  parts.push(inner.slice(from));
  for (const part of parts) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const entry = /^(?:([A-Za-z_$][\w$]*)|"([^"]*)"|'([^']*)')[ \t]*:([\s\S]*)$/.exec(trimmed);
    // `{ method, body }` (shorthand): the names' values are the variables'.
    const shorthand = /^[A-Za-z_$][\w$]*$/.test(trimmed) ? trimmed : undefined;
    if (entry) entries.set(entry[1] ?? entry[2] ?? entry[3]!, entry[4]!.trim());
    else if (shorthand) entries.set(shorthand, shorthand);
  }
  return entries;
}
