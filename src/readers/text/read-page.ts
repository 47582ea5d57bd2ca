/**
 * The scraped text page, top to bottom, into the normalised document:
 *
 *     • Share … Show / Hide Table of Contents     site chrome: dropped
 *     PUT TicketMessage/{id}                      title → heading depth 1 (operation)
 *     • 10 minutes to read                        chrome between title and request line: dropped
 *     PUT /api/v1/TicketMessage/{id}              request line → code `http`
 *     Path Part Type Description                  flattened table → `table`
 *     Query String Parameters                     known title → heading depth 2
 *     Sample response                             … then an HTTP message → code `http`
 *     © Vendor. All rights reserved.              footer after the last sample: dropped
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import type { PageMeta } from '../../document/types.js';
import { sourceOf } from '../../ir/source.js';
import { DOCFX_TYPE_WORDS } from '../shared/docfx-type-words.js';
import { isBlank, type Line, linesSpan, pointAt, splitLines } from '../shared/lines.js';
import { markPathPartTables } from '../shared/path-part-tables.js';
import type { PageInput } from '../types.js';
import { BULLET, buildList, buildParagraph, buildRequestCode, REQUEST_EXAMPLE } from './blocks.js';
import { REQUEST_LINE } from './detect.js';
import { looksLikePipeRun, splitPipeRun } from './pipe-rows.js';
import { readSample } from './samples.js';
import { buildHeading, buildTitleHeading, matchSectionTitle } from './sections.js';
import { matchTableHeader } from './table-header.js';
import { readTable } from './tables.js';

const TITLE_LINE = /^\s*(?:GET|PUT|POST|PATCH|DELETE|DEL|HEAD|OPTIONS|TRACE) \S/;
/** A site footer line: `© Vendor. All rights reserved.`, `Copyright © 2024 …`, `(c) 2024 …`. */
const FOOTER_LINE = /^\s*(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))/i;

interface Walk {
  lines: Line[];
  file: string;
  diagnostics: DiagnosticBag;
  children: RootContent[];
  /** Index of the last section title line (-1 when none). */
  lastTitle: number;
}

export function readTextPage(page: PageInput, diagnostics: DiagnosticBag): Root {
  const all = splitLines(page.text).lines;
  const lastTitle = findLastTitle(all);
  // The site footer starts at the first footer line after the last section title; the page's
  // own grammar never reaches past it, so the walk sees only the lines before it.
  const footer = all.findIndex((line, index) => index > lastTitle && FOOTER_LINE.test(line.text));
  const lines = footer < 0 ? all : all.slice(0, footer);
  const walk: Walk = { lines, file: page.file, diagnostics, children: [], lastTitle };
  const meta: PageMeta = {};
  const requestIndex = lines.findIndex((line) => REQUEST_LINE.test(line.text));
  let at = 0;
  if (requestIndex >= 0) {
    const titleLine = lines[findTitle(lines, requestIndex)]!;
    meta.title = titleLine.text.trim();
    walk.children.push(buildTitleHeading(titleLine), buildRequestCode(lines, requestIndex, requestIndex));
    at = requestIndex + 1;
  }
  walkBlocks(walk, at);
  const last = all[all.length - 1]!;
  const root: Root = {
    type: 'root',
    children: walk.children,
    position: { start: pointAt(all[0]!, 0), end: pointAt(last, last.text.length) },
    data: { dialect: 'text', page: meta, typeWords: { ...DOCFX_TYPE_WORDS } },
  };
  // As in DocFX, the headless `Path Part` table gets its (synthetic) path-parameters heading.
  markPathPartTables(root);
  return root;
}

/** The page title: the nearest `METHOD Name` line above the request line (else the request line). */
function findTitle(lines: readonly Line[], requestIndex: number): number {
  for (let index = requestIndex - 1; index >= 0; index--) {
    if (TITLE_LINE.test(lines[index]!.text) && !REQUEST_LINE.test(lines[index]!.text)) return index;
  }
  return requestIndex;
}

