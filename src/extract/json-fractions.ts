/**
 * The numbers a JSON text writes with a fraction whose value is whole (`13.0`, `2.50e1`), which
 * `JSON.parse` gives as integers: where they stand in the parsed value, as JSON pointers, so that
 * sample inference, which reads the parsed value long after the text is gone, types them as the
 * numbers the sample states (`"price": 13.0` a number, `"count": 13` an integer).
 *
 *     {"price": 13.0, "sizes": [1, 2.0], "n": 4}    → ['/price', '/sizes/1']
 */
import { escapePointerToken } from '../ir/json-pointer.js';

/** A number token: its fraction's digits in group 1. */
const NUMBER = /-?\d+(?:\.(\d+))?(?:[eE][+-]?\d+)?/y;
/** A quick look: a digit, a point and a digit somewhere (outside strings or in). */
const FRACTION = /\d\.\d/;

interface Level {
  array: boolean;
  /** The current member's key (objects) or index (arrays). */
  at: string | number;
  /** An object waits for a key (after `{` or `,`). */
  keyNext: boolean;
}

/** The pointers of `text`'s whole numbers written with a fraction, in text order; `text` is valid JSON. */
export function wholeFractions(text: string): string[] {
  if (!FRACTION.test(text)) return [];
  const found: string[] = [];
  const stack: Level[] = [];
  const pointer = () => stack.map((level) => `/${escapePointerToken(String(level.at))}`).join('');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const top = stack.at(-1);
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top && !top.array && top.keyNext) {
        top.at = JSON.parse(text.slice(i, end + 1)) as string;
        top.keyNext = false;
      }
      i = end;
    } else if (c === '{' || c === '[') stack.push({ array: c === '[', at: 0, keyNext: c === '{' });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top) {
      if (top.array) top.at = (top.at as number) + 1;
      else top.keyNext = true;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const token = NUMBER.exec(text);
      if (!token) continue;
      if (token[1] !== undefined && Number.isInteger(Number(token[0]))) found.push(pointer());
      i += token[0].length - 1;
    }
  }
  return found;
}
