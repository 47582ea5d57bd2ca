/**
 * The fields of an expanded object in a page of copied text (copied-stacks.ts). Redocly's, Scalar's,
 * Stoplight's and Bump.sh's references set an object's fields under it, indented or in a box of
 * their own, which a browser's copy writes flat: nothing marks where they end.
 *
 *     owner                      an object field (its toggle `Hide Child Attributes` maybe under it)
 *     Type: object
 *     Hide Child Attributes
 *     email                      its fields, or the body's? The copy does not say.
 *     Type: string
 *     length_m
 *     Type: number
 *
 * The operation's JSON sample does: where it holds the field before them as an object (or a list of
 * objects) whose keys name the fields after it, and its own level does not, those fields are the
 * object's, up to the first that the object's sample lacks or its level states too
 * (`{"owner": {"email": …}, "length_m": 4.2}`: `email` the owner's, `length_m` the body's). Each is
 * then named by its path (`owner.email`), as ReadMe's and Mintlify's copies name them. Without such a
 * sample, or where it holds a field at both levels, the fields stay where the copy has them: the
 * body's own. Fields the copy names by their path already are left as they are.
 */
import type { Line } from '../shared/lines.js';
import { isCopyLine } from './copied-code.js';
import { entryName, type StackedEntry } from './copied-stacks.js';
import type { Block } from './copied-tabs.js';
import { parseCurl } from './curl.js';
import { tidyJson } from './tidy-json.js';

type Level = Readonly<Record<string, unknown>>;

/** Names each stacked field the operation's sample places under the expanded object before it by its path. */
export function nestBySamples(lines: readonly Line[], blocks: readonly Block[]): void {
  const requests = blocks.flatMap((block, index) => (block.kind === 'request' ? [index] : []));
  // Each block's sample read once.
  const roots = new Map<number, Level | undefined>();
  const rootAt = (at: number) => (roots.has(at) ? roots.get(at) : roots.set(at, sampleRoot(lines, blocks[at]!)).get(at));
  blocks.forEach((block, index) => {
    if (block.kind !== 'entries' || block.entries.length < 2 || block.entries.some((entry) => entryName(entry).includes('.'))) return;
    // The operation's samples: those up to the request after the next (a three-panel page's follow its request line).
    const before = requests.filter((at) => at < index).at(-1) ?? -1;
    const after = requests.filter((at) => at > index)[1] ?? blocks.length;
    const names = block.entries.map((entry) => entryName(entry));
    for (let at = before + 1; at < after; at++) {
      const root = rootAt(at);
      if (root && names[0]! in root && nestLevel(block.entries, names, 0, root, undefined, '') > 0) return;
    }
  });
}

/**
 * Reads the entries from `at` at the level `level` (a sample's object; `outer` the level holding
 * it), each object's fields under it named by their path; the index of the first entry not of the
 * level. At the top (`outer` undefined) every entry is the level's. Returns, at the top, how many
 * entries were nested.
 */
function nestLevel(
  entries: StackedEntry[],
  names: readonly string[],
  at: number,
  level: Level,
  outer: Level | undefined,
  path: string,
): number {
  let nested = 0;
  let index = at;
  while (index < entries.length) {
    const name = names[index]!;
    if (outer && (!(name in level) || name in outer)) break;
    if (path) [entries[index]!.path, nested] = [path, nested + 1];
    const inner = objectOf(level[name]);
    const next = names[index + 1];
    if (inner && next !== undefined && next in inner && !(next in level)) {
      const end = nestLevel(entries, names, index + 1, inner, level, `${path}${name}.`);
      nested += end - index - 1;
      index = end;
    } else index++;
  }
  return outer ? index : nested;
}

/** An object, or a list's first object: the level a field's value holds. */
function objectOf(value: unknown): Level | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return one !== null && typeof one === 'object' && !Array.isArray(one) ? (one as Level) : undefined;
}

/** The object a code block's JSON (or its curl command's JSON data) holds at its top, or undefined. */
function sampleRoot(lines: readonly Line[], block: Block): Level | undefined {
  if (block.kind !== 'code') return undefined;
  const text = lines
    .slice(block.from, block.to + 1)
    .filter((line) => !isCopyLine(line))
    .map((line) => line.text)
    .join('\n');
  const json = /^\s*(?:\$\s+)?curl\s/.test(text) ? parseCurl(text)?.data : text;
  if (json === undefined || !/^\s*[[{]/.test(json)) return undefined;
  try {
    return objectOf(JSON.parse(tidyJson(json)));
  } catch {
    return undefined;
  }
}
