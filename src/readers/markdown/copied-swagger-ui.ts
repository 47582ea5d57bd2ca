/**
 * Swagger UI's operations copied as text (copied-text.ts): what `innerText` gives of an expanded
 * operation, its tables' cells parted by tabs, each block element a line (a `<p>` a blank line
 * around it). The parts under the request line (`GET` ⏎ `/shelves` ⏎ `List shelves`, read as a
 * stacked request is) are read as the markdown they stand for:
 *
 *     Parameters ⏎ Try it out              the button: no words
 *     Name⇥Description                     → ### Query parameters (a title where the place changes)
 *     limit                                  - `limit` (integer<int32>): How many. Default: 20.
 *     integer($int32)                        (the name's ` *` its required flag; `Available values :
 *     (query)                                a, b` its enum; `--` and the values under them, a
 *     ⇥                                      select's options, no words)
 *     How many. ⏎ Default value : 20
 *     Request body ⏎ application/json      → ### Request body (application/json)
 *     Responses ⏎ Code⇥Description⇥Links   → ### Responses
 *     200⇥ ⏎ The shelves.                  → ### 200 ⏎ its words, its example's JSON, its
 *     Media type ⏎ application/json          headers (`Headers:` ⏎ their table: ### Response
 *     Controls Accept header.                headers); the media type's select, the
 *     Example Value ⏎ Schema ⏎ { … }         `Example Value` / `Schema` tabs and `No links`
 *     ⇥No links                              no words
 *
 * Read only on a page of Swagger UI's (its responses table's header, `Code⇥Description`, and its
 * `Try it out` button or `Example Value` tab). Each line is read once: linear in the page.
 */
import { MEDIA_TYPE_ALONE } from '../../document/content-type.js';
import type { Line } from '../shared/lines.js';
import { jsonEnd, opensJson } from './copied-code.js';
import { type StackedEntry, stackedRequestEnd } from './copied-stacks.js';
import { readModel } from './copied-swagger-models.js';
import { readTable } from './copied-tables.js';
import type { Block } from './copied-tabs.js';

/** The responses table's header (`Links` where the spec is OpenAPI 3's). */
const CODE_HEADER = /^Code\tDescription(?:\tLinks)?[ \t]*$/;
/** The parameters table's header. */
const NAME_HEADER = /^Name\tDescription[ \t]*$/;
/** A status's row: the status cell, then the description's cell, its words below. */
const STATUS_ROW = /^([1-5]\d\d|[1-5]XX|default)\t(.*)$/i;
/** A parameter's name, ` *` after it where required (a no-break space before the star), maybe the stylesheet's `required` after. */
const PARAMETER_NAME = /^([A-Za-z_$@][\w.[\]$@-]*)[ \t\u00a0]*(?:(\*)[ \t\u00a0]*)?(?:(required)[ \t]*)?$/;
/** Its type line: a JSON Schema type, an array's item type in brackets, the format in parentheses (`string($uuid)`, `array[string]`). */
const PARAMETER_TYPE = /^(string|integer|number|boolean|object|array|file)(\[[a-z]+\])?(?:\(\$?([\w-]+)\))?$/i;
/** Where it travels: `(query)`. */
const PARAMETER_IN = /^\((path|query|header|cookie|formData|body)\)$/;
/** The part's title each place is read under. */
const PLACE_TITLES: Record<string, string> = {
  path: 'Path parameters',
  query: 'Query parameters',
  header: 'Header parameters',
  cookie: 'Cookie parameters',
  formData: 'Form data',
};
/** `Available values : a, b`, `Default value : 20`, `Example : k_81`. */
const FACT = /^(Available values|Default value|Example)[ \t]*:[ \t]*(\S.*)$/;
/** The request body's title, its required mark maybe after it (the stylesheet's `required`, a star). */
const BODY_TITLE = /^Request body(?:[ \t\u00a0]*(?:required|\*))?$/i;
/** The buttons and labels around the parts, no words of them. */
const CHROME =
  /^(?:Try it out|Cancel|Execute|Clear|No parameters|No links|Controls Accept header\.|Parameter content type|Response content type|Authorize)$/;
