/**
 * An HTML page's definition lists (`<dl>`) read as the markdown page's (`definition-lists.ts`):
 * each term a field's name, its definition what the field is, the run one attribute table.
 *
 *     <dt>limit</dt>
 *     <dd>integer, optional. The page size.</dd>        → | limit | integer | no | The page size. |
 *     <dt><code>reader_id</code></dt>
 *     <dd>required String. The reader.</dd>             → | reader_id | String | yes | The reader. |
 *     <dt><code>cursor</code> <em>string</em></dt>
 *     <dd>Where the page starts.</dd>                   → | cursor | string | no | Where the page starts. |
 *
 * The definition's opening states the type, the flag and the default as the markdown definition's
 * does; a term may state the type after the name (`<code>cursor</code> <em>string</em>`). A list
 * whose every term is a name becomes the table, placed at the list (an HTML page's words have no
 * markdown slice: the description is the definition's text); any other list stays as it is. A `<dl>`
 * in a definition lists the fields of an object's (an array of objects') value, at any depth:
 *
 *     <dt><code>settings</code></dt>
 *     <dd><p>(Optional, object) Settings.</p>         → | settings | object | no | Settings. |
 *       <dl><dt><code>layout</code></dt> …</dl></dd>  → | settings.layout | … |
 *
 * A markdown page's `<dl>` block (CommonMark has no definition list) is read so, and a term may
 * close with the flag, `<code>email</code> <em>string</em> (required)`.
 */
import type { List, ListItem, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import type { Point, Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { closingFacts, isTypePhrase } from './closing-facts.js';
import { definitionFacts, nestedPrefix, termName } from './definition-lists.js';
import { markOrigin } from './findings.js';
import { definitionListBlocks } from './html.js';
import { madeTable, textCell } from './made-tables.js';

interface Entry {
  name: string;
  type: string;
  required: boolean;
  description: string;
  fallback?: string;
}

/**
 * Replaces each top-level `<dl>` list whose terms are all names by the attribute table it is; on a
 * markdown page, each `<dl>` block written as HTML so (CommonMark has no definition list), placed
 * at the block. Any other block stays as written.
 */
export function convertHtmlDefinitionLists(root: Root, markdown = false): void {
  root.children = root.children.map((node): RootContent => {
    const list = markdown && node.type === 'html' && node.position ? writtenList(node.value, node.position.start) : node;
    if (list?.type !== 'list' || !list.data?.definitionList || !node.position) return node;
    const entries = list.children.map((item) => entriesOf(item, ''));
    if (entries.length === 0 || !entries.every((entry) => entry !== undefined)) return node;
    return markOrigin(tableOf(entries.flat(), node.position), 'definition list');
  });
}

/** A markdown page's `<dl>` block: the one list it is, else `undefined`. */
function writtenList(html: string, at: Point): RootContent | undefined {
  const blocks = definitionListBlocks(html, at);
  return blocks?.length === 1 ? blocks[0] : undefined;
}

/** `<code>email</code> <em>string</em> (required)`, `cursor, optional`: the flag closing a term. */
const TERM_FLAG = /^(\S.*?)[\s,]*(?:\((required|optional)\)|\b(required|optional))$/i;

/** `<code>cursor</code> <em>string</em>`, `limit (integer)`: the name, then the type the term states. */
const TERM_TYPE = /^(\S+)\s+\(?([^()]+?)\)?$/;

/** A `<dl>` in a definition (`<dd><p>…</p><dl>…</dl></dd>`): the fields of the item's value. */
const isDefinitionList = (node: RootContent): node is List => node.type === 'list' && node.data?.definitionList === true;

/**
 * An item's entry, then those of the `<dl>` lists in its definition, at any depth: an object's
 * fields (`settings.layout`; of an array of objects, `tags[].name`). Undefined where the term is no
 * name; where the item's type is no object's, or a nested term is no name, the lists stay its words.
 */
function entriesOf(item: ListItem, prefix: string): Entry[] | undefined {
  const definitions = item.children.slice(1);
  const whole = entryOf(item, definitions, prefix);
  const nested = definitions.filter(isDefinitionList);
  if (!whole || nested.length === 0) return whole && [whole];
  const entry = entryOf(
    item,
    definitions.filter((node) => !isDefinitionList(node)),
    prefix,
  );
  const under = entry && nestedPrefix(entry.name, entry.type);
  if (!entry || under === undefined) return [whole];
  const fields = nested.flatMap((list) => list.children).map((child) => entriesOf(child, under));
  return fields.every((field) => field !== undefined) ? [entry, ...fields.flat()] : [whole];
}

/** An item: its term (the first paragraph), its definitions (the rest); undefined where the term is no name. */
function entryOf(item: ListItem, definitions: readonly RootContent[], prefix: string): Entry | undefined {
  const [term] = item.children;
  if (term?.type !== 'paragraph') return undefined;
  const written = plainText(term).trim();
  const flagged = TERM_FLAG.exec(written);
  const termText = flagged ? flagged[1]! : written;
  const whole = termName(termText);
  const typed = whole === undefined ? TERM_TYPE.exec(termText) : null;
  const termType = typed && isTypePhrase(typed[2]!.trim()) ? typed[2]!.trim() : undefined;
  const name = whole ?? (termType ? termName(typed![1]!) : undefined);
  if (!name) return undefined;
  const text = definitions
    .map((block) => plainText(block).trim())
    .filter((block) => block.length > 0)
    .join('\n\n');
  const facts = definitionFacts(text);
  // Nothing opens it: the type and flag may close it (`The size in litres. Integer, required.`).
  const closing = facts.skip === 0 ? closingFacts(text) : undefined;
  const entry: Entry = {
    name: `${prefix}${name}`,
    type: termType ?? (facts.type || closing?.type || ''),
    required: flagged ? /^required$/i.test(flagged[2] ?? flagged[3]!) : facts.required || closing?.required === true,
    description: text.slice(facts.skip, closing?.at).trim(),
  };
  if (facts.fallback !== undefined) entry.fallback = facts.fallback;
  return entry;
}

function tableOf(entries: readonly Entry[], at: Position): Table {
  const rows: TableRow[] = entries.map((entry) => {
    const name: PhrasingContent[] = [{ type: 'inlineCode', value: entry.name }];
    return {
      type: 'tableRow',
      children: [
        { type: 'tableCell', children: name, position: at },
        textCell(entry.type, at),
        textCell(entry.required ? 'yes' : 'no', at),
        textCell(entry.description, at),
        textCell(entry.fallback ?? '', at),
      ],
      position: at,
    };
  });
  return madeTable(['Attribute', 'Type', 'Required', 'Description', 'Default'], rows, at, ['Default']);
}
