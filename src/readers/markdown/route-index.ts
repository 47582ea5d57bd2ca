/**
 * A table of routes whose rows link to the sections that document them — openapi-generator's API
 * docs (`docs/BooksApi.md` of every client it generates):
 *
 *     Method | HTTP request | Description
 *     [**create_book**](BooksApi.md#create_book) | **POST** /books | Add a book
 *     …
 *     # **create_book**                  ← states no route: the row linking here gives it
 *     > Book create_book(book)
 *     ### Parameters …
 *
 * Each linked section's heading gets its row's route as the request line of the operation the
 * section documents (a section that states a route of its own keeps it); the table is then an
 * index of routes the page states again (regions.ts), and the section's tables of SDK arguments
 * get their locations (sdk-tables.ts). A row links to a section by an in-page
 * anchor (`#create_book`, or `File.md#create_book` naming this page): the heading's GitHub slug,
 * or an `<a name="…">` anchor on the line above it.
 */
import path from 'node:path';
import type { Heading, InlineCode, Root, RootContent, TableCell, TableRow } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { links, slug } from './linked-tables.js';
import type { ParsedSignature } from './paths.js';
import { placeArguments } from './sdk-tables.js';
import { sectionEnd } from './section-end.js';
import { markIndexRoute, signaturesIn } from './signatures.js';
import { classifyTable, tableSignatures } from './tables.js';

const ANCHOR = /^\s*<a\s+(?:name|id)\s*=\s*["']([^"']+)["']\s*(?:\/>|>\s*<\/a>)\s*$/i;

export function routesIntoLinkedSections(root: Root, file: string, columnNames?: Readonly<Record<string, string>>): void {
  const nodes = root.children;
  const page = path.basename(file).toLowerCase();
  const linked: Array<{ signature: ParsedSignature; cell: TableCell; anchor: string }> = [];
  const indexes = new Set<RootContent>();
  for (const table of nodes) {
    if (table.type !== 'table') continue;
    const facts = classifyTable(table, columnNames);
    if (facts.kind !== 'signatures') continue;
    const rowOf = new Map(table.children.flatMap((row) => row.children.map((cell) => [cell, row] as const)));
    const elsewhere = new Set<TableRow>();
    for (const { signature, cell } of tableSignatures(table, facts.roles)) {
      const row = rowOf.get(cell);
      const anchor = row && rowAnchor(row, page, facts.roles, file);
      if (anchor === ELSEWHERE) elsewhere.add(row!);
      else if (anchor !== undefined) linked.push({ signature, cell, anchor });
    }
    // Rows linking to the section of another page that documents them (a client's README over
    // `docs/BooksApi.md#create_book`): an index of that page, not routes of this one.
    if (elsewhere.size === 0) continue;
    table.children = table.children.filter((row) => !elsewhere.has(row));
    if (table.children.length === 1) indexes.add(table);
  }
  if (indexes.size > 0) root.children = root.children.filter((node) => !indexes.has(node));
  if (linked.length === 0) return;
  const sections = linkableSections(nodes);
  const given = new Set<Heading>();
  const dropped = new Set<RootContent>();
  for (const { signature, cell, anchor } of linked) {
    const section = sections.get(anchor);
    if (!section || given.has(section.heading) || section.nodes.some((node) => signaturesIn(node, columnNames).length > 0)) continue;
    const route: InlineCode = { type: 'inlineCode', value: plainText(cell).trim().replace(/\s+/g, ' ') };
    if (cell.position) route.position = cell.position;
    markIndexRoute(route);
    section.heading.children.push({ type: 'text', value: ' ' }, route);
    given.add(section.heading);
    for (const node of section.nodes) if (node.type === 'table') placeArguments(node, signature);
    sdkSection(section, dropped);
  }
  if (dropped.size > 0) root.children = root.children.filter((node) => !dropped.has(node));
}

