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
