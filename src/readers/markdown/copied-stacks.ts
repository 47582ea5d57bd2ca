/**
 * Stacked lines of a page of copied text (copied-text.ts): the API explorers of hosted docs sites
 * (ReadMe's reference pages, Stoplight Elements and the sites built like them) set a request's
 * method, a parameter's name, type and flags, and a response's status each in an element of its
 * own, which a browser's copy writes one to a line:
 *
 *     get                                 a method alone over its URL or route: the request line
 *     https://api.example.com/v1/users/{user_id}          (`get https://…/v1/users/{user_id}`)
 *     user_id                             a name over type words, then flags (`required`, `Defaults
 *     string                              to …`, `deprecated`, `read-only`), then its words: an entry
 *     required                            (`` `user_id` (string, required): Identifier for a user. ``)
 *     Identifier for a user.
 *     200                                 a status alone over its words, under a Responses title:
 *     Returns the user.                   an entry (`` `200`: Returns the user. ``)
 *     Body                                its body (ReadMe's, under the status's tab): `Body` (or
 *     application/json                    `Response body`) over its media type alone, the body's own
 *     object                              `object` maybe (or `array of objects`: its fields the items'),
 *     id                                  then its fields stacked as a parameter's are (name, type,
 *     string                              flags, words), a nested object's fields named by their path
 *     The user's ID.                      (`owner.name`)
 *
 * Redoc's pages (copied-columns.ts) stack them so too: the flags over the type, its format and
 * limits on the type's line (`string <= 100 characters`), its facts under it (`Default: 20`), and a
 * status's body under `Response Schema: application/json`. Scalar's label the type (`Type: string`),
 * set each fact as a label over its value (`min:` ⏎ `1`) and `enum` over its values, and a toggle
 * (`Show Child Attributes`) after an entry's words. Zudoku's set the method over the server's URL
 * over the route, a type's facts after middle dots (`string · required`; its name glued before it,
 * `idstring · required`, where the copy sets no blank between), and the responses' tabs (`200` ⏎
 * `404`, or `201 400 409`) over the first tab's words and fields.
 *
 * Each reading wants its whole shape (a name alone is no entry; type words are the vocabulary's
 * bare ones), so a sentence, a title or a list of names is not taken for one.
 */
import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { MEDIA_TYPE_ALONE } from '../../document/content-type.js';
import { type Line, linesSpan, spanOf } from '../shared/lines.js';
import { isBareTypeWord } from './attribute-lists.js';
import { markHtmlLists } from './html-lists.js';
import { parseSignature } from './paths.js';

/** A method alone on its line, in any case (an explorer's badge: `get`, `POST`). */
const METHOD_ALONE = /^\s*(?:get|put|post|patch|delete|head|options|trace)\s*$/i;
/** A route or URL alone on its line. */
const TARGET_ALONE = /^\s*(?:\/|https?:\/\/)\S*\s*$/;

/** A server's URL alone on its line (`https://api.example.com/v1`). */
const URL_ALONE = /^\s*https?:\/\/\S*\s*$/;
/** A route alone on its line (`/lamps/{lampId}`). */
const ROUTE_ALONE = /^\s*\/\S*\s*$/;

/**
 * The last line of the request a method alone opens (`get` ⏎ `https://host/v1/users`), or
 * undefined: the line of its URL or route, or the route's under the server's URL (Zudoku's
 * `GET` ⏎ `https://api.example.com/v1` ⏎ `/lamps/{lampId}`, each in an element of its own). An
 * index past the page's last line opens none.
 */
export function stackedRequestEnd(lines: readonly Line[], index: number): number | undefined {
  const method = lines[index]?.text;
  const target = lines[index + 1]?.text;
  if (method === undefined || !METHOD_ALONE.test(method) || target === undefined || !TARGET_ALONE.test(target)) return undefined;
  const route = lines[index + 2]?.text;
  const end = URL_ALONE.test(target) && route !== undefined && ROUTE_ALONE.test(route) ? index + 2 : index + 1;
  return parseSignature(stackedRequestLine(lines, index, end).replace(/^\S+/, (word) => word.toUpperCase())) ? end : undefined;
}

/**
 * Whether a request line alone repeats the stacked request before it (`request`, as
 * `stackedRequestLine` wrote it): the same method and route (Zudoku's sidecar over the operation's
 * samples, `GET /lamps/{lampId}`). Such a line opens no operation.
 */
export function repeatsRequest(line: Line, request: string | undefined): boolean {
  const stacked = request === undefined ? undefined : parseSignature(request.replace(/^\S+/, (word) => word.toUpperCase()));
  const repeated = stacked && /^\s*\//.test(line.text.replace(/^\s*\S+/, '')) ? parseSignature(line.text) : undefined;
  return repeated !== undefined && repeated.method === stacked!.method && repeated.path === stacked!.path;
}

