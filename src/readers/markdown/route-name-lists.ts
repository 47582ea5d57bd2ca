/**
 * A bare list of names right under a request line, no title over it (Seafile's web API):
 *
 *     ```
 *     GET https://host/api2/repos/{repo-id}/dir/?p=/foo
 *     ```
 *     * repo-id              → the path parameter `repo-id` (the request line names it)
 *     * p                    → nothing more: the request line's own query shows it
 *     * force                → nothing: the page does not say what it is
 *
 * or of names each with its words, after `is`, a colon or a dash (LibreNMS' reference):
 *
 *     Route: `/api/v0/alerts/:id`
 *     - id is the alert id, you can …   → the path parameter `id`, "the alert id, you can …"
 *     - note is the note to add         → the operation's words, as written: the route does not name it
 *
 * Names alone say nothing of where they go; a name the request line's route names is that path
 * parameter, documented. A name it does not name is not made a parameter here: only a title over
 * the list (a part's, read elsewhere) or the request line's query says it is one.
 */
import type { List, ListItem, PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { madeTable, textAfter, textCell, trimStart } from './made-tables.js';

/** A name alone: the item's one text or code node, a word of letters, digits, `-`, `_`, `.`. */
const NAME = /^[A-Za-z_][\w.-]*$/;
/** A plain name opening an item's text, then `is`, a colon or a dash before its words: `id is the …`, `id: the …`, `id - the …`. */
const NAMED = /^([A-Za-z_][\w.-]*)(?=[ \t]+is[ \t]|[ \t]*[:–—][ \t]|[ \t]+-[ \t])/;
/** What parts a name from its words: ` is `, `: `, ` - `. */
const PARTING = /^(?:[ \t]+is|[ \t]*[:–—]|[ \t]+-)[ \t]+(?=\S)/;

interface Entry {
  name: string;
  /** The words after the name, as written (none for a name alone). */
  words: PhrasingContent[];
  at: Position;
}

/**
 * `| Name | In | Description |` of the route's names the list names, and lists of the other items
 * that have words (the operation's words still); undefined unless every item is a name (alone or
 * with its words) and one is the route's.
 */
export function routeNameList(list: List, routeNames: ReadonlySet<string>): { table: Table; rest: List[] } | undefined {
  if (!list.position || list.children.length === 0 || list.children.length > 50) return undefined;
  const entries: Entry[] = [];
  for (const item of list.children) {
    const entry = entryOf(item, list.position);
    if (!entry) return undefined;
    entries.push(entry);
  }
  const named = entries.filter((entry) => routeNames.has(entry.name));
  if (named.length === 0) return undefined;
  // The other items with words, in runs of items next to each other: each run a list of its own, placed at its items.
  const rest: List[] = [];
  let run: ListItem[] = [];
  const close = () => {
    const [first, last] = [run[0]?.position, run[run.length - 1]?.position];
    if (first && last) rest.push({ ...list, children: run, position: { start: first.start, end: last.end } });
    run = [];
  };
  list.children.forEach((item, index) => {
    if (routeNames.has(entries[index]!.name) || entries[index]!.words.length === 0) close();
    else run.push(item);
  });
  close();
  const rows = named.map(({ name, words, at }): TableRow => {
    const description: TableCell = { type: 'tableCell', children: words, position: at };
    return { type: 'tableRow', children: [textCell(name, at), textCell('path', at), description], position: at };
  });
  const table = madeTable(['Name', 'In', 'Description'], rows, list.position, ['Description']);
  return { table, rest };
}

/** The item's name and its words: its one paragraph a name alone, or a name (plain or in code) then `is`, a colon or a dash and words. */
function entryOf(item: ListItem, fallback: Position): Entry | undefined {
  const [paragraph, ...rest] = item.children;
  if (rest.length > 0 || paragraph?.type !== 'paragraph') return undefined;
  const at = item.position ?? fallback;
  const [first, ...after] = paragraph.children;
  if (first?.type !== 'text' && first?.type !== 'inlineCode') return undefined;
  if (after.length === 0 && NAME.test(first.value.trim())) return { name: first.value.trim(), words: [], at };
  if (first.type === 'inlineCode') {
    // `` `id` is the alert id ``: the words after the code's parting.
    const next = after[0];
    const parting = next?.type === 'text' ? PARTING.exec(next.value) : null;
    if (!NAME.test(first.value) || !parting) return undefined;
    return {
      name: first.value,
      words: trimStart([textAfter(next as PhrasingContent & { type: 'text' }, parting[0].length), ...after.slice(1)]),
      at,
    };
  }
  const name = NAMED.exec(first.value);
  const parting = name ? PARTING.exec(first.value.slice(name[0].length)) : null;
  if (!name || !parting) return undefined;
  const words = trimStart([textAfter(first, name[0].length + parting[0].length), ...after]);
  return words.length > 0 ? { name: name[1]!, words, at } : undefined;
}
