/**
 * Definition lists (kramdown, PHP Markdown Extra, Pandoc, Hugo's Goldmark: Mastodon's reference
 * documents every parameter and header so) → an attribute table:
 *
 *     status
 *     : required String. The text content of the status.   → | status | String | yes | The text… |
 *
 *     media_ids[]
 *     : Array of String. Attachment IDs.                    → | media_ids[] | Array of String | no | … |
 *
 * CommonMark has no definition lists: remark reads each item as a paragraph whose second line
 * starts with `: `. A run of such paragraphs whose terms are all names (`status`, `poll[options][]`,
 * `:id`, `Idempotency-Key`) becomes one table, every cell placed at its words in the page. The
 * type is the definition's first sentence when that is a type phrase (`String.`, `Array of Hash.`,
 * `String (Enumerable oneOf).`); the item is required when its definition opens with the word
 * `required` (Hugo's `{{<required>}}`, which `noise.ts` leaves as that word). Items that state no
 * type leave the table without a Type column (never a guessed `string`).
 *
 * A definition whose first line is the type and its flags, the description in the paragraphs
 * indented under it (as the extension continues a definition):
 *
 *     timeout
 *     : number, optional, default value: 86400           → | timeout | number | no | A number … | 86400 |
 *
 *       A number of seconds before the invoice expires.
 *
 * `string, required`, `boolean, optional, default value: false`: the flag and the default only as
 * stated (a default a number, `true`/`false`, a code span or a quoted text). After the flag the
 * description may follow on the line (`integer, optional. The page size.`). An HTML page's `<dl>`
 * is read by these rules too (`html-definition-lists.ts`).
 *
 * Indented under an item (a 4-space indent: an indented code block to CommonMark), the entries of
 * an object's properties (Elasticsearch's `**Properties of `query`**` ⏎ `` `match` `` ⏎
 * `:   (Required, string) …`) are rows of their own, `query.match`, and theirs indented under them
 * at any depth, `query.bool.must` (`nested-definitions.ts`), and a values list (`Valid
 * values:` ⏎ `` * `all`: Every record. ``) lines of the item's description.
 *
 * A run whose terms are statuses is a status table, the definition each status's description:
 *
 *     201 Created
 *     :   The loan was made.                                → | 201 | The loan was made. |
 *
 * and so, under a responses title, is a run of paragraphs that each state a status on one line,
 * the type of its body in parentheses (Kubernetes' reference, its type a link to its definition):
 *
 *     200 (<a href="#Loan">Loan</a>): OK                    → | 200 | Loan | OK |
 *     401: Unauthorized                                     → | 401 |      | Unauthorized |
 */

import type { Code, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Point } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { linesJoined } from '../shared/trim.js';
import { pointAt } from './attribute-lists.js';
import { closingFacts, isTypePhrase, TYPE_WORD } from './closing-facts.js';
import { markOrigin } from './findings.js';
import { madeTable, textCell } from './made-tables.js';
import { ITEM, indentedValues, type NestedEntry, nestedEntries } from './nested-definitions.js';
import { CODE_THEN_REASON, REASON, STATUS_CODE } from './status-words.js';

const TERM = /^(?:`([^`\n]+)`|\*\*([^*\n]+)\*\*|([^\s`*]+))$/;
const NAME = /^(?::?[\w.[\]$@-]+|<[\w.-]+>|\{[\w.-]+\})$/;
const TYPE_SENTENCE =
  /^((?:(?:array|list|collection)\s+of\s+)?([A-Za-z-]+)(?:\s+or\s+((?:(?:array|list|collection)\s+of\s+)?[A-Za-z-]+))?)(?:\s*\([^)\n]*\))?\.(?=\s|$)/i;

