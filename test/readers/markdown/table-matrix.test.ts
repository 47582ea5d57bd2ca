/**
 * The conventions of parameter and field tables, combined: every column name, type word, required
 * marker, location column, section title and placement, table form and signature the general
 * reader knows (README, "Any markdown reference: the general reader"), on small pages of a
 * fictional bookshelf API. Held-out references combine known conventions in new ways; this
 * matrix tries the combinations a pairwise covering selection (deterministic, no randomness)
 * reaches, plus each value once with every other dimension at its most common value.
 *
 * Each case asserts the parameters (location, name, required, type), the body fields and the
 * response fields the page states; a failure prints the page.
 *
 * Combinations left out, as no vendor writes them or they are ambiguous:
 * - a location column in a response's table (a response field travels nowhere else);
 * - a body under GET, DELETE or HEAD: a body part's case takes POST, PUT or PATCH instead;
 * - a default or example of a path parameter (the route's segment has none);
 * - a name documented twice, by the case's table and a `Path parameters` table before it, with two
 *   types: that table then documents only the path parameters the case's does not;
 * - `List<string>` bare in an HTML `<td>`, where `<string>` is an element (a page escapes it);
 * - a section title at the operation heading's level or above it (a title of the page, not of the
 *   operation's part): the title is always one level below.
 */
import { describe, expect, it } from 'vitest';
import type { Operation, Schema } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

/* ----------------------------------------------------------------- dimensions */

type Part = 'path' | 'query' | 'header' | 'body' | 'form' | 'generic' | 'response';
type Method = 'GET' | 'DELETE' | 'HEAD' | 'POST' | 'PUT' | 'PATCH';

interface Section {
  title: string;
  part: Part;
}

/** A type word as a cell writes it, and what it means (see `typeOf` below). */
interface TypeWord {
  cell: string;
  /** The HTML cell's text, where markdown's differs (`List<string>` escaped: in HTML, `<string>` is an element). */
  html?: string;
  means: string;
}

interface Dimensions {
  section: Section;
  placement: 'h2' | 'h3' | 'h4' | 'bold' | 'bold-colon' | 'bold-then-colon' | 'label' | 'nested';
  method: Method;
  nameHeader: string;
  nameStyle: 'plain' | 'code' | 'bold';
  typeHeader: string;
  type: TypeWord;
  typeStyle: 'plain' | 'code' | 'em';
  required: Required;
  location: string | undefined;
  formWord: 'form' | 'formData';
  locationStyle: 'lower' | 'capital' | 'code';
  extras: 'none' | 'default' | 'example' | 'both';
  /** A Description column (always where the required marker is in it). */
  descriptions: boolean;
  columnOrder: 'standard' | 'required-second' | 'description-second';
  /** Another titled table after the case's: the statuses, or a response's fields titled with its status (`Response 200`). */
  follower: 'none' | 'statuses' | 'response-status';
  /** Another titled table before the case's: the path parameters (where the case's are not they). */
  preceded: boolean;
  table: 'gfm' | 'html' | 'html-bare';
  /** `two`: another operation before the case's; `two-after`: after its tables. */
  signature: 'fence' | 'heading' | 'code' | 'two' | 'two-after';
}

type Required =
  | 'none'
  | 'yes-no'
  | 'true-false'
  | 'check'
  | 'check-blank'
  | 'both-words'
  | 'req-short'
  | 'words'
  | 'mandatory'
  | 'optional-column'
  | 'star'
  | 'name-paren'
  | 'name-word'
  | 'name-bold'
  | 'description'
  | 'description-paren'
  | 'description-bold'
  | 'type-flag'
  | 'badge';

const SECTIONS: Section[] = [
  { title: 'Query parameters', part: 'query' },
  { title: 'Path parameters', part: 'path' },
  { title: 'URL parameters', part: 'path' },
  { title: 'Headers', part: 'header' },
  { title: 'Request body', part: 'body' },
  { title: 'Body parameters', part: 'body' },
  { title: 'Form parameters', part: 'form' },
  { title: 'Attributes', part: 'generic' },
  { title: 'Arguments', part: 'generic' },
  { title: 'Parameters', part: 'generic' },
  { title: 'Response', part: 'response' },
  { title: 'Returns', part: 'response' },
  { title: 'Response fields', part: 'response' },
  { title: 'Response body', part: 'response' },
  { title: 'Request headers', part: 'header' },
  { title: 'Request parameters', part: 'generic' },
];

