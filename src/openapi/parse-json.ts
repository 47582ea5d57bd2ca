/**
 * A strict JSON reader that records positions like `parse-yaml.ts` does. JSON is YAML, but the
 * `yaml` parser takes seconds on a 1 MB spec; this takes milliseconds. On any syntax error it
 * returns undefined and the caller falls back to the YAML parser (which reports the error, and
 * also reads YAML flow-style files that merely look like JSON).
 */

import { linesOf, type Point } from '../ir/source.js';
import { type JsonMap, setOwn } from './json.js';
import type { SpecPositions } from './positions.js';

const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

class Fail extends Error {}

/**
 * The value of `text`, or undefined when it is not strict JSON (or repeats a key, or nests too deep).
 * `place` gives an offset's point in `file` when `text` is only part of it (a document a page embeds).
 */
export function parseJsonWithPositions(
  text: string,
  file: string,
  positions: SpecPositions,
  place?: (offset: number) => Point,
): { value: unknown } | undefined {
  const fileIndex = positions.addFile(file, place ?? linesOf(text));
  let at = 0;
  /** The keys of the objects being read and their spans' offsets, innermost last: each object's go to the span table in one run as it closes. */
  const openKeys: string[] = [];
  const openSpans: number[] = [];
  /** The next backslash at or after the scan position (-1: none left); found once, not per string. */
  let nextSlash = text.indexOf('\\');
  const skip = () => {
    WHITESPACE.lastIndex = at;
    WHITESPACE.exec(text);
    at = WHITESPACE.lastIndex;
  };
  const readString = (): string => {
    const start = at + 1;
    let end = start;
    let escaped = false;
    for (;;) {
      const quote = text.indexOf('"', end);
      if (nextSlash !== -1 && nextSlash < end) nextSlash = text.indexOf('\\', end);
      const slash = nextSlash;
      if (quote === -1) throw new Fail();
      if (slash !== -1 && slash < quote) {
        escaped = true;
        end = slash + 2;
        continue;
      }
      end = quote;
      break;
    }
    at = end + 1;
    const raw = text.slice(start, end);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in strings
    if (/[\u0000-\u001f]/.test(raw)) throw new Fail();
    if (!escaped) return raw;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      throw new Fail();
    }
  };
  const readValue = (depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new Fail();
    skip();
    const c = text[at];
    if (c === '{') {
      const start = at++;
      const map: JsonMap = {};
      const base = openKeys.length;
      skip();
      if (text[at] === '}') at++;
      else {
        for (;;) {
          skip();
          if (text[at] !== '"') throw new Fail();
          const keyStart = at;
          const key = readString();
          if (Object.hasOwn(map, key)) throw new Fail();
          skip();
          if (text[at++] !== ':') throw new Fail();
          const value = readValue(depth + 1);
          setOwn(map, key, value);
          openKeys.push(key);
          openSpans.push(keyStart, at);
          skip();
          if (text[at] === ',') at++;
          else if (text[at] === '}') {
            at++;
            break;
          } else throw new Fail();
        }
      }
      positions.setMapRun(map, positions.spanRun(fileIndex, start, at, openSpans, 2 * base, openKeys.length - base), openKeys.slice(base));
      openKeys.length = base;
      openSpans.length = 2 * base;
      return map;
    }
    if (c === '[') {
      const start = at++;
      const list: unknown[] = [];
      skip();
      if (text[at] === ']') at++;
      else {
        for (;;) {
          list.push(readValue(depth + 1));
          skip();
          if (text[at] === ',') at++;
          else if (text[at] === ']') {
            at++;
            break;
          } else throw new Fail();
        }
      }
      positions.set(list, positions.span(fileIndex, start, at));
      return list;
    }
    if (c === '"') return readString();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(text);
    if (!match || match[0] === '') throw new Fail();
    at = NUMBER.lastIndex;
    return Number(match[0]);
  };
  try {
    const value = readValue(0);
    skip();
    return at === text.length ? { value } : undefined;
  } catch (error) {
    if (error instanceof Fail || error instanceof RangeError) return undefined;
    throw error;
  }
}