/** A type sentence's other alternative: a type word, or an array of them (`Array of Strings`, Mastodon's `String or Array of Strings.`). */
function isAlternative(words: string): boolean {
  const of = /^(?:array|list|collection)\s+of\s+([A-Za-z-]+)$/i.exec(words)?.[1];
  return of ? TYPE_WORD.test(of) || TYPE_WORD.test(of.replace(/s$/i, '')) : TYPE_WORD.test(words);
}
/** (`required if …`, `required when …`, `required unless …`: a condition, no flag; the words stay the description's.) */
const REQUIRED = /^(required|optional)\b(?!\s+(?:if|when|unless)\b)[.:]?\s*/i;
/** `_Required_ **string** - `, `*Optional* _Boolean_ `: a flag in emphasis, then a type word in emphasis, then a dash or a blank. */
const MARKED_FACTS = /^(?:([_*]{1,2})(required|optional)\1[ \t]+)?([_*]{1,2})([A-Za-z][A-Za-z-]*)\3(?:([ \t]*[-–—:][ \t]+)|(?=[ \t]))/i;
/** `number, optional, default value: 86400`: the type, its flag, its default, and nothing else on the line. */
const TYPE_LINE =
  /^([A-Za-z][A-Za-z-]*(?:[ \t]+[A-Za-z][A-Za-z-]*){0,3})(?:[ \t]*,[ \t]*(required|optional))?(?:[ \t]*,[ \t]*default(?:[ \t]+value)?[ \t]*[:=]?[ \t]*(`[^`\n]+`|"[^"\n]*"|-?\d+(?:\.\d+)?|true|false))?[ \t]*(?:\.[ \t]*)?(?:\r?\n|$)/i;
/** `integer, optional. The page size.`: the type and its flag, then the description on the same line. */
const TYPE_FLAG_SENTENCE = /^([A-Za-z][A-Za-z-]*(?:[ \t]+[A-Za-z][A-Za-z-]*){0,3})[ \t]*,[ \t]*(required|optional)[ \t]*\.[ \t]+(?=\S)/i;
/** A status term: `201 Created`, `` `404` ``, `**409 Conflict**`. */
const STATUS_TERM = new RegExp(String.raw`^(?:\`|\*\*)?${CODE_THEN_REASON}(?:\`|\*\*)?$`);
/**
 * `(Required, string)`, `(Optional, array of strings)`, `(object)`, `(Optional, [time units](…))`:
 * the flag, then the type (a link or other words name no type the vocabulary knows: no type).
 */
const FACTS = /^\((?:(required\*?|optional)(?=[,)\s])[,\s]*)?((?:[^()\n]|\([^()\n]*\))*)\)\s*/i;

interface Item {
  name: string;
  nameStart: number;
  nameEnd: number;
  type: string;
  required: boolean;
  /** The default the definition's first line states. */
  fallback?: string;
  /** Where the definition ends, when it goes on in paragraphs after its item's. */
  end?: Point;
  /** The type and flag the definition's closing sentences state (`The new name. String, optional.`), and where they start. */
  closing?: { type: string; required: boolean; at: number };
  /** The values listed under it (`Valid values:` ⏎ `` `all`: Every record. ``): its description's closing lines. */
  values?: string[];
  /** Offset of the description in the page. */
  from: number;
  to: number;
  paragraph: Paragraph;
}

/** Replaces each run of definition-item paragraphs at the top level by the attribute table it is. */
export function convertDefinitionLists(root: Root, page: string): void {
  const out: RootContent[] = [];
  let run: Item[] = [];
  let statuses: StatusItem[] = [];
  const flush = () => {
    if (run.length > 0) out.push(markOrigin(tableOf(run, page), 'definition list'));
    if (statuses.length > 0) out.push(markOrigin(statusTableOf(statuses, page), 'definition list'));
    run = [];
    statuses = [];
  };
  let responsesTitled = false;
  /** The run's last item of its own level (the items nested under it come after it). */
  let top: Item | undefined;
  for (const node of root.children) {
    if (node.type === 'heading') responsesTitled = RESPONSES_TITLE.test(plainText(node).trim());
    const status =
      node.type === 'paragraph' ? (statusItemOf(node, page) ?? (responsesTitled ? statusLineOf(node, page) : undefined)) : undefined;
    if (status) {
      top = undefined;
      if (run.length > 0) flush();
      statuses.push(status);
      continue;
    }
    const last = top;
    // The item's values, indented under it (`Valid values:` ⏎ `` * `all`: Every record. ``, or as
    // definitions, `` `asc` `` ⏎ `:   Oldest first.`): lines of its description, one a value.
    const values = last && statuses.length === 0 && isIndentedUnder(node, last, page) ? indentedValues(node, page) : undefined;
    if (last && values) {
      last.values = values;
      continue;
    }
    // The fields of the item's own value, a definition list indented under it (Elasticsearch's
    // `**Properties of `query`**` ⏎ `` `match` `` ⏎ `:   (Required, string) …`): an object's (an
    // array of objects') properties, `query.match`, after it; another's (a map's, `object of
    // objects`) are left out. The run goes on after them; they are no words of the item's.
    if (last && statuses.length === 0 && isNestedDefinitions(node, last, page)) {
      run.push(...nestedItems(node, last, page));
      continue;
    }
    if (last && statuses.length === 0 && isContinuation(node, last, page)) {
      // The definition goes on in a paragraph indented under it.
      if (last.from >= last.to) last.from = node.position!.start.offset!;
      last.to = node.position!.end.offset!;
      last.end = node.position!.end;
      continue;
    }
    const item = node.type === 'paragraph' ? itemOf(node, page) : undefined;
    if (item) {
      if (statuses.length > 0) flush();
      run.push(item);
      top = item;
      continue;
    }
    flush();
    top = undefined;
    out.push(node);
  }
  flush();
  root.children = out;
}