const TYPES: TypeWord[] = [
  { cell: 'integer', means: 'integer' },
  { cell: 'int', means: 'integer/int32' },
  { cell: 'Int32', means: 'integer/int32' },
  { cell: 'long', means: 'integer/int64' },
  { cell: 'number', means: 'number' },
  { cell: 'float', means: 'number/float' },
  { cell: 'double', means: 'number/double' },
  { cell: 'decimal', means: 'number/decimal' },
  { cell: 'string', means: 'string' },
  { cell: 'boolean', means: 'boolean' },
  { cell: 'bool', means: 'boolean' },
  { cell: 'date', means: 'string/date' },
  { cell: 'datetime', means: 'string/date-time' },
  { cell: 'timestamp', means: 'string/date-time' },
  { cell: 'array', means: 'array<unknown>' },
  { cell: 'List<string>', html: 'List&lt;string&gt;', means: 'array<string>' },
  { cell: 'string[]', means: 'array<string>' },
  { cell: 'array of strings', means: 'array<string>' },
  { cell: 'object', means: 'map<unknown>' },
  { cell: 'hash', means: 'map<unknown>' },
  { cell: 'map', means: 'map<unknown>' },
  { cell: 'integer or string', means: 'integer|string' },
  { cell: 'string?', means: 'string?' },
  { cell: 'string or null', means: 'string?' },
  { cell: 'uuid', means: 'string/uuid' },
];

const VALUES: { [K in keyof Dimensions]: ReadonlyArray<Dimensions[K]> } = {
  // The first value of each is the most common one.
  section: SECTIONS,
  placement: ['h3', 'h2', 'h4', 'bold', 'bold-colon', 'bold-then-colon', 'label', 'nested'],
  method: ['GET', 'DELETE', 'HEAD', 'POST', 'PUT', 'PATCH'],
  nameHeader: ['Name', 'Parameter', 'Parameter name', 'Attribute', 'Field', 'Property', 'Key', 'Argument', 'Field name', 'Param'],
  nameStyle: ['code', 'plain', 'bold'],
  typeHeader: ['Type', 'Data type', 'Format', 'Value type'],
  type: TYPES,
  typeStyle: ['plain', 'code', 'em'],
  required: [
    'yes-no',
    'none',
    'true-false',
    'check',
    'check-blank',
    'both-words',
    'req-short',
    'words',
    'mandatory',
    'optional-column',
    'star',
    'name-paren',
    'name-word',
    'name-bold',
    'description',
    'description-paren',
    'description-bold',
    'type-flag',
    'badge',
  ],
  location: [undefined, 'In', 'Location', 'Source', 'Param type', 'Parameter type', 'Located in'],
  formWord: ['form', 'formData'],
  locationStyle: ['lower', 'capital', 'code'],
  extras: ['none', 'default', 'example', 'both'],
  descriptions: [true, false],
  columnOrder: ['standard', 'required-second', 'description-second'],
  follower: ['none', 'statuses', 'response-status'],
  preceded: [false, true],
  table: ['gfm', 'html', 'html-bare'],
  signature: ['code', 'fence', 'heading', 'two', 'two-after'],
};

const KEYS = Object.keys(VALUES) as Array<keyof Dimensions>;

/* ------------------------------------------------------------------ selection */

type Indices = Record<keyof Dimensions, number>;

/** Each value once, every other dimension at its first (most common) value. */
function baseCases(): Indices[] {
  const first = Object.fromEntries(KEYS.map((key) => [key, 0])) as Indices;
  const cases = [first];
  for (const key of KEYS) for (let at = 1; at < VALUES[key].length; at++) cases.push({ ...first, [key]: at });
  return cases;
}

/**
 * A pairwise covering selection, greedy and deterministic: each case starts from the first pair
 * no case covers yet and takes, dimension by dimension, the value covering most uncovered pairs
 * with those already chosen (the lowest index on a tie).
 */
