/**
 * Parameters documented one block each, under a parameters (body, response fields) title: a
 * heading or a paragraph that names one field, then its description, sometimes with a rule
 * between entries →
 *
 *     ### Query parameters                 #### Parameters
 *     #### `limit`                         **site_id** required         (MDX's `<Required />`, as noise.ts leaves it)
 *     *integer*, optional. The number …    Domain of your site …
 *     #### `cursor` (string)               <hr />
 *     The cursor.                          **period** optional
 *                                          See time periods.
 *
 * The notes may stand in paragraphs of their own under the name, before the description (Zoom's and
 * Atlassian's references, `stacked-notes.ts`): `#### page_size` ⏎ `integer` ⏎ `required` ⏎ `The …`,
 * or the name a paragraph alone, `gardenId` ⏎ `string` ⏎ `Required` ⏎ `The …`.
 *
 * A paragraph may hold it all: `` `content`: (Required) The text. ``, `**reason** _string_ (optional) — Why.`,
 * or the name and its notes on a line over the description (`` `title` *string* (required) `` ⏎ `The title.`),
 * or a name, plain too, its notes in parentheses, a colon or a dash: `title (string, required): The title.`
 *
 * becomes `| Name | Type | Required | Description |` at the first entry. The notes are the type
 * words and flags beside the name, or opening its description (`*integer*, optional.`). Two
 * entries at least (or one with notes that is all its part holds), and every block between the
 * title and the last entry one of them (or a rule): otherwise the page is left as written. Where no
 * heading below the title's depth is an entry, headings at its own depth are, each over its type or
 * flag (`### Parameters` ⏎ `### id` ⏎ `string, required`), up to the first that is none (`### Response`).
 */
import type { Heading, Html, Paragraph, PhrasingContent, Root, RootContent, TableRow, Text } from 'mdast';
import type { Position } from 'unist';
import { isLayoutOnly } from '../../document/layout-html.js';
import { plainText } from '../../document/plain-text.js';
import { isBareTypeWord } from './attribute-lists.js';
import { markOrigin } from './findings.js';
import { madeTable, textAfter, textCell } from './made-tables.js';
import { isTypeParameterTag } from './paths.js';
import { namesObject, namesResource } from './regions.js';
import { FIELD_PARTS, normaliseTitle, sectionOfTitle, type TitleVocabulary } from './section-titles.js';
import { headingText, signaturesIn } from './signatures.js';
import { factParagraph, isLocationNote, isTypeWord, noteParagraph, type StackedFact, stackedName } from './stacked-notes.js';
import { listedValues } from './stacked-values.js';

const IDENTIFIER = /^[A-Za-z_$][\w.[\]$-]*$/;

interface Entry {
  name: string;
  notes: string[];
  /** `≤ 250`, `default 50` stacked before the description (`stacked-notes.ts`). */
  facts?: StackedFact[];
  /** Where a stacked line says the parameter goes (`` `integer` · optional · query ``). */
  location?: string;
  description: PhrasingContent[];
  position: Position;
  /** Index after its last node. */
  end: number;
}