/** An array parameter's button under its inputs, after Try it out (`Add string item`, `Add item`). */
const ADD_ITEM = /^Add(?: [a-z]+)? item$/;
/** An input's value, ending a parameter's cell after Try it out: one token, no sentence's end. */
const INPUT_VALUE = /^\S{1,200}$/;
/** The parts of the live response, after the operation was executed (Try it out ⏎ Execute): its curl, its URL, the server's answer. */
const LIVE_TITLE = /^(?:Curl|Request URL|Server response)$/;
/** The example's tabs: `Example Value` over `Schema` (`Model`, Swagger 2's). */
const EXAMPLE_TAB = /^Example Value$/;
const SCHEMA_TAB = /^(?:Schema|Model)$/;
/** The examples' select's label, and the shown example's summary under it (a line of words, no cell). */
const EXAMPLES_LABEL = /^Examples:$/;
const EXAMPLE_SUMMARY = /^[ \t]*[^\s\t][^\t]{0,119}$/;
/** A method alone on its line: the next operation's request. */
const METHOD_ALONE = /^(?:GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS|TRACE)$/;
/** The models' section's title (`Models`, Swagger 2's). */
const MODELS = /^(?:Schemas|Models)[ \t]*$/;

const trimmed = (line: Line | undefined): string => line?.text.trim() ?? '';

/** A page of Swagger UI's: where its models' section opens (`Schemas`, after the last operation), if it shows one. */
export interface SwaggerUiPage {
  models?: number;
  /** The last line a model that did not close passed (copied-swagger-models.ts): not scanned again. */
  scan: { scanned: number };
}

/**
 * The page of copied text as Swagger UI's (its responses table's header and its `Try it out`
 * button or `Example Value` tab), or undefined.
 */
export function swaggerUiPage(lines: readonly Line[]): SwaggerUiPage | undefined {
  let header = false;
  let button = false;
  let models: number | undefined;
  for (const line of lines) {
    if (CODE_HEADER.test(line.text)) header = true;
    else if (!button) button = /^(?:Try it out|Example Value)[ \t]*$/.test(line.text);
    if (MODELS.test(line.text)) models = line.index;
    else if (models !== undefined && stackedRequestEnd(lines, line.index) !== undefined) models = undefined;
  }
  if (!header || !button) return undefined;
  return models === undefined ? { scan: { scanned: -1 } } : { models, scan: { scanned: -1 } };
}

/** The blocks of the Swagger UI part at `index` and its last line (no blocks where it is chrome), or undefined. */
export function swaggerUiPart(lines: readonly Line[], index: number, page: SwaggerUiPage): { blocks: Block[]; end: number } | undefined {
  const line = lines[index]!;
  const text = line.text.trim();
  // The models' names (and their fields, where expanded) after the last operation: no words of it.
  if (index === page.models) return { blocks: [], end: lines.length - 1 };
  const request = METHOD_ALONE.test(text) ? stackedRequestEnd(lines, index) : undefined;
  if (request !== undefined) return operationRequest(lines, index, request);
  const chrome = cellChrome(lines, index);
  if (chrome) return { blocks: [], end: chrome.end };
  // The request body's model (its Schema tab): its fields.
  const model = readModel(lines, index, page.scan);
  if (model) return { blocks: [{ kind: 'entries', from: index, to: model.end, entries: model.entries }], end: model.end };
  if (NAME_HEADER.test(line.text)) return parameterTable(lines, index, page, trimmed(lines[index - 1]) === 'Cancel');
  if (BODY_TITLE.test(text)) {
    const media = mediaEnd(lines, index);
    const title = media.media ? `Request body (${media.media})` : 'Request body';
    return { blocks: [{ kind: 'part', from: index, to: media.end, text: title }], end: media.end };
  }
  // The parameters' title over its button: the parts under it are titled by their places.
  if (text === 'Parameters' && /^(?:Try it out|Cancel)$/.test(trimmed(lines[index + 1]))) return { blocks: [], end: index + 1 };
  if (text === 'Responses') {
    // After Execute, the live response (its curl, URL and the server's answer) over the documented ones: no words.
    const live = liveResponseEnd(lines, index + 1, page);
    if (live !== undefined) return { blocks: [], end: live };
    const header = responsesHeader(lines, index + 1);
    return header === undefined ? undefined : responsesTable(lines, index, header, page);
  }
  if (CODE_HEADER.test(line.text)) return responsesTable(lines, undefined, index, page);
  return undefined;
}

