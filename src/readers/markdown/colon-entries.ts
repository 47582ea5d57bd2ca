/**
 * Entries written as Oracle's REST reference writes its parameters and schema fields: a list whose
 * every item opens with the name, `(required)` where it is, a colon and its type words, then its
 * words in paragraphs of their own, a default or the allowed values labelled among them →
 *
 *     - compartmentId(required): string      | Name | Type | Required | Description | Default |
 *       The OCID of the compartment.         | compartmentId | string | yes | The OCID of … | |
 *     - limit: integer(int32)                | limit | integer(int32) | no | The maximum … | 25 |
 *       The maximum number of items.
 *       Default Value: 25
 *     - state: string                        | state | enum (ACTIVE, DELETED) | no | … | |
 *       Allowed Values: [ "ACTIVE", "DELETED" ]
 *     - tags: object tags                    | tags | object | no | … | |   (`tags` names the nested schema shown below)
 *
 * An item is no entry unless its opening line is that alone (the type the vocabulary's bare words,
 * a format in parentheses after one: `integer(int64)`); a list any of whose items is not one is left as written.
 */
import type { List, ListItem, PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { madeTable, textCell } from './made-tables.js';

/** `name(required): type words`, the name's characters a parameter's or a field's (`opc-request-id`, `freeformTags`). */
const ENTRY_LINE = /^([A-Za-z_$@][\w.$@-]*)(\(required\))?:[ \t]+([a-z][\w-]*(?:\([\w-]+\))?)(?:[ \t]+([A-Za-z_][\w-]*))?[ \t]*$/;
/** The scalar and container words Oracle's entries are typed with. */
const TYPE_WORD = /^(?:string|integer|number|boolean|object|array|any)(?:\([\w-]+\))?$/;
/** `Default Value: 25`. */
const DEFAULT_LINE = /^Default Value:[ \t]*(\S.*?)[ \t]*$/i;
/** `Allowed Values: [ "CREATING", "ACTIVE" ]`. */
const ALLOWED_LINE = /^Allowed Values:[ \t]*\[(.*)\][ \t]*$/i;

export function tableOfColonEntries(list: List): Table | undefined {
  if (!list.position || list.children.length === 0) return undefined;
  const rows: TableRow[] = [];
  for (const item of list.children) {
    const row = rowOf(item);
    if (!row) return undefined;
    rows.push(row);
  }
  return madeTable(['Name', 'Type', 'Required', 'Description', 'Default'], rows, list.position, ['Default']);
}

function rowOf(item: ListItem): TableRow | undefined {
  const [first, ...more] = item.children;
  if (first?.type !== 'paragraph' || !item.position || !first.position || !more.every((node) => node.type === 'paragraph'))
    return undefined;
  const entry = ENTRY_LINE.exec(plainText(first));
  if (!entry || !TYPE_WORD.test(entry[3]!)) return undefined;
  // `object tags`, `array items`: the container, the word after it the nested schema the page shows below.
  if (entry[4] !== undefined && !/^(?:object|array)$/.test(entry[3]!)) return undefined;
  let type = entry[3]!;
  let fallback = '';
  const words: PhrasingContent[] = [];
  for (const paragraph of more) {
    const text = plainText(paragraph).trim();
    const stated = DEFAULT_LINE.exec(text);
    const allowed = ALLOWED_LINE.exec(text);
    const values = allowed ? [...allowed[1]!.matchAll(/"([^"\n]*)"/g)].map((match) => match[1]!) : [];
    if (stated) fallback = stated[1]!;
    else if (values.length > 0 && type === 'string') type = `enum (${[...new Set(values)].join(', ')})`;
    else {
      if (words.length > 0) words.push({ type: 'break' });
      words.push(...(paragraph.children as PhrasingContent[]));
    }
  }
  const where = item.position;
  const cells: TableCell[] = [
    textCell(entry[1]!, first.position),
    textCell(type, first.position),
    textCell(entry[2] ? 'yes' : 'no', first.position),
    { type: 'tableCell', children: words, position: where },
    textCell(fallback, where),
  ];
  return { type: 'tableRow', children: cells, position: where };
}
