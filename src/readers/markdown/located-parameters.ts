/**
 * A labelled list's parameters grouped by where they travel, the place in parentheses after the
 * label (GLPI's REST reference and the references written like it):
 *
 *     * **Parameters**: (Headers)                                → the label `Headers:` over
 *       * *Library-Token*: the token of the session. Mandatory.     | Name | Required | Default | Description |
 *       * *Branch-Token*: the branch's key. Optional.
 *     * **Parameters**: (JSON Payload)                           → `JSON Payload:`, the body's fields
 *       * *shelf_id*: (default 'all') The shelf. Optional.
 *     * **Parameters**: (query string)                           → `query string:`, the query's
 *       * *range* (default: 0-50): the page of books. Optional.
 *
 * The place is read as a part's title is (`Headers`, `Query string parameters`, `URL parameters`,
 * `JSON Payload`; of `URL parameters / path` the first words that name one), so the rows are
 * placed as that part's are. Each item is a name (in emphasis, bold or code; plain words before a
 * colon), then a default in parentheses (`(default: false)`, `(default 'all')`, after the name or
 * opening the description; as written, read as a Default cell is) and the description, whose
 * closing `Mandatory.` / `Optional.` is the flag; the default and the flag are no part of the
 * description. No type is stated: none is
 * given. An item that reads otherwise (`a couple *login* & *password*: …`) is skipped where at
 * most one item in three is so; else the list is left as it is.
 */
import type { List, ListItem, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { markOrigin } from './findings.js';
import { madeTable, textCell } from './made-tables.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';

/** The parts a place in parentheses may name. */
const PLACES = new Set(['path-parameters', 'query-parameters', 'request-headers', 'request-cookies', 'request-body']);
/** `(Headers)`, `: (JSON Payload)`: the place alone after the label. */
const PLACE = /^[\s:]*\(([^()\n]{1,60})\)[\s:]*$/;
const NAME = /^[A-Za-z_$][\w.$[\]-]*$/;
/** A plain name before its colon or notes: `id: unique identifier …`. */
const PLAIN_NAME = /^\s*([A-Za-z_][\w.[\]-]*)(?=\s*(?:\(|:))/;
/** `(default: false)`, `(default 'all')`, `(default 0-50)`. */
const DEFAULT_NOTE = /^\s*\(\s*default\s*[:=]?\s*([^()\n]*?)\s*\)/i;
/** `(optional)`, `(mandatory)` after the name. */
const FLAG_NOTE = /^\s*\(\s*(required|mandatory|optional)\s*\)/i;
/** The flag closing the description: `… of the entity. Mandatory.`, `… printers) .Optional.`. */
const CLOSING_FLAG = /(?:^|[\s.])(required|mandatory|optional)\s*\.?\s*$/i;

/**
 * The label and the table of a `**Parameters**: (place)` item's rest (the place, then the list);
 * `undefined` where the place names no part or the list does not read so.
 */
export function locatedParameters(rest: readonly RootContent[], at: Position, titles?: TitleVocabulary): RootContent[] | undefined {
  const [place, list, ...others] = rest;
  if (place?.type !== 'paragraph' || list?.type !== 'list') return undefined;
  const words = PLACE.exec(plainText(place))?.[1]?.trim();
  const title = words ? placeTitle(words, titles) : undefined;
  if (!title) return undefined;
  const table = parameterTable(list, at);
  if (!table) return undefined;
  const label: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: `${title}:`, position: at }], position: at };
  return [label, table, ...others];
}

/** The words of the place that a part's title names: all of them, or the first of alternatives (`URL parameters / path`). */
function placeTitle(words: string, titles?: TitleVocabulary): string | undefined {
  for (const candidate of [words, ...words.split(/\s*(?:\/|,|\bor\b)\s*/)]) {
    const kind = candidate ? sectionOfTitle(candidate, titles)?.kind : undefined;
    if (kind && PLACES.has(kind)) return candidate;
  }
  return undefined;
}

function parameterTable(list: List, at: Position): Table | undefined {
  const rows: TableRow[] = [];
  let odd = 0;
  for (const item of list.children) {
    const row = rowOf(item);
    if (row) rows.push(row);
    else odd++;
  }
  if (rows.length === 0 || odd * 3 > list.children.length) return undefined;
  return markOrigin(
    madeTable(['Name', 'Required', 'Default', 'Description'], rows, list.position ?? at, ['Required', 'Default', 'Description']),
    'bullet list',
  );
}

function rowOf(item: ListItem): TableRow | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph' || !item.position) return undefined;
  const named = nameOf(paragraph.children);
  if (!named) return undefined;
  let text = named.after.replace(/\s+/g, ' ');
  let fallback = '';
  let flag = '';
  // Notes after the name: `*range* (default: 0-50): …`, `*metacriteria* (optional): …`.
  for (;;) {
    const noted = DEFAULT_NOTE.exec(text) ?? FLAG_NOTE.exec(text);
    if (!noted) break;
    if (/^\s*\(\s*default/i.test(noted[0])) fallback = noted[1]!;
    else flag = noted[1]!;
    text = text.slice(noted[0].length);
  }
  const separated = /^\s*:/.test(text);
  // A plain name is a name only before its colon; a marked one may stand before its words alone (`*input* Array of ids`).
  if (!separated && (named.plain || (text.trim() !== '' && !/^\s/.test(text)))) return undefined;
  text = text.replace(/^\s*:\s*/, '');
  // A default opening the description: `*entities_id*: (default 'all') ID of …`.
  const opening = DEFAULT_NOTE.exec(text);
  if (opening) {
    fallback = opening[1]!;
    text = text.slice(opening[0].length);
  }
  const closing = CLOSING_FLAG.exec(text);
  if (closing) {
    flag = closing[1]!;
    text = text.slice(0, closing.index + (closing[0].startsWith('.') ? 1 : 0));
  }
  const required = flag === '' ? '' : /^optional$/i.test(flag) ? 'no' : 'yes';
  const where = item.position;
  const name: TableCell = {
    type: 'tableCell',
    children: [{ type: 'inlineCode', value: named.name, position: named.position ?? where }],
    position: named.position ?? where,
  };
  const cells = [name, textCell(required, where), textCell(fallback, where), textCell(text.trim(), where)];
  return { type: 'tableRow', children: cells, position: where };
}

/** The item's name and the words after it: `*name*`, `**name**`, `` `name` ``, or plain words before a colon. */
function nameOf(children: readonly PhrasingContent[]): { name: string; after: string; plain: boolean; position?: Position } | undefined {
  const [first, ...others] = children;
  if (first?.type === 'emphasis' || first?.type === 'strong' || first?.type === 'inlineCode') {
    const name = plainText(first).trim();
    if (!NAME.test(name)) return undefined;
    return { name, after: others.map(plainText).join(''), plain: false, ...(first.position ? { position: first.position } : {}) };
  }
  if (first?.type !== 'text') return undefined;
  const plain = PLAIN_NAME.exec(first.value);
  if (!plain) return undefined;
  const after = first.value.slice(plain[0].length) + others.map(plainText).join('');
  return { name: plain[1]!, after, plain: true };
}