/**
 * The request line a method and its URL on two lines write; under the server's URL, the route the
 * page states (the server is the samples' to state, as a page's curl commands do).
 */
export function stackedRequestLine(lines: readonly Line[], from: number, to: number): string {
  return `${lines[from]!.text.trim()} ${lines[to]!.text.trim()}`;
}

/** A parameter's or field's name alone: one word of code's characters. */
const NAME_ALONE = /^[A-Za-z_$@][\w.[\]$@-]*$/;
/** A flag the explorer writes on a line of its own under the type. */
const FLAG_LINE = /^(?:required|optional|deprecated|read[- ]?only|write[- ]?only|nullable)$/i;
/** A default the explorer writes on a line of its own under the type (`Defaults to 20`). */
const DEFAULT_LINE = /^Defaults? to\s+\S/i;
/** A fact of an entry labelled on a line of its own below its words: `Default: false`, `Possible values: …`. */
const FACT_LINE = /^(?:Default(?: value)?|Possible values|Allowed values|Valid values|Enum|Example|Minimum|Maximum)s?:[ \t]*\S/i;
/** A cell's tab alone on its line: the end of a table's cell whose words closed with a block. */
const CELL_TAB = /^\t+$/;
/** A status alone on its line (`200`, `4XX`, `default`). */
const STATUS_ALONE = /^(?:[1-5]\d\d|[1-5]XX|default)$/i;
/** A status and its reason phrase on its line, as Atlassian's references set a response (`200 OK`, `404 Not Found`). */
const STATUS_REASON = /^[1-5]\d\d[ \t]+[A-Z][A-Za-z'-]*(?:[ \t]+[A-Za-z'-]+){0,3}$/;
/** A status and words after it on its line (Redoc's response title). */
const STATUS_WORDS = /^(?:[1-5]\d\d|[1-5]XX|default)[ \t]+\S/i;
/** Redoc's title over a status's headers. */
const RESPONSE_HEADERS = /^Response Headers$/i;
/** Two or more statuses on one line, blanks between: a tab row (Zudoku's `200 400 404`). Bounded tokens, one blank run each: no backtracking. */
const STATUS_ROW = /^(?:[1-5]\d\d|[1-5]XX|default)(?:[ \t]+(?:[1-5]\d\d|[1-5]XX|default))+$/i;
/** What a status's entry states after its words, a line each (Atlassian's): the media type and the body's type name. */
const ANSWER_LINE = /^(?:[a-z]+\/[\w.+-]+|[A-Z][A-Za-z0-9]*)$/;

/** `Body`, `Response body`: a status's body over its media type. */
const BODY_LINE = /^(?:response\s+)?body$/i;
/** Redoc's label and media type on one line: `Response Schema: application/json`. */
const BODY_MEDIA_LINE = /^Response[ \t]+(?:Schema|body):[ \t]*([a-z]+\/[\w.+-]+)$/i;
/** The body's own type over its fields: an object, or an array of them (ReadMe's `array of objects`: its fields the items'). */
const OBJECT_LINE = /^object$/i;
const OBJECTS_LINE = /^array of objects$/i;

/** One stacked entry: its name, its notes (type words and flags) and its words, as lines; a status's body. */
export interface StackedEntry {
  name: Line;
  /** The name's columns, where it shares its line (a status of Zudoku's tab row `200 400 404`). */
  columns?: { from: number; to: number };
  /** The statuses of the tab row this entry's status opens (Zudoku's), after it: no words of their own. */
  tabs?: StackedEntry[];
  /** The path of the object whose field it is, where the operation's sample shows it (`owner.`, copied-nesting.ts). */
  path?: string;
  notes: Line[];
  words: Line[];
  /** A status's headers, stacked under their title (Redoc's `Response Headers`): the title's line and the fields. */
  headers?: { label: Line; fields: StackedEntry[] };
  body?: StackedBody;
}

/** A status's body: its label and media type lines, and its fields. */
interface StackedBody {
  /** Its label and media type lines (none where its fields follow the status's words right away, Bump.sh's). */
  label?: Line;
  mediaType?: Line;
  /** The media type the line states. */
  media?: string;
  /** The line stating the body an array of the objects its fields are (ReadMe's `array of objects`). */
  array?: Line;
  fields: StackedEntry[];
  /** The last line its fields hold. */
  end: number;
}

/**
 * Redoc's limits after the type words, on the type's line: `[ 1 .. 100 ]`, `<= 100 characters`,
 * `>= 10`, `non-empty`, `[ 1 .. 5 ] items`. Each a bounded token after a blank: no backtracking.
 */