/**
 * The last line of the live response opening at `index` (`Curl` ⏎ its command, `Request URL` ⏎ the
 * URL, `Server response` ⏎ `Code⇥Details` ⏎ the status and its body, headers and duration), or
 * undefined: up to the documented responses (`Responses` over their header, or the header), the
 * next operation or the models. Its values are the server's, no documented facts.
 */
function liveResponseEnd(lines: readonly Line[], index: number, page: SwaggerUiPage): number | undefined {
  let at = index;
  while (at < lines.length && trimmed(lines[at]) === '') at++;
  if (!LIVE_TITLE.test(trimmed(lines[at]))) return undefined;
  for (; at < lines.length; at++) {
    const text = trimmed(lines[at]);
    if (at === page.models || CODE_HEADER.test(lines[at]!.text) || (METHOD_ALONE.test(text) && stackedRequestEnd(lines, at) !== undefined))
      return at - 1;
    if (text === 'Responses' && responsesHeader(lines, at + 1) !== undefined) return at - 1;
  }
  return lines.length - 1;
}

/** The responses table's header at `index`, or past Swagger 2's `Response content type` and its select (blank lines among them). */
function responsesHeader(lines: readonly Line[], index: number): number | undefined {
  for (let at = index; at < index + 4 && at < lines.length; at++) {
    if (CODE_HEADER.test(lines[at]!.text)) return at;
    const text = trimmed(lines[at]);
    if (text !== '' && text !== 'Response content type' && !MEDIA_TYPE_ALONE.test(text)) return undefined;
  }
  return undefined;
}

/**
 * The operation's summary line under its method and route (`GET` ⏎ `/shelves` ⏎ `List shelves`, a
 * flex row's items): its heading, over its request line, as the markdown's `## List shelves` ⏎
 * `GET /shelves` is; without a summary, the request line alone.
 */
function operationRequest(lines: readonly Line[], index: number, end: number): { blocks: Block[]; end: number } {
  const request: Block = { kind: 'request', from: index, to: end };
  const summary = lines[end + 1];
  const text = trimmed(summary);
  if (!summary || text === '' || text.length > 120 || METHOD_ALONE.test(text) || text.includes('\t') || swaggerLine(text))
    return { blocks: [request], end };
  const from = summary.text.length - summary.text.trimStart().length;
  return { blocks: [{ kind: 'heading', from: end + 1, to: end + 1, words: { from, to: from + text.length } }, request], end: end + 1 };
}

/** A line Swagger UI writes itself: a part's title or a button's. */
function swaggerLine(text: string): boolean {
  return CHROME.test(text) || BODY_TITLE.test(text) || text === 'Parameters' || text === 'Responses';
}

/** The media type's select under a label (`Media type` ⏎ ⏎ `application/json`), a blank line between or none: its line and value. */
function mediaEnd(lines: readonly Line[], index: number): { end: number; media?: string } {
  const at = trimmed(lines[index + 1]) === '' ? index + 2 : index + 1;
  const media = trimmed(lines[at]);
  if (!MEDIA_TYPE_ALONE.test(media)) return { end: index };
  return { end: trimmed(lines[at + 1]) === 'Controls Accept header.' ? at + 1 : at, media: media.toLowerCase() };
}

/** The row of a parameter opening at `index`: its name's line, type's line and place, and where its description's lines open. */
interface ParameterRow {
  name: Line;
  columns: { from: number; to: number };
  required: boolean;
  type?: Line;
  deprecated: boolean;
  place: string;
  next: number;
}

