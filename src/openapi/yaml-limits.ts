/** The limits every way of reading a YAML spec keeps to (parse-yaml.ts, and yaml-events-values.ts without it). */

/** Deepest nesting read. */
export const MAX_DEPTH = 256;

/** Nodes the document may hold once aliases are expanded (an alias bomb is refused, as `yaml`'s `maxAliasCount` does). */
export const MAX_EXPANDED_NODES = 5_000_000;

/** The deepest `[`/`{` nesting outside quoted strings (a cheap guard before the recursive parser). */
export function maxFlowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  // From one character that matters to the next: brackets and quotes outside strings, the quote or a backslash inside.
  const outside = /["[\]{}]/g;
  const inside = /["\\]/g;
  let at = 0;
  for (;;) {
    outside.lastIndex = at;
    const found = outside.exec(text);
    if (!found) return max;
    const c = found[0];
    at = found.index + 1;
    if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else {
      // A double-quoted string: to its closing quote, a backslash escaping the next character.
      for (;;) {
        inside.lastIndex = at;
        const end = inside.exec(text);
        if (!end) return max;
        at = end.index + (end[0] === '\\' ? 2 : 1);
        if (end[0] === '"') break;
      }
    }
  }
}
