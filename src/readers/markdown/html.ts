/**
 * HTML in references, through the unified ecosystem (hast-util-from-html parses as browsers do,
 * hast-util-to-mdast maps elements to mdast): never a hand-written HTML parser.
 *
 * - A `<table>` inside markdown (GitBook writes every table so) becomes the block nodes it holds,
 *   tables as real mdast `table` nodes, every node placed at its characters in the page; a block
 *   that is one `<h3>` heading (Widdershins) becomes that heading.
 * - A whole `.html` page becomes one mdast tree (headings, tables, code, paragraphs).
 *
 * - Inline HTML in a GFM table's cells (`| <pre><code>statusType</code></pre> | …`,
 *   `` `email`<mark>*</mark> ``) becomes the phrasing it shows (inline code, text), so that a name,
 *   type or example cell never holds tags; description cells keep their markdown as written.
 *
 * Cell content keeps its nodes but not their positions: the page's characters there are HTML, so
 * descriptions are taken as plain text, not as a markdown slice.
 */
import type { Element as HastElement, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import type { Nodes, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import type { Point, Position } from 'unist';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';
import { AGLIO_PAGE, convertAglioActions, convertAglioSchemas } from './aglio-pages.js';
import { markOrigin } from './findings.js';
import { convertGeneratorHtml, GENERATOR_HTML_PAGE, markUnstatedTypes } from './generator-html-pages.js';
import { convertGeneratorHtml2, GENERATOR_HTML2_PAGE } from './generator-html2-pages.js';
import { strongBoldClasses } from './html-bold-classes.js';
import { defineCaptionedTables } from './html-captions.js';
import { readCodeFrames } from './html-code-frames.js';
import { joinCodeLines } from './html-code-lines.js';
import { keepContent } from './html-content.js';
import { dropControls } from './html-dialogs.js';
import { HTML_HANDLERS } from './html-handlers.js';
import { raiseHeaderRow } from './html-header-rows.js';
import { markHtmlLists } from './html-lists.js';
import { dropSiteMarks } from './html-site-marks.js';
import { pairTables } from './html-table-pairs.js';
import { openHtmlTabs } from './html-tabs.js';
import { parseHtml } from './html-tree.js';
import { closingTags, isPlaceholderCellTag, isPlaceholderTag, isTypeParameterTag } from './paths.js';
import { markRequiredCells } from './required-cells.js';
import { convertScribeFields, groupFieldLines, isAuthBadgeParagraph, SCRIBE_PAGE } from './scribe-fields.js';
import { BADGE } from './scribe-security.js';
import { markSuperscript } from './table-footnotes.js';

const TABLE = /<table[\s>]/i;
/** A block that is one HTML heading (`<h3 id="listpets-parameters">Parameters</h3>`, as Widdershins writes them). */
const HEADING = /^\s*<h([1-6])\b[^>]*>[^<]*(?:<(?!\/?h[1-6]\b)[^<]*)*<\/h\1>\s*$/i;
/** A block that opens with an HTML heading: a section written in HTML, if it holds only blocks (`htmlSection`). */
const OPENS_WITH_HEADING = /^\s*<h[1-6][\s>]/i;
/** The elements a section written in HTML holds: what markdown writes as blocks. */
const SECTION_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'pre', 'ul', 'ol', 'dl', 'table', 'blockquote', 'hr']);

/**
 * Replaces every root-level `html` node holding a `<table>`, that is one heading, or that is a
 * section written in HTML (a heading, then only such blocks as markdown writes: `<h2>Get trowel</h2>`
 * ⏎ `<p><code>GET /v1/trowels/{id}</code></p>` ⏎ `<p>Gets a trowel.</p>`), by the blocks it converts
 * to; returns the tables made. Any other HTML block (a `<div>`, a `<details>`) stays as it is.
 */
export function convertHtmlTables(root: Root): Table[] {
  const children: RootContent[] = [];
  const made: Table[] = [];
  for (const node of root.children) {
    const at = node.type === 'html' ? node.position?.start : undefined;
    const converted = at && node.type === 'html' && (TABLE.test(node.value) || HEADING.test(node.value));
    // (A section's tree, parsed to tell it is one, is the one converted.)
    const section = at && node.type === 'html' && !converted ? htmlSection(node.value, at) : undefined;
    if (node.type !== 'html' || !at || !(converted || section)) {
      children.push(node);
      continue;
    }
    const blocks = blocksOf(node.value, at, undefined, section);
    children.push(...blocks);
    for (const block of blocks) if (block.type === 'table') made.push(block);
  }
  root.children = children;
  return made;
}