function pairwiseCases(): Indices[] {
  const sizes = KEYS.map((key) => VALUES[key].length);
  // The largest dimensions first: their pairs are the most, and each case covers one of them.
  const dims = KEYS.map((_, k) => k).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const pairKey = (a: number, av: number, b: number, bv: number) => (a < b ? `${a}:${av}/${b}:${bv}` : `${b}:${bv}/${a}:${av}`);
  const uncovered = new Set<string>();
  const order: Array<[number, number, number, number]> = [];
  for (let i = 0; i < dims.length; i++)
    for (let j = i + 1; j < dims.length; j++)
      for (let av = 0; av < sizes[dims[i]!]!; av++)
        for (let bv = 0; bv < sizes[dims[j]!]!; bv++) {
          uncovered.add(pairKey(dims[i]!, av, dims[j]!, bv));
          order.push([dims[i]!, av, dims[j]!, bv]);
        }
  const cases: Indices[] = [];
  let next = 0;
  while (uncovered.size > 0) {
    while (!uncovered.has(pairKey(...order[next]!))) next++;
    const [a, av, b, bv] = order[next]!;
    const chosen: Array<number | undefined> = KEYS.map(() => undefined);
    chosen[a] = av;
    chosen[b] = bv;
    for (const k of dims) {
      if (chosen[k] !== undefined) continue;
      let best = 0;
      let bestGain = -1;
      for (let v = 0; v < sizes[k]!; v++) {
        let gain = 0;
        for (let c = 0; c < KEYS.length; c++) if (c !== k && chosen[c] !== undefined && uncovered.has(pairKey(c, chosen[c]!, k, v))) gain++;
        if (gain > bestGain) [best, bestGain] = [v, gain];
      }
      chosen[k] = best;
    }
    for (let c = 0; c < KEYS.length; c++) for (let d = c + 1; d < KEYS.length; d++) uncovered.delete(pairKey(c, chosen[c]!, d, chosen[d]!));
    cases.push(Object.fromEntries(KEYS.map((key, k) => [key, chosen[k]])) as Indices);
  }
  return cases;
}

function dimensionsOf(indices: Indices): Dimensions {
  return Object.fromEntries(KEYS.map((key) => [key, VALUES[key][indices[key]]])) as unknown as Dimensions;
}

/* ---------------------------------------------------------------------- pages */

const ROUTE = '/shelves/{shelf_id}/books/{book_id}';

/** A row as the docs state it. */
interface Row {
  name: string;
  /** Where the row's value travels. */
  at: 'path' | 'query' | 'header' | 'body' | 'response';
  required: boolean;
  type: TypeWord;
  description: string;
  /** The second row carries the Default and Example cells. */
  extras: boolean;
}

const STRING: TypeWord = { cell: 'string', means: 'string' };

/** The method the case's part can travel with: a body needs one that sends it. */
function methodOf(d: Dimensions): Method {
  if (d.section.part !== 'body' && d.section.part !== 'form') return d.method;
  return ({ GET: 'POST', DELETE: 'PUT', HEAD: 'PATCH' } as Record<Method, Method>)[d.method] ?? d.method;
}

function rowsOf(d: Dimensions): Row[] {
  const method = methodOf(d);
  const sends = method === 'POST' || method === 'PUT' || method === 'PATCH';
  const unmarked = d.required === 'none';
  const row = (name: string, at: Row['at'], first: boolean, description: string): Row => ({
    name,
    at,
    required: at === 'path' || (first && !unmarked),
    type: first ? d.type : STRING,
    description,
    extras: !first && at !== 'path',
  });
  switch (d.section.part) {
    case 'path':
      return [row('shelf_id', 'path', true, 'The shelf.'), row('book_id', 'path', false, 'The book.')];
    case 'query':
      return [row('limit', 'query', true, 'How many books to return.'), row('sort', 'query', false, 'The order of the books.')];
    case 'header':
      return [row('X-Trace-Id', 'header', true, 'The trace of the call.'), row('X-Locale', 'header', false, 'The language of the answer.')];
    case 'body':
    case 'form':
      return [row('title', 'body', true, 'The title of the book.'), row('note', 'body', false, 'A note on the book.')];
    case 'generic':
      return [
        row('shelf_id', 'path', true, 'The shelf.'),
        row('limit', sends ? 'body' : 'query', true, 'How many books.'),
        row('note', sends ? 'body' : 'query', false, 'A note on the books.'),
      ];
    case 'response':
      return [row('title', 'response', true, 'The title of the book.'), row('note', 'response', false, 'A note on the book.')];
  }
}

