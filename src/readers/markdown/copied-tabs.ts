/**
 * Tabbed samples in a page of copied text (copied-text.ts). A browser's copy (hast-util-to-text)
 * of a docs site's tabs gives the tab list's titles as lines, then the panels' code:
 *
 *     Examples                  Docusaurus', Starlight's ARIA tabs: a title a line (`<li
 *     cURL                      role="tab">`), then the selected panel alone (the others are
 *     Python                    `hidden`, no text)
 *     Response
 *     curl -X POST https://… \  MkDocs Material's and VitePress' radio tabs: every panel, one
 *       -d '{"name": "Ball"}'   after the other
 *
 * The titles are read as the markdown's `=== "Title"` tabs and a whole page's tabs are
 * (html-tabs.ts): each over the panel in its place, a paragraph of its words, so that a
 * `Response` or `201 Created` tab's JSON is that answer's sample and a `Python` tab's code nothing
 * (before, the titles ran into the description, `Responses 201 Created 404 Not Found` the
 * operation's summary, and a 201's JSON a sample of no status). A panel whose code the copy cannot
 * tell from words (a Python call: code's marks, between two panels) is code. Titles no panel
 * follows (their panels hidden) are no words. Only a run of two or more short distinct titles
 * right over a block of code (JSON, curl, an HTTP message, a request line), with as many panels as
 * titles or fewer, one right after the other, is tabs; a section's title opening the run
 * (`Examples`) is the heading over them. Titles glued on one line (pymdownx writes MkDocs
 * Material's labels with no space between: `cURLPythonResponse`, `201 Created404 Not Found`) are
 * parted where exactly as many words open as panels follow (`cURL|Python|Response`: a capital
 * after a small letter, not `cURL`'s own, a capital opening a word after capitals, a digit after
 * a letter); any other count is no tabs.
 */
import type { Line } from '../shared/lines.js';
import type { StackedEntry } from './copied-stacks.js';
import type { CopiedRow } from './copied-tables.js';

/** A block of a page of copied text, lines [from, to]. */
export type Block =
  | { kind: 'paragraph'; from: number; to: number }
  /** Code; its language where the page states it apart (Swagger UI's example of an XML media type). */
  | { kind: 'code'; from: number; to: number; lang?: string }
  /** A tab's title: columns of its line (titles may be glued on one). */
  | { kind: 'title'; from: number; to: number; words: { from: number; to: number } }
  | { kind: 'table'; from: number; to: number; rows: CopiedRow[] }
  /** A method alone over its URL (copied-stacks.ts), or a method's badge glued to its route (`value`, copied-columns.ts). */
  | { kind: 'request'; from: number; to: number; value?: string }
  /** Entries stacked a line a part (copied-stacks.ts). */
  | { kind: 'entries'; from: number; to: number; entries: StackedEntry[] }
  /** A part's title the stacked lines imply (a status's body: `Response body (200) (application/json)`), at their lines. */
  | { kind: 'part'; from: number; to: number; text: string }
  | { kind: 'heading'; from: number; to: number; words: { from: number; to: number } };

