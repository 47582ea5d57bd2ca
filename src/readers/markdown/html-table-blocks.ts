/**
 * An HTML table markdown cuts in pieces. CommonMark ends an HTML block at the first blank line: a
 * table written with blank lines between its rows is several `html` nodes, the first holding
 * `<table>` and the rows before the blank line, the others rows no table holds, which were dropped
 * without a word. The pieces of one table (from the block opening `<table>` over the HTML blocks of
 * its parts that follow it, to its `</table>`) are one block again, as written, and `html.ts`
 * reads it as one table.
 *
 *     <table>                                        → one html block: `<table>` … `</table>`
 *     <tr><th>Name</th><th>Type</th></tr>
 *
 *     <tr><td>limit</td><td>integer</td></tr>
 *     </table>
 *
 * A table no `</table>` closes (none in the HTML blocks after it, before another `<table>`) is read
 * to its last part, as a browser closes it, and is an `unclosed-html` warning at its `<table>`:
 * where the author meant it to end, the page does not say.
 */
import type { Html, Root, RootContent } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { pointAt } from './attribute-lists.js';

const OPENING = /<table[\s>]/gi;
const CLOSING = /<\/table\s*>/gi;
/** A block that is a table's part: it opens with a row's, a cell's or a row group's tag (or closes one). */
const TABLE_PART = /^\s*<\/?(?:tr|td|th|thead|tbody|tfoot|caption|colgroup|col|table)[\s/>]/i;

export function joinHtmlTableBlocks(root: Root, page: string, file: string, diagnostics: DiagnosticBag): void {
  // Cheap skip: a page whose HTML blocks open no table.
  if (!root.children.some((node) => node.type === 'html' && node.value.includes('<table'))) return;
  const nodes = root.children;
  const out: RootContent[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const open = node.type === 'html' ? openTables(node.value) : 0;
    if (open <= 0 || node.type !== 'html') {
      out.push(node);
      continue;
    }
    let depth = open;
    let last = index;
    while (depth > 0 && isTablePart(nodes[last + 1])) {
      last++;
      depth += openTables((nodes[last] as Html).value);
    }
    if (depth > 0 && !closedLater(nodes, last + 1)) reportUnclosed(node, page, file, diagnostics);
    out.push(last > index ? joined(nodes.slice(index, last + 1) as Html[], page) : node);
    index = last;
  }
  root.children = out;
}

/** How many tables the block opens and leaves open (closings counted off). */
function openTables(html: string): number {
  if (!html.includes('<') || !/<\/?table/i.test(html)) return 0;
  return (html.match(OPENING)?.length ?? 0) - (html.match(CLOSING)?.length ?? 0);
}

function isTablePart(node: RootContent | undefined): node is Html {
  return node?.type === 'html' && TABLE_PART.test(node.value) && node.position !== undefined;
}

/** Whether an HTML block after `from`, before one opening another table, closes a table. */
function closedLater(nodes: readonly RootContent[], from: number): boolean {
  for (const node of nodes.slice(from)) {
    if (node.type !== 'html') continue;
    if (/<\/table\s*>/i.test(node.value)) return true;
    if (/<table[\s>]/i.test(node.value)) return false;
  }
  return false;
}

/** The blocks as one, the page's text from the first one's start to the last one's end. */
function joined(blocks: readonly Html[], page: string): Html {
  const first = blocks[0]!;
  const lastBlock = blocks[blocks.length - 1]!;
  const start = first.position?.start;
  const end = lastBlock.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return first;
  return { type: 'html', value: page.slice(start.offset, end.offset), position: { start, end } };
}

function reportUnclosed(node: Html, page: string, file: string, diagnostics: DiagnosticBag): void {
  const start = node.position?.start.offset ?? 0;
  const offset = start + Math.max(0, page.slice(start, node.position?.end.offset ?? start).search(/<table[\s>]/i));
  const tag = '<table';
  diagnostics.report(
    'unclosed-html',
    { file, start: pointAt(page, offset), end: pointAt(page, offset + tag.length) },
    'this HTML table is never closed (no `</table>`): it was read to its last row before the next markdown block; close it with `</table>`',
  );
}