const LIMITS = /(?:[ \t]+(?:\[[^\]\n]{1,40}\]|[<>]=?[ \t]?-?\d[\d.]{0,20}|non-empty|unique)(?:[ \t]+(?:characters|items))?)+$/;
/** `array` before an array's type word (Scalar's `array object[]`). */
const ARRAY_OF_ITEMS = /^array[ \t]+(?=[a-z]+\[\]$)/i;
/** Scalar's label before the type words: `Type: string`. */
const TYPE_LABEL = /^Type:[ \t]*/i;
/** A field's toggle (Scalar's `Show Child Attributes`, Bump.sh's `Hide child attributes`): the page's button, no words. */
const TOGGLE_LINE = /^(?:show|hide)[ \t]+(?:[\w.-]+[ \t]+){0,2}(?:attributes|properties|fields|parameters)$/i;
/** A label alone over its value's line (Scalar's `min:` ⏎ `1`), a fact of the entry. */
const LABEL_ALONE = /^(?:min|max|minimum|maximum|min length|max length|default|format|pattern|example)s?:$/i;
/** `enum` alone over its values, a word a line (Scalar's). */
const ENUM_ALONE = /^enum$/i;
/** A value alone on its line: one word, no sentence's end. */
const VALUE_ALONE = /^[\w.@+-]{1,60}$/;
/** A format after the type words and a blank (Redoc's `string <email>`; Stoplight's `string<email>` glues it). */
const SPACED_FORMAT = /^([a-z]+)[ \t]+(<[\w-]+>)/i;

/**
 * Zudoku's facts after the type, a middle dot between each (`string · required`, `integer · int32 ·
 * min: 1 · max: 50`): a flag, a format, `enum`, or a label and its value. Split on the dot itself.
 */
const INFO = /^(?:[A-Za-z][\w-]{0,30}|[A-Za-z][A-Za-z ]{0,20}:[ \t]*\S.{0,40})$/;

/** A type line's type words (a spaced format glued to its word: `string<email>`), the limits after them and Zudoku's dotted facts, as written. */
function typeParts(text: string): { type: string; limits?: string; infos?: string[] } {
  const [head, ...infos] = text.trim().replace(TYPE_LABEL, '').split('\u00b7');
  const trimmed = head!.trim();
  const limits = LIMITS.exec(trimmed);
  // Scalar's `array string[]`: the array's word, then what it holds.
  const type = (limits ? trimmed.slice(0, limits.index) : trimmed).replace(SPACED_FORMAT, '$1$2').replace(ARRAY_OF_ITEMS, '');
  const dotted = infos.length > 0 ? { infos: infos.map((info) => info.trim()) } : {};
  return limits ? { type, limits: limits[0].trim(), ...dotted } : { type, ...dotted };
}

/** A type word: the vocabulary's, a format word, `string[]` (Zudoku's) or `array[object]` (Stoplight's). */
const typeWord = (one: string): boolean =>
  isBareTypeWord(one) ||
  /^(?:json|date-time|int32|int64|double)$/i.test(one) ||
  ARRAY_WORD.test(one) ||
  (ARRAY_SUFFIX.test(one) && isBareTypeWord(one.slice(0, -2)));
/** `array[object]`, `array[string]`: Stoplight's array of that type word. */
const ARRAY_WORD = /^array\[(?:string|integer|number|boolean|object|any)\]$/i;
const ARRAY_SUFFIX = /^[a-z]+\[\]$/i;

/** Type words alone on a line: `string`, `array of strings`, `integer | null`, `int32`; Redoc's format and limits after them; Zudoku's dotted facts. */
function isTypeLine(line: Line | undefined): boolean {
  const raw = line?.text.trim() ?? '';
  if (raw === '' || raw.length > 160) return false;
  const parts = typeParts(raw);
  const text = parts.type;
  if (text === '' || text.length > 40 || (parts.infos && !parts.infos.every((info) => INFO.test(info)))) return false;
  const words = text.split(/[\s|,]+/).filter(Boolean);
  // `string<email>`, `integer<int64>`: the word and its format (Stoplight's).
  return (
    words.length <= 4 &&
    words.every((one) => typeWord(one) || (/^([a-z]+)<[\w-]+>$/i.test(one) && typeWord(one.slice(0, one.indexOf('<')))))
  );
}

/** The JSON Schema type words Zudoku writes after a name, in its own element: glued to the name where the copy sets no blank between. */
const GLUED_TYPES = ['string', 'integer', 'number', 'boolean', 'object', 'array'] as const;
const MAX_GLUED = 100;

/**
 * Where the name ends in a line of a name and its type run together, then Zudoku's dotted facts
 * (`idstring · required`, `limitinteger · min: 1 · max: 50`, `tagsstring[] · required`), or
 * undefined: the type one of the JSON Schema's words (`[]` after it maybe) closing the line's first
 * word, the name before it a name, and the facts after the dot such facts. Without the dotted facts
 * (`countinteger` alone), only where no words follow it (bareGluedEnd).
 */