/**
 * What else an SDK method's section says in its generator's words: the call (`> Book
 * create_book(book)`, under the heading) is no prose; `### Return type` over `[**Book**](Book.md)`
 * is the success response's body (`void (empty response body)`: none).
 */
function sdkSection(section: Section, dropped: Set<RootContent>): void {
  const [, first] = section.nodes;
  if (first?.type === 'blockquote' && first.children.length === 1 && CALL.test(plainText(first).trim())) dropped.add(first);
  section.nodes.forEach((node, index) => {
    const next = section.nodes[index + 1];
    if (node.type !== 'heading' || !RETURN_TYPE.test(plainText(node).trim()) || next?.type !== 'paragraph') return;
    const type = plainText(next).trim();
    if (type.includes('\n') || type.length > 100) return;
    dropped.add(next);
    if (/^void\b/i.test(type)) dropped.add(node);
    else node.children = [{ type: 'text', value: `Response: ${type}`, ...(node.position ? { position: node.position } : {}) }];
  });
}

/** `Book create_book(book, x_request_id=x_request_id)`, `createBook(book)`: a call of the SDK method. */
const CALL = /^[\w.[\]<>, ]*?\b[A-Za-z_]\w*\([^()\n]*\)$/;
const RETURN_TYPE = /^return\s+(?:type|value)$/i;

interface Section {
  heading: Heading;
  /** The heading and what follows it up to the next heading of its level or above. */
  nodes: RootContent[];
}

/** Each heading's section, by the anchors that name it (lower case). */
function linkableSections(nodes: readonly RootContent[]): Map<string, Section> {
  const sections = new Map<string, Section>();
  for (const [index, node] of nodes.entries()) {
    if (node.type !== 'heading') continue;
    const end = sectionEnd(nodes, index, node.depth);
    const section = { heading: node, nodes: nodes.slice(index, end) };
    const before = nodes[index - 1];
    const named = before?.type === 'html' ? ANCHOR.exec(before.value)?.[1] : undefined;
    for (const anchor of [slug(plainText(node)), named?.toLowerCase()]) if (anchor && !sections.has(anchor)) sections.set(anchor, section);
  }
  return sections;
}

/** A link to an HTML page of the site (relative, no query). */
const HTML_PAGE = /^[^?#]+\.html?$/i;

/** A row's link to a section of another markdown page. */
const ELSEWHERE = '\0elsewhere';

/**
 * The in-page anchor the row's first link names (`#x`, or `ThisPage.md#x`); `ELSEWHERE` for another
 * page's (`docs/Api.md#x`, or another HTML page itself: `shelves/show.html`). A link in the row's description ("if [FreeURL mode](config.md#users) is
 * on") is what the description refers to, not the section documenting the row.
 */
function rowAnchor(row: TableRow, page: string, roles: ReadonlyArray<string | undefined>, file: string): string | undefined {
  const cells = row.children.filter((_, index) => roles[index] !== 'description');
  for (const url of cells.flatMap(links)) {
    const hash = url.indexOf('#');
    // apipie's index: a route linking to its method's own page (`shelves/show.html`), which documents it.
    if (hash < 0 && HTML_PAGE.test(url) && !/^[a-z][a-z0-9+.-]*:/i.test(url) && otherPage(url, file)) return ELSEWHERE;
    if (hash < 0 || /^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
    const target = path.basename(safeDecode(url.slice(0, hash))).toLowerCase();
    const anchor = safeDecode(url.slice(hash + 1)).toLowerCase();
    if (!target || target === page) return anchor || undefined;
    return /\.mdx?$/.test(target) && anchor ? ELSEWHERE : undefined;
  }
  return undefined;
}

/** Whether a relative link from `file` goes to another page (`shelves/index.html` from `index.html` does). */
function otherPage(url: string, file: string): boolean {
  const from = file.replace(/\\/g, '/');
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), safeDecode(url)));
  return target.toLowerCase() !== path.posix.normalize(from).toLowerCase();
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