export function convertNamedEntries(root: Root, titles?: TitleVocabulary): void {
  const nodes = root.children;
  const out: RootContent[] = [];
  let index = 0;
  while (index < nodes.length) {
    const node = nodes[index]!;
    out.push(node);
    index++;
    const title = titleOf(node);
    const kind = title === undefined ? undefined : sectionOfTitle(title, titles)?.kind;
    // An object's heading (`## The lamp object`) or its `### Properties`: its fields, as a table there would be;
    // paragraph entries only (field-headings.ts reads a heading each), two at least, each stating its type.
    // A resource's heading (`## The lamp resource`) also opens its operations: its fields only right under
    // it, after at most a paragraph of prose that holds no route.
    const part = kind !== undefined && FIELD_PARTS.has(kind);
    const resource = !part && node.type === 'heading' && namesResource(node, titles);
    const object =
      !part && node.type === 'heading' && (resource || namesObject(node, titles) || normaliseTitle(title ?? '') === 'properties');
    if (!part && !object) continue;
    // Under a label, entries are paragraphs only: a heading there opens another part.
    const depth = node.type === 'heading' && !object ? node.depth : 6;
    const entries: Entry[] = [];
    // Layout tags around the entries (`<div class="definitions">`), kept where they stand.
    const layout: RootContent[] = [];
    let at = layoutEnd(nodes, index);
    layout.push(...nodes.slice(index, at));
    // A sentence may introduce them ("The following parameters are supported:").
    const intro = nodes[at]?.type === 'paragraph' && !entryAt(nodes, at, depth) ? nodes[at] : undefined;
    if (intro) at++;
    if (resource && intro && signaturesIn(intro).length > 0) continue;
    for (;;) {
      while (at < nodes.length && isRule(nodes[at]!)) at++;
      // Layout tags count as the entries' only where an entry follows them: a closing `</div>` is the page's.
      const next = layoutEnd(nodes, at);
      const entry = next < nodes.length && !isPartLabel(nodes[next]!, titles) ? entryAt(nodes, next, depth) : undefined;
      if (!entry) break;
      layout.push(...nodes.slice(at, next));
      entries.push(entry);
      at = entry.end;
    }
    // `### Parameters` ⏎ `### id` ⏎ `string, required` ⏎ …: headings of the title's own depth, each a
    // name over its type or flag, are its entries too, up to the first heading that is none.
    if (entries.length === 0 && node.type === 'heading' && !object) at = sameDepthEntries(nodes, at, node.depth, entries);
    if (object && (entries.length < 2 || entries.some((entry) => entry.notes.length === 0))) continue;
    if (entries.length < 2 && !(entries.length === 1 && isWholePart(entries[0]!, nodes[at], depth))) continue;
    out.push(...layout);
    if (intro) out.push(intro);
    const rows = entries.map(
      (entry): TableRow => ({
        type: 'tableRow',
        children: [
          textCell(entry.name, entry.position),
          textCell(entry.notes.filter((word) => !FLAG.test(word)).join(' '), entry.position),
          textCell(entry.notes.find((word) => FLAG.test(word)) ?? '', entry.position),
          { type: 'tableCell', children: entry.description, position: entry.position },
          ...FACT_COLUMNS.map((key) => textCell(entry.facts?.find((fact) => fact.key === key)?.value ?? '', entry.position)),
          textCell(entry.location ?? '', entry.position),
        ],
        position: entry.position,
      }),
    );
    const header = ['Name', 'Type', 'Required', 'Description', 'Default', 'Minimum', 'Maximum', 'In'];
    out.push(markOrigin(madeTable(header, rows, entries[0]!.position, ['Required', 'Default', 'Minimum', 'Maximum', 'In']), 'reader'));
    index = at;
  }
  root.children = out;
}

/**
 * The entries whose headings stand at the title's own depth from `index` on (`### Parameters` ⏎
 * `### id` ⏎ `string, required` ⏎ its words ⏎ `### verbose` ⏎ …), pushed to `entries`: each a
 * name whose notes state its type or flag, beside it or on the line under it; the first heading that
 * is none (`### Response`, `### Delete lamp`) ends them. Where the next block after them starts.
 */
function sameDepthEntries(nodes: readonly RootContent[], index: number, depth: number, entries: Entry[]): number {
  let at = index;
  for (;;) {
    const node = nodes[at];
    if (node?.type !== 'heading' || node.depth !== depth) return at;
    const entry = entryAt(nodes, at, depth - 1);
    if (!entry || entry.notes.length === 0) return at;
    entries.push(entry);
    at = entry.end;
  }
}

const FLAG = /^(?:required|optional)$/i;
const FACT_COLUMNS = ['default', 'minimum', 'maximum'] as const;

/**
 * One entry is the part's only field when its notes mark it one (`**site_id** <Required />`, a
 * type word) and the next block after it opens another part (a heading no deeper than the title)
 * or ends the page: a lone bold paragraph with no notes may be a title of its own.
 */
