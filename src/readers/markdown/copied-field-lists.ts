/**
 * Sphinx's HTTP domain as a browser copies it (the rendered page's text, `innerText`): the field
 * list under an operation's request line loses its bullets and bold, each group's title a line of
 * its own (`Query Parameters:`, a tab after it where the list was a table's row), each row a line
 * (or a paragraph, where the list held paragraphs) written `name (type) – words`:
 *
 *     Query Parameters:                      → `Query parameters:` and a table of the rows
 *     sort (string) – The order
 *     Request Headers:
 *     Accept – the media types               → the line under it (`application/json`) its words
 *     application/json
 *     Status Codes:
 *     200 OK – no error                      → `Status codes:`: `200`, "no error"
 *
 * The groups become the tables the rendered page's list becomes (`httpdomain-html.ts`). A row is a
 * line with the domain's dash between a name and its words, or a name and its type in
 * parentheses; a line of neither under a row goes on with the row's words. A run with any other
 * line (prose, a line before the first group's title) is left as it is.
 */
import type { Code, Heading, Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { type Line, linesSpan, splitLines } from '../shared/lines.js';
import { isCopiedTextPage } from './copied-text.js';
import { partTables, type RouteOf, routeOf, routeParameters } from './httpdomain.js';
import type { Field, Part } from './httpdomain-fields.js';
import { GROUPS, rowField, TERM } from './httpdomain-html.js';

/** `name (type) – words`, `name – words` or `name (type)`: a row of a group that is no statuses' (the name, the type, the words). */
const ENTRIES = [/^(\S+)(?:[ \t]+\(([^()]*)\))?[ \t]+[–—](?:[ \t]+(.*))?$/, /^(\S+)[ \t]+\(([^()]*)\)()$/];
/** A route's parameter as the domain writes it, a converter before its name (`(int:user_id)`). */
const CONVERTER = /\([A-Za-z_]\w*(?:\([^()]*\))?:[A-Za-z_]\w*\)/;
/** Longer lines are prose: never matched (keeps a megabyte's line cheap). */
const MAX_LINE = 2000;

/** The groups of a field list copied as text replaced, in a copied page's tree, by their tables. */
export function convertCopiedFieldLists(root: Root, text: string): void {
  if (!text.includes('–') && !text.includes('—')) return;
  const { lines } = splitLines(text);
  const out: RootContent[] = [];
  const nodes = root.children;
  // The operation's route as the domain writes it, read: its converters type its parameters' rows.
  let route: Pick<RouteOf, 'types' | 'order'> = { types: new Map(), order: [] };
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const term = node.type === 'code' ? TERM.exec(node.value.trim()) : null;
    if (term) {
      // `GET /users/(int:user_id)/`: the route `/users/{user_id}`, `user_id` an integer.
      const read = routeOf(term[2]!);
      if (CONVERTER.test(term[2]!)) (node as Code).value = `${term[1]} ${read.path}`;
      route = read;
    }
    const run = groupRun(nodes, index, lines);
    if (!run) {
      out.push(node);
      continue;
    }
    const at = run.fields[0]!.position;
    out.push(...partTables(routeParameters(route, run.fields, at), run.fields));
    index = run.end;
  }
  root.children = out;
}

/**
 * The evidence that a `.txt` page is copied text of the domain's pages: the rows under its groups'
 * titles (the text dialect's scraped DocFX pages have none), 0 for a page that is no copied text.
 */
export function copiedFieldRows(file: string, text: string): number {
  if ((!text.includes('–') && !text.includes('—')) || !isCopiedTextPage(file, text)) return 0;
  let rows = 0;
  let part: Part | undefined;
  // Whether the line before was a row (or its words): a line of words under it goes on with them.
  let inRow = false;
  for (const line of splitLines(text).lines) {
    const trimmed = line.text.trim();
    if (trimmed === '' || trimmed.length > MAX_LINE) {
      inRow = false;
      continue;
    }
    const group = groupOf(trimmed);
    if (group !== undefined) [part, inRow] = [group, false];
    else if (part !== undefined && rowField(part, trimmed, NOWHERE, ENTRIES)) [rows, inRow] = [rows + 1, true];
    else if (!inRow) part = undefined;
  }
  return rows;
}

const NOWHERE: Position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** The fields of the run of nodes from `start` (a group's title first, then its rows), or undefined. */
function groupRun(nodes: readonly RootContent[], start: number, lines: readonly Line[]): { fields: Field[]; end: number } | undefined {
  if (partOfTitle(nodes[start]) === undefined) return undefined;
  const fields: Field[] = [];
  let part: Part | undefined;
  let end = start - 1;
  for (let index = start; index < nodes.length; index++) {
    const node = nodes[index]!;
    const title = partOfTitle(node);
    if (title !== undefined && node.type === 'heading') {
      part = title;
      end = index;
      continue;
    }
    if (node.type !== 'paragraph' || !node.position) break;
    const read = readRows(lines.slice(node.position.start.line - 1, node.position.end.line), part);
    if (!read) break;
    fields.push(...read.fields);
    part = read.part;
    end = index;
  }
  return fields.length > 0 ? { fields, end } : undefined;
}

/** The part a group's title (a heading, or a paragraph's first line) names. */
function partOfTitle(node: RootContent | undefined): Part | undefined {
  if (node?.type !== 'heading' && node?.type !== 'paragraph') return undefined;
  const first = (node as Heading | Paragraph).children[0];
  return first?.type === 'text' ? groupOf(first.value.split('\n', 1)[0]!) : undefined;
}

function groupOf(line: string): Part | undefined {
  const title = line.trim().replace(/:$/, '').toLowerCase();
  return Object.hasOwn(GROUPS, title) ? GROUPS[title] : undefined;
}

/** A paragraph's lines read as titles, rows and their words' lines; undefined where one is none of them. */
function readRows(lines: readonly Line[], part: Part | undefined): { fields: Field[]; part: Part | undefined } | undefined {
  const fields: Field[] = [];
  let current = part;
  let last: Field | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (text.length > MAX_LINE) return undefined;
    const group = groupOf(text);
    if (group !== undefined) {
      [current, last] = [group, undefined];
      continue;
    }
    if (current === undefined) return undefined;
    const field = rowField(current, text, linesSpan(line, line), ENTRIES);
    if (field) {
      fields.push(field);
      last = field;
    } else if (last) last.description = last.description ? `${last.description} ${text}` : text;
    else return undefined;
  }
  return { fields, part: current };
}