function gluedNameEnd(line: Line | undefined): number | undefined {
  const text = line?.text ?? '';
  const dot = text.indexOf('\u00b7');
  if (dot < 0 || dot > MAX_GLUED) return undefined;
  const from = text.length - text.trimStart().length;
  const head = text.slice(from, dot).trimEnd();
  const name = /\s/.test(head) ? undefined : nameBeforeType(head);
  if (name === undefined || !isTypeLine(typeOfGlued(line!, from + name.length))) return undefined;
  return from + name.length;
}

/** The name before the JSON Schema type word closing a word (`[]` after it maybe): `soilstring` → `soil`; undefined where that is no name. */
function nameBeforeType(word: string): string | undefined {
  let core = word;
  while (core.endsWith('[]')) core = core.slice(0, -2);
  const type = GLUED_TYPES.find((one) => core.endsWith(one));
  const name = type === undefined ? '' : core.slice(0, -type.length);
  return name !== '' && NAME_ALONE.test(name) && !name.endsWith('.') ? name : undefined;
}

/**
 * Where the name ends in a line of a name and its type run together with no dotted facts
 * (`soilstring`, `tagsstring[]`: an optional field of no format, as Zudoku writes it), where nothing
 * follows it as its words: the next line blank or none, or another entry (a name over its type, a
 * name glued to its type). Over a line of words (`countinteger` ⏎ `How many.`) nothing says where
 * the name ends: undefined, and the line stays words.
 */
function bareGluedEnd(lines: readonly Line[], index: number): number | undefined {
  const end = bareNameEnd(lines[index]);
  if (end === undefined) return undefined;
  const next = lines[index + 1];
  const entry =
    next === undefined ||
    blank(next) ||
    gluedNameEnd(next) !== undefined ||
    bareNameEnd(next) !== undefined ||
    (NAME_ALONE.test(next.text.trim()) && isTypeLine(lines[typeLineAt(lines, index + 2)]));
  return entry ? end : undefined;
}

/** Where the name ends in a line that is one word, a name then a JSON Schema type word (`[]` after it maybe): `soilstring` → after `soil`. */
function bareNameEnd(line: Line | undefined): number | undefined {
  const text = line?.text ?? '';
  if (text.length > MAX_GLUED || text.includes('\u00b7')) return undefined;
  const from = text.length - text.trimStart().length;
  const word = text.trim();
  const name = /\s/.test(word) ? undefined : nameBeforeType(word);
  return name === undefined ? undefined : from + name.length;
}

/** Whether a line is a type line of Zudoku's dotted facts (`string · required`, `integer · min: 1`): a stacked entry's under its name. */
export function isDottedTypeLine(text: string): boolean {
  return text.includes('\u00b7') && isTypeLine({ index: 0, text, offset: 0 });
}

/** Whether a line is a name and its type run together before dotted facts (`idstring · required`): an entry of its own. */
export function isGluedEntry(text: string): boolean {
  return gluedNameEnd({ index: 0, text, offset: 0 }) !== undefined;
}

/** The type line of a glued entry: its line with the name blanked (its columns kept). */
function typeOfGlued(line: Line, end: number): Line {
  return { ...line, text: ' '.repeat(end) + line.text.slice(end) };
}

/** A note under an entry's type: a flag, a default, a fact. */
const isNote = (text: string): boolean => FLAG_LINE.test(text) || DEFAULT_LINE.test(text) || FACT_LINE.test(text);

/**
 * Where a body's stacked fields open at `index`: there, or past the body's own `required` flag and
 * its media type, each alone on its line (Redoc's `Request Body schema: application/json` ⏎
 * `required` ⏎ its fields; Scalar's `Body` ⏎ `required` ⏎ `application/json` ⏎ its fields), and the
 * media type's line where one was passed.
 */
export function stackStart(
  lines: readonly Line[],
  index: number,
  statuses: boolean,
  body = false,
): { at: number; media?: Line; words?: { from: number; to: number } } {
  if (statuses || opensEntry(lines, index, false)) return { at: index };
  let at = index;
  let media: Line | undefined;
  if (/^required$/i.test(lines[at]?.text.trim() ?? '')) at++;
  if (MEDIA_TYPE_ALONE.test(lines[at]?.text.trim() ?? '')) media = lines[at++];
  if (at > index && opensEntry(lines, at, false)) return { at, ...(media && { media }) };
  // The body's description between its title (and flag) and its fields, a paragraph (Redoc's `required` ⏎ ⏎ `The shelf to add.` ⏎ ⏎ `room`).
  const words = body ? bodyWords(lines, at) : undefined;
  return words ? { at: words.to + 2, ...(media && { media }), words } : { at: index };
}