function isWholePart(entry: Entry, next: RootContent | undefined, depth: number): boolean {
  return entry.notes.length > 0 && (next === undefined || (next.type === 'heading' && next.depth <= depth));
}

function titleOf(node: RootContent): string | undefined {
  if (node.type === 'heading') return headingText(node);
  // A label: `**Query Parameters**`, `Parameters:`.
  if (node.type === 'paragraph' && node.children.length <= 2) {
    const text = plainText(node).trim();
    if (text.length <= 40 && (node.children[0]?.type === 'strong' || text.endsWith(':'))) return text;
  }
  return undefined;
}

/**
 * A capitalised bold label alone that titles another part (`**Responses**`, `**Example request**`):
 * it ends the entries, no field of theirs.
 */
function isPartLabel(node: RootContent, titles: TitleVocabulary | undefined): boolean {
  const [only, ...rest] = node.type === 'paragraph' ? node.children : [];
  if (only?.type !== 'strong' || rest.length > 0) return false;
  const text = plainText(only).trim();
  const kind = /^[A-Z]/.test(text) ? sectionOfTitle(text, titles)?.kind : undefined;
  return kind !== undefined && kind !== 'notes';
}

/**
 * Where the run of layout tags alone from `index` on ends (`<div class="two-up">`, `<div
 * class="definitions">`: VuePress and MDX pages wrap a part's entries in them). At most a few.
 */
function layoutEnd(nodes: readonly RootContent[], index: number): number {
  let at = index;
  while (at < nodes.length && at < index + MAX_LAYOUT && nodes[at]!.type === 'html' && isLayoutOnly((nodes[at] as Html).value)) at++;
  return at;
}

const MAX_LAYOUT = 4;

/** A thematic break or `<hr />` between entries. */
function isRule(node: RootContent): boolean {
  return node.type === 'thematicBreak' || (node.type === 'html' && /^<hr\s*\/?\s*>$/i.test(node.value.trim()));
}

/** The entry whose name block is at `index`: a heading deeper than the title's, or a paragraph of a bold or code name. */
function entryAt(nodes: readonly RootContent[], index: number, depth: number): Entry | undefined {
  const node = nodes[index]!;
  // `` `content`: (Required) The text to tokenize. ``: the name, the flag and the description in one paragraph.
  // `` `keys` **Required**\ `` ⏎ `Array of primary keys …` (Directus'): the name and its notes, a line break, the description.
  // `` `title` *string* (required) `` ⏎ `The title.` (or ⏎ `: The title.`, a definition list's), `**reason** _string_ (optional) — Why.`:
  // the name and its notes, then the description after the line's end or a dash.
  const inline =
    node.type === 'paragraph' ? (inlineEntry(node) ?? brokenEntry(node) ?? notedEntry(node) ?? parenthesisedEntry(node)) : undefined;
  if (inline && node.position) return { ...inline, position: node.position, end: index + 1 };
  const named =
    node.type === 'heading'
      ? nameOfHeading(node, depth)
      : node.type === 'paragraph'
        ? (nameOfParagraph(node) ?? stackedName(nodes, index))
        : undefined;
  if (!named || !node.position) return undefined;
  let notes = named.notes;
  let location: string | undefined;
  const facts: StackedFact[] = [];
  const description: PhrasingContent[] = [];
  let end = index + 1;
  for (; end < nodes.length; end++) {
    const next = nodes[end]!;
    // `- `active`` ⏎ `- `archived`` under the description: its values, lines of it (stacked-values.ts).
    const values = description.length > 0 ? listedValues(next) : undefined;
    if (values) {
      description.push(...values);
      continue;
    }
    // A plain name that is a type word or flag (`required` ⏎ `boolean`) opens the next entry only where this one has its words or its type.
    const opens = description.length > 0 || notes.some(isTypeWord);
    if (next.type !== 'paragraph' || (node.type === 'paragraph' && (nameOfParagraph(next) || stackedName(nodes, end, opens)))) break;
    // `string` ⏎ `Required`: a paragraph of type words or a flag alone, before the description, is notes.
    const stacked = description.length === 0 ? noteParagraph(next) : undefined;
    if (stacked) {
      location = stacked.find(isLocationNote)?.toLowerCase() ?? location;
      notes = notesOf([...notes.flatMap((note) => note.split(' ')), ...stacked.filter((word) => !isLocationNote(word))]);
      continue;
    }
    // `≤ 250` ⏎ `default 50` after the type: the limits and the default, once each.
    const fact = description.length === 0 && notes.length > 0 ? factParagraph(next) : undefined;
    if (fact && !facts.some((known) => known.key === fact.key)) {
      facts.push(fact);
      continue;
    }
    const opening = description.length === 0 && !notes.some((word) => !FLAG.test(word)) ? openingNotes(next) : undefined;
    if (opening) notes = [...notes, ...opening.notes];
    if (description.length > 0) description.push({ type: 'text', value: ' ' });
    description.push(...(opening?.children ?? next.children));
  }
  return {
    name: named.name,
    notes,
    ...(facts.length > 0 ? { facts } : {}),
    ...(location ? { location } : {}),
    description,
    position: node.position,
    end,
  };
}

