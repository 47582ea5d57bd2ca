/**
 * Attribute bullet lists (older references document parameters so) → a real table node:
 *
 *     - `id` (required) - The ID of the project
 *     - `ref` (optional) - The name of a branch
 *     - `per_page` (integer, optional): Items per page
 *     - `namespace` (**required**) - The namespace
 *       ^ name in code, then `(type, required)` notes, then `-`, `–` or `:` and the description
 *     - **email** `string` — The address          (a bold name; notes in code or emphasis)
 *     - `balance` *integer* optional. In cents
 *     - **limit** - integer - At most this many   (a type between dashes)
 *     - `prefix` `(string: "")` - Filters by prefix  (HashiCorp: type and default; `<required>`)
 *     - `:namespace` `(string: <required>)` - The namespace   (a path parameter, named as the route names it)
 *     - `limit=<number>`: Maximum number of …     (the name, then its value's placeholder: a type where it is one)
 *     - `password` - string, optional. If …       (type words and the flag opening the description)
 *     - `drafts`: boolean (optional) - Whether …  (the flag in parentheses after them)
 *     - **`name`** value may be nil, or if non-nil, value must be a non-blank string.
 *                                                 (under a parameters title: a schema sentence, the
 *                                                 type it states, nullable where it may be nil)
 *
 * becomes `| Attribute | Type | Required | Description |`, one row per item, every cell placed at
 * its words in the page. A list some of whose items do not read so is left alone, and so is a list
 * of bare code spans (`` - `manage-integrations` ``: permissions or values, no notes, no
 * description); under a parameters title, an odd item among items most of which read so (a
 * `Note: …` item, a name not written as one) is skipped with what is nested under it (at most
 * one item in three). The list gives
 * no type unless the notes do: the type cell stays empty then (never a guessed `string`).
 */
import type { InlineCode, List, ListItem, Paragraph, PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { isEpochWords } from '../../document/epoch-words.js';
import { plainText } from '../../document/plain-text.js';
import { linesOf, type Point } from '../../ir/source.js';
import { statusText } from '../../ir/status-text.js';
import { wrappedLinesJoined } from '../shared/trim.js';
import { tableOfColonEntries } from './colon-entries.js';
import { readAsWritten } from './html-lists.js';
import { isListedPart } from './listed-parts.js';
import { madeTable, textCell } from './made-tables.js';
import { flagOptional, requireUnmarkedItems } from './optional-items.js';
import { LETTERS_REASON, REASON, RESPONSE_KEY, STATUS_CODE, sameWords } from './status-words.js';
import { validatorSentence } from './validator-sentences.js';

export function tableOfAttributeList(list: List, page: string, titled = false): Table | undefined {
  // A list a pass made and read already (named-paragraphs.ts): its table, given once (its reader places and marks it).
  const ahead = titled ? undefined : READ_AHEAD.get(list);
  if (ahead?.page === page) {
    READ_AHEAD.delete(list);
    return ahead.table;
  }
  // An HTML page's list is read as the markdown it is written as (html-lists.ts).
  return readAsWritten(list, page, (read, written) => attributeListTable(read, written, titled));
}

/** Untitled tables of lists read before the parts are placed, by list: each given to the next untitled read of its list. */
const READ_AHEAD = new WeakMap<List, { page: string; table: Table }>();

/**
 * `tableOfAttributeList(list, page)`, kept for the next untitled read of the same list, so that a
 * pass that makes a list and must know it reads (named-paragraphs.ts) does not have it converted twice.
 */
export function readListAhead(list: List, page: string): Table | undefined {
  const table = tableOfAttributeList(list, page);
  if (table) READ_AHEAD.set(list, { page, table });
  return table;
}

function attributeListTable(list: List, page: string, titled: boolean): Table | undefined {
  if (!list.position || list.children.length === 0) return undefined;
  // `- limit: integer(int32)` ⏎ its words (Oracle's): a name written plain, its type after a colon.
  const colon = tableOfColonEntries(list);
  if (colon) return colon;
  // Under a parameters title, a bare `` `offset` `` among items that say more is a parameter too;
  // under a part's title in the list itself (`* Params:` ⏎ `` * `nicknames` ``), every item may be one.
  const listed = titled && isListedPart(list);
  const bare = titled ? list.children.filter(isBareName) : [];
  if (bare.length === list.children.length && !listed) return undefined;
  // Under a parameters title, items that do not read are skipped where at most one in three is so.
  const odd = titled ? { items: 0 } : undefined;
  const rows = rowsOf(list, page, 0, new Set(bare), titled, odd);
  const read = rows?.filter((row) => !isNested(row)).length ?? 0;
  // Under a parameters title, names written as plain words (`* avatar_size`, `* page (default 1)`).
  if (titled && (!rows || read === 0)) return plainNameTable(list, page);
  if (odd && odd.items > 0 && (read < 2 || odd.items * 2 > read)) return undefined;
  if (rows) locateBody(rows);
  // `` - `since`: … `` ⏎ `` - `colour`: (optional) … ``: the unmarked items, before the optional ones, are required.
  if (rows) requireUnmarkedItems(rows, page);
  return (
    rows &&
    madeTable(['Attribute', 'Type', 'Required', 'Description', 'Default', 'Deprecated', 'In'], rows, list.position, [
      'Default',
      'Deprecated',
      'In',
    ])
  );
}

/**
 * Where the other items say where they travel (`(*in path*)`, `(*in query*)`), an item named
 * `body` that says nothing of it is the request's body (Kubernetes' `- **body**: Pod, required`).
 */
function locateBody(rows: readonly TableRow[]): void {
  const where = (row: TableRow) => row.children[6]!;
  if (!rows.some((row) => plainText(where(row)).trim() !== '')) return;
  for (const row of rows) {
    const name = row.children[0] ? plainText(row.children[0]).trim() : '';
    if (name === 'body' && plainText(where(row)).trim() === '') row.children[6] = textCell('body', row.position!);
  }
}

/**
 * An item of a plain name (Seafile's parameter lists): `avatar_size`, `page (default 1)`,
 * `password (not necessary)`, `path, could be the path of a folder or a file.`, `is_admin=true`;
 * the name in lower case (a sentence opens with a capital), nothing after it but a note in
 * parentheses, a comma and words, or `=` and a value; or (Redmine's) a dash or a colon and words,
 * the name maybe in textile's `+code+`: `offset - skip this number of issues (optional)`,
 * `+limit+: number of issues per page (optional)`.
 */
const PLAIN_NAME_ITEM =
  /^(?:\+(?<marked>[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*)\+|(?<name>[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*(?:\[\])?))(?:=(?<example>[^\s=]+)|\s*\((?<note>[^()\n]*)\)|,\s+(?<words>\S[^\n]*)|\s*(?::|\s[-–—])\s+(?<said>\S[^\n]*))?$/;
/** A note in parentheses that ends the words after a dash or colon: `… in response (optional)`. */
const CLOSING_NOTE = /(?<!\s)\s*\(([^()\n]*)\)\.?$/;
/** Words that say the parameter may be left out. */
const OPTIONAL_NOTE = /^(?:optional|not\s+(?:necessary|required|mandatory))$/i;
const REQUIRED_NOTE = /^(?:required|mandatory|necessary)$/i;
const DEFAULT_NOTE = /^default:?\s+`?([^\s`]+)`?$/i;

/**
 * The table of a list whose every item is a plain name (under a parameters title only); undefined
 * where any item is anything else. A note states the flag (`(required)`, `(not necessary)`) or the
 * default (`(default 20)`), other words the description; `name=value` an example value.
 */
function plainNameTable(list: List, page: string): Table | undefined {
  if (!list.position || list.children.length > 200) return undefined;
  const rows: TableRow[] = [];
  for (const item of list.children) {
    const [paragraph, ...more] = item.children;
    if (more.length > 0 || paragraph?.type !== 'paragraph' || paragraph.children[0]?.type !== 'text' || !item.position) return undefined;
    const from = paragraph.position?.start.offset;
    const to = paragraph.position?.end.offset;
    // As written: the description keeps its code spans (`` (`true` or `false`) ``); its words wrapped
    // onto indented lines (`- order: How to order the output, default is by` ⏎ `  name (ascending).`) joined.
    const written = from === undefined || to === undefined ? undefined : wrappedLinesJoined(page.slice(from, to).trim());
    const match = written === undefined ? null : PLAIN_NAME_ITEM.exec(written);
    if (!match || /^(?:none|n\/a)$/i.test(match.groups!.name ?? '')) return undefined;
    const { marked, example = '', said = '' } = match.groups!;
    const name = marked ?? match.groups!.name!;
    // After a dash or colon, a closing note that says the flag or default is the note.
    const closing = CLOSING_NOTE.exec(said)?.[1]?.trim() ?? '';
    const noted = closing && (DEFAULT_NOTE.test(closing) || REQUIRED_NOTE.test(closing) || OPTIONAL_NOTE.test(closing));
    const note = match.groups!.note ?? (noted ? closing : '');
    const words = match.groups!.words ?? (noted ? said.slice(0, said.length - CLOSING_NOTE.exec(said)![0].length) : said);
    const fallback = DEFAULT_NOTE.exec(note.trim())?.[1] ?? '';
    // `seed_id — string, required. The packet id.`: type words (and the flag) opening the words after the dash.
    const opened = said && !match.groups!.note && !noted ? openingOfWords(said) : undefined;
    const flag =
      REQUIRED_NOTE.test(note.trim()) || opened?.flag === 'required'
        ? 'yes'
        : OPTIONAL_NOTE.test(note.trim()) || opened?.flag === 'optional'
          ? 'no'
          : '';
    const description = opened ? said.slice(opened.length) : fallback || flag ? words : note.trim() || words;
    rows.push({
      type: 'tableRow',
      children: [name, opened?.type ?? '', flag, description, fallback, example].map((value) => textCell(value, item.position!)),
      position: item.position,
    });
  }
  return madeTable(['Name', 'Type', 'Required', 'Description', 'Default', 'Example'], rows, list.position, [
    'Required',
    'Description',
    'Default',
    'Example',
  ]);
}

/** Lists inside items deeper than this are no fields the reader follows. */
const MAX_NESTING = 8;

/**
 * A row per item, and after each the rows of the list it ends with (its fields: `» name`, one
 * `»` a level, as Widdershins writes them); `undefined` unless every item reads so.
 */
function rowsOf(
  list: List,
  page: string,
  depth: number,
  bare: ReadonlySet<ListItem> = new Set(),
  titled = false,
  odd?: { items: number },
): TableRow[] | undefined {
  const rows: TableRow[] = [];
  for (const item of list.children) {
    const last = item.children[item.children.length - 1];
    const nested = item.children.length > 1 && last?.type === 'list' && depth < MAX_NESTING ? last : undefined;
    const row = bare.has(item)
      ? bareRow(item)
      : rowOf(nested ? { ...item, children: item.children.slice(0, -1) } : item, page, depth, titled);
    // An odd item goes with its nested list: those are no fields of the row before it.
    if (!row && odd) {
      odd.items++;
      continue;
    }
    if (row && nested && (valuesOfScalar(row, nested, page) || factsOfItem(row, nested, page))) {
      rows.push(row);
      continue;
    }
    const inner = nested ? rowsOf(nested, page, depth + 1, new Set(), titled) : [];
    if (!row || !inner) return undefined;
    rows.push(row, ...inner);
  }
  return rows;
}

/** Type words of a value that has no fields. */
const SCALAR_TYPE = /^(?:string|enum|int|integer|int32|int64|long|bool|boolean|number|float|double|duration)$/i;
/** A description that closes announcing the values listed under it: "Valid values are:", "One of:", "Options:". */
const VALUES_CUE = /\b(?:values|one of|options)\b[^.:\n]{0,40}:\s*$/i;

/**
 * A list under an item typed as a scalar (`` - `mode` `(string: "fast")` - Valid values are: `` ⏎
 * `` - `fast` - quick ``) lists its values, not fields: they stay in its description, and where
 * the description announces them and the type is a string, they are its enum. True when so read.
 */
function valuesOfScalar(row: TableRow, nested: List, page: string): boolean {
  const [, typeCell, , descriptionCell] = row.children;
  const type = typeCell ? plainText(typeCell).trim() : '';
  if (!SCALAR_TYPE.test(type) || !descriptionCell || !nested.position) return false;
  const values: string[] = [];
  for (const item of nested.children) {
    const first = item.children[0]?.type === 'paragraph' ? item.children[0].children[0] : undefined;
    if (first?.type !== 'inlineCode' || item.children.length > 1) return false;
    values.push(first.value.trim());
  }
  const text = descriptionCell.children[0];
  const listed = page.slice(nested.position.start.offset, nested.position.end.offset);
  if (text?.type === 'text') {
    if (/^(?:string|enum)$/i.test(type) && VALUES_CUE.test(text.value) && new Set(values).size === values.length && values.length > 1)
      typeCell!.children = [{ type: 'text', value: `enum (${values.join(', ')})` }];
    text.value = `${text.value.trimEnd()}\n\n${listed.replace(/\n[ \t]+/g, '\n')}`;
    if (text.position) text.position = { ...text.position, end: nested.position.end };
  }
  return true;
}

/**
 * A labelled fact an item under a parameter's item states (`- Default: \`50\``, `- Example: \`10\``,
 * `- Allowed values: \`on\`, \`off\``, `- Format: date-time`, `- Maximum: 100`): a label and a colon, then words.
 */
