/**
 * apipie-rails' static pages (`rake apipie:static`): a method's routes as headings, each with its
 * short description (`<h2><a>GET /api/shelves/:id</a><br><small>Show a shelf</small></h2>`), its
 * `Errors` as lines of a code and its words, its `Examples` as recorded calls, and its `Params` in
 * a `Param name | Description` table whose cells state the flags and the validations:
 *
 *     <strong>shelf[name] </strong><br>        | Name        | Type   | Required | Description       |
 *     <small>required</small>             →    | shelf[name] | string | true     | The shelf's name  |
 *     <p>The shelf's name</p><br>Validations:
 *     <ul><li>Must be a String</li></ul>
 *
 * A validation states the type (`Must be a Integer`, `Must be a number.`, `Must be an array of
 * any type`, `Must be a Hash`: an object), the values (`Must be one of: <code>a</code>,
 * <code>b</code>.` or `Must be one of: draft, published.`: an enum of them, the line kept in the
 * description; apipie's boolean writes `true`, `false`, `1`, `0`) or the pattern (`Must match
 * regular expression <code>/^[a-z0-9_]+$/</code>.`: a string matching it, without its slashes; one
 * with flags after the slash, or none JavaScript reads, is left in the description);
 * `nil allowed` makes the type nullable. Several routes of one
 * method, one heading each, are one operation's request lines, titled by the first's words.
 */
import type { Code, Heading, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { readsAsPattern } from '../../document/patterns.js';
import { plainText } from '../../document/plain-text.js';
import { textCell } from './made-tables.js';
import { normaliseTitle } from './section-titles.js';

export function convertApipiePages(root: Root): void {
  const out: RootContent[] = [];
  for (let index = 0; index < root.children.length; index++) {
    const node = root.children[index]!;
    if (node.type === 'table') out.push(paramsTable(node) ?? node);
    else if (node.type === 'heading' && routeWithWords(node)) {
      let end = index + 1;
      while (root.children[end]?.type === 'heading' && routeWithWords(root.children[end] as Heading)) end++;
      out.push(...(end - index > 1 ? oneMethod(root.children.slice(index, end) as Heading[]) : [node]));
      index = end - 1;
    } else if (node.type === 'heading' && normaliseTitle(plainText(node)) === 'errors' && errorLines(root.children[index + 1])) {
      // `<code>404</code> Not Found<br>`: the statuses the method answers with.
      out.push({ ...node, children: [{ type: 'text', value: 'Status codes' }] });
      out.push(errorTable(root.children[index + 1] as Paragraph));
      index++;
    } else if (node.type === 'heading' && normaliseTitle(plainText(node)) === 'examples' && recordedCall(root.children[index + 1])) {
      // `<pre>GET /api/shelves/1` ⏎ `200` ⏎ `{…}</pre>`: a sample request and the sample answer, each titled so.
      while (recordedCall(root.children[index + 1])) out.push(...splitCall(root.children[++index] as Code, node.depth));
    } else if (node.type === 'heading' && RETURNED_CODE.test(plainText(node).trim()) && root.children[index + 1]?.type === 'table') {
      // `<h2>Returns</h2>` ⏎ `<h5>Code: 200</h5>` ⏎ its table: the fields of that status's answer.
      const code = RETURNED_CODE.exec(plainText(node).trim())![1]!;
      out.push({ ...node, children: [{ type: 'text', value: `Response (${code})` }] });
    } else out.push(node);
  }
  root.children = out;
}

/** `Code: 200` over a table of what the method returns. */
const RETURNED_CODE = /^Code:\s*([1-5]\d\d)$/;

/** A recorded call: its request line, the JSON it sends or none, the status alone on its line, then the answer. */
function recordedCall(node: RootContent | undefined): { request: string[]; status: string; answer: string[] } | undefined {
  if (node?.type !== 'code') return undefined;
  const lines = node.value.split(/\r?\n/);
  const at = lines.findIndex((line, index) => index > 0 && /^[1-5]\d\d$/.test(line.trim()));
  if (at < 0 || !METHOD_ROUTE.test(lines[0]!.trim().replace(/\?\S*$/, ''))) return undefined;
  return { request: lines.slice(0, at), status: lines[at]!.trim(), answer: lines.slice(at + 1) };
}

function splitCall(code: Code, depth: Heading['depth']): RootContent[] {
  const call = recordedCall(code)!;
  const where = code.position ? { position: code.position } : {};
  const below = Math.min(6, depth + 1) as Heading['depth'];
  const message = (start: string, body: readonly string[]) => {
    const text = body.join('\n').trim();
    return text ? `${start}\n\n${text}` : start;
  };
  const title = (value: string): Heading => ({ type: 'heading', depth: below, children: [{ type: 'text', value }], ...where });
  return [
    title('Example request'),
    { type: 'code', lang: 'http', meta: null, value: message(`${call.request[0]!.trim()} HTTP/1.1`, call.request.slice(1)), ...where },
    title('Example response'),
    { type: 'code', lang: 'http', meta: null, value: message(`HTTP/1.1 ${call.status}`, call.answer), ...where },
  ];
}

const METHOD_ROUTE = /^(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\s+\/\S*$/;

/** `GET /api/shelves/:id` ⏎ `Show a shelf` (a line break between): the route and its words. */
function routeWithWords(node: Heading): { route: string; words: string } | undefined {
  const at = node.children.findIndex((child) => child.type === 'break');
  if (at < 1) return undefined;
  const route = node.children
    .slice(0, at)
    .map((child) => plainText(child))
    .join('')
    .trim();
  const words = node.children
    .slice(at + 1)
    .map((child) => plainText(child))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return METHOD_ROUTE.test(route) && words ? { route, words } : undefined;
}

/** The routes of one method, a heading each: its title (the first's words) over its request lines, one a line. */
function oneMethod(headings: readonly Heading[]): RootContent[] {
  const first = headings[0]!;
  const where =
    first.position && headings.at(-1)!.position ? { position: { start: first.position.start, end: headings.at(-1)!.position!.end } } : {};
  const lines: PhrasingContent[] = headings
    .slice(1)
    .flatMap((heading, index): PhrasingContent[] => [
      ...(index > 0 ? [{ type: 'break' } as const] : []),
      { type: 'inlineCode', value: routeWithWords(heading)!.route },
    ]);
  return [first, { type: 'paragraph', children: lines, ...where }];
}

/** `<code>404</code> Not Found` lines, parted by line breaks. */
function errorLines(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  const lines = splitLines(node.children);
  return lines.length > 0 && lines.every((line) => line[0]?.type === 'inlineCode' && /^[1-5]\d\d$/.test(line[0].value));
}

function splitLines(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === 'break') lines.push([]);
    else lines.at(-1)!.push(child);
  }
  return lines.filter((line) => line.some((child) => plainText(child).trim() !== ''));
}

