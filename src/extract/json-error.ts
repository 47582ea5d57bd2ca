/**
 * Where a JSON text first goes wrong (character index), for diagnostics that point into the file.
 * `JSON.parse` messages do not always say (Node 20: `Unexpected token 'o', ..."b": oops" is not
 * valid JSON`), so this is a small validating scanner; it only runs after `JSON.parse` failed.
 */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw new JsonStop(at);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail();
      at++;
    }
  };
  const string = () => {
    at++;
    while (at < text.length && text[at] !== '"') {
      if (text.charCodeAt(at) < 0x20) fail();
      if (text[at] === '\\') {
        at++;
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail();
          at += 4;
        } else if (!'"\\/bfnrt'.includes(text[at] ?? '')) fail();
      }
      at++;
    }
    if (text[at] !== '"') fail();
    at++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match) fail();
    at += match![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 1_000) fail(); // deeper than any sample: stop there rather than overflow the stack
    space();
    const char = text[at];
    if (char === '{') members('}', depth, true);
    else if (char === '[') members(']', depth, false);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
    else fail();
  };
  const members = (close: string, depth: number, keyed: boolean): void => {
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      if (keyed) {
        space();
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ':') fail();
        at++;
      }
      value(depth + 1);
      space();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === close) return void at++;
      fail();
    }
  };
  try {
    value(0);
    space();
    if (at < text.length) fail();
    return text.length;
  } catch (stop) {
    if (stop instanceof JsonStop) return Math.min(stop.offset, text.length);
    return 0;
  }
}

class JsonStop {
  constructor(readonly offset: number) {}
}

/** What a JSON text leaves open where it goes wrong: an object, an array or a string, and where it opened. */
export interface Unclosed {
  kind: 'object' | 'array' | 'string';
  /** Character index of its `{`, `[` or `"`. */
  at: number;
  /** The closers left out, innermost first (`]}`). */
  missing: string;
  /** The text ends there (a sample cut short); else a closer of the other kind stands there (`{"id": 4 ⏎ ]`). */
  ended: boolean;
}

/**
 * What is left open where a JSON text goes wrong at `offset` (`jsonErrorOffset`), when that is the
 * fault: the text ends before its brackets or its string close (a sample cut short, its last `}`
 * left out), or a `]` stands where an object's `}` should (or a `}` for an array's `]`). A text
 * whose first fault lies before its end (a comment, an unquoted key: the page's pseudo-JSON) but
 * that still ends with brackets open is cut short too. Undefined for any other fault (a missing
 * comma, a stray word).
 */
export function unclosedAt(text: string, offset: number): Unclosed | undefined {
  const { open, string } = openAt(text, offset);
  if (text.slice(offset).trim() === '') {
    if (string !== undefined) return { kind: 'string', at: string, missing: `"${closers(text, open)}`, ended: true };
    if (open.length > 0) return { kind: kindAt(text, open), at: open[open.length - 1]!, missing: closers(text, open), ended: true };
  }
  const closer = text[offset];
  const expected = closers(text, open)[0];
  if (string === undefined && expected && (closer === '}' || closer === ']') && closer !== expected)
    return { kind: kindAt(text, open), at: open[open.length - 1]!, missing: expected, ended: false };
  const whole = openAt(text, text.length);
  if (whole.string !== undefined || whole.open.length === 0) return undefined;
  return { kind: kindAt(text, whole.open), at: whole.open[whole.open.length - 1]!, missing: closers(text, whole.open), ended: true };
}

/** The brackets open before `end` (character indexes, outermost first) and the string open there, if any. */
function openAt(text: string, end: number): { open: number[]; string?: number } {
  const open: number[] = [];
  let string: number | undefined;
  for (let i = 0; i < end && i < text.length; i++) {
    const char = text[i];
    if (string !== undefined) {
      if (char === '\\') i++;
      else if (char === '"') string = undefined;
    } else if (char === '"') string = i;
    else if (char === '{' || char === '[') open.push(i);
    else if (char === '}' || char === ']') open.pop();
  }
  return string === undefined ? { open } : { open, string };
}

/** The closers of the open brackets, innermost first (`]}`). */
function closers(text: string, open: readonly number[]): string {
  return open
    .map((at) => (text[at] === '{' ? '}' : ']'))
    .reverse()
    .join('');
}

function kindAt(text: string, open: readonly number[]): 'object' | 'array' {
  return text[open[open.length - 1]!] === '{' ? 'object' : 'array';
}