/**
 * A paragraph indented under a definition (a 4-space indent is an indented code block to
 * CommonMark: one of words alone), right after it: the definition's next paragraph.
 */
function isContinuation(node: RootContent, item: Item, page: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || (node.type !== 'paragraph' && node.type !== 'code')) return false;
  if (node.type === 'code' && (node.lang || node.meta || !/^[ \t]/.test(page.slice(start, end)) || /[{}<>;=]/.test(node.value)))
    return false;
  const lineStart = page.lastIndexOf('\n', start - 1) + 1;
  const indented = /^[ \t]+$/.test(page.slice(lineStart, start)) || (node.type === 'code' && /^[ \t]/.test(page.slice(start)));
  const between = page.slice(item.to, start);
  return indented && /^\s*$/.test(between) && /\n[ \t]*\n/.test(between);
}

/** A definition item inside text: a term's line, then `: definition` (up to three spaces before the colon). */
const NESTED_ITEM = /^[ \t]*\S[^\n]*\r?\n[ \t]*:[ \t]+\S/m;

/**
 * An indented block right after a definition (a 4-space indent is an indented code block to
 * CommonMark) that holds definition items of its own: the fields of that item's value.
 */
function isNestedDefinitions(node: RootContent, item: Item, page: string): node is Code {
  return node.type === 'code' && isIndentedUnder(node, item, page) && NESTED_ITEM.test(node.value);
}

/** An indented code block (CommonMark's reading of a 4-space indent) right after the item, nothing between. */
function isIndentedUnder(node: RootContent, item: Item, page: string): node is Code {
  const start = node.position?.start.offset;
  if (node.type !== 'code' || node.lang || node.meta || start === undefined || !/^[ \t]/.test(page.slice(start))) return false;
  return /^\s*$/.test(page.slice(item.to, start));
}

/** `object`, `array of objects`: a value whose properties a nested definition list may state. */
const OBJECT_TYPE = /^(?:(array|list)\s+of\s+)?objects?$/i;

/**
 * The nested definitions under an object's item, each its property (`query.match`; of an array
 * of objects', `hits[].score`), and theirs under them at any depth (`settings.layout.rows`);
 * none where a paragraph of the block is neither one, its words nor its label (left out as
 * before). The definitions under an item of another type (a map's, `object of objects`) are
 * left out.
 */
/** The prefix of the names of the fields nested under a field of `type` (`settings.`, of an array of objects `tags[].`); undefined for any other type. */
export function nestedPrefix(name: string, type: string): string | undefined {
  const kind = OBJECT_TYPE.exec(type.trim());
  return kind ? (kind[1] ? `${name}[].` : `${name}.`) : undefined;
}

function nestedItems(node: Code, parent: Item, page: string): Item[] {
  if (/[.[\]]/.test(parent.name)) return [];
  const entries = nestedEntries(node, page);
  const items: Item[] = [];
  return entries && propertiesOf(entries, parent, page, items) ? items : [];
}

/** Adds the entries' items, each a property of `parent`'s value, and their own after each; false where a term names no field. */
function propertiesOf(entries: readonly NestedEntry[], parent: Item, page: string, items: Item[]): boolean {
  const prefix = nestedPrefix(parent.name, parent.type);
  if (prefix === undefined) return true;
  for (const entry of entries) {
    const name = termName(entry.term);
    if (!name) return false;
    const facts = definitionFacts(entry.definition);
    const position = { start: pointAt(page, entry.termAt), end: pointAt(page, entry.to) };
    const item: Item = {
      name: `${prefix}${name}`,
      nameStart: entry.termAt,
      nameEnd: entry.termAt + entry.term.length,
      type: facts.type,
      required: facts.required,
      from: entry.from + facts.skip,
      to: entry.wordsEnd ?? entry.to,
      paragraph: { type: 'paragraph', children: [], position },
    };
    if (facts.fallback !== undefined) item.fallback = facts.fallback;
    if (entry.values) item.values = entry.values;
    if (entry.wordsEnd !== undefined) item.end = pointAt(page, entry.wordsEnd);
    items.push(item);
    if (!propertiesOf(entry.children, item, page, items)) return false;
  }
  return true;
}

