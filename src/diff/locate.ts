/**
 * Map a JSON pointer inside a spec file to a line and column, lazily: the index is built only
 * when the first change asks for a location, so unchanged specs cost nothing.
 */
import { type Document, isMap, isSeq, type LineCounter, type Node } from 'yaml';

export interface Locator {
  locate(pointer: string): { line: number; column: number } | undefined;
}

export function decodePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  return pointer
    .replace(/^#?\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Line starts → (line, column) for an offset, by binary search. */
export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Locator over a parsed YAML document (keys' positions, so a removed property points at its name). */
export function yamlLocator(doc: Document, counter: LineCounter): Locator {
  return {
    locate(pointer) {
      let node: unknown = doc.contents;
      let offset: number | undefined = (node as Node | null)?.range?.[0];
      for (const segment of decodePointer(pointer)) {
        if (isMap(node)) {
          const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === segment);
          if (!pair) return undefined;
          offset = (pair.key as Node | null)?.range?.[0] ?? offset;
          node = pair.value;
        } else if (isSeq(node)) {
          node = node.items[Number(segment)];
          offset = (node as Node | null)?.range?.[0] ?? offset;
        } else return undefined;
      }
      if (offset === undefined) return undefined;
      const pos = counter.linePos(offset);
      return { line: pos.line, column: pos.col };
    },
  };
}

/** Locator over JSON text: a small scanner that walks only the containers on the pointer's way. */
export function jsonLocator(text: string): Locator {
  let starts: number[] | undefined;
  const children = new Map<number, Map<string, number>>();
  const ws = (i: number): number => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
    return i;
  };
  /** Index just past the string starting at `i` (a quote); escaped quotes are skipped. */
  const skipString = (i: number): number => {
    for (let q = text.indexOf('"', i + 1); q !== -1; q = text.indexOf('"', q + 1)) {
      let slashes = 0;
      while (text[q - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 0) return q + 1;
    }
    return text.length;
  };
  const structural = /["{}[\]]/g;
  const skipValue = (i: number): number => {
    i = ws(i);
    const c = text[i];
    if (c === '"') return skipString(i);
    if (c !== '{' && c !== '[') {
      while (i < text.length && !',}] \t\r\n'.includes(text[i]!)) i++;
      return i;
    }
    let depth = 0;
    structural.lastIndex = i;
    for (let m = structural.exec(text); m; m = structural.exec(text)) {
      const ch = m[0];
      if (ch === '"') structural.lastIndex = skipString(m.index);
      else if (ch === '{' || ch === '[') depth++;
      else if (--depth === 0) return m.index + 1;
    }
    return text.length;
  };
  /** Offsets of the keys (objects) or items (arrays) of the container at `start`. */
  const index = (start: number): Map<string, number> => {
    const cached = children.get(start);
    if (cached) return cached;
    const map = new Map<string, number>();
    const isObject = text[start] === '{';
    let i = ws(start + 1);
    for (let n = 0; i < text.length && text[i] !== '}' && text[i] !== ']'; n++) {
      if (isObject) {
        const end = skipString(i);
        let key = text.slice(i + 1, end - 1);
        if (key.includes('\\')) {
          try {
            key = JSON.parse(text.slice(i, end)) as string;
          } catch {
            break;
          }
        }
        const colon = ws(end);
        map.set(key, i);
        i = skipValue(colon + 1);
      } else {
        map.set(String(n), i);
        i = skipValue(i);
      }
      i = ws(i);
      if (text[i] === ',') i = ws(i + 1);
    }
    children.set(start, map);
    return map;
  };
  return {
    locate(pointer) {
      const offset = decodePointer(pointer).length === 0 ? ws(0) : keyOffset(pointer);
      if (offset === undefined) return undefined;
      starts ??= lineStarts(text);
      return lineColumn(starts, offset);
    },
  };

  function keyOffset(pointer: string): number | undefined {
    const segments = decodePointer(pointer);
    if (segments.length === 0) return undefined;
    let at = ws(0);
    for (let k = 0; k < segments.length; k++) {
      if (text[at] !== '{' && text[at] !== '[') return undefined;
      const isObject = text[at] === '{';
      const found = index(at).get(segments[k]!);
      if (found === undefined) return undefined;
      if (k === segments.length - 1) return found;
      at = isObject ? ws(ws(skipString(found)) + 1) : found;
    }
    return undefined;
  }
}