/** A cell's content as parts, written as markdown or as HTML. */
type Piece = { text: string } | { code: string } | { bold: string } | { em: string } | { br: true } | { badge: string };

function markdown(pieces: Piece[]): string {
  return pieces
    .map((p) =>
      'text' in p
        ? p.text
        : 'code' in p
          ? `\`${p.code}\``
          : 'bold' in p
            ? `**${p.bold}**`
            : 'em' in p
              ? `*${p.em}*`
              : 'br' in p
                ? '<br>'
                : `<span class="badge">${p.badge}</span>`,
    )
    .join('');
}

function html(pieces: Piece[]): string {
  return pieces
    .map((p) =>
      'text' in p
        ? p.text
        : 'code' in p
          ? `<code>${p.code}</code>`
          : 'bold' in p
            ? `<strong>${p.bold}</strong>`
            : 'em' in p
              ? `<em>${p.em}</em>`
              : 'br' in p
                ? '<br>'
                : `<span class="badge">${p.badge}</span>`,
    )
    .join('');
}

const LOCATION_WORD: Record<Row['at'], string> = { path: 'path', query: 'query', header: 'header', body: 'body', response: '' };

/** A column of the case's table: its header, its cell in each row. */
interface Column {
  role: 'name' | 'in' | 'type' | 'required' | 'default' | 'example' | 'description';
  header: string;
  cell: (row: Row, marked: boolean) => Piece[];
}

/** The header and the body rows of the case's table, as pieces. */
function tableOf(d: Dimensions, rows: Row[], asHtml: boolean): Piece[][][] {
  const columns: Column[] = [{ role: 'name', header: d.nameHeader, cell: (row, marked) => nameCell(d, row, marked) }];
  if (d.location !== undefined && d.section.part !== 'response') {
    columns.push({
      role: 'in',
      header: d.location,
      cell: (row) => {
        const word = row.at === 'body' && d.section.part === 'form' ? d.formWord : LOCATION_WORD[row.at];
        const styled = d.locationStyle === 'capital' ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word;
        return [d.locationStyle === 'code' ? { code: styled } : { text: styled }];
      },
    });
  }
  columns.push({
    role: 'type',
    header: d.typeHeader,
    cell: (row, marked) => {
      const written = asHtml && row.type.html ? row.type.html : row.type.cell;
      const word: Piece = d.typeStyle === 'code' ? { code: written } : d.typeStyle === 'em' ? { em: written } : { text: written };
      // `integer, required`: the flag beside the type.
      return marked && d.required === 'type-flag' ? [word, { text: ', required' }] : [word];
    },
  });
  const flag = FLAG_COLUMNS[d.required];
  if (flag) {
    columns.push({
      role: 'required',
      header: flag.header,
      cell: (_, marked) => [{ text: (d.required === 'optional-column' ? !marked : marked) ? flag.yes : flag.no }],
    });
  }
  if (d.extras === 'default' || d.extras === 'both')
    columns.push({ role: 'default', header: 'Default', cell: (row) => (row.extras ? [{ code: 'asc' }] : []) });
  if (d.extras === 'example' || d.extras === 'both')
    columns.push({ role: 'example', header: 'Example', cell: (row) => (row.extras ? [{ code: 'desc' }] : []) });
  if (d.descriptions || d.required.startsWith('description')) {
    columns.push({
      role: 'description',
      header: 'Description',
      cell: (row, marked): Piece[] =>
        !marked
          ? [{ text: row.description }]
          : d.required === 'description'
            ? [{ text: `Required. ${row.description}` }]
            : d.required === 'description-paren'
              ? [{ text: `(required) ${row.description}` }]
              : d.required === 'description-bold'
                ? [{ bold: 'Required' }, { text: `. ${row.description}` }]
                : [{ text: row.description }],
    });
  }
  // `| Name | Required | Type |`, `| Name | Description | Type |`: the column moved right after the name.
  const moved = { standard: undefined, 'required-second': 'required', 'description-second': 'description' }[d.columnOrder];
  const at = columns.findIndex((column) => column.role === moved);
  if (at > 1) columns.splice(1, 0, ...columns.splice(at, 1));
  const header = columns.map((column): Piece[] => [{ text: column.header }]);
  const body = rows.map((row) => columns.map((column) => column.cell(row, row.required && d.required !== 'none')));
  return [header, ...body];
}