interface StatusItem {
  status: string;
  /** The type of the status's body, as a one-line status states it in parentheses. */
  type?: string;
  from: number;
  to: number;
  paragraph: Paragraph;
}

/** A heading over a response's statuses: `Response`, `Responses`, `Status codes`, `HTTP responses`. */
const RESPONSES_TITLE = /^(?:http\s+)?(?:responses?|status(?:\s+codes)?|response\s+codes)$/i;
/** A paragraph that opens with a status code, before it is read as a status line. */
const OPENS_WITH_CODE = new RegExp(String.raw`^${STATUS_CODE}\b`);
/** `200 (Loan): OK`, `401: Unauthorized`: the status, its body's type by name, the reason (tags read as the words they show). */
const STATUS_LINE = new RegExp(String.raw`^(${STATUS_CODE})(?:[ \t]*\([ \t]*([A-Za-z][\w.]*)[ \t]*\))?[ \t]*:[ \t]*${REASON}$`);

/** A paragraph that is one status on one line, under a responses title. */
function statusLineOf(paragraph: Paragraph, page: string): StatusItem | undefined {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined || end - start > 400) return undefined;
  const source = page.slice(start, end);
  if (!OPENS_WITH_CODE.test(source) || source.includes('\n')) return undefined;
  const line = STATUS_LINE.exec(source.replace(/<\/?a\b[^<>\n]*>/g, '').trim());
  if (!line) return undefined;
  const colon = source.lastIndexOf(':');
  const item: StatusItem = { status: line[1]!, from: start + colon + 1, to: end, paragraph };
  if (line[2]) item.type = line[2];
  return item;
}

function statusItemOf(paragraph: Paragraph, page: string): StatusItem | undefined {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const match = ITEM.exec(page.slice(start, end));
  const status = match ? STATUS_TERM.exec(match[1]!.trim())?.[1] : undefined;
  if (!match || !status) return undefined;
  return { status, from: start + match[0].length - match[2]!.length, to: end, paragraph };
}

function statusTableOf(items: readonly StatusItem[], page: string): Table {
  const first = items[0]!.paragraph.position!;
  const last = items[items.length - 1]!.paragraph.position!;
  const rows: TableRow[] = items.map((item) => {
    const where = item.paragraph.position!;
    // A definition's continuation lines are indented: one line of words.
    const text = linesJoined(page.slice(item.from, item.to));
    const description: PhrasingContent[] = text.trim() ? [{ type: 'text', value: text.trim() }] : [];
    return {
      type: 'tableRow',
      children: [
        textCell(item.status, where),
        { type: 'tableCell', children: description, position: where },
        textCell(item.type ?? '', where),
      ],
      position: where,
    };
  });
  return madeTable(['Status', 'Description', 'Schema'], rows, { start: first.start, end: last.end });
}

function itemOf(paragraph: Paragraph, page: string): Item | undefined {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const source = page.slice(start, end);
  const match = ITEM.exec(source);
  if (!match) return undefined;
  const termText = match[1]!.trim();
  const name = termName(termText);
  if (!name) return undefined;
  const nameStart = start + match[1]!.indexOf(termText);
  const facts = definitionFacts(match[2]!);
  const item: Item = {
    name,
    nameStart,
    nameEnd: nameStart + termText.length,
    type: facts.type,
    required: facts.required,
    from: start + match[0].length - match[2]!.length + facts.skip,
    to: end,
    paragraph,
  };
  if (facts.fallback !== undefined) item.fallback = facts.fallback;
  // Nothing opens it: the type and flag may close it (`The new name. String, optional.`, `Type: string`).
  const closing = facts.skip === 0 ? closingFacts(match[2]!) : undefined;
  if (closing) item.closing = { ...closing, at: item.from + closing.at };
  return item;
}