/** After an inline entry's name: the colon, and a flag in parentheses opening the description. */
const INLINE_SEPARATOR = /^:[ \t]+(?:\((required|optional)\)[ \t]*)?/i;

/** A paragraph `` `name`: (Optional) The description. `` (a code or bold name, a colon, the words). */
function inlineEntry(node: Paragraph): Omit<Entry, 'position' | 'end'> | undefined {
  const [first, next, ...rest] = node.children;
  if ((first?.type !== 'inlineCode' && first?.type !== 'strong') || next?.type !== 'text') return undefined;
  const name = plainText(first).trim();
  const separator = INLINE_SEPARATOR.exec(next.value);
  if (!IDENTIFIER.test(name) || !separator) return undefined;
  const description = [textAfter(next, separator[0].length), ...rest];
  if (plainText({ type: 'paragraph', children: description }).trim() === '') return undefined;
  return { name, notes: separator[1] ? [separator[1].toLowerCase()] : [], description };
}

/**
 * A paragraph of a code or bold name, its notes in bold, emphasis or code (`` `id` **uuid** ``,
 * `` `keys` **Required** ``), a line break, then the description.
 */
function brokenEntry(node: Paragraph): Omit<Entry, 'position' | 'end'> | undefined {
  const cut = node.children.findIndex((child) => child.type === 'break');
  if (cut < 1) return undefined;
  const head: Paragraph = { type: 'paragraph', children: node.children.slice(0, cut) };
  const entry = nameOfParagraph(head, true);
  const description = node.children.slice(cut + 1);
  if (!entry || plainText({ type: 'paragraph', children: description }).trim() === '') return undefined;
  return { ...entry, description };
}

/**
 * Where a noted entry's first line ends: a line end (a `: ` opening the next line, a definition's),
 * or a dash between spaces. Matched only from a run of blanks' start (where the leftmost match
 * starts anyway): from every blank of a long run, each scan of the rest was quadratic.
 */
const LINE_END = /(?<![ \t])[ \t]*\r?\n[ \t]*(?::[ \t]+)?|(?<![ \t])[ \t]+[-–—][ \t]+/;

/**
 * A paragraph whose first words are a code or bold name and notes that state its type or flag
 * (`` `title` *string* (required) ``, `**reason** _string_ (optional)`), its description after the
 * line's end or after a dash. Without notes, only a name in code before a dash (`` `cursor` — Where … ``).
 */