/** The tree of `html` where it opens with a heading and holds only block elements (`SECTION_TAGS`) and blanks at its top level. */
function htmlSection(html: string, at: Point): HastRoot | undefined {
  if (!OPENS_WITH_HEADING.test(html)) return undefined;
  const tree = parseHtml(html, { fragment: true, base: at.offset });
  const blocks = tree.children.every(
    (child) => (child.type === 'element' && SECTION_TAGS.has(child.tagName)) || (child.type === 'text' && child.value.trim() === ''),
  );
  return blocks ? tree : undefined;
}

/** A whole HTML page → mdast root (positions index into the page). */
export function readHtmlPage(text: string): Root {
  const tree = parseHtml(text);
  // Laravel Scribe's field blocks under its panel headings: the tables they show (scribe-fields.ts).
  if (text.includes(SCRIBE_PAGE)) convertScribeFields(tree);
  // aglio's rendered API Blueprint: actions, parameters and panels as the markdown Blueprint's (aglio-pages.ts).
  const aglio = text.includes(AGLIO_PAGE);
  if (aglio) convertAglioActions(tree);
  // openapi-generator's `-g html` docs: operations, parameters, statuses and models (generator-html-pages.ts).
  const generator = text.includes(GENERATOR_HTML_PAGE);
  if (generator) convertGeneratorHtml(tree);
  // Its `-g html2` docs: each operation's article, parameter tables and scripted statuses (generator-html2-pages.ts).
  if (text.includes(GENERATOR_HTML2_PAGE)) convertGeneratorHtml2(tree);
  // Tabbed samples: each tab's content under its tab's title, before the tabs' buttons go (html-tabs.ts).
  openHtmlTabs(tree);
  dropControls(tree);
  // A docs site's layout around the page's content (its nav, sidebar, table of contents, footer): no words of it.
  keepContent(tree);
  // Code as site generators render it: line numbers (a gutter table, spans), copy controls and labels out, its language read (html-code-frames.ts).
  readCodeFrames(tree);
  // An admonition's kind (`Note`) and a permalink beside its heading: no words of the page (html-site-marks.ts).
  dropSiteMarks(tree);
  joinCodeLines(tree);
  // `<span class="c6">` under `.c6{font-weight:700}` (Google Docs'): bold, as `<b>` is.
  strongBoldClasses(tree, text);
  markRequiredCells(tree);
  const root = toMdast(tree as HastNodes, { handlers: HTML_HANDLERS }) as Root;
  nameHeaderlessTables(tree, root);
  // `<table id="…_author"><caption>Author</caption>` a type cell links to: the fields of `Author` (html-captions.ts).
  defineCaptionedTables(tree, root);
  markHtmlLists(root);
  // (Scribe's badge's mark stays: scribe-security.ts.)
  root.children = root.children.filter((node) => node.type !== 'html' || node.value === BADGE);
  for (const node of root.children) {
    withoutPermalink(node);
    dropInlinePositions(node);
    if (node.type === 'table') markOrigin(node, 'HTML');
  }
  if (aglio) convertAglioSchemas(root);
  if (generator) markUnstatedTypes(root);
  return root;
}

