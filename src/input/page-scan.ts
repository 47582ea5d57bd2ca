/**
 * Small linear scanners over a saved HTML page, for viewer-pages.ts: a start tag's attributes, the
 * extent of a JSON or JavaScript value, an object's member, entity decoding that remembers where
 * each decoded character came from. None backtracks: each looks at a character at most once.
 */

/** A text taken from a page, and the page offset of each of its offsets. */
export interface PageText {
  text: string;
  /** The page offset of `offset` in `text` (its end included). */
  pageOffset: (offset: number) => number;
  /** Whether every offset maps to the exact page character (false: some map to the start of what was decoded). */
  exact: boolean;
}

export interface Attribute {
  /** Lower case, as HTML matches attribute names. */
  name: string;
  /** The raw value (entities not decoded) and its page offsets; `start` is the name's offset when it has no value. */
  raw: string;
  start: number;
}

/** A slice of `page`, placed exactly. */
export function sliceOf(page: string, start: number, end: number): PageText {
  return { text: page.slice(start, end), pageOffset: (offset) => start + offset, exact: true };
}

/** A part (`start`–`end` of `inner.text`) of an already mapped text. */
export function subText(inner: PageText, start: number, end: number): PageText {
  return { text: inner.text.slice(start, end), pageOffset: (offset) => inner.pageOffset(start + offset), exact: inner.exact };
}

/** Attributes read of one start tag: a viewer's element has a few; past this, it is no viewer's. */
const MAX_ATTRIBUTES = 64;

/**
 * The attributes of the start tag opening at `tagStart` (its `<`), and the offset after its `>`
 * (`end` -1: the tag never closes, or has more than `MAX_ATTRIBUTES`). A quoted value may hold `>`.
 */
export function startTag(page: string, tagStart: number): { attributes: Attribute[]; end: number } {
  const attributes: Attribute[] = [];
  let at = tagStart + 1;
  while (at < page.length && !isSpaceOrEnd(page.charCodeAt(at))) at++;
  for (;;) {
    while (at < page.length && isSpace(page.charCodeAt(at))) at++;
    if (at >= page.length || attributes.length > MAX_ATTRIBUTES) return { attributes, end: -1 };
    if (page[at] === '>') return { attributes, end: at + 1 };
    if (page[at] === '/') {
      at++;
      continue;
    }
    const nameStart = at;
    while (at < page.length && !isSpaceOrEnd(page.charCodeAt(at)) && page[at] !== '=') at++;
    const name = page.slice(nameStart, at).toLowerCase();
    let next = at;
    while (next < page.length && isSpace(page.charCodeAt(next))) next++;
    if (page[next] !== '=') {
      attributes.push({ name, raw: '', start: nameStart });
      continue;
    }
    at = next + 1;
    while (at < page.length && isSpace(page.charCodeAt(at))) at++;
    const quote = page[at];
    if (quote === '"' || quote === "'") {
      const close = page.indexOf(quote, at + 1);
      if (close === -1) return { attributes, end: -1 };
      attributes.push({ name, raw: page.slice(at + 1, close), start: at + 1 });
      at = close + 1;
    } else {
      const valueStart = at;
      while (at < page.length && !isSpaceOrEnd(page.charCodeAt(at))) at++;
      attributes.push({ name, raw: page.slice(valueStart, at), start: valueStart });
    }
  }
}

/** The offset of the `</script` that ends the script holding `offset` (the page's length when none does). */
export function scriptEnd(page: string, offset: number): number {
  const end = page.indexOf('</script', offset);
  return end === -1 ? page.length : end;
}

/**
 * The end (exclusive) of the value starting at `start`, before `limit`: after the bracket closing
 * it when it opens with `{` or `[`, else at the first `,` or closing bracket outside brackets and
 * strings (trailing spaces left out); -1 when its brackets do not close before `limit`. `js` also
 * skips `'…'` and `` `…` `` strings and stops at `;` (a JavaScript expression).
 */
