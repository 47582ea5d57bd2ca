/**
 * Asserts the normalised-document contract (`types.ts`) for the tree a reader returned.
 * A violation is a reader bug: it is reported as an `invalid-document` error at the offending
 * node, never thrown, so the run still shows every other finding.
 *
 * Checked:
 * - `root.data.dialect` is set;
 * - every heading of depth ≥ 2 has a known `data.section` (synthetic headings the reader inserts
 *   need no position); a depth-1 heading's section, when set, is known;
 * - every table has a position, a header row with at least one cell, and only rows of cells;
 * - `data.rowLines`, when present, has one line per body row;
 * - `data.status` is a status code (`201`, `2XX`, `default`) on `sample-response` headings only;
 * - in an operation section, a ```http block of one line is a request line (`METHOD /path`).
 */
import type { Nodes, Root, Table } from 'mdast';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { type Source, sourceOf } from '../ir/source.js';
import { SECTION_KINDS } from './types.js';

const KNOWN_SECTIONS = new Set<string>(SECTION_KINDS);

export function checkDocument(root: Root, file: string, diagnostics: DiagnosticBag): void {
  const report = (source: Source, message: string) => diagnostics.report('invalid-document', source, message);
  if (!root.data?.dialect) report(sourceOf(file, root), 'the reader did not set root.data.dialect');
  let lastPosition: Nodes | undefined = root;
  const visit = (node: Nodes): void => {
    if (node.position) lastPosition = node;
    const where = sourceOf(file, node.position ? node : lastPosition);
    if (node.type === 'heading') {
      checkHeading(node.depth, node.data?.section, where, report);
      checkStatus(node.data?.section, node.data?.status, where, report);
    }
    if (node.type === 'table') checkTable(node, file, where, report);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  checkRequestLines(root, file, report);
}

const STATUS = /^(?:[1-5](?:\d\d|XX)|default)$/;

function checkStatus(section: string | undefined, status: string | undefined, where: Source, report: (s: Source, m: string) => void): void {
  if (status === undefined) return;
  if (section !== 'sample-response' && section !== 'response-body')
    report(where, `a ${section ?? 'plain'} heading carries data.status (only sample-response and response-body headings may)`);
  else if (!STATUS.test(status)) report(where, `heading data.status "${status}" is not a status code`);
}

const REQUEST_LINE = /^[A-Za-z]+\s+\/\S*$/;

/** One-line ```http blocks of operation sections are request lines: `METHOD /path`. */
function checkRequestLines(root: Root, file: string, report: (s: Source, m: string) => void): void {
  let inOperation = true;
  for (const node of root.children) {
    if (node.type === 'heading' && node.data?.section) inOperation = node.data.section === 'operation';
    if (!inOperation || node.type !== 'code' || node.lang?.toLowerCase() !== 'http') continue;
    const lines = node.value.split(/\r?\n/).filter((line) => line.trim().length > 0);
    if (lines.length === 1 && !REQUEST_LINE.test(lines[0]!.trim()) && /^[A-Z]+\s/.test(lines[0]!.trim()))
      report(sourceOf(file, node), `request line "${lines[0]!.trim()}" has no path starting with /`);
  }
}

function checkHeading(depth: number, section: string | undefined, where: Source, report: (s: Source, m: string) => void): void {
  if (section === undefined) {
    if (depth >= 2) report(where, `heading of depth ${depth} has no data.section`);
    return;
  }
  if (!KNOWN_SECTIONS.has(section)) report(where, `heading has an unknown data.section "${section}"`);
}

function checkTable(table: Table, file: string, where: Source, report: (s: Source, m: string) => void): void {
  if (!table.position) report(where, 'table has no position');
  const header = table.children[0];
  if (header?.type !== 'tableRow' || header.children.length === 0) {
    report(where, 'table has no header row');
    return;
  }
  for (const row of table.children) {
    if (row.type !== 'tableRow') report(sourceOf(file, row), `table holds a ${(row as Nodes).type} node, not a row`);
    else if (row.children.some((cell) => cell.type !== 'tableCell'))
      report(sourceOf(file, row), 'table row holds a node that is not a cell');
  }
  const rowLines = table.data?.rowLines;
  if (rowLines && rowLines.length !== table.children.length - 1) {
    report(where, `table data.rowLines has ${rowLines.length} lines for ${table.children.length - 1} body rows`);
  }
}