/** The longest description bodyWords passes over: its lines. */
const MAX_BODY_WORDS = 10;

/** The lines of a paragraph at `index` (past a blank line) over a blank line and fields, or undefined. */
function bodyWords(lines: readonly Line[], index: number): { from: number; to: number } | undefined {
  const from = blank(lines[index]) ? index + 1 : index;
  let to = from;
  if (!lines[from] || blank(lines[from])) return undefined;
  while (to < from + MAX_BODY_WORDS && lines[to + 1] && !blank(lines[to + 1])) to++;
  if (!blank(lines[to + 1]) || !opensEntry(lines, to + 2, false)) return undefined;
  for (let at = from; at <= to; at++) if (opensEntry(lines, at, false)) return undefined;
  return { from, to };
}

const blank = (line: Line | undefined): boolean => line !== undefined && line.text.trim() === '';

/**
 * Whether an entry opens at `index`: a name alone over type words (a status alone over words, in
 * `statuses`; after another status, `continued`, a status and its reason phrase alone, Redoc's
 * `401 Unauthorized`).
 */
function opensEntry(lines: readonly Line[], index: number, statuses: boolean, continued = false): boolean {
  const text = lines[index]?.text.trim() ?? '';
  if (statuses) {
    const next = lines[index + 1];
    if (worded(lines, index)) return true;
    if (
      continued &&
      STATUS_REASON.test(text) &&
      (next === undefined || blank(next) || STATUS_REASON.test(next.text.trim()) || worded(lines, index + 1))
    )
      return true;
    if (next === undefined || blank(next)) return false;
    // With its reason phrase, only over words (a site's tab titles, `201 Created` ⏎ `404 Not Found` ⏎ the JSON, are no entries).
    // `default` over a type line is a field of that name (`default` ⏎ `boolean`), no status.
    return (
      (STATUS_ALONE.test(text) && !(/^default$/i.test(text) && isTypeLine(next))) ||
      (STATUS_REASON.test(text) && /^\p{L}/u.test(next.text.trim()) && !STATUS_REASON.test(next.text.trim()))
    );
  }
  return (
    (NAME_ALONE.test(text) && isTypeLine(lines[typeLineAt(lines, index + 1)])) ||
    gluedNameEnd(lines[index]) !== undefined ||
    bareGluedEnd(lines, index) !== undefined
  );
}

/**
 * Whether a status and its words share the line at `index`, as Redoc titles a response with its
 * description (`200 The shelves.`, `405 invalid input`; a reason phrase alone, `401 Unauthorized`,
 * reads as STATUS_REASON does), over a blank line, another such status, its body's label or none.
 */
function worded(lines: readonly Line[], index: number): boolean {
  const text = lines[index]?.text.trim() ?? '';
  if (!STATUS_WORDS.test(text) || STATUS_REASON.test(text)) return false;
  const next = lines[index + 1];
  if (next === undefined || blank(next) || opensBody(lines, index + 1)) return true;
  const after = next.text.trim();
  return (STATUS_WORDS.test(after) && !STATUS_REASON.test(after)) || RESPONSE_HEADERS.test(after);
}

/** The columns of the words a status shares its line with (worded), or undefined. */
function statusWords(line: Line): { name: { from: number; to: number }; words: Line } {
  const from = line.text.length - line.text.trimStart().length;
  const to = from + line.text.trimStart().search(/[ \t]/);
  return { name: { from, to }, words: { ...line, text: ' '.repeat(to) + line.text.slice(to) } };
}

/**
 * Where an entry's type line stands from `index`: right under the name, or under its flags, as IBM
 * Cloud's API docs set them (`workspace_id` ⏎ `Required` ⏎ `string` ⏎ its words); at most two flags.
 */
function typeLineAt(lines: readonly Line[], index: number): number {
  let at = index;
  while (at < index + 2 && lines[at] && FLAG_LINE.test(lines[at]!.text.trim())) at++;
  // The tab after the name's cell, alone on its line under the flag the cell holds (Redoc's `kite_id` ⏎ `required` ⏎ `⇥` ⏎ `string`).
  if (at > index && CELL_TAB.test(lines[at]?.text ?? '')) at++;
  return at;
}

/**
 * A tab row of statuses at `index` (Zudoku's responses: the tabs' statuses, a line each or on one
 * line, then the selected tab's words and fields): the statuses and the line of the words, or
 * undefined. Only a row over words: statuses alone up to a blank line are no tabs.
 */