function errorTable(node: Paragraph): Table {
  const at = node.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  const rows = splitLines(node.children).map((line): TableRow => {
    const [code, ...words] = line;
    const text = words
      .map((word) => plainText(word))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    return { type: 'tableRow', children: [textCell(plainText(code!), at), textCell(text, at)], position: at };
  });
  const header: TableRow = { type: 'tableRow', children: [textCell('Status', at), textCell('Description', at)], position: at };
  return { type: 'table', align: [null, null], children: [header, ...rows], position: at };
}

/** apipie's validations that state the type: the class (`Integer`, `String`, `Hash`) or its words. */
const TYPE_VALIDATION = /^Must be an? (\w+)\.?$/;
const TYPE_WORDS: Record<string, string> = { hash: 'object', numeric: 'number', number: 'number', float: 'number' };
/** `Must be an array of any type`, `Must be an Array of nested elements` (a nested param's). */
const ARRAY_VALIDATION = /^Must be an array of /i;
/** `Must be a decimal number.` */
const NUMBER_VALIDATION = /^Must be a decimal number\.?$/;
const BOOLEAN_VALUES = 'Must be one of: true, false, 1, 0.';
/** `Must be one of: draft, published.` (the values parted by commas, in code or not; none a parenthesis). */
const ONE_OF_VALIDATION = /^Must be one of: ([^()]+?)\.?$/;
/** `Must match regular expression /^[a-z0-9_]+$/.`: the expression between its slashes, no flags after them. */
const REGEXP_VALIDATION = /^Must match regular expression \/(.+)\/\.?$/;

/** Its tables of params and of headers (`Header name | Description`), cells written alike. */
const APIPIE_HEADERS = new Set(['param name|description', 'header name|description']);

