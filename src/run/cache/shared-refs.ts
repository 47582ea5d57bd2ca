/**
 * Objects held in more than one place of a value, so that a JSON round trip gives back the same
 * graph. A reader may share one object between places — the one schema of a body documented for
 * several media types — and later stages that fill a schema in place then fill it everywhere.
 * JSON writes a shared object twice and reads back two copies, so a page read from the cache would
 * merge differently from a freshly read one (a worker's structured clone keeps the sharing). The
 * cache stores each value as JSON plus these places, and puts the sharing back on load.
 */

/** Keys from the root to a place in the value. */
type ValuePath = Array<string | number>;

/** Each place that holds an object already seen (`at`), and the first place that holds it (`from`). */
export type SharedRefs = Array<[at: ValuePath, from: ValuePath]>;

interface Seen {
  parent: Seen | undefined;
  key: string | number;
}

/** Every object met a second time, walking `value` depth-first (iteratively: samples may nest deep). */
export function findSharedRefs(value: unknown): SharedRefs {
  const seen = new Map<object, Seen>();
  const refs: SharedRefs = [];
  const stack: Array<{ node: unknown; at: Seen | undefined; key: string | number }> = [{ node: value, at: undefined, key: '' }];
  while (stack.length > 0) {
    const { node, at, key } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const here: Seen = { parent: at, key };
    const first = seen.get(node);
    if (first) {
      refs.push([pathOf(here), pathOf(first)]);
      continue;
    }
    seen.set(node, here);
    const record = node as Record<string, unknown>;
    const keys = Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) stack.push({ node: record[keys[i]!], at: here, key: keys[i]! });
  }
  return refs;
}

/** Makes each `at` hold the very object at its `from` again (after `JSON.parse`). */
export function restoreSharedRefs(value: unknown, refs: SharedRefs): void {
  for (const [at, from] of refs) {
    const source = get(value, from);
    const parent = get(value, at.slice(0, -1)) as Record<string | number, unknown> | undefined;
    if (source !== undefined && parent !== null && typeof parent === 'object') parent[at[at.length - 1]!] = source;
  }
}

function pathOf(seen: Seen): ValuePath {
  const path: ValuePath = [];
  for (let at: Seen | undefined = seen; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

function get(value: unknown, path: ValuePath): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