const FLAG_COLUMNS: Partial<Record<Required, { header: string; yes: string; no: string }>> = {
  'yes-no': { header: 'Required', yes: 'yes', no: 'no' },
  'true-false': { header: 'Required', yes: 'true', no: 'false' },
  check: { header: 'Required', yes: '✓', no: '✗' },
  'check-blank': { header: 'Required', yes: '✓', no: '' },
  'both-words': { header: 'Required / Optional', yes: 'Required', no: 'Optional' },
  'req-short': { header: 'Req.', yes: 'Y', no: 'N' },
  words: { header: 'Required', yes: 'Required', no: 'Optional' },
  mandatory: { header: 'Mandatory', yes: 'yes', no: 'no' },
  'optional-column': { header: 'Optional', yes: 'yes', no: 'no' },
};

/** The name cell, with the case's marker where the row is required. */
function nameCell(d: Dimensions, row: Row, marked: boolean): Piece[] {
  const name: Piece[] =
    d.nameStyle === 'code' ? [{ code: row.name }] : d.nameStyle === 'bold' ? [{ bold: row.name }] : [{ text: row.name }];
  if (!marked) return name;
  if (d.required === 'star') name.push({ text: d.nameStyle === 'bold' ? ' *' : '*' });
  if (d.required === 'name-paren') name.push({ text: ' (required)' });
  if (d.required === 'name-word') name.push({ br: true }, { em: 'required' });
  if (d.required === 'name-bold') name.push({ br: true }, { bold: 'required' });
  if (d.required === 'badge') name.push({ text: ' ' }, { badge: 'required' });
  return name;
}

function tableText(d: Dimensions, rows: Row[]): string {
  if (d.table === 'gfm') {
    const [header, ...body] = tableOf(d, rows, false);
    const line = (cells: Piece[][]) => `| ${cells.map(markdown).join(' | ')} |`;
    return [line(header!), `|${header!.map(() => ' --- |').join('')}`, ...body.map(line)].join('\n');
  }
  const [header, ...body] = tableOf(d, rows, true);
  const tr = (cells: Piece[][], tag: string) => `<tr>${cells.map((cell) => `<${tag}>${html(cell)}</${tag}>`).join('')}</tr>`;
  const head = tr(header!, 'th');
  const lines = body.map((cells) => tr(cells, 'td'));
  return d.table === 'html'
    ? ['<table>', '<thead>', head, '</thead>', '<tbody>', ...lines, '</tbody>', '</table>'].join('\n')
    : ['<table>', head, ...lines, '</table>'].join('\n');
}

/** The case's page: its operation, maybe another before it, the titled table. */
function pageOf(d: Dimensions): string {
  const method = methodOf(d);
  const level = { h2: 2, h3: 3, h4: 4, bold: 3, 'bold-colon': 3, 'bold-then-colon': 3, label: 3, nested: 4 }[d.placement];
  const titled = (words: string) =>
    d.placement === 'bold'
      ? `**${words}**`
      : d.placement === 'bold-then-colon'
        ? `**${words}**:`
        : d.placement === 'bold-colon'
          ? `**${words}:**`
          : d.placement === 'label'
            ? `${words}:`
            : `${'#'.repeat(level)} ${words}`;
  // `nested`: the part's title under a `### Request` (`### Response`) heading of the operation's.
  const above = '#'.repeat(d.placement === 'nested' ? 2 : level - 1);
  const code = `\`${method} ${ROUTE}\``;
  const blocks: string[] = [];
  switch (d.signature) {
    case 'code':
      blocks.push(`${above} Work with a book`, code);
      break;
    case 'fence':
      blocks.push(`${above} Work with a book`, `\`\`\`\n${method} ${ROUTE}\n\`\`\``);
      break;
    case 'heading':
      blocks.push(`${above} ${method} ${ROUTE.replace(/\{(\w+)\}/g, ':$1')}`);
      break;
    case 'two-after':
      blocks.push(`${above} Work with a book`, code);
      break;
    case 'two':
      blocks.push(
        `${above} Archive a shelf`,
        '`POST /shelves/{shelf_id}/archive`',
        'Archives the shelf.',
        `${above} Work with a book`,
        code,
      );
      break;
  }
  blocks.push('Works with one book of a shelf.');
  if (precededByPath(d)) {
    const rows = pathNamesBefore(d).map((name) => `| \`${name}\` | string | The ${name.replace('_id', '')}. |`);
    blocks.push(titled('Path parameters'), ['| Name | Type | Description |', '| --- | --- | --- |', ...rows].join('\n'));
  }
  if (d.placement === 'nested') blocks.push(d.section.part === 'response' ? '### Response' : '### Request');
  blocks.push(titled(d.section.title), tableText(d, rowsOf(d)));
  if (respondedAfter(d))
    blocks.push(titled('Response 200'), '| Field | Type | Description |\n| --- | --- | --- |\n| `id` | string | The book. |');
  if (d.follower === 'statuses')
    blocks.push(titled('Status codes'), '| Status | Description |\n| --- | --- |\n| 200 | The book. |\n| 404 | No such book. |');
  if (d.signature === 'two-after') blocks.push(`${above} Archive a shelf`, '`POST /shelves/{shelf_id}/archive`', 'Archives the shelf.');
  return `${blocks.join('\n\n')}\n`;
}