function parameterRow(lines: readonly Line[], index: number): ParameterRow | undefined {
  const name = lines[index];
  const match = name && PARAMETER_NAME.exec(name.text);
  if (!match) return undefined;
  let at = index + 1;
  const type = PARAMETER_TYPE.test(trimmed(lines[at])) ? lines[at++] : undefined;
  const deprecated = trimmed(lines[at]) === 'deprecated';
  if (deprecated) at++;
  const place = PARAMETER_IN.exec(trimmed(lines[at]))?.[1];
  if (!place) return undefined;
  const from = name.text.indexOf(match[1]!);
  return {
    name,
    columns: { from, to: from + match[1]!.length },
    required: match[2] !== undefined || match[3] !== undefined,
    ...(type && { type }),
    deprecated,
    place,
    next: at + 1,
  };
}

/** A line ending a table's rows: the next part's title, the next operation's method, the responses' header, the models' section. */
function endsTable(lines: readonly Line[], index: number, page: SwaggerUiPage): boolean {
  const text = trimmed(lines[index]);
  return (
    index === page.models ||
    BODY_TITLE.test(text) ||
    text === 'Responses' ||
    METHOD_ALONE.test(text) ||
    text === 'Execute' ||
    CODE_HEADER.test(lines[index]!.text)
  );
}

/**
 * The parameters' table at its header `index`: each row an entry (the note lines it states written
 * as the flags and facts stacked entries hold, at their lines), a part's title where the place
 * changes; Swagger 2's body parameter (`body *` ⏎ `(body)`) the request body, its words and its
 * example under it.
 */
function parameterTable(lines: readonly Line[], index: number, page: SwaggerUiPage, editing: boolean): { blocks: Block[]; end: number } {
  const blocks: Block[] = [];
  let at = index + 1;
  let end = index;
  let run: StackedEntry[] = [];
  let place: string | undefined;
  const flush = (): void => {
    if (run.length > 0) blocks.push({ kind: 'entries', from: run[0]!.name.index, to: end, entries: run });
    run = [];
  };
  const scan = { scanned: -1 };
  while (at < lines.length) {
    while (at < lines.length && trimmed(lines[at]) === '') at++;
    const row = parameterRow(lines, at);
    if (!row) break;
    let next = row.next;
    while (next < lines.length && !parameterRow(lines, next) && !endsTable(lines, next, page)) next++;
    if (row.place === 'body') {
      flush();
      place = undefined;
      const cell = cellBlocks(lines, row.next, next, scan, page);
      const title = cell.media ? `Request body (${cell.media})` : 'Request body';
      blocks.push({ kind: 'part', from: row.name.index, to: row.next - 1, text: title }, ...cell.blocks);
      end = Math.max(row.next - 1, cell.end);
      at = next;
      continue;
    }
    const boolean = /^boolean$/i.test(trimmed(row.type));
    const { words, facts } = parameterWords(lines, row.next, next, boolean, editing);
    end = Math.max(row.name.index, ...[...words, ...facts].map((line) => line.index));
    at = next;
    if (row.place !== place) {
      flush();
      blocks.push({ kind: 'part', from: row.name.index, to: row.name.index, text: PLACE_TITLES[row.place]! });
      place = row.place;
    }
    const notes: Line[] = [];
    if (row.type) notes.push({ ...row.type, text: typeWords(row.type.text.trim()) });
    if (row.required) notes.push({ ...row.name, text: 'required' });
    if (row.deprecated) notes.push({ ...row.name, text: 'deprecated' });
    run.push({ name: row.name, columns: row.columns, notes: [...notes, ...facts], words });
  }
  flush();
  return { blocks, end: Math.max(end, at - 1) };
}

/**
 * A parameter's description cell, lines [from, to): its words, and its facts as stacked entries
 * write them (`Available values : a, b` → `Enum: a, b`, `Default value : 20` → `Default: 20`); the
 * options of the select under them (`--`, the values; a boolean's `true` / `false`) no words.
 */