function findLastTitle(lines: readonly Line[]): number {
  for (let index = lines.length - 1; index >= 0; index--) if (matchSectionTitle(lines[index])) return index;
  return -1;
}

function walkBlocks(walk: Walk, from: number): void {
  const { lines } = walk;
  let at = from;
  while (at < lines.length) {
    const line = lines[at]!;
    if (isBlank(line)) {
      at++;
    } else if (matchSectionTitle(line)) {
      const next = readSection(walk, at);
      if (next === undefined) return;
      at = next;
    } else if (matchTableHeader(line)) {
      at = readTableBlock(walk, at);
    } else if (REQUEST_EXAMPLE.test(line.text)) {
      const to = runEnd(lines, at, (l) => REQUEST_EXAMPLE.test(l.text));
      walk.children.push(buildRequestCode(lines, at, to));
      at = to + 1;
    } else if (BULLET.test(line.text)) {
      const to = runEnd(lines, at, (l) => BULLET.test(l.text));
      walk.children.push(buildList(lines, at, to));
      at = to + 1;
    } else {
      const to = runEnd(lines, at, (l) => !startsBlock(l));
      walk.children.push(buildParagraph(lines, at, to));
      at = to + 1;
    }
  }
}

/** A title's heading, and for a sample section its sample; `undefined` when the page ends there. */
function readSection(walk: Walk, at: number): number | undefined {
  const line = walk.lines[at]!;
  const title = matchSectionTitle(line)!;
  const heading: Heading = buildHeading(line, title);
  walk.children.push(heading);
  if (title.section !== 'sample-request' && title.section !== 'sample-response') return at + 1;
  const sample = readSample(walk.lines, at + 1, title.section === 'sample-request' ? 'request' : 'response');
  if (sample.unbalancedAt) {
    walk.diagnostics.report(
      'invalid-sample',
      sourceOf(walk.file, { position: linesSpan(sample.unbalancedAt, sample.unbalancedAt) }),
      `the ${title.text.toLowerCase()} body starting on line ${sample.unbalancedAt.index + 1} never closes its brackets; it was read up to the next section`,
    );
  }
  if (!sample.code) return sample.next;
  walk.children.push(sample.code);
  // Past the last section's sample, what is left is the site's footer.
  return at >= walk.lastTitle ? undefined : sample.next;
}

/** A flattened table: the header and the non-blank lines under it that are not another block. */
function readTableBlock(walk: Walk, at: number): number {
  const { lines } = walk;
  const header = lines[at]!;
  const columns = matchTableHeader(header)!;
  const rows: Line[] = [];
  let to = at;
  for (;;) {
    let next = to + 1;
    // A blank line ends the table, unless the rows go on as pipe-delimited text after it.
    while (isBlank(lines[next]) && next < lines.length) next++;
    const line = lines[next];
    if (!line || !isRowLine(line) || (next > to + 1 && !continuesAsPipeRun(line, columns.length))) break;
    rows.push(line);
    to = next;
  }
  walk.children.push(readTable({ header, columns, rows, file: walk.file }, walk.diagnostics));
  return to + 1;
}

function continuesAsPipeRun(line: Line, columns: number): boolean {
  return looksLikePipeRun(line.text) && splitPipeRun(line.text, columns) !== undefined;
}

function isRowLine(line: Line): boolean {
  return !isBlank(line) && !REQUEST_EXAMPLE.test(line.text) && !matchSectionTitle(line) && !matchTableHeader(line);
}

/** A line that starts a block of its own (ends a paragraph). */
function startsBlock(line: Line): boolean {
  return (
    isBlank(line) ||
    REQUEST_EXAMPLE.test(line.text) ||
    BULLET.test(line.text) ||
    matchSectionTitle(line) !== undefined ||
    matchTableHeader(line) !== undefined
  );
}

/** The last index of the run of lines from `from` on that satisfy `keep` (`from` itself always). */
function runEnd(lines: readonly Line[], from: number, keep: (line: Line) => boolean): number {
  let to = from;
  while (to + 1 < lines.length && keep(lines[to + 1]!)) to++;
  return to;
}