function tabRow(lines: readonly Line[], index: number): { tabs: StackedEntry[]; next: number } | undefined {
  const line = lines[index];
  if (!line) return undefined;
  let next = index;
  const tabs: StackedEntry[] = [];
  if (STATUS_ROW.test(line.text.trim())) {
    for (const found of line.text.matchAll(/\S+/g))
      tabs.push({ name: line, columns: { from: found.index, to: found.index + found[0].length }, notes: [], words: [] });
    next = index + 1;
  } else while (lines[next] && STATUS_ALONE.test(lines[next]!.text.trim())) tabs.push({ name: lines[next++]!, notes: [], words: [] });
  const words = lines[next]?.text.trim() ?? '';
  const status = STATUS_ALONE.test(words) || STATUS_REASON.test(words) || STATUS_ROW.test(words);
  return tabs.length > 1 && words !== '' && !status ? { tabs, next } : undefined;
}

/** The name an entry states (a status of a tab row, its columns), after the path of the object whose field it is. */
export function entryName(entry: StackedEntry): string {
  return `${entry.path ?? ''}${entry.columns ? entry.name.text.slice(entry.columns.from, entry.columns.to) : entry.name.text.trim()}`;
}

/** The last line an entry holds (its body's, its headers', its words', its notes' or its name's). */
function entryEnd(entry: StackedEntry): number {
  const headers = entry.headers?.fields.at(-1);
  return entry.body?.end ?? (headers ? entryEnd(headers) : (entry.words.at(-1) ?? entry.notes.at(-1) ?? entry.name).index);
}

/**
 * The entries stacked from `index` (under a parameters or body title; a Responses title's, the
 * statuses), and the last line they hold; undefined where none opens there. An entry's words run to
 * the next entry, a blank line before a line that is not its words' (a title, a heading), or `stop`.
 */
export function readStack(
  lines: readonly Line[],
  index: number,
  statuses: boolean,
  stop: (index: number) => boolean,
): { entries: StackedEntry[]; end: number } | undefined {
  // Zudoku's tab row: the first status's tab is the one shown (its words and fields follow the row), the others' only named.
  const row = statuses ? tabRow(lines, index) : undefined;
  if (!row && !opensEntry(lines, index, statuses)) return undefined;
  const entries: StackedEntry[] = [];
  let at = index;
  // A status's body ends its words (its label, or its first field: Bump.sh's `200` ⏎ `OK` ⏎ `id` ⏎ `string`); a status ends its body's fields.
  const ends = statuses ? (line: number) => stop(line) || opensBody(lines, line) || opensEntry(lines, line, false) : stop;
  const fieldsEnd = (line: number) => stop(line) || opensEntry(lines, line, true);
  let continued = false;
  let tabbed = row;
  while (tabbed || opensEntry(lines, at, statuses, continued)) {
    continued = true;
    // Zudoku's name and type run together (`idstring · required`): the name its columns, the type its line's rest.
    const glued = statuses ? undefined : (gluedNameEnd(lines[at]) ?? bareGluedEnd(lines, at));
    const entry: StackedEntry = tabbed
      ? { ...tabbed.tabs[0]!, tabs: tabbed.tabs.slice(1) }
      : glued === undefined
        ? { name: lines[at]!, notes: [], words: [] }
        : {
            name: lines[at]!,
            columns: { from: lines[at]!.text.length - lines[at]!.text.trimStart().length, to: glued },
            notes: [typeOfGlued(lines[at]!, glued)],
            words: [],
          };
    // A status and its words on one line (Redoc's `200 The shelves.`): the status its columns, the rest its words.
    const inline = statuses && !tabbed && worded(lines, at) ? statusWords(lines[at]!) : undefined;
    if (inline) [entry.columns, entry.words] = [inline.name, [inline.words]];
    at = tabbed ? tabbed.next : at + 1;
    tabbed = undefined;
    if (!statuses) {
      // The flags over the type (IBM Cloud's), then the type.
      const type = glued === undefined ? typeLineAt(lines, at) : at - 1;
      for (; at <= type; at++) if (!CELL_TAB.test(lines[at]!.text)) entry.notes.push(lines[at]!);
      // Its flags and default (ReadMe's), the facts Redoc sets right under the type (`Default: 20`, `Enum: "a" "b"`).
      // A flag over a type line (`required` ⏎ `boolean`) after the type is the next field's name, as its siblings' stand.
      while (lines[at] && isNote(lines[at]!.text.trim()) && !(NAME_ALONE.test(lines[at]!.text.trim()) && isTypeLine(lines[at + 1])))
        entry.notes.push(lines[at++]!);
      // Scalar's facts, each label alone over its value (`min:` ⏎ `1`), its values under `enum` (a word a line).
      for (;;) {
        const text = lines[at]?.text.trim() ?? '';
        if (LABEL_ALONE.test(text) && lines[at + 1] && !blank(lines[at + 1])) entry.notes.push(lines[at++]!, lines[at++]!);
        else if (ENUM_ALONE.test(text) && VALUE_ALONE.test(lines[at + 1]?.text.trim() ?? '')) {
          entry.notes.push(lines[at++]!);
          while (VALUE_ALONE.test(lines[at]?.text.trim() ?? '') && !isNote(lines[at]!.text.trim())) entry.notes.push(lines[at++]!);
        } else break;
      }
    }
    // Its words: after at most one blank line, the lines up to a blank line, the next entry or a stop.
    let next = !inline && blank(lines[at]) && lines[at + 1] && !blank(lines[at + 1]) ? at + 1 : at;
    while (!inline && lines[next] && !blank(lines[next]) && !opensEntry(lines, next, statuses) && !ends(next))
      entry.words.push(lines[next++]!);
    // `Default: false`, `Possible values: 1 ≤ length ≤ 64` after a blank line (Atlassian's, IBM Cloud's): its facts, words of it.
    while (blank(lines[next]) && FACT_LINE.test(lines[next + 1]?.text.trim() ?? '') && !ends(next + 1)) {
      next++;
      while (lines[next] && !blank(lines[next]) && !opensEntry(lines, next, statuses) && !ends(next)) entry.words.push(lines[next++]!);
    }
    // `application/json` ⏎ `CrateBean` after a status's words: not words of it, and no end of the statuses.
    if (statuses) while (blank(lines[next]) && ANSWER_LINE.test(lines[next + 1]?.text.trim() ?? '') && !stop(next + 1)) next += 2;
    entries.push(entry);
    if (entry.words.length > 0) at = next;
    // Its headers over its body (Redoc's `Response Headers` ⏎ `X-Rate-Limit⇥` ⏎ `integer` …).
    const label = statuses && blank(lines[at]) ? at + 1 : at;
    const headers =
      statuses && RESPONSE_HEADERS.test(lines[label]?.text.trim() ?? '') ? readStack(lines, label + 1, false, fieldsEnd) : undefined;
    if (headers) [entry.headers, at] = [{ label: lines[label]!, fields: headers.entries }, headers.end + 1];
    const body = statuses ? stackedBody(lines, blank(lines[at]) ? at + 1 : at, fieldsEnd) : undefined;
    if (body) [entry.body, at] = [body, body.end + 1];
    if (blank(lines[at]) && opensEntry(lines, at + 1, statuses, true)) at++;
  }
  return { entries, end: entries.reduce((end, entry) => Math.max(end, entryEnd(entry)), index) };
}