function parameterWords(
  lines: readonly Line[],
  from: number,
  to: number,
  boolean: boolean,
  editing: boolean,
): { words: Line[]; facts: Line[] } {
  const words: Line[] = [];
  // After Try it out, the cell's input closes it (its value, one token, where it holds one) and an array's button.
  let last = to - 1;
  while (editing && last >= from && trimmed(lines[last]) === '') last--;
  const input = editing && last >= from && INPUT_VALUE.test(trimmed(lines[last])) && !/\.$/.test(trimmed(lines[last])) ? last : -1;
  const facts: Line[] = [];
  let values: Set<string> | undefined;
  for (let at = from; at < to; at++) {
    const line = lines[at]!;
    const text = line.text.trim();
    if (text === '' || at === input || (editing && ADD_ITEM.test(text))) continue;
    const fact = FACT.exec(text);
    if (fact) {
      if (fact[1] === 'Available values') {
        values = new Set(fact[2]!.split(/,[ \t]*/));
        facts.push({ ...line, text: `Enum: ${fact[2]}` });
      } else facts.push({ ...line, text: `${fact[1] === 'Example' ? 'Example' : 'Default'}: ${fact[2]}` });
    } else if (!(text === '--' || values?.has(text) || (boolean && /^(?:true|false)$/.test(text)))) words.push(line);
  }
  return { words, facts };
}

/** Swagger UI's type words as a stacked entry writes them: `string($uuid)` → `string<uuid>`. */
function typeWords(text: string): string {
  const match = PARAMETER_TYPE.exec(text)!;
  return `${match[1]}${match[2] ?? ''}${match[3] ? `<${match[3]}>` : ''}`;
}

/**
 * The blocks of a cell's lines [from, to) (a status's description, Swagger 2's body parameter's):
 * its words' paragraphs, its example's JSON, its headers' table (`Headers:` ⏎ their rows: the
 * status's response headers); the media type's select, the example's tabs and the buttons no
 * words. `scan.scanned`: the last line a JSON value that did not close passed, not scanned again.
 */
function cellBlocks(
  lines: readonly Line[],
  from: number,
  to: number,
  scan: { scanned: number },
  page: SwaggerUiPage,
  status?: string,
): { blocks: Block[]; end: number; media?: string } {
  const blocks: Block[] = [];
  let media: string | undefined;
  let end = from - 1;
  let paragraph: { from: number; to: number } | undefined;
  // Right after the Example Value tab: its example, JSON or not (`<Shelf>` of XML, a text's line).
  let example = false;
  const close = (): void => {
    if (paragraph) blocks.push({ kind: 'paragraph', ...paragraph });
    paragraph = undefined;
  };
  for (let at = from; at < to; at++) {
    const text = trimmed(lines[at]);
    if (text === '') {
      close();
      continue;
    }
    end = at;
    const chrome = cellChrome(lines, at);
    // The model of the status's body, or of Swagger 2's body parameter (its Schema or Model tab): its fields.
    const model = chrome ? undefined : readModel(lines, at, page.scan);
    const other = example && !model && !opensJson(lines[at]) ? exampleEnd(lines, at, to) : undefined;
    example = false;
    if (other !== undefined) {
      close();
      const lang = /xml/.test(media ?? '') || trimmed(lines[at]).startsWith('<') ? 'xml' : undefined;
      blocks.push(lang ? { kind: 'code', from: at, to: other, lang } : { kind: 'code', from: at, to: other });
      at = end = other;
      continue;
    }
    if (model && model.end < to) {
      close();
      if (status !== undefined)
        blocks.push({ kind: 'part', from: at, to: at, text: `Response body (${status})${media ? ` (${media})` : ''}` });
      blocks.push({ kind: 'entries', from: at, to: model.end, entries: model.entries });
      at = end = model.end;
      continue;
    }
    const json = chrome || at <= scan.scanned ? undefined : jsonEnd(lines, at);
    const code = json && 'end' in json && json.end < to ? json.end : undefined;
    // A value that did not close, or closed past the cell: not scanned again from a line it passed.
    if (json && code === undefined) scan.scanned = 'end' in json ? json.end : json.stop;
    const table = chrome || code !== undefined || text !== 'Headers:' ? undefined : readTable(lines, at + 1, () => false);
    if (chrome || code !== undefined || table) close();
    if (chrome) {
      media ??= chrome.media;
      example = EXAMPLE_TAB.test(text);
      at = chrome.end;
    } else if (code !== undefined) {
      blocks.push({ kind: 'code', from: at, to: code });
      at = code;
    } else if (table && table.end < to) {
      blocks.push({ kind: 'part', from: at, to: at, text: 'Response headers' });
      blocks.push({ kind: 'table', from: at + 1, to: table.end, rows: table.rows });
      at = table.end;
    } else paragraph = { from: paragraph?.from ?? at, to: at };
    end = at;
  }
  close();
  return media === undefined ? { blocks, end } : { blocks, end, media };
}