/** A permalink's mark (`<a class="anchor" href="#get-feeds">¶</a>`): no word of the heading. */
const PERMALINK = /^[\s\u200b]*(?:¶|#|§|🔗)?[\s\u200b]*$/u;

/** A heading without the permalink anchor doc sites add to it (`Get Feeds <a href="#get-feeds">¶</a>` → `Get Feeds`). */
function withoutPermalink(node: RootContent): void {
  if (node.type !== 'heading') return;
  const kept = node.children.filter((child) => child.type !== 'link' || !child.url.startsWith('#') || !PERMALINK.test(plainText(child)));
  if (kept.length === node.children.length) return;
  const last = kept[kept.length - 1];
  if (last?.type === 'text') kept[kept.length - 1] = { ...last, value: last.value.trimEnd() };
  node.children = kept;
}

/**
 * Scribe's markdown (`.md`): each `<form>` of field panels an HTML block, read as its HTML page's
 * (scribe-fields.ts) and placed in the page; the authentication badge's paragraph dropped. Scribe
 * 2.0 wrote no `<form>`: a panel heading's block holds the heading and its first field, and each
 * other field is a paragraph after it (`<code><b>sort</b></code>&nbsp; <small>string</small> …`),
 * read with the block as one fragment of the page (`text`), the fields' runs grouped as the later
 * pages set them (scribe-fields.ts' `groupFieldLines`).
 */
export function convertScribeBlocks(root: Root, text: string): void {
  const nodes = root.children;
  const out: RootContent[] = [];
  for (let at = 0; at < nodes.length; at++) {
    const node = nodes[at]!;
    // The badge is no words: a mark of where it stood (scribe-security.ts).
    if (isAuthBadgeParagraph(node)) out.push({ type: 'html', value: BADGE });
    else if (node.type !== 'html' || !node.position || !node.value.includes(SCRIBE_PAGE)) out.push(node);
    else {
      let end = at;
      while (isFieldParagraph(nodes[end + 1])) end++;
      const last = nodes[end]!.position?.end.offset;
      const whole = end > at && last !== undefined && node.position.start.offset !== undefined;
      const html = whole ? text.slice(node.position.start.offset, last) : node.value;
      const blocks = blocksOf(html, node.position.start, (tree) => {
        if (whole || !/<form\b/i.test(html)) groupFieldLines(tree);
        convertScribeFields(tree);
        dropControls(tree);
      });
      out.push(...blocks.filter((block) => block.type !== 'html'));
      at = end;
    }
  }
  root.children = out;
}

/** Scribe 2.0's field paragraph: its name's tags open it (`<code><b>`, `<b><code>`). */
function isFieldParagraph(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  const [first, second] = node.children;
  return (
    first?.type === 'html' &&
    second?.type === 'html' &&
    /^<(?:code|b|strong)>$/i.test(first.value) &&
    /^<(?:code|b|strong)>$/i.test(second.value)
  );
}

/** A markdown page's `<dl>` block (CommonMark has no definition list of its own): the blocks it converts to, placed at `at`. */
export function definitionListBlocks(html: string, at: Point): RootContent[] | undefined {
  return DEFINITION_LIST.test(html) ? blocksOf(html, at) : undefined;
}

const DEFINITION_LIST = /^\s*<dl[\s>][\s\S]*<\/dl>\s*$/i;

/**
 * A markdown page's HTML tab set (html-tab-blocks.ts): the blocks it converts to, each tab's
 * content under a paragraph of its title as a whole page's tabs are (html-tabs.ts), its code
 * frames read, placed at `at`.
 */
export function tabBlocks(html: string, at: Point): RootContent[] {
  return blocksOf(html, at, (tree) => {
    openHtmlTabs(tree);
    dropControls(tree);
    readCodeFrames(tree);
    joinCodeLines(tree);
  });
}

/** `parsed`: the tree of `html` where the caller parsed it already. */
function blocksOf(html: string, at: Point, prepare?: (tree: HastRoot) => void, parsed?: HastRoot): RootContent[] {
  const tree = parsed ?? parseHtml(html, { fragment: true, base: at.offset });
  prepare?.(tree);
  markRequiredCells(tree);
  const root = toMdast(tree as HastNodes, { handlers: HTML_HANDLERS }) as Root;
  nameHeaderlessTables(tree, root);
  const blocks = root.children.filter((node) => !(node.type === 'paragraph' && node.children.every(isBlank)));
  for (const block of blocks) {
    withoutPermalink(block);
    shift(block, at);
    dropInlinePositions(block);
    if (block.type === 'table') markOrigin(block, 'HTML');
  }
  return blocks;
}

/**
 * A `<table>` without header cells (`<th>`) whose rows pair a name with its description
 * (WordPress's `<table class="arguments">`): hast-util-to-mdast gives it an empty header row,
 * which becomes `Name | Description`. Only two-column tables, matched in the order both trees
 * hold them. A first row that is the header as written (`html-header-rows.ts`) is the header.
 */
function nameHeaderlessTables(tree: HastRoot, root: Root): void {
  for (const [element, table] of pairTables(tree, root)) {
    const [first, ...rows] = table.children;
    // hast-util-to-mdast gives a table without header cells an empty header row.
    if (hasHeaderCell(element) || raiseHeaderRow(table) || !first || first.children.some((cell) => plainText(cell).trim() !== '')) continue;
    if (rows.length === 0 || table.children.some((row) => row.children.length !== 2)) continue;
    const cell = (value: string): TableCell => ({ type: 'tableCell', children: [{ type: 'text', value }] });
    table.children = [{ ...first, children: [cell('Name'), cell('Description')] }, ...rows];
  }
}

function hasHeaderCell(node: HastElement): boolean {
  return node.children.some(
    (child) => child.type === 'element' && (child.tagName === 'th' || (child.tagName !== 'table' && hasHeaderCell(child))),
  );
}

function isBlank(node: Nodes): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** Positions relative to the HTML snippet → positions in the page (the snippet starts at `at`). */
function shift(node: Nodes, at: Point): void {
  if (node.position) node.position = shiftPosition(node.position, at);
  if ('children' in node) for (const child of node.children as Nodes[]) shift(child, at);
}

function shiftPosition(position: Position, at: Point): Position {
  const move = (point: Point): Point => ({
    line: at.line + point.line - 1,
    column: point.line === 1 ? at.column + point.column - 1 : point.column,
    offset: (at.offset ?? 0) + (point.offset ?? 0),
  });
  return { start: move(position.start), end: move(position.end) };
}

/** Inline nodes of table cells and paragraphs lose positions; the blocks and cells keep theirs. */
function dropInlinePositions(node: Nodes): void {
  if (!('children' in node)) return;
  const inline = node.type === 'tableCell' || node.type === 'paragraph' || node.type === 'heading';
  for (const child of node.children as Nodes[]) {
    if (inline) stripAll(child);
    else dropInlinePositions(child);
  }
}

function stripAll(node: Nodes): void {
  delete node.position;
  if ('children' in node) for (const child of node.children as Nodes[]) stripAll(child);
}

/**
 * The inline HTML of GFM table cells made phrasing (header cells and every column but the
 * description, whose markdown is kept as written).
 */
export function convertCellHtml(root: Root, columnNames?: Readonly<Record<string, string>>): void {
  for (const node of root.children) {
    if (node.type !== 'table') continue;
    const [header, ...rows] = node.children;
    if (!header) continue;
    for (const cell of header.children) convertCell(cell);
    const roles = columnRoles(node, columnNames);
    for (const row of rows)
      row.children.forEach((cell, index) => {
        if (roles[index] === 'name' && placeholderName(cell)) return;
        // `pond<sup>1</sup>`, `fence <sup>[2]</sup>`: a footnote's mark, written `¹` (table-footnotes.ts).
        if (roles[index] === 'name' || roles[index] === 'required') markSuperscript(cell);
        if (roles[index] !== 'description') convertCell(cell);
      });
  }
}

/**
 * `| <block> | String | … |` (search engines' references): a name cell that holds one bare tag
 * alone is the name written as a placeholder, which markdown reads as a tag; it becomes that text
 * (`<block>`, the name `block` and a placeholder's, as a code span's `` `<block>` `` is).
 */
function placeholderName(cell: TableCell): boolean {
  const shown = cell.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const tag = shown.length === 1 && shown[0]!.type === 'html' ? shown[0]!.value.trim() : undefined;
  if (!tag || !isPlaceholderCellTag(tag)) return false;
  cell.children = [{ type: 'text', value: tag, ...(shown[0]!.position ? { position: shown[0]!.position } : {}) }];
  return true;
}

function convertCell(cell: TableCell): void {
  if (!cell.children.some((child) => child.type === 'html')) return;
  cell.children = cellTree(cell).children.flatMap(phrasingOf);
}

/** The cell's content (its HTML and its markdown) as one mdast tree, through HTML. */
function cellTree(cell: TableCell): Root {
  // `/users/<id>`: a tag after a slash is the route's placeholder, kept as the text it is; so is
  // `string<date-time>`'s, a type's parameter glued to its word.
  const closed = closingTags(plainText(cell));
  let last = '';
  const html = cell.children
    .map((child) => {
      const kept = child.type === 'html' && (isPlaceholderTag(child.value, last, closed) || isTypeParameterTag(child.value, last, closed));
      const part = kept ? escapeHtml(child.value) : htmlOf(child);
      last = plainText(child).slice(-1) || last;
      return part;
    })
    .join('');
  // Made of the cell's parts: its places are not the page's, so a refusal points at the cell.
  return toMdast(parseHtml(html, { fragment: true, base: cell.position?.start.offset, within: false }) as HastNodes) as Root;
}

/** A tag of a block (a list, its item, a paragraph): what a description's markdown cannot hold as written. */
const BLOCK_TAG = /^<\/?(?:ul|ol|li|p|div|dl|dt|dd)\b/i;

/**
 * The HTML left in description cells once every table is read (`**integer**<br/>` is the type the
 * cell states, taken by then): `Indicates the result.<br/><ul><li>`200`: Success.</li>…</ul>`
 * becomes the text it shows, a line a paragraph or break and a `- ` line an item
 * (`Indicates the result.` ⏎ `` - `200`: Success. ``), code spans kept. Like every HTML cell's,
 * the description is then taken as text, not as a slice of the page. Only cells that hold a block's
 * tag: inline HTML is markdown's own, kept as written.
 */
export function convertDescriptionHtml(root: Root, columnNames?: Readonly<Record<string, string>>): void {
  for (const node of root.children) {
    if (node.type !== 'table') continue;
    const roles = columnRoles(node, columnNames);
    const column = roles.indexOf('description');
    if (column < 0) continue;
    for (const row of node.children.slice(1)) {
      const cell = row.children[column];
      // Inline HTML alone (`<br>`, `<em>`, even `<script>`) is markdown's own: kept as written.
      if (!cell?.children.some((child) => child.type === 'html' && BLOCK_TAG.test(child.value))) continue;
      const lines = linesOf(cellTree(cell).children, '');
      // Positions of the HTML snippet, not of the page: the description is its text.
      for (const node of lines) stripAll(node);
      cell.children = lines;
    }
  }
}

/**
 * Blocks as phrasing, a line each (parted by breaks): a paragraph, the phrasing between breaks, a
 * list item a `- ` (or `1. `) line, nested ones indented.
 */
function linesOf(blocks: readonly RootContent[], indent: string): PhrasingContent[] {
  const lines: PhrasingContent[][] = [];
  let line: PhrasingContent[] = [];
  const flush = () => {
    const kept = trimmed(line);
    if (kept.length > 0) lines.push(kept);
    line = [];
  };
  for (const block of blocks) {
    if (block.type === 'break') flush();
    else if (PHRASING.has(block.type)) line.push(block as PhrasingContent);
    else if (block.type === 'list') {
      flush();
      block.children.forEach((item, index) => {
        const mark = `${indent}${block.ordered ? `${(block.start ?? 1) + index}.` : '-'} `;
        const [head, ...rest] = item.children;
        const first = head && head.type !== 'list' ? trimmed(linesOf([head], '')) : [];
        lines.push([{ type: 'text', value: mark }, ...first]);
        const more = trimmed(linesOf(head && head.type === 'list' ? item.children : rest, `${indent}  `));
        if (more.length > 0) lines.push(more);
      });
    } else if (block.type === 'paragraph' || block.type === 'heading') {
      flush();
      // A paragraph's own breaks part its lines too.
      for (const child of block.children) {
        if (child.type === 'break') flush();
        else line.push(child);
      }
      flush();
    } else {
      flush();
      line = phrasingOf(block);
      flush();
    }
  }
  flush();
  return lines.flatMap((kept, index) => (index === 0 ? kept : [{ type: 'break' } as PhrasingContent, ...kept]));
}

/** Phrasing without the breaks and blank text at its ends. */
function trimmed(nodes: PhrasingContent[]): PhrasingContent[] {
  const blank = (node: PhrasingContent | undefined) => node?.type === 'break' || (node?.type === 'text' && node.value.trim() === '');
  let start = 0;
  let end = nodes.length;
  while (start < end && blank(nodes[start])) start++;
  while (end > start && blank(nodes[end - 1])) end--;
  return nodes.slice(start, end);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Phrasing → HTML (the cell's HTML fragments joined with its markdown). */
function htmlOf(node: PhrasingContent): string {
  switch (node.type) {
    case 'html':
      return node.value;
    case 'text':
      return escapeHtml(node.value);
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'break':
      return '<br>';
    case 'strong':
      return `<strong>${node.children.map(htmlOf).join('')}</strong>`;
    case 'emphasis':
      return `<em>${node.children.map(htmlOf).join('')}</em>`;
    case 'delete':
      return `<del>${node.children.map(htmlOf).join('')}</del>`;
    case 'link':
      return `<a href="${escapeHtml(node.url).replace(/"/g, '&quot;')}">${node.children.map(htmlOf).join('')}</a>`;
    default:
      return escapeHtml(plainText(node));
  }
}

/** A converted block in a cell: its phrasing (a code block is inline code, other blocks their text). */
function phrasingOf(node: RootContent): PhrasingContent[] {
  if (node.type === 'code') return [{ type: 'inlineCode', value: node.value.trim() }];
  if (node.type === 'paragraph' || node.type === 'heading') return node.children;
  if (PHRASING.has(node.type)) return [node as PhrasingContent];
  const text = plainText(node).trim();
  return text ? [{ type: 'text', value: text }] : [];
}

const PHRASING = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'break', 'image']);