function notedEntry(node: Paragraph): Omit<Entry, 'position' | 'end'> | undefined {
  const cut = node.children.findIndex((child) => child.type === 'text' && LINE_END.test(child.value));
  if (cut < 1) return undefined;
  const split = node.children[cut] as Text;
  const ending = LINE_END.exec(split.value)!;
  const before = split.value.slice(0, ending.index);
  const head: Paragraph = {
    type: 'paragraph',
    children: [...node.children.slice(0, cut), ...(before ? [{ type: 'text' as const, value: before }] : [])],
  };
  const entry = nameOfParagraph(head, true);
  const dashed = !ending[0].includes('\n');
  if (!entry || (entry.notes.length === 0 && !(dashed && node.children[0]?.type === 'inlineCode'))) return undefined;
  // The description's words after the line's end lose their place (remark drops a line's indent): no position.
  const rest = split.value.slice(ending.index + ending[0].length);
  const description = [...(rest ? [{ type: 'text' as const, value: rest }] : []), ...node.children.slice(cut + 1)];
  if (plainText({ type: 'paragraph', children: description }).trim() === '') return undefined;
  return { ...entry, description };
}

/** Notes in parentheses, then a colon or a dash and the description's first words: ` (string, required): `. */
const PARENTHESISED = /^[ \t]*\(([^()\n]{1,60})\)[ \t]*(?::|[-–—](?=[ \t]))[ \t]+/;
/** A paragraph's plain first word that names a field, right before its notes' parenthesis. */
const PLAIN_NAME = /^([A-Za-z_$][\w.[\]$-]*)(?=[ \t]+\()/;

/**
 * A paragraph of a name (plain, in code or in bold), its notes in parentheses that state its type
 * or flag and nothing else, a colon or a dash, then the description: `title (string, required): The
 * title.`, `` `body` (string, optional): The text. ``, `**shelf_id** (integer) — The shelf.`.
 */
function parenthesisedEntry(node: Paragraph): Omit<Entry, 'position' | 'end'> | undefined {
  const [first, second, ...rest] = node.children;
  let name: string;
  let text: Text;
  let skip = 0;
  let after: PhrasingContent[];
  if (first?.type === 'text') {
    const plain = PLAIN_NAME.exec(first.value);
    if (!plain) return undefined;
    [name, text, skip, after] = [plain[1]!, first, plain[0].length, second ? [second, ...rest] : []];
  } else if ((first?.type === 'inlineCode' || first?.type === 'strong') && second?.type === 'text') {
    [name, text, after] = [plainText(first).trim(), second, rest];
  } else return undefined;
  const notes = PARENTHESISED.exec(text.value.slice(skip));
  if (!notes) return undefined;
  const words = notes[1]!.split(/[\s,]+/).filter(Boolean);
  if (!IDENTIFIER.test(name) || words.length === 0 || words.length > 5 || !words.every(isBareTypeWord)) return undefined;
  if (words.every((word) => /^(?:of|or)$/i.test(word))) return undefined;
  const description = [textAfter(text, skip + notes[0].length), ...after];
  if (plainText({ type: 'paragraph', children: description }).trim() === '') return undefined;
  return { name, notes: notesOf(words), description };
}

interface Named {
  name: string;
  notes: string[];
}

/** A heading of a method alone (`#### POST` under `### Request body`): that method's part, no field (parts.ts). */
const METHOD_HEADING = /^\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s*$/;

function nameOfHeading(node: Heading, depth: number): Named | undefined {
  if (node.depth <= depth || METHOD_HEADING.test(headingText(node))) return undefined;
  const match = /^\s*`?([^`\s]+)`?\s*(.*)$/.exec(headingText(node));
  return match ? named(match[1]!, match[2]!) : undefined;
}

function nameOfParagraph(node: Paragraph, bold = false): Named | undefined {
  const [first, ...rest] = node.children;
  if (first?.type !== 'strong' && first?.type !== 'inlineCode') return undefined;
  // A flag in bold (`` `id` string **Required** ``) is a note as in emphasis; a type's parameter glued to
  // its word, which markdown reads as a tag (`` `state` enum<string> Optional ``, Twilio's), is the type's.
  const note = (child: PhrasingContent, index: number) =>
    child.type === 'text' ||
    child.type === 'emphasis' ||
    child.type === 'inlineCode' ||
    (child.type === 'html' && isTypeParameterTag(child.value, plainText(rest[index - 1] ?? first), NO_CLOSED)) ||
    (child.type === 'strong' && (bold || FLAG.test(plainText(child).trim())));
  if (!rest.every(note)) return undefined;
  // `` `token` `token` Required `` (Slack's): a type word in code is the type, whatever the vocabulary knows of it.
  const coded = new Set(rest.flatMap((child) => (child.type === 'inlineCode' && CODED_TYPE.test(child.value) ? [child.value] : [])));
  return named(plainText(first).trim(), rest.map(plainText).join(''), coded);
}

/** A type's name in code beside a field's: one word (`token`, `uuid`). */
const CODED_TYPE = /^[A-Za-z][A-Za-z0-9]*$/;

/** A name and the note words beside it (`(string, required)`, `*integer*`, `required`); none that are no notes. */
function named(name: string, rest: string, coded: ReadonlySet<string> = new Set()): Named | undefined {
  if (!IDENTIFIER.test(name)) return undefined;
  const words = rest
    .replace(/[*_`(),]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length > 5 || !words.every((word) => isBareTypeWord(word) || coded.has(word) || isGluedType(word))) return undefined;
  return { name, notes: notesOf(words) };
}