/** A row's links cell (`⇥No links`): a tab at the line's start, no XML's element after it (an XML example indents by tabs). */
function linksCell(line: Line): boolean {
  return line.text.startsWith('\t') && !line.text.trimStart().startsWith('<');
}

/** The last line of an example that is no JSON (XML, a text) from `from` in a cell ending before `to`: up to a blank line or `Headers:`. */
function exampleEnd(lines: readonly Line[], from: number, to: number): number | undefined {
  let at = from;
  while (at + 1 < to && trimmed(lines[at + 1]) !== '' && trimmed(lines[at + 1]) !== 'Headers:' && !linksCell(lines[at + 1]!)) at++;
  return trimmed(lines[from]) === '' || trimmed(lines[from]) === 'Headers:' ? undefined : at;
}

/** The chrome at `index` in a cell and its last line: a button, the example's tabs, a media type's label over its select. */
function cellChrome(lines: readonly Line[], index: number): { end: number; media?: string } | undefined {
  const text = trimmed(lines[index]);
  if (CHROME.test(text)) {
    // Swagger 2's `Parameter content type` over its select: the body's media type.
    const media = text === 'Parameter content type' ? mediaEnd(lines, index) : undefined;
    return media?.media ? media : { end: index };
  }
  if (EXAMPLE_TAB.test(text)) return { end: SCHEMA_TAB.test(trimmed(lines[index + 1])) ? index + 1 : index };
  // The examples' select (`Examples:` ⏎ the shown example's summary): the example under it is the sample.
  if (EXAMPLES_LABEL.test(text)) {
    const value = lines[index + 1];
    const shown = value !== undefined && EXAMPLE_SUMMARY.test(value.text) && !opensJson(value) && !EXAMPLE_TAB.test(value.text.trim());
    return { end: shown ? index + 1 : index };
  }
  if (text === 'Media type') return mediaEnd(lines, index);
  return undefined;
}

/**
 * The responses' table at its header `index` (its `Responses` title at `title`): each status a
 * part's title, its cell's blocks under it (cellBlocks); a row ends at its links' cell (`⇥No
 * links`), the next status or the table's end.
 */
function responsesTable(
  lines: readonly Line[],
  title: number | undefined,
  index: number,
  page: SwaggerUiPage,
): { blocks: Block[]; end: number } {
  const blocks: Block[] = [];
  if (title !== undefined) blocks.push({ kind: 'part', from: title, to: index, text: 'Responses' });
  let at = index + 1;
  let end = index;
  const scan = { scanned: -1 };
  while (at < lines.length) {
    while (at < lines.length && trimmed(lines[at]) === '') at++;
    const row = STATUS_ROW.exec(lines[at]?.text ?? '');
    if (!row) break;
    blocks.push({ kind: 'part', from: at, to: at, text: row[1]! });
    // The cell's words on the status's line, where it holds any.
    if (row[2]!.trim() !== '') blocks.push({ kind: 'paragraph', from: at, to: at });
    let next = at + 1;
    while (next < lines.length && !STATUS_ROW.test(lines[next]!.text) && !linksCell(lines[next]!) && !endsTable(lines, next, page)) next++;
    const cell = cellBlocks(lines, at + 1, next, scan, page, row[1]!);
    blocks.push(...cell.blocks);
    // The links' cell closes the row.
    const links = lines[next];
    end = links && linksCell(links) ? next : Math.max(at, cell.end);
    at = end + 1;
  }
  return { blocks, end };
}