/** The name a definition's term states (`status`, `` `poll[options][]` ``, `**Idempotency-Key**`); undefined where it states other words. */
export function termName(termText: string): string | undefined {
  const term = TERM.exec(termText);
  const name = term ? (term[1] ?? term[2] ?? term[3]!).trim() : undefined;
  return name && NAME.test(name) ? name : undefined;
}

/** What a definition's opening states of its field: the type, the flag, the default; `skip` the characters that state them. */
export interface DefinitionFacts {
  type: string;
  required: boolean;
  fallback?: string;
  skip: number;
}

/** The facts a definition opens with (`required String.`, `(Optional, string)`, `number, optional, default value: 86400`). */
export function definitionFacts(definition: string): DefinitionFacts {
  // `_Required_ **string** - The text to render`, `_Boolean_ indicating whether …` (GitHub's v3
  // pages): the flag and the type in emphasis; after a dash, the description (else the words stay).
  const marked = MARKED_FACTS.exec(definition);
  if (marked && TYPE_WORD.test(marked[4]!))
    return { type: marked[4]!, required: /^required$/i.test(marked[2] ?? ''), skip: marked[5] ? marked[0].length : 0 };
  let rest = definition;
  let skip = 0;
  let required = false;
  const flag = REQUIRED.exec(rest);
  if (flag) {
    required = flag[1]!.toLowerCase() === 'required';
    skip += flag[0].length;
    rest = rest.slice(flag[0].length);
  }
  const facts = FACTS.exec(rest);
  const words = facts?.[2]?.trim() ?? '';
  if (facts && !flag && (facts[1] !== undefined || isTypePhrase(words))) {
    // `(Required, string)`, `(Optional, Boolean)`, `(object)`: what a search engine's reference says first.
    return { type: isTypePhrase(words) ? words : '', required: /^required/i.test(facts[1] ?? ''), skip: skip + facts[0].length };
  }
  const line = flag ? null : (TYPE_LINE.exec(rest) ?? TYPE_FLAG_SENTENCE.exec(rest));
  if (line && isTypePhrase(line[1]!)) {
    // `number, optional, default value: 86400`: the type and the flags the line states, the description after it.
    const stated = line[3]?.replace(/^(["`])(.*)\1$/, '$2');
    const found: DefinitionFacts = { type: line[1]!, required: /^required$/i.test(line[2] ?? ''), skip: skip + line[0].length };
    if (stated !== undefined) found.fallback = stated;
    return found;
  }
  const sentence = TYPE_SENTENCE.exec(rest);
  if (sentence && TYPE_WORD.test(sentence[2]!) && (!sentence[3] || isAlternative(sentence[3]))) {
    skip += sentence[0].length + /^\s*/.exec(rest.slice(sentence[0].length))![0].length;
    return { type: sentence[1]!, required, skip };
  }
  return { type: '', required, skip };
}

function tableOf(items: readonly Item[], page: string): Table {
  const first = items[0]!.paragraph.position!;
  const lastItem = items[items.length - 1]!;
  const at = { start: first.start, end: lastItem.end ?? lastItem.paragraph.position!.end };
  const rows: TableRow[] = items.map((item) => {
    const where = item.end ? { start: item.paragraph.position!.start, end: item.end } : item.paragraph.position!;
    const name: TableCell = {
      type: 'tableCell',
      children: [
        {
          type: 'inlineCode',
          value: item.name,
          position: { start: pointAt(page, item.nameStart), end: pointAt(page, item.nameEnd) },
        },
      ],
      position: where,
    };
    const description: PhrasingContent[] = [];
    // Closing facts close the definition only where no paragraph goes on under it.
    const closing = item.end ? undefined : item.closing;
    const to = closing?.at ?? item.to;
    const text = page.slice(item.from, to);
    if (text.trim()) description.push({ type: 'text', value: text, position: { start: pointAt(page, item.from), end: pointAt(page, to) } });
    // The values, their lines as the extractor reads them (`` `all`: Every record. ``): words of no place in the page.
    if (item.values) description.push({ type: 'text', value: `\n\n${item.values.join('\n')}` });
    const cells: TableCell[] = [
      name,
      textCell(closing?.type || item.type, where),
      textCell(item.required || closing?.required ? 'yes' : 'no', where),
      { type: 'tableCell', children: description, position: where },
      textCell(item.fallback ?? '', where),
    ];
    return { type: 'tableRow', children: cells, position: where };
  });
  return madeTable(['Attribute', 'Type', 'Required', 'Description', 'Default'], rows, at, ['Default']);
}