const FACT_ITEM =
  /^(?:defaults?(?: value)?|default to|examples?(?: value)?|(?:allowed|possible|valid|accepted|available|supported) values(?: are)?|values|enum|(?:(?:can|must) be )?one of|format|pattern|min(?:imum)?(?: length| value)?|max(?:imum)?(?: length| value)?|range)[ \t]*:[ \t]*\S/i;

/** A nested item stating the type (`- Type: Int`, `- Type: **string**.`): the words after the label. */
const TYPE_ITEM = /^type[ \t]*:[ \t]*[*_`]{0,2}([A-Za-z][\w \t-]{0,40}?)[*_`]{0,2}\.?$/i;
/** A nested item of words (`- Limits the number of results.`): a sentence, no name nor label opening it. */
const WORDS_ITEM = /^[A-Z][a-z]*[ \t,]+\S/;

/**
 * A list under an item whose every item is such a fact (`- \`limit\` (integer, optional): Page size.` ⏎
 * `  - Default: \`50\`` ⏎ `  - Example: \`10\``) states the item's facts, not fields: they are lines of its
 * description, where its default, example, values and bounds are read as a description's are. So
 * does one whose items are such facts, its type (`- Type: Int`: the type cell, where the item
 * states none and the words are type words; else a line as the others) and words
 * (`- Limits the number of results.`: the description's) beside at least one labelled item, as
 * references write a parameter's facts a bullet each (`` - `count` (optional) `` ⏎ `  - Type: Int`
 * ⏎ `  - Default: 20` ⏎ `  - Limits the number of results.`). True when so read.
 */
function factsOfItem(row: TableRow, nested: List, page: string): boolean {
  const [, typeCell, requiredCell, descriptionCell] = row.children;
  if (!descriptionCell || !typeCell || !requiredCell || !nested.position || nested.children.length > 12) return false;
  const lines: string[] = [];
  const words: string[] = [];
  let type: string | undefined;
  let labelled = false;
  for (const item of nested.children) {
    const [paragraph, ...more] = item.children;
    const from = paragraph?.position?.start.offset;
    const to = paragraph?.position?.end.offset;
    if (more.length > 0 || paragraph?.type !== 'paragraph' || from === undefined || to === undefined) return false;
    const line = page.slice(from, to).replace(/\s+/g, ' ').trim();
    if (line.length > 200) return false;
    const typed = TYPE_ITEM.exec(line)?.[1]?.trim();
    if (typed !== undefined && type === undefined && typed.split(/[ \t]+/).every((word) => isBareTypeWord(word))) {
      type = typed.toLowerCase();
      labelled = true;
    } else if (FACT_ITEM.test(line) || typed !== undefined) {
      lines.push(line);
      labelled = true;
    } else if (WORDS_ITEM.test(line) && paragraph.children[0]?.type === 'text') words.push(line);
    else return false;
  }
  // Words alone, one item of them, under an item whose notes say something (`` - `full` (optional) `` ⏎ `  - Includes …`).
  const noted = plainText(typeCell).trim() !== '' || plainText(requiredCell).trim() !== '';
  if (!labelled && !(words.length === 1 && noted)) return false;
  const [text, ...rest] = descriptionCell.children;
  if (rest.length > 0 || (text !== undefined && text.type !== 'text')) return false;
  if (type !== undefined && plainText(typeCell).trim() === '') typeCell.children = [{ type: 'text', value: type }];
  else if (type !== undefined) lines.unshift(`Type: ${type}`);
  // The lines without their bullets: the description's words are read from the text, not the page between.
  const value = [...(text ? [text.value.trim()] : []), ...words, ...lines].filter((line) => line !== '').join('\n');
  descriptionCell.children = [{ type: 'text', value }];
  return true;
}