/** The line of the media type under a status's body's label at `index` (`Body` ⏎ `application/json`, a blank line between or none), or undefined. */
function bodyMediaType(lines: readonly Line[], index: number): number | undefined {
  if (BODY_MEDIA_LINE.test(lines[index]?.text.trim() ?? '')) return index;
  if (!BODY_LINE.test(lines[index]?.text.trim() ?? '')) return undefined;
  const at = blank(lines[index + 1]) ? index + 2 : index + 1;
  return MEDIA_TYPE_ALONE.test(lines[at]?.text.trim() ?? '') ? at : undefined;
}

function opensBody(lines: readonly Line[], index: number): boolean {
  return bodyMediaType(lines, index) !== undefined;
}

/**
 * The body opening at `index` (its label, media type, maybe `object`, then its fields; or its fields
 * alone, right under the status's words), or undefined where no fields follow.
 */
function stackedBody(lines: readonly Line[], index: number, stop: (index: number) => boolean): StackedBody | undefined {
  const mediaType = bodyMediaType(lines, index);
  if (mediaType === undefined) {
    const fields = opensEntry(lines, index, false) ? readStack(lines, index, false, stop) : undefined;
    return fields && { fields: fields.entries, end: fields.end };
  }
  let at = blank(lines[mediaType + 1]) ? mediaType + 2 : mediaType + 1;
  const type = lines[at]?.text.trim() ?? '';
  const array = OBJECTS_LINE.test(type) ? lines[at] : undefined;
  if (array || OBJECT_LINE.test(type)) at += blank(lines[at + 1]) ? 2 : 1;
  const fields = readStack(lines, at, false, stop);
  const stated = lines[mediaType]!.text.trim();
  const media = BODY_MEDIA_LINE.exec(stated)?.[1] ?? stated;
  return (
    fields && {
      label: lines[index]!,
      mediaType: lines[mediaType]!,
      media,
      ...(array && { array }),
      fields: fields.entries,
      end: fields.end,
    }
  );
}

/**
 * The list the entries were on the page, each item written as the markdown form the general
 * reader knows (`` `user_id` (string, required): Identifier for a user. Defaults to 20. ``), read as
 * an HTML page's list is (html-lists.ts: its markdown parsed again, its rows at the items).
 */
