/**
 * A page of copied text: what a browser's select-all and copy gives of a rendered docs site (the
 * `innerText` algorithm), saved as `.txt`, or pasted into a markdown page that then has no heading,
 * table or fence, only tab-separated rows. Its structure is recovered into the normalised document
 * the general reader reads, every node at its place in the text:
 *
 *     Example API docs ⏎ Home ⏎ …            site chrome: no words of the reference (copied-chrome.ts)
 *     #Get banner by id                      a heading (copied-headings.ts)
 *     URL⇥Requires Auth⇥HTTP Method          a table (copied-tables.ts)
 *     api/v1/banners/:id⇥YES⇥GET
 *     {  ⏎ "banners": [] ⏎ }  ⏎ ⏎ Copy       a code block; its copy button's word dropped (copied-code.ts)
 *     The platform rendering the banner.     a paragraph: a line not clearly anything else stays words
 *
 * One pass over the lines, each read a bounded number of times: linear in the page.
 */
import type { Code, Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { type Line, linesSpan, spanOf, splitLines } from '../shared/lines.js';
import { type Chrome, findChrome } from './copied-chrome.js';
import { curlEnd, isCopyLine, isProseLine, isRequestLine, jsonEnd, messageEnd, opensJson } from './copied-code.js';
import { authorizationsEnd, columnRequest, columnSamples, columnTitles } from './copied-columns.js';
import {
  anchoredHeading,
  ERROR_TITLE,
  ERROR_TITLE_STATUS,
  type HeadingMark,
  hashMarkedLines,
  headingDepths,
  isTitleLine,
} from './copied-headings.js';
import { nestBySamples } from './copied-nesting.js';
import { sidecarLine } from './copied-sidecars.js';
import {
  entryName,
  readStack,
  repeatsRequest,
  type StackedEntry,
  stackedList,
  stackedRequestEnd,
  stackedRequestLine,
  stackStart,
} from './copied-stacks.js';
import { type SwaggerUiPage, swaggerUiPage, swaggerUiPart } from './copied-swagger-ui.js';
import { buildTable, preRow, readTable, rowCells } from './copied-tables.js';
import { type Block, isTabTitle, openCopiedTabs, wordsOf } from './copied-tabs.js';
import { markOrigin } from './findings.js';
import { markHtmlLists } from './html-lists.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';

/** A page saved as text. */
const TEXT_PAGE = /\.te?xt$/i;
/**
 * Lines of markdown: a fence, a GFM table's delimiter row, an ATX heading of two or more `#`; a
 * setext title's `===` underline; a list item opening with a name in code or bold (`` - `id` (string) ``,
 * `* **id**`). A browser's copy writes none of them (a list's bullets, code's backticks and bold's
 * stars are the rendering's, not its text); a single `#` may open a shell comment in a copied sample.
 * A delimiter row's leading blanks are the line's, each run one quantifier's: `^\s*\|?\s*` split a
 * long run of blanks every way, and crossed line ends to scan every blank line's run again.
 */
const MARKDOWN_LINE =
  /^ {0,3}(?:```|~~~|#{2,6}[ \t]+\S)|^[^\S\n\r\u2028\u2029]*(?:\|[^\S\n\r\u2028\u2029]*)?:?-{3,}:?\s*\||^[ \t]*\S.*\n {0,3}={3,}[ \t]*$|^ {0,3}[-*+][ \t]+(?:`[^`\n]+`|\*\*[^*\n]+\*\*)/m;

/** A method and its route alone on a line, in any case, glued or spaced (`get/kites`, `GET /kites`). */
const BADGE_ROUTE_LINE = /^[ \t]*(?:get|put|post|patch|delete|head|options|trace)[ \t]?\/\S*[ \t]*$/im;

/** Whether a `.txt` page is copied text: it holds no markdown line. */
export function isCopiedTextPage(file: string, text: string): boolean {
  return TEXT_PAGE.test(file) && !MARKDOWN_LINE.test(text);
}

/**
 * The evidence that a `.txt` page is copied text: its tab-separated rows, each a signature line (a
 * scraped page of the text dialect flattens its tables with spaces).
 */
export function copiedTextRows(file: string, text: string): number {
  if (!text.includes('\t') || !isCopiedTextPage(file, text)) return 0;
  const { lines } = splitLines(text);
  let rows = 0;
  for (let index = 0; index < lines.length; index++) {
    if (!opensTable(lines, index)) continue;
    const cells = rowCells(lines[index])!;
    while (true) {
      const pre = rowCells(lines[index]) === undefined ? preRow(lines, index, cells) : undefined;
      if (rowCells(lines[index]) === undefined && !pre) break;
      [rows, index] = [rows + 1, (pre?.line.index ?? index) + 1];
    }
  }
  return rows;
}

/**
 * Whether a markdown page parsed to no heading, table or fenced code is copied text: tab-separated
 * rows open a table in it, request lines close operations whose Responses title stands before
 * them (a three-panel reference's, copied-columns.ts), or it is Swagger UI's (copied-swagger-ui.ts).
 */
export function isCopiedMarkdown(root: Root, text: string, titles: TitleVocabulary): boolean {
  if (root.children.some((node) => node.type === 'heading' || node.type === 'table' || node.type === 'html' || isFence(node, text)))
    return false;
  const { lines } = splitLines(text);
  if (text.includes('\t') && lines.some((_, index) => opensTable(lines, index))) return true;
  return (BADGE_ROUTE_LINE.test(text) && columnTitles(lines, titles).size > 0) || swaggerUiPage(lines) !== undefined;
}

/** Two lines running with the same number (two or more) of tab-separated cells, or a header over a row whose first cell was a `<pre>` (copied-tables.ts). */
function opensTable(lines: readonly Line[], index: number): boolean {
  const cells = rowCells(lines[index]);
  return cells !== undefined && (rowCells(lines[index + 1]) === cells || preRow(lines, index + 1, cells) !== undefined);
}

function isFence(node: RootContent, text: string): boolean {
  const at = node.position?.start.offset;
  return node.type === 'code' && at !== undefined && /^[ \t]*(?:```|~~~)/.test(text.slice(at, at + 8));
}

/** The normalised document of a page of copied text. */
export function readCopiedText(text: string, titles: TitleVocabulary): Root {
  const { lines } = splitLines(text);
  const marked = hashMarkedLines(lines);
  const chrome = findChrome(lines, marked);
  // Tabbed samples: each tab's title over its panel (copied-tabs.ts).
  const columns = columnTitles(lines, titles);
  const frame = { ...chrome, columns, swaggerUi: swaggerUiPage(lines) };
  const blocks = openCopiedTabs(lines, findBlocks(lines, frame, marked, titles), (line) => isTitleLine(line, titles));
  // An expanded object's fields, where the operation's sample shows them its (copied-nesting.ts).
  nestBySamples(lines, blocks);
  if (columns.size === 0) joinRequestRuns(blocks);
  titleRequests(lines, blocks, titles);
  const marks: HeadingMark[] = [];
  let content = false;
  blocks.forEach((block, index) => {
    if (block.kind === 'heading')
      marks.push({ afterHeading: blocks[index - 1]?.kind === 'heading', afterContent: content, column: columns.has(block.from) });
    else content = true;
  });
  const depths = headingDepths(marks);
  let heading = 0;
  let depth: Heading['depth'] = 1;
  const next = (): Heading['depth'] => {
    depth = depths[heading++]!;
    return depth;
  };
  // A part's title the lines imply is one level under the heading over it.
  const children = blocks.map((block) => toNode(lines, block, next, () => Math.min(depth + 1, 6) as Heading['depth']));
  return { type: 'root', children, position: linesSpan(lines[0]!, lines[lines.length - 1]!) };
}

/** The page's site chrome, and the titles of operations whose request lines close them (copied-columns.ts). */
type Frame = Chrome & { columns: ReadonlySet<number>; swaggerUi: SwaggerUiPage | undefined };

function findBlocks(
  lines: readonly Line[],
  { skip, title, columns, swaggerUi }: Frame,
  marked: ReadonlySet<number>,
  titles: TitleVocabulary,
): Block[] {
  const blocks: Block[] = [];
  let start: number | undefined;
  const flush = (end: number): void => {
    if (start !== undefined) blocks.push({ kind: 'paragraph', from: start, to: end });
    start = undefined;
  };
  // The lines that end a cell's lines below its row.
  const stop = (index: number): boolean =>
    skip[index] === 1 ||
    index === title ||
    isCopyLine(lines[index]!) ||
    anchoredHeading(lines[index]!, marked) !== undefined ||
    isRequestLine(lines[index]!) ||
    columnRequest(lines, index) !== undefined ||
    isTitleLine(lines[index]!, titles) ||
    // The next operation's stacked request and the title right over it (Zudoku's `Get a bed` ⏎ `GET` ⏎ its server ⏎ its route):
    // no words of a field that has none of its own (before, they were that field's).
    stackedRequestEnd(lines, index) !== undefined ||
    (titleWords(lines[index]!) !== undefined && stackedRequestEnd(lines, index + 1) !== undefined);
  // A request line's title right over it (`Create a reel` ⏎ `POST /reels`, no blank line between): its heading, as a stacked request's.
  const titleOver = (index: number): void => {
    const words = start === index - 1 ? titleWords(lines[start]!) : undefined;
    if (!words) return;
    blocks.push({ kind: 'heading', from: start!, to: start!, words });
    start = undefined;
  };
  // Lines up to here were scanned for a JSON value that did not close: not scanned again.
  let scanned = -1;
  // The last request a method alone over its URL stated (copied-stacks.ts).
  let stacked: string | undefined;
  // Whether the lines are that request's sidecar, its samples (after its request line again).
  let sidecar = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (skip[index] || line.text.trim() === '') {
      flush(index - 1);
      continue;
    }
    if (isCopyLine(line)) {
      flush(index - 1);
      claimCode(lines, blocks, titles);
      continue;
    }
    // Swagger UI's parameters, request body and responses, and its buttons (copied-swagger-ui.ts).
    const swagger = swaggerUi ? swaggerUiPart(lines, index, swaggerUi) : undefined;
    if (swagger) {
      flush(index - 1);
      blocks.push(...swagger.blocks);
      index = swagger.end;
      continue;
    }
    const words = index === title || columns.has(index) ? wordsOf(line) : anchoredHeading(line, marked);
    if (words) {
      flush(index - 1);
      blocks.push({ kind: 'heading', from: index, to: index, words });
      continue;
    }
    const table = readTable(lines, index, stop);
    if (table) {
      flush(index - 1);
      blocks.push({ kind: 'table', from: index, to: table.end, rows: table.rows });
      index = table.end;
      continue;
    }
    // A method alone over its URL (an API explorer's badge and route, copy-stacks.ts): the request line.
    const request = stackedRequestEnd(lines, index);
    if (request !== undefined) {
      // The line right over it, a title alone (no sentence), is the operation's heading, as the explorer sets it.
      const title = start === index - 1 ? titleWords(lines[start]!) : undefined;
      if (title) {
        blocks.push({ kind: 'heading', from: start!, to: start!, words: title });
        start = undefined;
      }
      flush(index - 1);
      blocks.push({ kind: 'request', from: index, to: request });
      stacked = stackedRequestLine(lines, index, request);
      sidecar = false;
      index = request;
      continue;
    }
    // The operation's request again, the server's URL left out (Zudoku's sidecar over its samples): no new operation.
    if (start === undefined && repeatsRequest(line, stacked)) {
      sidecar = true;
      continue;
    }
    // In the sidecar, the code's language and select are no words, the response sample's title a part's (copied-sidecars.ts).
    const side = sidecar ? sidecarLine(lines, index, start === undefined ? blocks[blocks.length - 1] : undefined) : undefined;
    if (side) {
      flush(index - 1);
      if (side.block) blocks.push(side.block);
      index = side.end;
      continue;
    }
    // A three-panel page's request line (`get/kites`) and its samples' panel (copied-columns.ts).
    const column = columnRequest(lines, index);
    if (column) {
      if (columns.size === 0) titleOver(index);
      flush(index - 1);
      blocks.push({ kind: 'request', from: index, to: column.end, value: column.value });
      index = column.end;
      continue;
    }
    const authorizations = authorizationsEnd(lines, index, titles);
    if (authorizations !== undefined) {
      // The schemes' names are the operation's security, no words of its description.
      flush(index - 1);
      index = authorizations;
      continue;
    }
    const samples = start === undefined ? columnSamples(lines, index) : undefined;
    if (samples) {
      blocks.push(...samples.blocks);
      index = samples.end;
      continue;
    }
    // Entries stacked a line a part (name, type, flags, words) under a section's title, or statuses under a Responses title.
    const over = blocks[blocks.length - 1];
    const overTitle = start === undefined && over?.kind === 'heading' ? wordsText(lines, over) : undefined;
    const section = overTitle !== undefined ? sectionOfTitle(overTitle, titles)?.kind : undefined;
    const statuses = section !== undefined && stacksStatuses(section, overTitle!);
    const opening = section && section !== 'signature' ? stackStart(lines, index, statuses, section === 'request-body') : undefined;
    const stack = opening && readStack(lines, opening.at, statuses, stop);
    if (stack) {
      // The body's media type under its title (Scalar's `Body` ⏎ `required` ⏎ `multipart/form-data`): the title's.
      if (opening.media && over?.kind === 'heading') {
        const title = `${wordsText(lines, over)} (${opening.media.text.trim()})`;
        blocks[blocks.length - 1] = { kind: 'part', from: over.from, to: opening.media.index, text: title };
      }
      // An error title over its statuses right after the operation's responses (`Responses` ⏎ `200` ⏎ … ⏎
      // `Errors (4xx)` ⏎ `404` ⏎ …): a part of that operation, a level under the heading over it, as its
      // other parts are; at the operation's own level it would close the operation (an aside's).
      if (statuses && section === 'aside' && over?.kind === 'heading' && followsResponses(lines, blocks, titles))
        blocks[blocks.length - 1] = { kind: 'part', from: over.from, to: over.to, text: overTitle! };
      // The body's description over its fields (Redoc's): its paragraph.
      if (opening.words) blocks.push({ kind: 'paragraph', ...opening.words });
      blocks.push(...stackBlocks(stack.entries, index, stack.end));
      index = stack.end;
      continue;
    }
    // A request line alone on its line (a `<pre>` with no copy button after it, a code span alone in its paragraph): the operation's signature.
    const end = isRequestLine(line)
      ? requestLinesEnd(lines, index)
      : codeEnd(lines, index, index > scanned ? (last) => (scanned = last) : undefined);
    if (end !== undefined) {
      if (isRequestLine(line)) titleOver(index);
      flush(index - 1);
      blocks.push({ kind: 'code', from: index, to: end });
      index = end;
      continue;
    }
    if (start === undefined && isTitleLine(line, titles) && titleStands(lines, index, skip, titles)) {
      blocks.push({ kind: 'heading', from: index, to: index, words: wordsOf(line) });
      continue;
    }
    // A section's title right under prose or another heading, over its table or sample (a list, a heading: blocks that copy with
    // no blank line after them); over a sample, not under a tab's title (`201 Created` ⏎ `404 Not Found` ⏎ the panel: tabs).
    if (
      start !== undefined &&
      isTitleLine(line, titles) &&
      (opensTable(lines, index + 1) || (opensJson(lines[index + 1]) && !isTabTitle(lines[index - 1])))
    ) {
      flush(index - 1);
      blocks.push({ kind: 'heading', from: index, to: index, words: wordsOf(line) });
      continue;
    }
    start ??= index;
  }
  flush(lines.length - 1);
  return blocks;
}

/**
 * The blocks of a stack of entries: one list, or, where statuses state their bodies (ReadMe's),
 * the statuses' list up to each body, then the body's title and its fields' list, the statuses after
 * it under a Responses title again:
 *
 *     200 ⏎ Returns the lantern.            → - `200`: Returns the lantern.
 *     Body ⏎ application/json               → ### Response body (200) (application/json)
 *     id ⏎ string ⏎ The lantern's ID.       → - `id` (string): The lantern's ID.
 *     (array of objects, over the fields)    → array of objects (a paragraph: the body an array of them)
 *     404 ⏎ No lantern has this ID.         → ### Responses ⏎ - `404`: No lantern has this ID.
 */
function stackBlocks(entries: readonly StackedEntry[], from: number, to: number): Block[] {
  if (!entries.some((entry) => entry.body || entry.headers)) return [{ kind: 'entries', from, to, entries: [...entries] }];
  const blocks: Block[] = [];
  let run: StackedEntry[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const last = run[run.length - 1]!;
    blocks.push({ kind: 'entries', from: run[0]!.name.index, to: (last.words.at(-1) ?? last.name).index, entries: run });
    run = [];
  };
  for (const entry of entries) {
    if (run.length === 0 && blocks.length > 0)
      blocks.push({ kind: 'part', from: entry.name.index, to: entry.name.index, text: 'Responses' });
    run.push(entry);
    const body = entry.body;
    if (!body && !entry.headers) continue;
    flush();
    // The status without its reason phrase (Redoc's `200 OK`).
    const status = entryName(entry).split(/\s/)[0]!;
    // Its headers (Redoc's `Response Headers` over them): `### Response headers (200)` over their list.
    const headers = entry.headers;
    if (headers) {
      const last = headers.fields.at(-1)!;
      const end = (last.words.at(-1) ?? last.notes.at(-1) ?? last.name).index;
      blocks.push({ kind: 'part', from: headers.label.index, to: headers.label.index, text: `Response headers (${status})` });
      blocks.push({ kind: 'entries', from: headers.fields[0]!.name.index, to: end, entries: headers.fields });
    }
    if (!body) continue;
    // A body of no stated media type (its fields right under the status's words): the part at its first field's line.
    const [from, to] = [body.label?.index ?? body.fields[0]!.name.index, body.mediaType?.index ?? body.fields[0]!.name.index];
    const media = body.media === undefined ? '' : ` (${body.media.toLowerCase()})`;
    blocks.push({ kind: 'part', from, to, text: `Response body (${status})${media}` });
    // ReadMe's `array of objects` over the fields: the words that make the body an array of them ("An array of objects:").
    if (body.array) blocks.push({ kind: 'title', from: body.array.index, to: body.array.index, words: wordsOf(body.array) });
    blocks.push({ kind: 'entries', from: body.fields[0]!.name.index, to: body.end, entries: body.fields });
  }
  flush();
  return blocks;
}

/** The last of the request lines alone running from `index` (`GET /groups/:id/members` ⏎ `GET /projects/:id/members`: one `<pre>`'s). */
function requestLinesEnd(lines: readonly Line[], index: number): number {
  let end = index;
  while (lines[end + 1] !== undefined && isRequestLine(lines[end + 1]!)) end++;
  return end;
}

/** The last line of the code opening at `index` (JSON, curl, an HTTP message), or undefined. */
function codeEnd(lines: readonly Line[], index: number, scan: ((stop: number) => void) | undefined): number | undefined {
  if (scan) {
    const json = jsonEnd(lines, index);
    if ('end' in json) return json.end;
    scan(json.stop);
  }
  return curlEnd(lines, index) ?? messageEnd(lines, index);
}

/**
 * Request lines on lines running with none between (`GET /groups/:id/members` ⏎ `GET
 * /projects/:id/members`: one `<pre>` of two lines, as the page's fence held them) are one block,
 * so that they are one operation's routes, as the fence's lines are.
 */
function joinRequestRuns(blocks: Block[]): void {
  const joined: Block[] = [];
  // The request lines of the last block, where it is a run of them, to join the next one to.
  const runs = new Map<Block, string[]>();
  for (const block of blocks) {
    const above = joined[joined.length - 1];
    const single = block.kind === 'request' && block.value !== undefined && block.from === block.to ? block.value : undefined;
    const run = above && runs.get(above);
    if (single !== undefined && run && above.to + 1 === block.from) {
      run.push(single);
      runs.delete(above);
      const longer: Block = { kind: 'request', from: above.from, to: block.to };
      runs.set(longer, run);
      joined[joined.length - 1] = longer;
    } else {
      joined.push(block);
      if (single !== undefined) runs.set(block, [single]);
    }
  }
  blocks.length = 0;
  for (const block of joined) {
    const run = runs.get(block);
    blocks.push(run && run.length > 1 ? { kind: 'request', from: block.from, to: block.to, value: run.join('\n') } : block);
  }
}

/**
 * The titles of operations whose headings copied as plain lines (a heading's anchor an icon, no
 * text). Where no heading but a part's (`Parameters`) stands between a request line and the last
 * one before it, the paragraphs right over the request line are its operation's prose, and the
 * topmost of the lines alone among them that read as a title (operationTitle: no sentence, label
 * or entry) past its sentences is its heading, as the page showed it:
 *
 *     Get single repository branch              → ## Get single repository branch
 *     Get a single project repository branch.      Get a single project repository branch.
 *     GET /projects/:id/repository/branches/:branch
 *
 * The page's first line over the first such title is the page's title. Where no line reads so (a
 * second request line under the first, after "or"), the request line stays the same operation's.
 */
function titleRequests(lines: readonly Line[], blocks: Block[], titles: TitleVocabulary): void {
  // The first block after the last request line, and whether a heading stood since.
  let since = 0;
  let headed = false;
  // The headings that were the last lines of the paragraphs at these blocks.
  const under = new Map<number, Block>();
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    // A part's title (`Parameters`, `Response`) titles no operation.
    if (block.kind === 'heading' && !sectionOfTitle(wordsText(lines, block), titles)) headed = true;
    const signature = block.kind === 'request' || (block.kind === 'code' && lines.slice(block.from, block.to + 1).every(isRequestLine));
    if (!signature) continue;
    if (!headed) {
      // Past the sentences over the request line, the topmost of the lines alone that are titles
      // (`Get a trace file` ⏎ `Get a trace of a job` ⏎ the request line: the first is the title).
      let title: number | undefined;
      for (let at = index - 1; at >= since && blocks[at]!.kind === 'paragraph'; at--) {
        const { from, to } = blocks[at]!;
        if (from === to && operationTitle(lines[from]!)) title = at;
        else if (title !== undefined) break;
        else if (from < to && operationTitle(lines[to]!)) {
          // A heading right under a list's items or another heading, no blank line between (`start_date (optional) - The start date` ⏎
          // `Edit milestone`; the page's title ⏎ `List sundials`, the page's first lines): the paragraph's last line.
          const pageTitle = at === 0 && to === from + 1 && operationTitle(lines[from]!);
          if (operationTitle(lines[to - 1]!) && !pageTitle) break;
          blocks[at] = pageTitle
            ? { kind: 'heading', from, to: from, words: wordsOf(lines[from]!) }
            : { kind: 'paragraph', from, to: to - 1 };
          under.set(at, { kind: 'heading', from: to, to, words: wordsOf(lines[to]!) });
          break;
        }
      }
      // The page's first line over the first operation's title (`Trellis API` ⏎ `List trellises`): the page's title, then the operation's.
      const second = blocks[1];
      const pageTitle =
        title === 0 && 1 < index && second?.kind === 'paragraph' && second.from === second.to && operationTitle(lines[second.from]!);
      for (const at of pageTitle ? [0, 1] : [title]) {
        if (at === undefined) continue;
        const line = lines[blocks[at]!.from]!;
        blocks[at] = { kind: 'heading', from: line.index, to: line.index, words: wordsOf(line) };
      }
    }
    [since, headed] = [index + 1, false];
  }
  if (under.size === 0) return;
  const split = blocks.flatMap((block, index) => [block, ...(under.has(index) ? [under.get(index)!] : [])]);
  blocks.length = 0;
  for (const block of split) blocks.push(block);
}

/**
 * An operation's title: a line of words (16 at most) opening with a capital (or a letter of a script
 * without case), no sentence, label or entry (`title (required) - The title`, `id - The ID`: a list's
 * item copied without its bullet).
 */
function operationTitle(line: Line): boolean {
  const text = line.text.trim();
  return (
    text.length <= 120 &&
    !/[.:!?,;]$/.test(text) &&
    /^[\p{Lu}\p{Lo}]/u.test(text) &&
    !/[()]|\s[-\u2013\u2014]\s/.test(text) &&
    text.split(/\s+/).length <= 16
  );
}

/** A short line of words that is no sentence nor label (`Create a trellis`): its words' columns. */
function titleWords(line: Line): { from: number; to: number } | undefined {
  const text = line.text.trim();
  if (text.length > 80 || /[.:!?,;]$/.test(text) || !/^\p{L}/u.test(text) || text.split(/\s+/).length > 10) return undefined;
  return wordsOf(line);
}

/** The words of a heading block. */
function wordsText(lines: readonly Line[], block: Block & { kind: 'heading' }): string {
  return lines[block.from]!.text.slice(block.words.from, block.words.to);
}

/**
 * A title line over a blank line, a table or a sample; over stacked entries; or over another title
 * that so stands (an explorer's `Request` ⏎ `Path Parameters` ⏎ its entries).
 */
function titleStands(lines: readonly Line[], index: number, skip: Uint8Array, titles: TitleVocabulary): boolean {
  // An error's title with its status (`Error responses — 409`) titles the words under it, its description.
  if (ERROR_TITLE_STATUS.test(lines[index]!.text.trim()) && / [-\u2013\u2014] /.test(lines[index]!.text)) return true;
  if (standsAlone(lines, index, skip) || opensStack(lines, index + 1, lines[index]!, titles)) return true;
  const next = lines[index + 1];
  return (
    next !== undefined && isTitleLine(next, titles) && (standsAlone(lines, index + 1, skip) || opensStack(lines, index + 2, next, titles))
  );
}

/** Whether stacked entries open right under a title line (the explorer sets no blank line between). */
function opensStack(lines: readonly Line[], index: number, title: Line, titles: TitleVocabulary): boolean {
  const kind = sectionOfTitle(title.text.trim(), titles)?.kind;
  const statuses = kind !== undefined && stacksStatuses(kind, title.text.trim());
  return (
    kind !== undefined &&
    kind !== 'signature' &&
    readStack(lines, stackStart(lines, index, statuses, kind === 'request-body').at, statuses, () => false) !== undefined
  );
}

/** Whether the heading last in `blocks` follows the operation's Responses title and its statuses (no other heading between). */
function followsResponses(lines: readonly Line[], blocks: readonly Block[], titles: TitleVocabulary): boolean {
  for (let at = blocks.length - 2; at >= 0; at--) {
    const block = blocks[at]!;
    if (block.kind === 'part') continue;
    if (block.kind === 'heading') return sectionOfTitle(wordsText(lines, block), titles)?.kind === 'responses';
    if (block.kind !== 'entries' && block.kind !== 'title') return false;
  }
  return false;
}

/** Whether a section's stacked entries are statuses: a Responses title's, and an error title's (`Errors (4xx)` ⏎ `404` ⏎ its words). */
function stacksStatuses(kind: string, title: string): boolean {
  return kind === 'responses' || (kind === 'aside' && ERROR_TITLE.test(title));
}

/** A title line over a blank line, a table or a sample. */
function standsAlone(lines: readonly Line[], index: number, skip: Uint8Array): boolean {
  const next = lines[index + 1];
  if (next === undefined || next.text.trim() === '' || skip[index + 1]) return true;
  return opensTable(lines, index + 1) || opensJson(next);
}

/**
 * A copy button's word after the blocks before it: their lines are its code block, back to a
 * heading, a table, a blank line, a line of prose (`Example response:`, a sentence) or a section's
 * title (`Example Call`, then the heading over the block).
 */
function claimCode(lines: readonly Line[], blocks: Block[], titles: TitleVocabulary): void {
  const words = (line: Line): boolean => isProseLine(line) || isTitleLine(line, titles);
  let from: number | undefined;
  let index = blocks.length - 1;
  for (; index >= 0; index--) {
    const block = blocks[index]!;
    if (block.kind === 'code') from = block.from;
    else if (block.kind === 'paragraph') {
      // A list's lines (`key (required) - new SSH key`) end it too.
      if (isList(lines, block)) break;
      let first = block.to;
      while (first >= block.from && !words(lines[first]!)) first--;
      if (first < block.to) from = first + 1;
      if (first >= block.from) break;
    } else break;
    const before = blocks[index - 1];
    if (before === undefined || before.to + 1 !== block.from) break;
  }
  if (from === undefined) return;
  const to = blocks[blocks.length - 1]!.to;
  while (blocks.length > 0 && blocks[blocks.length - 1]!.from >= from) blocks.pop();
  const cut = blocks[blocks.length - 1];
  if (cut && cut.to >= from) {
    cut.to = from - 1;
    const line = lines[cut.to]!;
    if (cut.from === cut.to && isTitleLine(line, titles))
      blocks[blocks.length - 1] = { kind: 'heading', from: cut.from, to: cut.to, words: wordsOf(line) };
  }
  blocks.push({ kind: 'code', from, to });
}

function toNode(lines: readonly Line[], block: Block, depth: () => Heading['depth'], under: () => Heading['depth']): RootContent {
  if (block.kind === 'table') return markOrigin(buildTable(block.rows), 'tab-separated');
  if (block.kind === 'entries') return stackedList(block.entries);
  if (block.kind === 'request') {
    const code: Code = {
      type: 'code',
      lang: null,
      meta: null,
      value: block.value ?? stackedRequestLine(lines, block.from, block.to),
      position: linesSpan(lines[block.from]!, lines[block.to]!),
    };
    return code;
  }
  if (block.kind === 'title') {
    // A tab's title (copied-tabs.ts): a paragraph of its words over its panel.
    const line = lines[block.from]!;
    const position = spanOf(line, block.words.from, block.words.to);
    const value = line.text.slice(block.words.from, block.words.to);
    return { type: 'paragraph', children: [{ type: 'text', value, position }], position };
  }
  if (block.kind === 'part') {
    const position = linesSpan(lines[block.from]!, lines[block.to]!);
    return { type: 'heading', depth: under(), children: [{ type: 'text', value: block.text, position }], position };
  }
  if (block.kind === 'heading') {
    const line = lines[block.from]!;
    const position = spanOf(line, block.words.from, block.words.to);
    return {
      type: 'heading',
      depth: depth(),
      children: [{ type: 'text', value: line.text.slice(block.words.from, block.words.to), position }],
      position: linesSpan(line, line),
    };
  }
  if (block.kind === 'code') {
    const value = lines.slice(block.from, block.to + 1).map((line) => line.text.trimEnd());
    const code: Code = {
      type: 'code',
      lang: block.lang ?? null,
      meta: null,
      value: value.join('\n'),
      position: linesSpan(lines[block.from]!, lines[block.to]!),
    };
    return code;
  }
  if (isList(lines, block)) return list(lines, block.from, block.to);
  return paragraph(lines, block.from, block.to);
}

/**
 * A line that reads as an entry: a name, its notes in parentheses, then `-` or `:` and its words
 * (`id (required) - The ID`, `codeCount: The number of codes.`), or the name and its notes alone
 * (`username (required)`).
 */
const ITEM = /^([\w.[\]$@-]+)\*?(?:(?:[ \t]+\([^()]*\))?[ \t]*(?:[-\u2013\u2014]|:)[ \t]+\S|[ \t]+\([^()]*\)[ \t]*$)/;

/**
 * Lines that each read as an entry, two or more, or one right over the next block (a table, a
 * sample, a heading: a paragraph would have a blank line after it, an item has none).
 */
function isList(lines: readonly Line[], block: Block): boolean {
  const next = lines[block.to + 1];
  const items = block.to > block.from || (next !== undefined && next.text.trim() !== '' && !isCopyLine(next));
  return items && lines.slice(block.from, block.to + 1).every((line) => ITEM.test(line.text));
}

/**
 * Lines of entries running with no blank line: the items of a list the page showed (a browser
 * copies each item as a line, no bullet), read as an HTML page's list is (html-lists.ts). Each
 * entry's name is the code it was on the page (the copy lost its style; the entry's form shows it).
 */
function list(lines: readonly Line[], from: number, to: number): List {
  const items = lines.slice(from, to + 1).map((line): ListItem => {
    const name = ITEM.exec(line.text)![1]!;
    const rest = line.text.trimEnd();
    const words: Paragraph = {
      type: 'paragraph',
      children: [
        { type: 'inlineCode', value: name, position: spanOf(line, 0, name.length) },
        { type: 'text', value: rest.slice(name.length), position: spanOf(line, name.length, rest.length) },
      ],
      position: spanOf(line, 0, rest.length),
    };
    return { type: 'listItem', spread: false, checked: null, children: [words], position: linesSpan(line, line) };
  });
  const made: List = {
    type: 'list',
    ordered: false,
    start: null,
    spread: false,
    children: items,
    position: linesSpan(lines[from]!, lines[to]!),
  };
  markHtmlLists(made);
  return made;
}

/** The paragraph of lines [from, to], each trimmed, joined with `\n` as markdown keeps them. */
export function paragraph(lines: readonly Line[], from: number, to: number): Paragraph {
  const first = lines[from]!;
  const last = lines[to]!;
  const value = lines.slice(from, to + 1).map((line) => line.text.trim());
  const lead = first.text.length - first.text.trimStart().length;
  const position = { start: spanOf(first, lead, lead).start, end: spanOf(last, 0, last.text.trimEnd().length).end };
  return { type: 'paragraph', children: [{ type: 'text', value: value.join('\n'), position }], position };
}