export function valueEnd(text: string, start: number, limit: number, js: boolean): number {
  const bracketed = text[start] === '{' || text[start] === '[';
  let depth = 0;
  let at = start;
  for (; at < limit; at++) {
    const c = text.charCodeAt(at);
    if (c === 0x22 || (js && (c === 0x27 || c === 0x60))) {
      at = stringEnd(text, at, limit);
      if (at === -1) return -1;
    } else if (c === 0x7b || c === 0x5b || c === 0x28) depth++;
    else if (c === 0x7d || c === 0x5d || c === 0x29) {
      if (depth === 0) break;
      depth--;
      if (depth === 0 && bracketed) return at + 1;
    } else if (depth === 0 && (c === 0x2c || (js && c === 0x3b))) break;
  }
  if (at >= limit && (depth > 0 || bracketed)) return -1;
  while (at > start && isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** The offset of the quote closing the string opened at `open`, or -1 before `limit`. */
function stringEnd(text: string, open: number, limit: number): number {
  const quote = text.charCodeAt(open);
  for (let at = open + 1; at < limit; at++) {
    const c = text.charCodeAt(at);
    if (c === 0x5c) at++;
    else if (c === quote) return at;
  }
  return -1;
}

/**
 * The value span of member `key` of the object opening at `start` (`{`), or undefined when it has
 * none (or is not an object as far as read). `end` is -1 when the value does not close before
 * `limit`. `js`: keys may be unquoted or single-quoted, values any JavaScript (a call, a function).
 */
export function memberOf(text: string, start: number, key: string, limit: number, js: boolean): { start: number; end: number } | undefined {
  if (text[start] !== '{') return undefined;
  let at = start + 1;
  for (;;) {
    at = skipSpace(text, at, limit);
    const c = text[at];
    let name: string;
    if (c === '"' || (js && c === "'")) {
      const close = stringEnd(text, at, limit);
      if (close === -1) return undefined;
      name = unquote(text.slice(at + 1, close));
      at = close + 1;
    } else if (js && c !== undefined && /[\w$]/.test(c)) {
      const nameStart = at;
      while (at < limit && /[\w$]/.test(text[at]!)) at++;
      name = text.slice(nameStart, at);
    } else return undefined;
    at = skipSpace(text, at, limit);
    if (text[at] !== ':') return undefined;
    const valueStart = skipSpace(text, at + 1, limit);
    const end = valueEnd(text, valueStart, limit, js);
    if (name === key) return { start: valueStart, end };
    if (end === -1) return undefined;
    at = skipSpace(text, end, limit);
    if (text[at] !== ',') return undefined;
    at++;
  }
}

/** The string a JSON or JavaScript string literal's inside spells (as written when it holds an escape JSON does not read). */
function unquote(inside: string): string {
  if (!inside.includes('\\')) return inside;
  try {
    return JSON.parse(`"${inside}"`) as string;
  } catch {
    return inside;
  }
}

/** The string value of the literal at `text`'s `start`–`end` (`"…"` or `'…'`), or undefined when it is none. */
export function stringLiteral(text: string, start: number, end: number): string | undefined {
  const quote = text[start];
  if ((quote !== '"' && quote !== "'") || end - start < 2 || text[end - 1] !== quote) return undefined;
  return unquote(text.slice(start + 1, end - 1));
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };
const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,6}));/g;

/**
 * `raw` (an attribute's value at page offset `start`) with its character references decoded. Every
 * decoded offset maps to its page character: a reference maps to its `&`, what follows it to its
 * own place. References outside the few named ones JSON and YAML use are kept as written.
 */
export function decodeAttribute(raw: string, start: number): PageText {
  if (!raw.includes('&')) return { text: raw, pageOffset: (offset) => start + offset, exact: true };
  let text = '';
  /** Ascending decoded offsets where a shift starts, and the page offset of each. */
  const from: number[] = [0];
  const to: number[] = [start];
  let last = 0;
  for (const match of raw.matchAll(ENTITY)) {
    const char =
      match[1] !== undefined
        ? codePoint(Number(match[1]))
        : match[2] !== undefined
          ? codePoint(Number.parseInt(match[2], 16))
          : ENTITIES[match[3]!.toLowerCase()];
    if (char === undefined) continue;
    text += raw.slice(last, match.index);
    from.push(text.length);
    to.push(start + match.index);
    text += char;
    last = match.index + match[0].length;
    from.push(text.length);
    to.push(start + last);
  }
  text += raw.slice(last);
  const pageOffset = (offset: number): number => {
    let low = 0;
    let high = from.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (from[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return to[low]! + offset - from[low]!;
  };
  return { text, pageOffset, exact: true };
}

function codePoint(value: number): string | undefined {
  return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}

function skipSpace(text: string, at: number, limit: number): number {
  while (at < limit && isSpace(text.charCodeAt(at))) at++;
  return at;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c;
}

function isSpaceOrEnd(c: number): boolean {
  return isSpace(c) || c === 0x3e || c === 0x2f;
}