/** A row of a nested list's (its name opens with `»`). */
function isNested(row: TableRow): boolean {
  const name = row.children[0]?.children[0];
  return name?.type === 'inlineCode' && name.value.startsWith('»');
}

/** An item that is a name in code and nothing else: `` - `offset` ``, or that name in bold, `` - **`id`** ``. */
function isBareName(item: ListItem): boolean {
  const [paragraph, ...more] = item.children;
  const [code, ...rest] = paragraph?.type === 'paragraph' ? paragraph.children : [];
  return more.length === 0 && rest.length === 0 && bareCode(code) !== undefined;
}

/** The name in code an item is alone, bold or not. */
function bareCode(node: PhrasingContent | undefined): InlineCode | undefined {
  const code = node?.type === 'strong' && node.children.length === 1 ? node.children[0] : node;
  return code?.type === 'inlineCode' && NAME.test(code.value.trim()) ? code : undefined;
}

/** The row of a bare name: nothing stated but the name. */
function bareRow(item: ListItem): TableRow | undefined {
  const paragraph = item.children[0];
  const code = bareCode(paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined);
  if (!code || !item.position) return undefined;
  const where = item.position;
  const cells = [
    { type: 'tableCell', children: [code], position: code.position ?? where } satisfies TableCell,
    ...['', 'no', '', '', '', ''].map((value) => textCell(value, where)),
  ];
  return { type: 'tableRow', children: cells, position: where };
}