/** A tab's title: a few words (`cURL`, `201 Created`, `Request`), no sentence, no code. */
const TITLE = /^[\p{L}\p{N}][\p{L}\p{N} .+#()/-]{0,39}$/u;
const MAX_TITLE_WORDS = 4;

export function isTabTitle(line: Line | undefined): boolean {
  const text = line?.text.trim() ?? '';
  return (
    TITLE.test(text) &&
    !/[.:]$/.test(text) &&
    text.split(/\s+/).length <= MAX_TITLE_WORDS &&
    !/^(?:GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS|TRACE)\s/.test(text)
  );
}

/** A tab's title in its line: columns [from, to). */
interface Title {
  line: number;
  from: number;
  to: number;
}

/** Panels are counted up to this many after a run of titles. */
const MAX_PANELS = 12;

/**
 * The blocks with each tab run's titles over their panels. `isSectionTitle` says whether a line is
 * a known section's title (`Examples`, `Responses`).
 */
export function openCopiedTabs(lines: readonly Line[], blocks: readonly Block[], isSectionTitle: (line: Line) => boolean): Block[] {
  const out: Block[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const next = blocks[index + 1];
    const tabs =
      block.kind === 'paragraph' && next?.kind === 'code' && next.from === block.to + 1
        ? tabsOver(lines, blocks, index, isSectionTitle)
        : undefined;
    if (!tabs) {
      out.push(block);
      continue;
    }
    const { first, titles } = tabs;
    // The lines over the titles: a section's title alone is its heading, other words stay a paragraph.
    if (first > block.from) {
      const over = lines[block.from]!;
      out.push(
        first - 1 === block.from && isSectionTitle(over)
          ? { kind: 'heading', from: block.from, to: block.from, words: wordsOf(over) }
          : { kind: 'paragraph', from: block.from, to: first - 1 },
      );
    }
    titles.forEach((title, panel) => {
      const content = blocks[index + 1 + panel]!;
      out.push({ kind: 'title', from: title.line, to: title.line, words: title }, { kind: 'code', from: content.from, to: content.to });
    });
    index += titles.length;
  }
  return out;
}

/** The tab titles closing the paragraph `blocks[index]` (its first line of them), each paired with a panel after it; undefined where they are no tabs. */
function tabsOver(
  lines: readonly Line[],
  blocks: readonly Block[],
  index: number,
  isSectionTitle: (line: Line) => boolean,
): { first: number; titles: Title[] } | undefined {
  const block = blocks[index]!;
  const code = (at: number): boolean => isPanelWords(lines, blocks[at]!, isSectionTitle);
  const all = panelsAfter(blocks, index + 1, MAX_PANELS, code);
  let first = block.to + 1;
  while (first > block.from && isTabTitle(lines[first - 1])) first--;
  // A section's title opening the run (`Examples`, `Responses`) is the heading over the tabs, unless
  // every title has its panel and every panel its title (`Request` ⏎ `Response` over two samples)
  // and the line after it is no titles glued (`Responses` ⏎ `201 Created404 Not Found`).
  const run = block.to + 1 - first;
  const headed = first <= block.to && isSectionTitle(lines[first]!) && (all !== run || (run === 2 && gluedTitles(lines[block.to]!, all)));
  if (headed) first++;
  const words = lines.slice(first, block.to + 1).map((line) => line.text.trim());
  const panels = Math.min(all, words.length);
  if (words.length >= 2 && new Set(words).size === words.length && panels > 0)
    return { first, titles: lines.slice(first, first + panels).map((line) => ({ line: line.index, ...wordsOf(line) })) };
  // Titles glued on one line (pymdownx writes its labels with no space between: `cURLPythonResponse`),
  // every panel after them: parted where as many words open as there are panels.
  const last = lines[block.to]!;
  const glued = first <= block.to ? gluedTitles(last, all) : undefined;
  // One title under the section's (MkDocs Material's first form, a title over each panel: `Responses` ⏎
  // `201 Created` ⏎ its JSON): the heading, then the title over its panel.
  if (!glued) return headed && words.length === 1 && all > 0 ? { first, titles: [{ line: last.index, ...wordsOf(last) }] } : undefined;
  return { first: block.to, titles: glued.map(([from, to]) => ({ line: last.index, from, to })) };
}

/** A capital or digit opening a title glued to the one before (`cURL|Python`, `Created|404`, `C#|Go`); `cURL`'s, `iOS`' own capitals are none. */
const GLUED_OPENING = /(?<=[\p{Ll}#+)])(?<!\b\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})/gu;
/** The longest line of glued titles. */
const MAX_GLUED = 160;

/** The columns of `count` titles glued on `line`, where exactly `count - 1` words open inside it; else undefined. */
function gluedTitles(line: Line, count: number): Array<[number, number]> | undefined {
  const { from, to } = wordsOf(line);
  const text = line.text.slice(from, to);
  if (count < 2 || text.length > MAX_GLUED || /[\t.:,;!?]$/.test(text) || !/^[\p{L}\p{N}]/u.test(text)) return undefined;
  const cuts = [...text.matchAll(GLUED_OPENING)].map((match) => match.index);
  if (cuts.length !== count - 1) return undefined;
  const edges = [0, ...cuts, text.length];
  const parts = edges.slice(1).map((end, at): [number, number] => [from + edges[at]!, from + end]);
  return parts.every(([start, end]) => isTabTitle({ index: line.index, offset: 0, text: line.text.slice(start, end) })) ? parts : undefined;
}

/** The columns of a line's words, without the white space around them. */
export function wordsOf(line: Line): { from: number; to: number } {
  return { from: line.text.length - line.text.trimStart().length, to: line.text.trimEnd().length };
}

/** How many panels follow at `from`: code (or words, a panel's code the copy lost) one right after the other, at most `most`. */
function panelsAfter(blocks: readonly Block[], from: number, most: number, isCode: (at: number) => boolean): number {
  let count = 0;
  while (count < most) {
    const block = blocks[from + count];
    const before = blocks[from + count - 1]!;
    if (!block || (block.kind !== 'code' && block.kind !== 'paragraph') || block.from !== before.to + 1) break;
    // (A paragraph is a panel only between code: words after the last panel are the page's.)
    if (block.kind === 'paragraph' && (blocks[from + count + 1]?.kind !== 'code' || !isCode(from + count))) break;
    count++;
  }
  return count;
}

/** Code a copy cannot tell from words (`import requests` ⏎ `requests.post(…)`): code's marks, no section's title, no tab's title opening it. */
function isPanelWords(lines: readonly Line[], block: Block, isSectionTitle: (line: Line) => boolean): boolean {
  const own = lines.slice(block.from, block.to + 1);
  return own.some((line) => /[(){}=;<>"]/.test(line.text)) && !own.some(isSectionTitle) && /\S\s+\S|[(){}=;<>"]/.test(own[0]!.text.trim());
}