/** Whether a `Response 200` table follows the case's (not where the case's is a response's: two bodies of one status). */
function respondedAfter(d: Dimensions): boolean {
  return d.follower === 'response-status' && d.section.part !== 'response';
}

/** Whether a `Path parameters` table stands before the case's (not where the case's are path parameters). */
function precededByPath(d: Dimensions): boolean {
  return d.preceded && d.section.part !== 'path';
}

/** The path parameters the table before the case's documents: those the case's does not (a name documented twice is another matter). */
function pathNamesBefore(d: Dimensions): string[] {
  if (!precededByPath(d)) return [];
  const own = new Set(rowsOf(d).map((row) => row.name));
  return ['shelf_id', 'book_id'].filter((name) => !own.has(name));
}

/* ------------------------------------------------------------------- readings */

/** A schema in a few words: `integer/int32`, `array<string>`, `integer|string`, `string?`. */
function typeOf(schema: Schema | undefined): string {
  if (!schema) return 'none';
  const nullable = 'nullable' in schema && schema.nullable ? '?' : '';
  const format = 'format' in schema && schema.format ? `/${schema.format}` : '';
  switch (schema.kind) {
    case 'array':
      return `array<${typeOf(schema.items)}>${nullable}`;
    case 'map':
      return `map<${typeOf(schema.values)}>${nullable}`;
    case 'union':
      return schema.variants.map(typeOf).join('|');
    default:
      return `${schema.kind}${format}${nullable}`;
  }
}

/** What a row's schema says beyond its type: `default=asc example=desc`. */
function extrasOf(schema: Schema, examples: unknown[] = []): string {
  const said: string[] = [];
  if ('default' in schema && schema.default !== undefined) said.push(`default=${String(schema.default)}`);
  const all = [...(('examples' in schema && Array.isArray(schema.examples) ? schema.examples : []) as unknown[]), ...examples];
  if (all.length > 0) said.push(`example=${all.map(String).join(',')}`);
  return said.join(' ');
}

function expectedExtras(d: Dimensions, row: Row): string {
  if (!row.extras) return '';
  const said: string[] = [];
  if (d.extras === 'default' || d.extras === 'both') said.push('default=asc');
  if (d.extras === 'example' || d.extras === 'both') said.push('example=desc');
  return said.join(' ');
}

interface Reading {
  parameters: string[];
  body: string[];
  response: string[];
}

const line = (name: string, required: boolean, type: string, extras: string) =>
  `${name}${required ? '*' : ''}: ${type}${extras ? ` ${extras}` : ''}`;

function expected(d: Dimensions): Reading {
  const rows = rowsOf(d);
  const documented = new Set(rows.map((row) => row.name));
  const parameters = rows
    .filter((row) => row.at !== 'body' && row.at !== 'response')
    .map((row) => `${row.at}:${line(row.name, row.required, row.type.means, expectedExtras(d, row))}`);
  // The route's placeholders the table does not document are path parameters all the same.
  for (const name of ['shelf_id', 'book_id'])
    if (!documented.has(name)) parameters.push(pathNamesBefore(d).includes(name) ? `path:${name}*: string` : `path:${name}*: ?`);
  const fields = (at: Row['at']) =>
    rows.filter((row) => row.at === at).map((row) => line(row.name, row.required, row.type.means, expectedExtras(d, row)));
  return { parameters: parameters.sort(), body: fields('body'), response: respondedAfter(d) ? ['id: string'] : fields('response') };
}