export function stackedList(stacked: readonly StackedEntry[]): List {
  // A tab row's other statuses after the first's words, as named on the page.
  const entries = stacked.flatMap((entry) => [entry, ...(entry.tabs ?? [])]);
  const items = entries.map((entry): ListItem => {
    const { name, notes, words } = entry;
    // The type and flags in its parentheses; its default, facts and Redoc's limits (`[ 1 .. 100 ]`) closing its words.
    const [flags, closing, limits]: [string[], string[], string[]] = [[], [], []];
    const texts = notes.map((line) => line.text.trim());
    for (let index = 0; index < texts.length; index++) {
      const text = texts[index]!;
      if (LABEL_ALONE.test(text)) closing.push(`${text} ${texts[++index] ?? ''}`.trim());
      else if (ENUM_ALONE.test(text)) {
        const values: string[] = [];
        while (index + 1 < texts.length && VALUE_ALONE.test(texts[index + 1]!) && !isNote(texts[index + 1]!)) values.push(texts[++index]!);
        closing.push(`Enum: ${values.join(', ')}`);
      } else if (DEFAULT_LINE.test(text) || FACT_LINE.test(text)) closing.push(text);
      else if (FLAG_LINE.test(text)) flags.push(text);
      else {
        const parts = typeParts(text);
        let type = parts.type;
        // Zudoku's dotted facts: its flags the item's, a format glued to a type word, `enum` (its values are listed after the words) none, a labelled one its words'.
        const infoFlags: string[] = [];
        for (const info of parts.infos ?? []) {
          if (FLAG_LINE.test(info)) infoFlags.push(info);
          else if (info.includes(':')) closing.push(info);
          else if (/^[a-z]+$/i.test(type) && !/^(?:enum|const|unique)$/i.test(info)) type = `${type}<${info}>`;
        }
        flags.push(type, ...infoFlags);
        if (parts.limits) limits.push(parts.limits);
      }
    }
    // A toggle's label and a status's `Type: object` (no body the page shows) are no words of it.
    const worded = words.map((line) => line.text.trim()).filter((text) => !TOGGLE_LINE.test(text) && !TYPE_LABEL.test(text));
    const said = [...worded, ...closing.map((text) => `${text.replace(/\.$/, '')}.`)].join(' ');
    const last = words.at(-1) ?? notes.at(-1) ?? name;
    const children: PhrasingContent[] = [
      {
        type: 'inlineCode',
        value: entryName(entry),
        position: spanOf(name, entry.columns?.from ?? 0, entry.columns?.to ?? name.text.trimEnd().length),
      },
      ...glued(`${flags.length > 0 ? ` (${flags.join(', ')})` : ''}${said || limits.length > 0 ? `: ${said}` : ''}`),
      // Redoc's limits closing its words, a range as the code it is (`[ 1 .. 100 ]`: markdown would read its brackets).
      ...limits.flatMap((limit): PhrasingContent[] =>
        limit.includes('[')
          ? [
              { type: 'text', value: ' ' },
              { type: 'inlineCode', value: limit },
              { type: 'text', value: '.' },
            ]
          : [{ type: 'text', value: ` ${limit}.` }],
      ),
    ];
    // A tab row's status from its columns.
    const at = entry.columns && spanOf(name, entry.columns.from, entry.columns.to);
    const position = at ? { start: at.start, end: last === name ? at.end : linesSpan(name, last).end } : linesSpan(name, last);
    const words_: Paragraph = { type: 'paragraph', children, position };
    return { type: 'listItem', spread: false, checked: null, children: [words_], position };
  });
  const first = entries[0]!.name;
  const end = entries.reduce((last, entry) => {
    const line = entry.words.at(-1) ?? entry.notes.at(-1) ?? entry.name;
    return line.index > last.index ? line : last;
  }, first);
  const list: List = { type: 'list', ordered: false, start: null, spread: false, children: items, position: linesSpan(first, end) };
  markHtmlLists(list);
  return list;
}

/**
 * The item's words, a format glued to its type word (`string<email>`) as the tag markdown reads it
 * as, and an array's brackets glued to one (`string[]`, `array[object]`) as written: the item is
 * written out as markdown again (html-lists.ts), which would escape a text's `<` and `[`.
 */
function glued(words: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const match of words.matchAll(/(?<=[A-Za-z])(?:<[\w-]+>|\[[A-Za-z]*\])/g)) {
    if (match.index > at) out.push({ type: 'text', value: words.slice(at, match.index) });
    out.push({ type: 'html', value: match[0] });
    at = match.index + match[0].length;
  }
  if (at < words.length) out.push({ type: 'text', value: words.slice(at) });
  return out;
}