/** A `Param name | Description` table: `Name | Type | Required | Description`, as its cells state them. */
function paramsTable(table: Table): Table | undefined {
  const [header, ...rows] = table.children;
  const words = header?.children.map((cell) => plainText(cell).trim().toLowerCase());
  if (!header || !APIPIE_HEADERS.has(words?.join('|') ?? '') || !table.position) return undefined;
  const at = table.position;
  const read = rows.map((row) => paramRow(row, at));
  // A Constraints column where a validation states a pattern (`extract/constraints.ts` reads its `Pattern:` line).
  const constrained = read.some((row) => row.children.length > 4);
  const titles = ['Name', 'Type', 'Required', 'Description', ...(constrained ? ['Constraints'] : [])];
  const head: TableRow = { ...header, children: titles.map((word) => textCell(word, at)) };
  for (const row of constrained ? read : []) if (row.children.length === 4) row.children.push(textCell('', row.position ?? at));
  return { ...table, align: titles.map(() => null), children: [head, ...read] };
}

function paramRow(row: TableRow, at: NonNullable<Table['position']>): TableRow {
  const [nameCell, descriptionCell] = row.children;
  const strong = nameCell?.children.find((child) => child.type === 'strong');
  const name = strong
    ? plainText(strong).trim()
    : plainText(nameCell ?? { type: 'text', value: '' })
        .split('\n')[0]!
        .trim();
  const flags = nameCell ? plainText(nameCell).slice(plainText(nameCell).indexOf(name) + name.length) : '';
  const required = /\brequired\b/i.test(flags) ? 'true' : /\boptional\b/i.test(flags) ? 'false' : '';
  const { description, type, pattern } = describe(descriptionCell);
  const typeWords = type && /\bnil allowed\b/i.test(flags) ? `nullable ${type}` : type;
  const where = row.position ?? at;
  const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children, position: where });
  const typeCell = textCell(typeWords ?? '', where);
  // No validation states the type: the page states none (not an empty one).
  if (!typeWords) typeCell.data = { unstated: true };
  return {
    type: 'tableRow',
    children: [
      textCell(name, where),
      typeCell,
      textCell(required, where),
      cell(description),
      ...(pattern ? [textCell(`Pattern: ${pattern}`, where)] : []),
    ],
    position: where,
  };
}

/** The description's words, then each validation that states no type; the type (and the pattern) the others state. */
function describe(cell: TableCell | undefined): { description: PhrasingContent[]; type?: string; pattern?: string } {
  const children = (cell?.children ?? []) as RootContent[];
  const at = children.findIndex((child) => child.type === 'text' && /^\s*Validations:\s*$/.test(child.value));
  const words = (at < 0 ? children : children.slice(0, at)).flatMap(phrasing);
  const description: PhrasingContent[] = trimmed(words);
  let type: string | undefined;
  let pattern: string | undefined;
  for (const item of at < 0 ? [] : children.slice(at + 1).flatMap((node) => (node.type === 'list' ? node.children : []))) {
    const text = plainText(item).replace(/\s+/g, ' ').trim();
    const stated = TYPE_VALIDATION.exec(text)?.[1]?.toLowerCase();
    const expression = REGEXP_VALIDATION.exec(text)?.[1];
    const values = ONE_OF_VALIDATION.exec(text)?.[1];
    if (text === BOOLEAN_VALUES) type = 'boolean';
    else if (expression !== undefined && readsAsPattern(expression)) {
      // A value matched against an expression is a string's.
      pattern = expression;
      type ??= 'string';
    } else if (ARRAY_VALIDATION.test(text)) type = 'array';
    else if (NUMBER_VALIDATION.test(text)) type = 'number';
    else if (stated) type = TYPE_WORDS[stated] ?? stated;
    else {
      // `Must be one of: <code>a</code>, <code>b</code>.`, `Must be one of: draft, published.`: an enum
      // of the values; the line stays in the description, as the others no type states.
      if (values !== undefined) type ??= `enum (${values})`;
      if (description.length > 0) description.push({ type: 'break' });
      description.push(...item.children.flatMap(phrasing));
    }
  }
  return { description, ...(type ? { type } : {}), ...(pattern ? { pattern } : {}) };
}

/** A cell's block or phrasing node → its phrasing (a paragraph's children). */
function phrasing(node: RootContent): PhrasingContent[] {
  if (node.type === 'paragraph') return node.children;
  if (node.type === 'break') return [];
  return 'value' in node || node.type === 'strong' || node.type === 'emphasis' || node.type === 'link' ? [node as PhrasingContent] : [];
}

function trimmed(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.filter((node) => plainText(node).trim() !== '' || node.type !== 'text');
}