function rowOf(item: ListItem, page: string, depth: number, titled = false): TableRow | undefined {
  const [paragraph, ...more] = item.children;
  // Stripe's way: the name and its notes, then the description in paragraphs of its own.
  const described = more.length > 0 && more.every((child) => child.type === 'paragraph' && child.position);
  if ((more.length > 0 && !described) || paragraph?.type !== 'paragraph' || !item.position) return undefined;
  // `` *optional* `query`: … ``, `` **required** `id` - … ``: the flag marked before the name.
  const lead = leadingFlag(paragraph.children);
  // Under a parameters title, a name written plain before notes in parentheses (`garden_id (string, required): …`).
  const plain = titled && !lead ? plainNamed(paragraph, page) : undefined;
  const name = plain ?? nameOf(paragraph.children[lead ? 2 : 0]);
  const from = plain ? plain.position!.end.offset : paragraph.children[lead ? 2 : 0]?.position?.end.offset;
  const to = paragraph.position?.end.offset;
  if (!name || from === undefined || to === undefined) return undefined;
  if (plain && !plainNotes(page.slice(from, to))) return undefined;
  // What follows the name, as written: ` (**required**) - The ID …`, ` string *Required*`; after
  // `` `name=<value>` `` (a parameter written as sent) the words are its description as they stand.
  const first = paragraph.children[lead ? 2 : 0];
  const assigned = first?.type === 'inlineCode' ? ASSIGNED.exec(first.value.trim()) : null;
  const noted = readNotes(page.slice(from, to));
  const read: Notes | undefined =
    noted ??
    bareNotes(page.slice(from, to).replace(/[*_`]/g, ' '), described, titled) ??
    (assigned && !described ? { notes: [], length: 0 } : undefined) ??
    (titled && !described
      ? (schemaSentence(page.slice(from, to)) ??
        enumSentence(page.slice(from, to)) ??
        collectionSentence(page.slice(from, to)) ??
        purposeClause(page.slice(from, to)) ??
        validatorSentence(page.slice(from, to)))
      : undefined);
  // HashiCorp's way: the name, its notes and the description's first words, then more paragraphs of
  // it (`` - `acquire` `(string: "")` - Supply a session … `` ⏎ `` For an example, see … ``): one description.
  const continued = described && noted !== undefined && page.slice(from + noted.length, to).trim() !== '';
  if (!read || (described && !continued && page.slice(from + read.length, to).trim() !== '')) return undefined;
  if (lead && !read.notes.some((note) => FLAG_NOTE.test(note))) read.notes.push(lead);
  // A bold word before a colon is as often a label (`**Note**: …`): a bold name is a field's when
  // notes follow it or it is written as one (`limit`, `starting_after`), or under a parameters
  // title before a dash (`**Hostname** – Container host name`).
  const dashed = titled && /^\s*[-–—]/.test(page.slice(from, from + read.length));
  if (paragraph.children[0]?.type === 'strong' && read.notes.length === 0 && !/^[a-z_][\w.[\]-]*$/.test(name.value) && !dashed)
    return undefined;
  // Notes of no flag leave it to the words: `` * **name** `string` — Required. The name. `` (extract/properties.ts' isRequired).
  const required = read.notes.includes('required') ? 'yes' : read.notes.includes('optional') ? 'no' : '';
  const deprecated = read.notes.includes('deprecated') ? 'yes' : '';
  const start = described && !continued ? more[0]!.position!.start.offset! : from + read.length;
  const end = described ? more[more.length - 1]!.position!.end : paragraph.position!.end;
  const written = page.slice(start, end.offset);
  const stated =
    read.notes.filter((word) => !FLAG_NOTE.test(word)).join(' ') ||
    (assigned?.[2] ? placeholderType(assigned[2]) : '') ||
    (assigned?.[3] ? `enum (${[...new Set(assigned[3].split('|'))].join(', ')})` : '');
  const closed = stated ? '' : closingType(written);
  const type = stated || closed || describedCollection(written);
  // `Feed URL (string)`: the type read from the parentheses is no word of the description (a note after it keeps them).
  const tail = closed ? withoutClosingType(written) : written;
  const description: PhrasingContent[] = [];
  // The words a note holds after its type (`(int64, available since 2.0.9)`) open the description.
  if (read.aside) {
    const [asideStart, asideEnd] = [from + read.aside.start, from + read.aside.end];
    description.push({
      type: 'text',
      value: page.slice(asideStart, asideEnd),
      position: { start: pointAt(page, asideStart), end: pointAt(page, asideEnd) },
    });
    // Two places in the page: the description is their words, a line each, not the page between them.
    if (tail.trim()) description.push({ type: 'break' }, { type: 'text', value: tail.trim() });
  } else if (tail.trim()) {
    // A wrapped line's break and indentation (`Defaults to and` ⏎ `   is capped by …`) one blank, as a
    // paragraph's: the joined words, no place in the page (whose text the description would be).
    // Lines of labelled facts (`Pattern: …`) stay as written, read from the page.
    const joined = tail.includes('\n') ? wrappedLinesJoined(tail) : undefined;
    const to = tail === written ? end : pointAt(page, start + tail.length);
    description.push(
      joined !== undefined
        ? { type: 'text', value: joined }
        : { type: 'text', value: tail, position: { start: pointAt(page, start), end: to } },
    );
  }
  const where = item.position;
  const named = depth > 0 ? { ...name, value: `${'»'.repeat(depth)} ${name.value}` } : name;
  const cells: TableCell[] = [
    { type: 'tableCell', children: [named], position: name.position ?? where },
    textCell(type, where),
    textCell(required, where),
    { type: 'tableCell', children: description, position: where },
    textCell(read.fallback ?? '', where),
    textCell(deprecated, where),
    textCell(read.location ?? '', where),
  ];
  const row: TableRow = { type: 'tableRow', children: cells, position: where };
  if (required === 'no') flagOptional(row);
  return row;
}

/** A name written plain, then notes in parentheses: `garden_id (string, required)`. */
const PLAIN_NOTED = /^([a-z_][a-z0-9_]*(?:[.-][a-z0-9_]+)*(?:\[\])?)[ \t]*\(([^()\n]{1,80})\)/i;

/** The plain name opening an item whose notes follow it, as a code span at its place; undefined otherwise. */
function plainNamed(paragraph: Paragraph, page: string): InlineCode | undefined {
  const from = paragraph.position?.start.offset;
  if (paragraph.children[0]?.type !== 'text' || from === undefined) return undefined;
  const match = PLAIN_NOTED.exec(page.slice(from, from + 200));
  if (!match) return undefined;
  const end = from + match[1]!.length;
  return { type: 'inlineCode', value: match[1]!, position: { start: pointAt(page, from), end: pointAt(page, end) } };
}

/**
 * Whether a line is an entry of a plain name and its notes, then its words after a dash or colon
 * (`garden_id (string, required): The garden.`, `limit (integer)`): a list item's text once its
 * bullet is gone (copied text).
 */
export function isPlainNotedEntry(line: string): boolean {
  const match = PLAIN_NOTED.exec(line);
  if (!match || !plainNotes(line.slice(match[1]!.length))) return false;
  const rest = line.slice(match[0].length);
  return rest.trim() === '' || /^[ \t]*[-–—:][ \t]+\S/.test(rest);
}

/**
 * Whether a plain name's parenthesised notes say what a field is: every note a type word or a flag,
 * a type word among them (`(string, required)`, `(integer)`), so that words in parentheses (`Note
 * (see below)`) are none; a flag alone (`book_id (required)`) is a plain name's note as
 * `plainNameTable` reads it, beside names with none.
 */
function plainNotes(rest: string): boolean {
  const words = (PARENTHESES.exec(rest)?.[1] ?? '')
    .split(',')
    .flatMap((note) => note.trim().split(/\s+/))
    .filter(Boolean);
  return words.every(isBareTypeWord) && words.some((word) => !FLAG_NOTE.test(word.toLowerCase()));
}

/**
 * A flag marked before the item's name (Pleroma's and its kin's `` - *optional* `page`: … ``):
 * `required` or `optional` in emphasis or bold, then a space, then the name; `undefined` otherwise.
 */
function leadingFlag(children: readonly PhrasingContent[]): 'required' | 'optional' | undefined {
  const [mark, space, name] = children;
  if ((mark?.type !== 'emphasis' && mark?.type !== 'strong') || space?.type !== 'text' || space.value !== ' ') return undefined;
  if (name?.type !== 'inlineCode' && name?.type !== 'strong') return undefined;
  const word = plainText(mark).trim().toLowerCase();
  return word === 'required' || word === 'optional' ? word : undefined;
}

/**
 * Under a parameters title, the words after the name say what it is for (`` `minimal_response` to
 * only return … ``, a flag sent without a value): no notes, the clause is the description.
 */
function purposeClause(rest: string): Notes | undefined {
  return PURPOSE_CLAUSE.test(rest) ? { notes: [], length: 0 } : undefined;
}

const PURPOSE_CLAUSE = /^[ \t]+to[ \t]+(?:only[ \t]+)?[a-z]{2,}\b/;

/**
 * A schema sentence after the name (references generated from a validator's rules write them):
 * `value must be an integer greater than zero.`, `value may be nil, or if non-nil, value must be a
 * non-blank string.`, `value must be an array of strings.` — the type the sentence names (a few
 * words may qualify it), nullable where the value may be nil or null, or where `nullable` opens
 * it (`nullable value must be an integer …`, as Metabase's later pages write it); the sentence is the
 * description. Never required: the sentence says what a value must be, not that one is sent.
 */
const SCHEMA_SENTENCE =
  /^\s*(?:(nullable)\s+)?(?:the\s+)?value\s+(?:(may\s+be\s+(?:nil|null)),?\s+or,?\s+if\s+non-(?:nil|null),?\s+(?:the\s+)?value\s+)?must\s+be\s+(?:an?\s+)?(?:([\w-]+(?:\s+[\w-]+){0,2}?)\s+)??(string|integer|number|float|boolean|map|hash|object|timestamp|date|datetime|uuid|url|array|list)(?:\s+of\s+(?:[\w-]+\s+){0,2}?(strings|integers|numbers|floats|booleans|maps|hashes|objects|timestamps|dates|uuids|urls)\b)?\b/i;
const SCHEMA_QUALIFIER =
  /^(?:non-blank|non-empty|nonempty|positive|negative|non-negative|valid|unique|single|json|iso\s*8601|rfc\s*3339)(?:\s+\S+)*$/i;

function schemaSentence(rest: string): Notes | undefined {
  const match = SCHEMA_SENTENCE.exec(rest);
  if (!match) return undefined;
  // Words between the article and the type qualify it (`non-blank`, `valid`): never another type's name.
  if (match[3] && !SCHEMA_QUALIFIER.test(match[3])) return undefined;
  const base = match[4]!.toLowerCase();
  const plural = match[5]?.toLowerCase();
  const items = plural === 'hashes' ? 'hash' : plural?.slice(0, -1);
  const type = (base === 'array' || base === 'list') && items ? `array of ${items}` : base;
  return { notes: [match[1] || match[2] ? `nullable ${type}` : type], length: 0 };
}

/**
 * A schema sentence of the values the field takes: `` value must be one of: `card`, `collection`. ``
 * (after "value may be nil, or if non-nil," too), or the words later generators write,
 * `nullable enum of star, cake.`: an enum of those values, nullable where the value may be nil;
 * the sentence is the description. Each value a word, in code or not; else no such sentence.
 */
const ENUM_SENTENCE =
  /^\s*(?:(nullable)\s+)?(?:(?:the\s+)?value\s+(?:(may\s+be\s+(?:nil|null)),?\s+or,?\s+if\s+non-(?:nil|null),?\s+(?:the\s+)?value\s+)?must\s+be\s+one\s+of:?|enum\s+of)\s+/i;
/** A value an enum sentence lists: `` `card` ``, `star`. */
const ENUM_VALUE = /^`?([\w.:-]+)`?$/;

function enumSentence(rest: string): Notes | undefined {
  const match = ENUM_SENTENCE.exec(rest);
  const listed = match ? rest.slice(match[0].length).trim() : '';
  if (!match || listed.length > 2_000) return undefined;
  const values = (listed.endsWith('.') ? listed.slice(0, -1) : listed).split(',').map((value) => ENUM_VALUE.exec(value.trim())?.[1]);
  if (values.some((value) => value === undefined)) return undefined;
  const type = `enum (${[...new Set(values)].join(', ')})`;
  return { notes: [match[1] || match[2] ? `nullable ${type}` : type], length: 0 };
}

/**
 * A schema sentence of a collection: `vector of` or `sequence of` (nullable so where `nullable` opens
 * it), then the sentence of each value, `nullable vector of value must be an integer greater than zero.`,
 * `vector of enum of dashboard, table.`: an array of what that sentence states.
 */
const COLLECTION_SENTENCE = /^\s*(?:(nullable)\s+)?(?:vector|sequence)\s+of\s+/i;

function collectionSentence(rest: string): Notes | undefined {
  const match = COLLECTION_SENTENCE.exec(rest);
  const each = match ? rest.slice(match[0].length) : '';
  const type = match ? (schemaSentence(each) ?? enumSentence(each))?.notes[0] : undefined;
  // (A value that may be nil inside the collection: no type the words leave plain.)
  if (!type || type.startsWith('nullable ')) return undefined;
  return { notes: [`${match![1] ? 'nullable ' : ''}array of ${type}`], length: 0 };
}

/** Notes that flag the field rather than type it: `(required)`, `(optional)`, `(deprecated)`. */
const FLAG_NOTE = /^(?:required|optional|deprecated)$/;

/**
 * `Feed URL (string)`, `List of rules (string) - since 2.0.19`, `Filter by category (int, available
 * since 2.0.19)`: type words in parentheses closing the description (a note may follow, after a
 * dash or inside them after a comma).
 */
const CLOSING_TYPE = /\(([A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*){0,3})(,[^()\n]*)?\)[ \t]*(?:[-–—][ \t]+[^()\n]*)?$/;

/** The type words a description closes with, where every word is one. */
function closingType(description: string): string {
  const match = CLOSING_TYPE.exec(description.trim());
  const words = match?.[1] ?? '';
  if (match?.[2] && !typeThenNote(`${words}${match[2]}`)) return '';
  const typed =
    (words.split(/\s+/).every((word) => BARE_WORD.test(word)) || isEpochWords(words)) && !/^(?:required|optional)$/i.test(words);
  return words && typed ? words.toLowerCase() : '';
}

/** Type words alone in parentheses, and the sentence's full stop, closing the text: `Feed URL (string).` */
const BARE_CLOSING_TYPE = /\([A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*){0,3}\)\.?\s*$/;

/** The description without the type words closing it in parentheses; as written where a note follows them. */
function withoutClosingType(description: string): string {
  const cut = description.replace(BARE_CLOSING_TYPE, '').trimEnd();
  return cut.trim() ? cut : description;
}

/** A description that opens by saying what collection the field is: "An array of objects, each …", "List of strings." */
const COLLECTION_OPENING = /^\s*(?:an?\s+)?(array|list)\s+of\s+([A-Za-z]+)\b/i;

/** The type a description's opening states (`array of objects`), where its words are type words. */
function describedCollection(description: string): string {
  const match = COLLECTION_OPENING.exec(description);
  return match && BARE_WORD.test(match[2]!) ? `array of ${match[2]!.toLowerCase()}` : '';
}

const NAME = /^:?[\w.[\]-]+$/;
/**
 * `` `time=<rfc3339 | unix_timestamp>` ``: the name and the placeholder of its value (Prometheus and
 * its kin); `` `type=alert|record` ``: the name and the values it takes, in lower case.
 */
const ASSIGNED = /^([\w.[\]-]+)=(?:<([^<>\n]+)>|((?:[a-z][\w-]*\|)+[a-z][\w-]*))$/;
/** Placeholder words that are types: the others (`rfc3339`, `series_selector`) name a format in words. */
const PLACEHOLDER_TYPE = /^(?:string|number|float|double|int|integer|bool|boolean)$/i;

/** The type a value placeholder states: `<number>` → `number`, `<duration | float>` → none (not every word is a type). */
function placeholderType(words: string): string {
  const alternatives = words.split('|').map((word) => word.trim());
  return alternatives.every((word) => PLACEHOLDER_TYPE.test(word)) ? alternatives.join(' or ') : '';
}

/** The item's name: `` `id` ``, `` `id=<string>` `` (its name), or bold `**id**` / `` **`id`** `` (as inline code). */
function nameOf(node: PhrasingContent | undefined): InlineCode | undefined {
  if (node?.type === 'inlineCode') {
    const assigned = ASSIGNED.exec(node.value.trim());
    if (assigned) return { ...node, value: assigned[1]! };
    return NAME.test(node.value.trim()) ? node : undefined;
  }
  if (node?.type !== 'strong' || node.children.length !== 1) return undefined;
  const [inner] = node.children;
  const value = inner?.type === 'inlineCode' || inner?.type === 'text' ? inner.value.trim() : '';
  if (!NAME.test(value)) return undefined;
  return { type: 'inlineCode', value, ...(node.position ? { position: node.position } : {}) };
}

const SEPARATOR = /^\s*[-–—:]\s*/;
const PARENTHESES = /^\s*\(([^)]*)\)/;
/** A full stop right after notes in parentheses, then a blank or the item's end: `(integer). Maximum …`. */
const CLOSING_STOP = /^\.(?:\s+|$)/;
/**
 * A note written as code or emphasis (`` `string` ``, `*integer*`, `_optional_`), the bare words
 * required/optional, or those words in an element (`<small>optional</small>`, `<sup>required</sup>`).
 * On a line of its own below the name the bare word is a note only alone there or before a stop:
 * `Optional settings for the garden.`, `Required for …` (Plaid's descriptions) are words.
 */
const MARKED_NOTE =
  /(?:`([^`\n]+)`|\*{1,2}([^*\n]+)\*{1,2}|_([^_\n]+)_|(?<!\n[ \t]*)\b(required|optional)\b|\b(required|optional)\b(?=[ \t]*(?:[.,;:]|\r?\n|$))|<(?:small|sup|em|i|b|strong|span)>[ \t]*(required|optional)[ \t]*<\/(?:small|sup|em|i|b|strong|span)>)[.,]?/iy;
/** The blanks (and a comma) before a marked note. */
const NOTE_LEAD = /^\s*(?:,\s*)?/;

/**
 * `MARKED_NOTE` after the blanks and comma opening `text`: the note tried where they end, once. (Tried
 * at each of their positions, as `/^\s*(?:,\s*)?…/` may be, each try's lookbehind reads the run back:
 * V8 compiles regexps unoptimised once a process has compiled a megabyte of them, and then a note
 * after 100,000 blanks took 50 s to read.) The match's text holds the blanks, as the whole pattern's would.
 */
function markedNote(text: string): RegExpExecArray | null {
  const lead = NOTE_LEAD.exec(text)?.[0].length ?? 0;
  MARKED_NOTE.lastIndex = lead;
  const found = MARKED_NOTE.exec(text);
  if (found) found[0] = text.slice(0, lead + found[0].length);
  return found;
}
/** `- integer -`: a type word between two separators (not a label's word, `— Type: string.`). */
const DASHED_TYPE = /^\s*[-–—]\s*(?![Tt]ype\s*:)([A-Za-z][\w<>[\].]*(?:\s+(?:of|or)\s+[A-Za-z][\w<>[\].]*)?)\s*(?=[-–—:]\s)/;

/**
 * The notes after an item's name and where its description starts: `(string, required):`,
 * `` `string` — ``, `*integer* optional.`, `(object)` then the words, `- integer -`. A name
 * followed by nothing a note or a separator says is no attribute (a list of values).
 */
interface Notes {
  notes: string[];
  length: number;
  /** The default the notes state. */
  fallback?: string;
  /** Where the value travels, as a note states it: `(*in path*)`, `(in query)`. */
  location?: string;
  /** A note's words after its type (`(int64, available since 2.0.9)`): where they stand in the notes, for the description. */
  aside?: { start: number; end: number };
}

function readNotes(rest: string): Notes | undefined {
  const notes: string[] = [];
  let fallback: string | undefined;
  let location: string | undefined;
  let aside: Notes['aside'];
  let at = 0;
  let separated = false;
  // Whether the last note read was in parentheses: its full stop after them closes the notes.
  let parenthesised = false;
  // `_(string, required)_`: the parentheses inside the emphasis are no part of the words.
  const words = (text: string) =>
    text
      .replace(/[*_`()]/g, '')
      .split(',')
      .map((word) => word.trim().toLowerCase())
      .filter(Boolean);
  for (;;) {
    const tail = rest.slice(at);
    const parentheses = PARENTHESES.exec(tail);
    const dashed = parentheses ? undefined : DASHED_TYPE.exec(tail);
    const marked = parentheses || dashed ? undefined : markedNote(tail);
    const found = parentheses ?? dashed ?? marked;
    if (!found) break;
    parenthesised = parentheses !== null;
    const written = found.slice(1).find((group) => group !== undefined) ?? '';
    // `(path, required)`, `(query, boolean)`, `*(query, integer)*`: where the value travels among the notes, the others theirs.
    const bracketed = parentheses ? written : /^\(([^()]*)\)$/.exec(written.trim())?.[1];
    const placed = bracketed !== undefined && !LOCATION_NOTE.test(bracketed) ? placedNote(bracketed) : undefined;
    // `(body, integer)`: a field of the body, placed as the items that state no location are (a `body` location is the body itself).
    if (placed && placed.location !== 'body') location = placed.location;
    const note = placed ? placed.rest : written;
    const typed = TYPE_AND_DEFAULT.exec(note);
    const located = parentheses ? LOCATION_NOTE.exec(note) : null;
    // `(<a href="#ObjectMeta">ObjectMeta</a>)`, `([]<a href="#Container">Container</a>)`: the type its link names, as written.
    const linked = parentheses && !located ? LINKED_TYPE.exec(note.replace(IN_PAGE_LINK, '$1')) : null;
    const listed = parentheses && !located && !linked ? listedNotes(note) : undefined;
    // `(int64, available since 2.0.9)`: the type, then words about the field, its description's.
    const noted = parentheses && !located && !linked && !listed && !aside ? typeThenNote(note) : undefined;
    if (noted) {
      notes.push(...noted.notes);
      const start = at + tail.indexOf('(') + 1 + noted.at;
      aside = { start, end: start + note.length - noted.at };
    } else if (located) location = located[1]!.toLowerCase();
    else if (linked && note.includes('<a')) notes.push(linked[0]);
    else if (listed) {
      notes.push(...listed.notes);
      if (listed.fallback !== undefined) fallback = listed.fallback;
    } else if (typed) {
      notes.push(typed[1]!);
      // `<required - if generate is true>`: a condition, not a requirement.
      if (typed.slice(2).some((flag) => flag !== undefined && /^<required>$/i.test(flag))) notes.push('required');
      else if (typed[2] && STATED_DEFAULT.test(typed[2])) fallback = typed[2].replace(/^"(.*)"$/, '$1');
    } else notes.push(...words(note));
    at += found[0].length;
    // `` `(string: "")` <EnterpriseAlert inline /> - … ``: an MDX badge between the notes and the description.
    at += BADGE.exec(rest.slice(at))?.[0].length ?? 0;
  }
  // `` `limit` (integer). Maximum number … ``, `` `name` (string, required). ``: the notes' full stop ends them, no word of the description.
  const stop = at > 0 && parenthesised ? CLOSING_STOP.exec(rest.slice(at)) : null;
  if (stop) at += stop[0].length;
  const separator = stop ? null : SEPARATOR.exec(rest.slice(at));
  if (separator) {
    at += separator[0].length;
    separated = true;
    // `` `password` - string, optional. If provided, … `` (Synapse's admin API): the type and the flag open the description.
    // `` `include_drafts`: boolean (optional) - Whether … ``: the flag in parentheses after the type words.
    const opening = notes.length === 0 ? (OPENING_NOTES.exec(rest.slice(at)) ?? OPENING_FLAGGED.exec(rest.slice(at))) : null;
    // `` `public`: boolean, default `false`. Whether … ``: the type and its default (and a flag) open the description.
    const defaulted = notes.length === 0 ? openingDefault(rest.slice(at)) : undefined;
    // `` `model`: (required) the model name `` (Ollama's and its kin): the flag opens the description.
    const flag = notes.length === 0 && !opening ? OPENING_FLAG.exec(rest.slice(at)) : null;
    // `` `page`: (optional number, default 1) The page. `` (Umami's and its kin): notes in parentheses open the description.
    const parenthesized = notes.length === 0 && !opening && !flag ? PARENTHESES.exec(rest.slice(at)) : null;
    const listed = parenthesized ? listedNotes(parenthesized[1]!) : undefined;
    // `- **body**: <a href="#Pet">Pet</a>, required` (Kubernetes'): the type by its name, linked to its definition.
    const named = notes.length === 0 && !opening && !flag ? NAMED_OPENING.exec(rest.slice(at)) : null;
    // `- **limit** (*in query*): integer`: after a location note, type words alone are the type.
    const typed = location && notes.length === 0 && !opening && !flag ? LOCATED_TYPE.exec(rest.slice(at)) : null;
    // `` `page`: **integer** page number ``, `` `tags`: **[string]** tags list ``: marked type words open the description.
    const marked = notes.length === 0 && !opening && !flag && !listed && !named && !typed ? MARKED_OPENING_TYPE.exec(rest.slice(at)) : null;
    const markedWords = marked?.[3]?.split(/[ \t]+/) ?? [];
    // `` `name` — Type: string. The name. ``, `` `name`: Optional. Type: string. … ``: the type labelled, after the flag's sentence or not.
    const labelled = notes.length === 0 ? LABELLED_OPENING.exec(rest.slice(at)) : null;
    if (labelled?.[2]?.split(/[ \t]+/).every((word) => BARE_WORD.test(word) && !FLAG_NOTE.test(word.toLowerCase()))) {
      notes.push(labelled[2]!.toLowerCase(), ...(labelled[1] ? [labelled[1].toLowerCase()] : []));
      at += labelled[0].length;
    } else if (defaulted) {
      notes.push(...defaulted.notes);
      fallback = defaulted.fallback;
      at += defaulted.length;
    } else if (
      marked &&
      (marked[2] ? marked[4] : !marked[4]) &&
      markedWords.every((word) => BARE_WORD.test(word) && !FLAG_NOTE.test(word.toLowerCase()))
    ) {
      const words = marked[3]!.toLowerCase();
      notes.push(marked[2] ? `array of ${words}` : words);
      at += marked[0].length;
    } else if (typed?.[1]?.split(/[ \t]+/).every((word) => BARE_WORD.test(word))) {
      notes.push(typed[1].toLowerCase());
      at += typed[0].length;
    } else if (named) {
      notes.push((named[1] ?? named[2])!);
      if (named[3]) notes.push(named[3].toLowerCase());
      at += named[0].length;
    } else if (opening && opening[1]!.split(/\s+/).every((word) => BARE_WORD.test(word))) {
      notes.push(opening[1]!.toLowerCase(), opening[2]!.toLowerCase());
      at += opening[0].length;
    } else if (listed) {
      notes.push(...listed.notes);
      if (listed.fallback !== undefined) fallback = listed.fallback;
      at += parenthesized![0].length + (/^[ \t]*/.exec(rest.slice(at + parenthesized![0].length))?.[0].length ?? 0);
    } else if (flag) {
      notes.push((flag[1] ?? flag[2] ?? flag[4])!.toLowerCase());
      at += flag[0].length;
    } else if (notes.length === 0) {
      // `` `id` — string. The packet id. ``: type words alone, the description's first sentence;
      // `` `room`: string - The room. `` (Synapse's admin API), `Optional string - …`: type words, then a dash.
      const sentence = openingType(rest.slice(at)) ?? openingType(rest.slice(at), DASHED_OPENING);
      if (sentence) {
        notes.push(...sentence.notes);
        at += sentence.length;
      }
    }
  }
  if (notes.length === 0 && !separated && !location) return undefined;
  if (!separated && notes.length === 0 && rest.trim() === '') return undefined;
  return {
    notes,
    length: at,
    ...(fallback === undefined ? {} : { fallback }),
    ...(location ? { location } : {}),
    ...(aside ? { aside } : {}),
  };
}

/** A location among a note's words, as the words alone or after `in`: `path`, `in query`, `*header*`. */
const PLACE_WORD = /^(?:in[ \t]+)?(path|query|header|cookie|body)$/i;

/**
 * The location one of a parenthesized note's comma-separated words states (`path, required`,
 * `query, boolean`, `string, header`, `path`), and the other words as a note; undefined where none
 * or more than one is a location.
 */
function placedNote(note: string): { location: string; rest: string } | undefined {
  if (note.length > 200) return undefined;
  const parts = note.split(',').map((part) => part.trim());
  const places = parts.map((part) => PLACE_WORD.exec(part.replace(/^([*_]{1,2})([^*_]+)\1$/, '$2'))?.[1]);
  const found = places.filter((place) => place !== undefined);
  if (found.length !== 1) return undefined;
  return { location: found[0]!.toLowerCase(), rest: parts.filter((_, index) => places[index] === undefined).join(', ') };
}

/**
 * A note in parentheses that opens with type words and goes on in other words after a comma:
 * `int64, available since 2.0.9`, `integer, in seconds` → the type's notes, and where the other
 * words start. Flags, defaults and type words alone after the comma are the listed notes' (not this).
 */
function typeThenNote(note: string): { notes: string[]; at: number } | undefined {
  const comma = note.indexOf(',');
  if (comma < 0) return undefined;
  const typed = listedNotes(note.slice(0, comma));
  if (!typed || typed.fallback !== undefined || typed.notes.every((word) => FLAG_NOTE.test(word))) return undefined;
  const rest = note.slice(comma + 1);
  const words = rest.trim().split(/\s+/);
  if (!/[A-Za-z]/.test(rest) || words.every((word) => BARE_WORD.test(word.replace(/[.,;]$/, '')))) return undefined;
  return { notes: typed.notes, at: comma + 1 + (rest.length - rest.trimStart().length) };
}

/**
 * The words in a note's parentheses, where each of them (parted by commas or `|`) is type words, a
 * flag or the default: `optional number, default 1`, `string | optional`, `string | integer`,
 * `optional, default \`name\``. The type words of alternatives are a union; `undefined` where any
 * part is other words (`see below`, `in ms`).
 */
function listedNotes(words: string): { notes: string[]; fallback?: string } | undefined {
  const flags: string[] = [];
  const types: string[] = [];
  let fallback: string | undefined;
  // `(integer, **required**)`: a part in bold or emphasis is its words.
  for (const part of words.split(',').map((piece) => piece.trim().replace(/^([*_]{1,2})([^*_]+)\1$/, '$2'))) {
    const stated = /^default[ \t]*[:=]?[ \t]*(`[^`<>]+`|"[^"<>]+"|-?\d+(?:\.\d+)?|true|false)$/i.exec(part);
    if (stated) {
      if (fallback !== undefined) return undefined;
      fallback = stated[1]!.replace(/^[`"](.*)[`"]$/, '$1');
      continue;
    }
    const alternatives: string[] = [];
    for (const alternative of part.split('|').map((piece) => piece.trim())) {
      // `unix timestamp`, `epoch millis`: words that are a type together, not each alone.
      if (isEpochWords(alternative)) {
        alternatives.push(alternative.toLowerCase());
        continue;
      }
      const each = alternative.split(/\s+/).filter(Boolean);
      if (each.length === 0 || !each.every((word) => BARE_WORD.test(word) || /^deprecated$/i.test(word))) return undefined;
      flags.push(...each.filter((word) => FLAG_NOTE.test(word.toLowerCase())).map((word) => word.toLowerCase()));
      const type = each.filter((word) => !FLAG_NOTE.test(word.toLowerCase()));
      if (type.length > 0) alternatives.push(type.join(' ').toLowerCase());
    }
    if (alternatives.length > 0) types.push(alternatives.join(' or '));
  }
  // One type at most, and a flag or a type besides the default (`(default 5)` alone is a description's words).
  if (types.length > 1 || (types.length === 0 && flags.length === 0)) return undefined;
  if (types.some((type) => type.split(' ').every((word) => /^(?:of|or|nullable)$/.test(word)))) return undefined;
  const notes = [...types, ...new Set(flags)];
  return fallback === undefined ? { notes } : { notes, fallback };
}

/** A link to a definition in the page (`href="#Pet"`, or a Hugo `ref` the noise pass blanked): its text. */
const IN_PAGE_LINK = /<a[ \t]+href="[ \t]*(?:#[^"\n]*)?"[ \t]*>[ \t]*([A-Za-z][\w.]*)[ \t]*<\/a>/g;
/** A type by its name, a Go slice or map of it: `ObjectMeta`, `[]Container`, `map[string]Quantity`. */
const LINKED_TYPE = /^(?:\[\]|map\[string\])*[A-Z][\w.]*$/;

/** Type words alone, the rest of the line: `integer`, `array of strings`. */
const LOCATED_TYPE = /^([A-Za-z]+(?:[ \t]+[A-Za-z]+){0,3})[ \t]*$/;

/** `(*in path*)`, `(in query)`, `(_in header_)`: where the parameter travels (Kubernetes' reference notes it so). */
const LOCATION_NOTE = /^\s*[*_]{0,2}in[ \t]+(path|query|header|cookie|body|formData)[*_]{0,2}\s*$/i;

/**
 * A type named by its schema's name alone, the whole of what follows the separator: linked to its
 * definition in the page (`<a href="#Pet">Pet</a>`, a Hugo `ref` the noise pass blanked, `[Pet](#pet)`),
 * the flag after it.
 */
const NAMED_OPENING =
  /^(?:<a[ \t]+href="[ \t]*(?:#[^"\n]*)?"[ \t]*>[ \t]*([A-Z][\w.]*)[ \t]*<\/a>|\[`?([A-Z][\w.]*)`?\]\(#[^()\s]*\))(?:[ \t]*,[ \t]*(required|optional)\b)?[ \t]*\.?[ \t]*$/;

/**
 * Type words in bold, emphasis or code opening a description, bracketed for an array: `**string**`,
 * `**[string]**`; a colon or a dash may part them from the words (`` `hard` — *boolean*: Delete … ``).
 */
const MARKED_OPENING_TYPE =
  /^(\*{1,2}|_{1,2}|`)(\[)?([A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*){0,2})(\])?\1(?:[ \t]*[:–—][ \t]*|[ \t]+-[ \t]+|[ \t]+)(?=\S)/;

/** `Type: string.` opening a description, alone or after the flag's sentence (`Optional. Type: string.`). Groups: the flag, the type words. */
const LABELLED_OPENING =
  /^(?:(required|optional)[ \t]*\.[ \t]+)?type[ \t]*:[ \t]*([A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*){0,3})[ \t]*\.(?=[ \t]|\r?\n|$)[ \t]*/i;

/**
 * `(required)`, `(optional)` or `(deprecated)` opening a description, `optional,` alone, or the flag in
 * emphasis or bold with a dash or a colon after it (`` `wall`: *required* - The wall ``; a condition
 * after the flag, `*required* for oak`, is no such opening).
 */
const OPENING_FLAG =
  /^(?:\([*_]{0,2}(required|optional|deprecated)[*_]{0,2}\)|(required|optional)[ \t]*[,;]|(\*{1,2}|_{1,2})(required|optional)\3[ \t]*(?:[-–—:][ \t]+|$))[ \t]*/i;

/** Type words, then `required` or `optional`, opening a description: `string, optional.`, `**bool**, required,`, `*integer*, optional:`. */
const OPENING_NOTES =
  /^[*_`]{0,2}([A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*){0,3})[*_`]{0,2}[ \t]*,[ \t]*(required|optional)\b[ \t]*[.,;:]?[ \t]*/i;

/** Type words, then `(required)` or `(optional)`, opening a description: `boolean (optional) - `, `string (required).`. */
const OPENING_FLAGGED =
  /^[*_`]{0,2}([A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*){0,3})[*_`]{0,2}[ \t]+\([*_]{0,2}(required|optional)[*_]{0,2}\)[ \t]*(?:[.,;:]|[-–—](?=[ \t]))?[ \t]*/i;

/**
 * Type words, then a default and maybe a flag after commas, closing a sentence: `boolean, default
 * \`false\`.`, `**bool**, optional, defaults to \`false\`.`, `integer, default: 4;`.
 */
const OPENING_DEFAULT =
  /^[*_`]{0,2}([A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*){0,3})[*_`]{0,2}((?:[ \t]*,[ \t]*(?:[*_]{0,2}(?:required|optional)[*_]{0,2}|defaults?(?:[ \t]+to)?[ \t]*(?:[:=][ \t]*)?(?:`[^`<>\n]+`|"[^"<>\n]+"|-?\d+(?:\.\d+)?|true|false))){1,2})[ \t]*(?:[.;](?=[ \t]|$)|$)[ \t]*/i;

/** The type, flag and default opening a description (`OPENING_DEFAULT`), where a default is one of them. */
function openingDefault(words: string): { notes: string[]; fallback: string; length: number } | undefined {
  const match = OPENING_DEFAULT.exec(words);
  const listed = match ? listedNotes(`${match[1]}${match[2]!.replace(/\bdefaults?(?:[ \t]+to)?\b/gi, 'default')}`) : undefined;
  return listed?.fallback !== undefined && listed.notes.length > 0
    ? { notes: listed.notes, fallback: listed.fallback, length: match![0].length }
    : undefined;
}

/** Type words written bare after a name (`**email** nullable string`, `**limit** integer — At most`). */
const BARE_WORD =
  /^(?:nullable|required|optional|of|or|array|list|string|strings|integer|integers|int|int8|int16|int32|int64|uint|uint8|uint16|uint32|uint64|bigint|long|number|numbers|float|float32|float64|double|decimal|boolean|bool|object|objects|hash|map|dictionary|date|datetime|timestamp|epoch|uuid|guid|uri|url|email|ipv4|ipv6|enum|file|binary|null|any)$/i;
const BARE_NOTES =
  /^[ \t]*([A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*){0,3})(?:[ \t]*([-–—:])[ \t]+|[ \t]*(\r?\n)[ \t]*|[ \t]*(?:\.[ \t]*)?$)/;

/** Type words, then what the value holds in parentheses: ` array (contains the tag object)`. */
const CONTAINS_NOTE = /^([ \t]*[A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*){0,3})[ \t]*\((contains\b[^()\n]{1,80})\)[ \t]*$/i;

/** Whether a word is one of the type words (and flags) a reference writes bare. */
export function isBareTypeWord(word: string): boolean {
  return BARE_WORD.test(word);
}

/**
 * The type words (and flag) a plain name's words open with: `string, required. The id.`, `integer
 * (optional) - …`, `string. The id.`; undefined where they open otherwise.
 */
function openingOfWords(text: string): { type: string; flag: string; length: number } | undefined {
  const opening = OPENING_NOTES.exec(text) ?? OPENING_FLAGGED.exec(text);
  if (opening?.[1]?.split(/\s+/).every((word) => BARE_WORD.test(word) && !FLAG_NOTE.test(word.toLowerCase())))
    return { type: opening[1]!.toLowerCase(), flag: opening[2]!.toLowerCase(), length: opening[0].length };
  const sentence = openingType(text);
  if (!sentence) return undefined;
  const [type = '', ...flags] = sentence.notes;
  return { type, flag: flags.find((word) => word !== 'deprecated') ?? '', length: sentence.length };
}

/** Type words alone as a description's first sentence: `string. The packet id.`, `*integer*.`, `nullable string.` */
const OPENING_TYPE = /^[*_`]{0,2}([A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*){0,3})[*_`]{0,2}\.(?=[ \t]|\r?\n|$)[ \t]*/;

/** Type words alone, then a dash, opening a description: `` `room`: string - The room. ``, `Optional string - …`. */
const DASHED_OPENING = /^[*_`]{0,2}([A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*){0,3})[*_`]{0,2}[ \t]+[-–—][ \t]+/;

/**
 * The notes a description's first sentence states where it is type words alone (`string.`,
 * `nullable integer.`, `array of strings.`), and its length; undefined where a word is another or
 * none is a type's (`Optional.`, `Or.`).
 */
function openingType(text: string, opening = OPENING_TYPE): { notes: string[]; length: number } | undefined {
  const match = opening.exec(text);
  const words = match?.[1]?.split(/[ \t]+/) ?? [];
  const type = words.filter((word) => !FLAG_NOTE.test(word.toLowerCase()));
  if (!match || !words.every((word) => BARE_WORD.test(word)) || type.every((word) => /^(?:of|or|nullable)$/i.test(word))) return undefined;
  const flags = words.filter((word) => FLAG_NOTE.test(word.toLowerCase())).map((word) => word.toLowerCase());
  return { notes: [type.join(' ').toLowerCase(), ...flags], length: match[0].length };
}

/**
 * Notes written as bare type words: the whole rest of the first paragraph when the description
 * is in paragraphs of its own, else words before a separator. Only the vocabulary's words, so a
 * label (`**Note** this is …`) is no attribute.
 */
function bareNotes(rest: string, described: boolean, titled = false): Notes | undefined {
  // PayPal's `` `links` array (contains the link_description object) ``: what the array holds, the description's first words.
  const contains = described ? CONTAINS_NOTE.exec(rest) : null;
  if (contains) {
    const read = bareNotes(contains[1]!, true, titled);
    const start = rest.indexOf('(', contains[1]!.length) + 1;
    return read && { ...read, length: rest.length, aside: { start, end: start + contains[2]!.length } };
  }
  const match = BARE_NOTES.exec(rest);
  // Without paragraphs of its own, the description follows a separator or a line break (readme.io's
  // `- **petId** int64 required` ⏎ `ID of pet to return`); under a parameters title the type words
  // may be all the item says (`` * **`archived`** nullable boolean ``).
  if (!match || (!described && !match[2] && !match[3] && !(titled && match[1]!.trim() !== ''))) return undefined;
  const words = match[1]!.trim().split(/\s+/);
  const flags = words.filter((word) => /^(?:required|optional)$/i.test(word)).map((word) => word.toLowerCase());
  const type = words.filter((word) => !/^(?:required|optional)$/i.test(word));
  if (!words.every((word) => BARE_WORD.test(word)) || (type.length > 0 && type.every((word) => /^(?:of|or)$/i.test(word))))
    return undefined;
  return { notes: type.length > 0 ? [type.join(' '), ...flags] : flags, length: match[0].length };
}

/**
 * HashiCorp's `(string: <required>)`, `(int: 0)`, `(array<string>: nil)`: the type, then `<required>`,
 * `<optional>`, another mark that states no value (`<unset>`) or the default; a condition may follow
 * the default or stand for it (`(string: "" <required - if generate is true>)`, `(string: <required -
 * if url is empty>)`).
 */
const TYPE_AND_DEFAULT =
  /^\s*\(?\s*([A-Za-z][\w<>|[\],]*(?: [\w<>|[\],]+)*)\s*:\s*(?:(<[^<>]*>|"[^"]*"|[^\s"()<]+)\s*(<(?:required|optional)\b[^<>]*>)?|(<(?:required|optional)\b[^<>]*>))\s*\)?\s*$/i;
/**
 * A default the docs state: a number, `true`/`false`, a non-empty quoted string (not `nil`, `""`,
 * `[]`, nor a placeholder: `"<agent>"` names what the server fills in).
 */
const STATED_DEFAULT = /^(?:-?\d+(?:\.\d+)?|true|false|"(?!<[^"]*>")[^"]+")$/;
/** An MDX component written inline and closed at once (`<EnterpriseAlert inline />`), with the spaces before it. */
const BADGE = /^[ \t]*<[A-Z][\w.]*(?:[ \t][^<>\n]*)?\/>/;

/** Where offsets of the last page asked about are (a page's lists are converted one after another). */
let located: { page: string; at: (offset: number) => Point } | undefined;

/** The point of `offset` in the page. */
export function pointAt(page: string, offset: number): Point {
  if (located?.page !== page) located = { page, at: linesOf(page) };
  return located.at(offset);
}

/** A status opening an item's words, its own reason phrase in parentheses: `200 (OK) with …`, `404 (NOT FOUND).` */
const PARENTHESISED_STATUS = new RegExp(String.raw`^(${STATUS_CODE})[ \t]*\((${LETTERS_REASON})\)`);

/**
 * A status opening an item's words with its own reason phrase, then a colon, a dash or the item's
 * end: `201 Created: …`, `200 OK — the shelf`, `404 Not found - no such shelf`, `204 No Content`
 * (the phrase in capitals, or the standard one: see `isReasonOf`).
 */
const PLAIN_STATUS = new RegExp(
  String.raw`^(${STATUS_CODE})[ \t]+([A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)*)(?=:|$|[ \t]*[–—]|[ \t]+-[ \t])`,
);

/** Words in capitals (`Created`, `Not Found`), or the code's standard reason phrase in any case (`Not found`); "200 the shelf" states none. */
function isReasonOf(match: RegExpExecArray | null): RegExpExecArray | null {
  return match && (/^[A-Z][A-Za-z'-]*(?: [A-Z][A-Za-z'-]*)*$/.test(match[2]!) || sameWords(statusText(match[1]!), match[2]!))
    ? match
    : null;
}

/** A status opening an item's words, a colon or a dash after it: `200: Success`, `404 - Not found` (Sentry's). */
const SEPARATED_STATUS = new RegExp(String.raw`^(${STATUS_CODE})(?=[ \t]*[:–—]|[ \t]+-[ \t])`);

/** A status, and the reason phrase written with it: `201`, `201 Created`, `404: Not Found`, `default`. */
const LISTED_STATUS = new RegExp(String.raw`^(${RESPONSE_KEY})(?:[ \t]*:?[ \t]+(${REASON}))?$`, 'i');

/**
 * A list of statuses (`- **200** successful operation`, `` - `404` Not found ``, `` - `201 Created` —
 * the user was created ``, `- **HTTP 404**: If …`, `- 200: Success`) under a Responses title → `| Status | Description |`;
 * `undefined` unless every item starts so. A reason phrase in the code is the description where no words follow.
 */
export function tableOfStatusList(list: List, page: string): Table | undefined {
  return readAsWritten(list, page, statusListTable);
}

function statusListTable(list: List, page: string): Table | undefined {
  if (!list.position) return undefined;
  const rows: TableRow[] = [];
  for (const item of list.children) {
    const [paragraph] = item.children;
    const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
    // `**200**`, `` `404` ``, `**HTTP 404**`.
    const code =
      first && (first.type === 'strong' || first.type === 'inlineCode')
        ? plainText(first)
            .trim()
            .replace(/^HTTP\s+/i, '')
        : '';
    // `200 (OK) with the shelf.`, `404 (NOT FOUND).`: a known status and its reason phrase in parentheses.
    const parenthesised = !code && first?.type === 'text' ? PARENTHESISED_STATUS.exec(first.value) : null;
    // `201 Created: issue was created`, `422 Unprocessable Entity: …`, `204 No Content` (Redmine's):
    // a status, its reason phrase in capitals (an older one too), then a colon or nothing.
    const plain = !code && !parenthesised && first?.type === 'text' ? isReasonOf(PLAIN_STATUS.exec(first.value)) : null;
    // `200: Success`, `404 - Not found`: a status, then a colon or a dash and its words.
    const separated = !code && !parenthesised && !plain && first?.type === 'text' ? SEPARATED_STATUS.exec(first.value) : null;
    const known = parenthesised && sameWords(statusText(parenthesised[1]!), parenthesised[2]!) ? parenthesised : (plain ?? separated);
    const from = known ? (first?.position?.start.offset ?? 0) + known[0].length : first?.position?.end.offset;
    const to = paragraph?.position?.end.offset;
    const status = known ? [known[0], known[1]!, known[2]!] : LISTED_STATUS.exec(code);
    if (!status || from === undefined || to === undefined || !item.position) return undefined;
    const reason =
      page
        .slice(from, to)
        .replace(/^[\s:–—.-]+/, '')
        .trim() || (known ? statusText(status[1]!) : (status[2]?.trim() ?? ''));
    // `+ `404 Not Found` When the shelf …` ⏎ `+ `404 Not Found` When the library …`: one status, each
    // condition its item; one row, the conditions a line each.
    const same = rows.find((row) => plainText(row.children[0]!) === status[1]);
    if (same) {
      const before = plainText(same.children[1]!);
      if (reason && reason !== before) same.children[1] = textCell(before ? `${before}\n${reason}` : reason, same.position!);
      continue;
    }
    rows.push({
      type: 'tableRow',
      children: [textCell(status[1]!, item.position), textCell(reason, item.position)],
      position: item.position,
    });
  }
  return madeTable(['Status', 'Description'], rows, list.position);
}