function fieldsOf(schema: Schema | undefined): string[] {
  if (schema?.kind !== 'object') return schema ? [`(${typeOf(schema)})`] : [];
  return schema.properties.map((p) => line(p.name, p.required === true, typeOf(p.schema), extrasOf(p.schema)));
}

function reading(op: Operation, documented: ReadonlySet<string>): Reading {
  const parameters = op.parameters
    .map((p) =>
      documented.has(p.name)
        ? `${p.in}:${line(
            p.name,
            p.required,
            typeOf(p.schema),
            extrasOf(
              p.schema,
              (p.examples ?? []).map((e) => e.value),
            ),
          )}`
        : `${p.in}:${p.name}${p.required ? '*' : ''}: ?`,
    )
    .sort();
  const response = op.responses.flatMap((r) => r.content.flatMap((c) => fieldsOf(c.schema)));
  return { parameters, body: fieldsOf(op.requestBody?.content[0]?.schema), response };
}

/* ---------------------------------------------------------------------- cases */

function label(d: Dimensions): string {
  return [
    d.section.title,
    d.placement,
    methodOf(d),
    d.nameHeader,
    d.nameStyle,
    d.typeHeader,
    d.type.cell,
    d.typeStyle,
    `required:${d.required}`,
    `in:${d.location ?? '-'}`,
    d.formWord,
    d.locationStyle,
    `extras:${d.extras}`,
    d.descriptions ? 'described' : 'undescribed',
    d.columnOrder,
    `then:${d.follower}`,
    d.preceded ? 'after:path' : 'alone',
    d.table,
    `signature:${d.signature}`,
  ].join(' · ');
}

/** The cases' value indices: the base cases, then the pairwise ones, each combination once. */
function selection(): Indices[] {
  const seen = new Set<string>();
  const out: Indices[] = [];
  for (const indices of [...baseCases(), ...pairwiseCases()]) {
    const key = KEYS.map((k) => indices[k]).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(indices);
  }
  return out;
}

const SELECTED = selection();
const CASES = SELECTED.map(dimensionsOf);

describe('general reader: the table convention matrix', () => {
  it('should select a covering set of cases, deterministically', () => {
    expect(selection()).toEqual(SELECTED);
    expect(SELECTED.length).toBeLessThan(600);
    // Every value of each dimension meets every value of every other in some case.
    const met = new Set(
      SELECTED.flatMap((indices) => KEYS.flatMap((a, i) => KEYS.slice(i + 1).map((b) => `${a}=${indices[a]}/${b}=${indices[b]}`))),
    );
    const pairs = KEYS.flatMap((a, i) =>
      KEYS.slice(i + 1).flatMap((b) => VALUES[a].flatMap((_, av) => VALUES[b].map((__, bv) => `${a}=${av}/${b}=${bv}`))),
    );
    expect(pairs.filter((pair) => !met.has(pair))).toEqual([]);
  });

  it.each(CASES.map((d) => [label(d), d] as const))('%s', (_, d) => {
    const page = pageOf(d);
    const read = readGeneral(page);
    const route = `${methodOf(d)} ${ROUTE}`;
    const documented = new Set([...rowsOf(d).map((row) => row.name), ...pathNamesBefore(d)]);
    const found = read.routes.includes(route) ? reading(operation(read, route), documented) : { parameters: [], body: [], response: [] };
    expect({ routes: read.routes.filter((r) => r === route), ...found }, `page:\n${page}`).toEqual({ routes: [route], ...expected(d) });
    if (d.follower === 'statuses') {
      const statuses = operation(read, route).responses.map((r) => r.status);
      expect(statuses, `the statuses, page:\n${page}`).toEqual(['200', '404']);
    }
    if (d.signature === 'two' || d.signature === 'two-after') {
      const other = operation(read, 'POST /shelves/{shelf_id}/archive');
      expect(
        { parameters: other.parameters.map((p) => p.name), body: other.requestBody !== undefined },
        `the other operation, page:\n${page}`,
      ).toEqual({ parameters: ['shelf_id'], body: false });
    }
  });
});