/** No closing tag: a name paragraph's children are all notes, none closes a tag. */
const NO_CLOSED: ReadonlySet<string> = new Set();

/** A type word and its parameter glued in angle brackets (`enum<string>`, `string<date-time>`, `SID<AC>`), as type-text.ts reads them. */
const GLUED_TYPE = /^([A-Za-z]+)<[A-Za-z][\w.-]*>$/;

function isGluedType(word: string): boolean {
  const base = GLUED_TYPE.exec(word)?.[1];
  return base !== undefined && (isBareTypeWord(base) || /^sid$/i.test(base));
}

/** Type words as one note, the flags apart. */
function notesOf(words: readonly string[]): string[] {
  const type = words.filter((word) => !FLAG.test(word)).join(' ');
  return [...(type ? [type] : []), ...words.filter((word) => FLAG.test(word)).map((word) => word.toLowerCase())];
}

/** After the type: its flag and the separator before the description (`, optional. `). */
const AFTER_TYPE = /^[ \t]*(?:,[ \t]*(required|optional)\b)?[ \t]*(?:[.,;:]|[-–—](?=[ \t]))[ \t]*/i;
/** A description's text that opens with the type: `Integer, optional. The number …`. */
const TEXT_OPENING =
  /^[ \t]*([A-Za-z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*){0,3})(?=[ \t]*(?:,[ \t]*(?:required|optional)\b|[.;:]|[-–—][ \t]))/i;

/**
 * The notes a description opens with (`*integer*, optional.`, `` `string` — ``, `Integer. `),
 * and the description without them; `undefined` where it opens otherwise.
 */
function openingNotes(node: Paragraph): { notes: string[]; children: PhrasingContent[] } | undefined {
  const [first, ...rest] = node.children;
  let words: string;
  let after: PhrasingContent[];
  if (first?.type === 'emphasis' || first?.type === 'strong' || first?.type === 'inlineCode') {
    words = plainText(first).trim();
    after = rest;
  } else if (first?.type === 'text') {
    const match = TEXT_OPENING.exec(first.value);
    if (!match) return undefined;
    words = match[1]!;
    after = [textAfter(first, match[0].length), ...rest];
  } else return undefined;
  const list = words.split(/\s+/);
  if (!list.every(isBareTypeWord) || list.every((word) => FLAG.test(word))) return undefined;
  const next = after[0];
  const separator = next?.type === 'text' ? AFTER_TYPE.exec(next.value) : null;
  if (!separator || next?.type !== 'text') return undefined;
  return {
    notes: notesOf([...list, ...(separator[1] ? [separator[1]] : [])]),
    children: [textAfter(next, separator[0].length), ...after.slice(1)],
  };
}
