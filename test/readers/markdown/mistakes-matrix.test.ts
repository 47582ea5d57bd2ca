/**
 * Vendors' mistakes (issue 11, the brief's bad-input standard): integrators point specdown at
 * published docs with the vendor's slips in them. Each case is a correct two-operation page of a
 * fictional bookshelf API with ONE mistake injected into one operation (or, for a mistake of the
 * whole file, into the page). For each case: no exception; the untouched operation reads exactly
 * as on the clean page; the damaged one is still read (its route at least); every diagnostic
 * points at a line and column of the page (a positionless source would sit at 1:1, the page's
 * title); and where the damaged operation lost something, a diagnostic says so — no silent loss.
 * A failing case prints its page.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import type { Operation } from '../../../src/ir/types.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { type PageResult, readPage } from '../../../src/run/read-page.js';
import { strip } from './helpers.js';

/* ------------------------------------------------------------------ the page */

const LIST = 'GET /books';
const ADD = 'POST /books';

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

const TABLE_HEAD = '| Name | Type | Required | Description |\n| --- | --- | --- | --- |';

/** The first operation: a query table and a response sample. */
const LIST_BLOCK = [
  '## List books',
  'Returns the books of a shelf.',
  `\`${LIST}\``,
  '### Query parameters',
  `${TABLE_HEAD}\n| \`limit\` | integer | no | How many books to return. |\n| \`cursor\` | string | no | Where to start. |`,
  '### Response',
  fence('json', '{\n  "books": [{"id": "bk_1", "title": "Dune"}],\n  "next": "c2"\n}'),
].join('\n\n');

/** The second operation: a body table and a response sample. */
const ADD_BLOCK = [
  '## Add a book',
  'Adds a book to a shelf.',
  `\`${ADD}\``,
  '### Request body',
  `${TABLE_HEAD}\n| \`title\` | string | yes | The title. |\n| \`pages\` | integer | no | How many pages. |`,
  '### Response',
  fence('json', '{\n  "id": "bk_2",\n  "title": "Dune",\n  "pages": 412\n}'),
].join('\n\n');

const pageOf = (list: string, add: string) => `# Shelves API\n\n${list}\n\n${add}\n`;

/* --------------------------------------------------------------- the mistakes */

/** A mistake: rewrites one operation's block (`op`), or the whole page (`page`). */
interface Mistake {
  name: string;
  op?: (block: string, which: 'list' | 'add') => string;
  page?: (text: string) => string;
  /** The damaged operation reads as on the clean page (a lenient read where the meaning is plain). */
  same?: boolean;
  /** Only in the operation named (the other has nothing the mistake applies to). */
  only?: 'list' | 'add';
  /** The mistake hides the damaged operation from markdown; the diagnostic of this code must say so. */
  hides?: string;
  /** A loss the reader does not report yet (a finding left open), said in words. */
  open?: string;
}

/** The block's first table row (below the delimiter row). */
const firstRow = (block: string) => block.split('\n').find((line) => line.startsWith('| `'))!;
const replaceFirstRow = (block: string, row: (line: string) => string) => block.replace(firstRow(block), row(firstRow(block)));
const routeOf = (which: 'list' | 'add') => (which === 'list' ? LIST : ADD).split(' ')[1]!;
const sampleOf = (block: string) => /```json\n([\s\S]*?)\n```/.exec(block)![1]!;

/** The block with its table written in HTML: its rows `between` apart, with or without `</table>`. */
function asHtmlTable(block: string, { closed, between }: { closed: boolean; between: string }): string {
  // The header, the delimiter row and every row (the last one at the block's end).
  return block.replace(/\| Name \| Type[^\n]*\n\| ---[^\n]*\n(?:\| `[^\n]*(?:\n|$))*/, (table) => {
    const rows = table
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => {
        const cells = line
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim().replace(/`/g, ''));
        return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
      });
    const head = '<tr><th>Name</th><th>Type</th><th>Required</th><th>Description</th></tr>';
    return `<table>\n${[head, ...rows].join(between)}${closed ? '\n</table>' : ''}\n`;
  });
}

const MISTAKES: Mistake[] = [
  { name: 'a row with a missing cell', op: (b) => replaceFirstRow(b, (row) => row.replace(/ \| [^|]+ \|$/, ' |')) },
  { name: 'a row with an extra cell', op: (b) => replaceFirstRow(b, (row) => `${row} extra |`), same: true },
  { name: 'an unescaped | in a description', op: (b) => replaceFirstRow(b, (row) => row.replace(/ \|$/, ' (a | b). |')) },
  { name: 'a missing delimiter row', op: (b) => b.replace('| --- | --- | --- | --- |\n', '') },
  { name: 'a misaligned delimiter row', op: (b) => b.replace('| --- | --- | --- | --- |', '| --- | --- | --- |') },
  {
    name: 'a header repeated mid-table',
    op: (b) => b.replace(firstRow(b), `${firstRow(b)}\n| Name | Type | Required | Description |`),
    same: true,
  },
  { name: 'a duplicated row', op: (b) => b.replace(firstRow(b), `${firstRow(b)}\n${firstRow(b)}`), same: true },
  { name: 'an unknown type word', op: (b) => replaceFirstRow(b, (row) => row.replace(/\| (integer|string) \|/, '| bigwidget |')) },
  {
    name: 'a type cell holding a sentence',
    op: (b) => replaceFirstRow(b, (row) => row.replace(/\| (integer|string) \|/, '| The value you got from the last call |')),
  },
  { name: 'a JSON sample with a trailing comma', op: (b) => b.replace(sampleOf(b), sampleOf(b).replace(/\n\}$/, ',\n}')), same: true },
  {
    name: 'a JSON sample with a missing comma',
    op: (b) => b.replace(sampleOf(b), sampleOf(b).replace(/,\n/, '\n')),
    same: true,
  },
  { name: 'a JSON sample cut by ...', op: (b) => b.replace(sampleOf(b), sampleOf(b).replace(/\n\}$/, ',\n  ...\n}')), same: true },
  {
    name: "a sample whose values disagree with the table's types",
    op: (b) => `${b}\n\n### Example request\n\n${fence('json', '{"title": 7, "pages": "many"}')}`,
    only: 'add',
  },
  { name: 'a heading level skipped', op: (b) => b.replace(/^### /gm, '#### '), same: true },
  { name: 'the operation one level too deep', op: (b) => b.replace(/^## /m, '### ').replace(/^### (Q|R)/gm, '#### $1'), same: true },
  {
    name: 'the same operation twice with different bodies',
    op: (b, which) =>
      which === 'add'
        ? `${b}\n\n## Add a book (again)\n\n\`${ADD}\`\n\n### Request body\n\n${TABLE_HEAD}\n| \`isbn\` | string | yes | The ISBN. |`
        : `${b}\n\n## List books (again)\n\n\`${LIST}\`\n\n### Query parameters\n\n${TABLE_HEAD}\n| \`sort\` | string | no | The order. |`,
  },
  { name: 'an HTML table left unclosed', op: (b) => asHtmlTable(b, { closed: false, between: '\n' }), same: true },
  {
    name: 'an HTML table with blank lines between its rows',
    op: (b) => asHtmlTable(b, { closed: true, between: '\n\n' }),
    same: true,
  },
  { name: 'a stray {% endtabs %}', op: (b) => b.replace('### Response', '{% endtabs %}\n\n### Response'), same: true },
  {
    name: 'an unclosed <details>',
    op: (b) => b.replace('### Response', '<details>\n<summary>More</summary>\n\n### Response'),
    same: true,
  },
  {
    name: 'a non-breaking space in a parameter name',
    op: (b) => replaceFirstRow(b, (row) => row.replace(/`(\w)(\w+)`/, '`$1\u00a0$2`')),
  },
  {
    name: 'a zero-width space in a parameter name',
    op: (b) => replaceFirstRow(b, (row) => row.replace(/`(\w)(\w+)`/, '`$1\u200b$2`')),
    same: true,
  },
  {
    name: 'a non-breaking space in the route',
    op: (b, w) => b.replace(`\`${w === 'list' ? LIST : ADD}\``, (s) => s.replace(' ', '\u00a0')),
    same: true,
  },
  {
    name: 'a zero-width space in the route',
    op: (b, w) => b.replace(routeOf(w), '/\u200bbooks'),
    same: true,
  },
  { name: 'a route with a trailing /', op: (b, w) => b.replace(`${routeOf(w)}\``, `${routeOf(w)}/\``), same: true },
  { name: 'a route with //', op: (b, w) => b.replace(routeOf(w), '//books'), same: true },
];

/** Mistakes of the whole file: both operations must read as on the clean page. */
const PAGE_MISTAKES: Mistake[] = [
  { name: 'CRLF line endings', page: (text) => text.replace(/\n/g, '\r\n'), same: true },
  {
    name: 'an unclosed code fence before the second operation',
    page: (text) => text.replace('## Add a book', '```\n\n## Add a book'),
    hides: 'unclosed-fence',
  },
  {
    name: 'an unclosed code fence before a last operation without a sample',
    page: (text) => text.replace('## Add a book', '```\n\n## Add a book').replace(/### Response\n\n```json\n\{\n {2}"id[\s\S]*$/, ''),
    hides: 'unclosed-fence',
  },
];

/* ------------------------------------------------------------------ the check */

/** The page as the pipeline reads it (its reader chosen, an internal error caught and reported). */
const read = (text: string) => readPage({ file: 'api/page.md', text });

const routesOf = (result: PageResult) => (result.fragment?.operations ?? []).map((o) => `${o.method.toUpperCase()} ${o.path}`);

const CLEAN = read(pageOf(LIST_BLOCK, ADD_BLOCK));

/** An operation as compared: sources dropped. */
function shape(op: Operation | undefined): unknown {
  return strip(op);
}

function find(result: PageResult, route: string): Operation | undefined {
  return result.fragment?.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route);
}

interface Case {
  title: string;
  text: string;
  /** The route left untouched, or none (a mistake of the whole file). */
  untouched?: string;
  damaged: string[];
  mistake: Mistake;
}

const CASES: Case[] = [
  ...MISTAKES.flatMap((m) => [
    ...(m.only === 'add'
      ? []
      : [
          {
            title: `${m.name} (first operation)`,
            text: pageOf(m.op!(LIST_BLOCK, 'list'), ADD_BLOCK),
            untouched: ADD,
            damaged: [LIST],
            mistake: m,
          },
        ]),
    ...(m.only === 'list'
      ? []
      : [
          {
            title: `${m.name} (second operation)`,
            text: pageOf(LIST_BLOCK, m.op!(ADD_BLOCK, 'add')),
            untouched: LIST,
            damaged: [ADD],
            mistake: m,
          },
        ]),
  ]),
  ...PAGE_MISTAKES.map((m) => {
    const text = m.page!(pageOf(LIST_BLOCK, ADD_BLOCK));
    // A fence left open before the second operation damages that one only.
    return m.hides
      ? { title: m.name, text, untouched: LIST, damaged: [ADD], mistake: m }
      : { title: m.name, text, damaged: [LIST, ADD], mistake: m };
  }),
];

describe('general reader: a matrix of vendors’ mistakes', () => {
  it('should read the clean page without a diagnostic', () => {
    expect(routesOf(CLEAN)).toEqual([LIST, ADD]);
    expect(CLEAN.diagnostics).toEqual([]);
  });

  it.each(CASES.map((c) => [c.title, c] as const))('%s', (_, c) => {
    const shown = `\n-----\n${c.text}\n-----`;
    const result = read(c.text);
    // What a run reports of the page: its reader's diagnostics and the merge's (samples against tables).
    const merged = new DiagnosticBag();
    if (result.fragment) mergeFragments([result.fragment], merged, { version: '1' });
    const diagnostics = [...result.diagnostics, ...merged.items];
    const routes = routesOf(result);
    const lines = c.text.split(/\r?\n/).length;
    const changed = c.damaged.filter((route) => JSON.stringify(shape(find(result, route))) !== JSON.stringify(shape(find(CLEAN, route))));
    if (process.env.MISTAKES_DUMP)
      console.log(
        `${c.title}: routes=${routes.join(', ')} changed=${changed.join(', ')} ${changed.map((r) => JSON.stringify(shape(find(result, r)))).join(' ')} diagnostics=${diagnostics.map((d) => `${d.code}@${d.source.start.line}:${d.source.start.column} ${d.message}`).join(' ; ')}`,
      );
    expect(
      {
        untouched: c.untouched ? shape(find(result, c.untouched)) : undefined,
        // The damaged operation's method at least (its path is what some mistakes damage).
        damagedRead: c.mistake.hides
          ? diagnostics.filter((d) => d.code === c.mistake.hides).length
          : c.damaged.filter((route) => routes.some((r) => r.startsWith(`${route.split(' ')[0]} `))).length,
        internal: diagnostics.filter((d) => d.code === 'internal-error').map((d) => d.message),
        unplaced: diagnostics
          .filter(
            (d) =>
              !(d.source.file === 'api/page.md' && d.source.start.line > 1 && d.source.start.line <= lines && d.source.start.column >= 1),
          )
          .map((d) => `${d.code}@${d.source.start.line}:${d.source.start.column}`),
        silentLoss: changed.length > 0 && diagnostics.length === 0 && !c.mistake.open,
      },
      shown,
    ).toEqual({
      untouched: c.untouched ? shape(find(CLEAN, c.untouched)) : undefined,
      damagedRead: c.damaged.length,
      internal: [],
      unplaced: [],
      silentLoss: false,
    });
    if (c.mistake.same) expect(changed, shown).toEqual([]);
  });
});

/** What the matrix found: each fix on one small page. */
describe('general reader: vendors’ mistakes the matrix found', () => {
  it('should report a code fence left open before the next fenced sample, at its opening line', () => {
    const text = ['## List books', '`GET /books`', '```', '## Add a book', '`POST /books`', '```json\n{"id": "bk_2"}\n```'].join('\n\n');
    const result = read(text);
    expect(routesOf(result)).toEqual(['GET /books']);
    expect(result.diagnostics.map((d) => [d.code, d.source.start.line, d.source.start.column, d.message])).toEqual([
      [
        'unclosed-fence',
        5,
        1,
        'this code fence is not closed before line 11, which opens another one, so markdown reads lines 6–13 as one code block: their headings, request lines and tables were not read; close it with a line of 3 backticks',
      ],
    ]);
  });

  it("should not report two closed fences a reader reads as one answer (an answer's headers and status, then its JSON)", () => {
    // rspec_api_documentation's markdown template writes its response so.
    const result = read(
      [
        '## Add a book',
        '`POST /books`',
        '### Response',
        '```\nContent-Type: application/json\n201 Created\n```',
        '```json\n{"id": "bk_1"}\n```',
      ].join('\n\n'),
    );
    expect(routesOf(result)).toEqual(['POST /books']);
    expect(result.fragment?.operations[0]?.responses.map((r) => r.status)).toEqual(['201']);
    expect(result.diagnostics.filter((d) => d.code === 'unclosed-fence')).toEqual([]);
  });

  it('should report a bare fence left open to the end of the page over a heading, and not a sample left open at the end', () => {
    const open = read(['## List books', '`GET /books`', '```', '## Add a book', '`POST /books`'].join('\n\n'));
    expect(open.diagnostics.map((d) => [d.code, d.source.start.line])).toEqual([['unclosed-fence', 5]]);
    const sample = read(['## List books', '`GET /books`', '```json\n{"id": "bk_1"}'].join('\n\n'));
    expect(sample.diagnostics).toEqual([]);
  });

  it('should read no row of a header written again mid-table, with a note at it', () => {
    const result = read(
      [
        '## List books',
        '`GET /books`',
        '### Query parameters',
        `${TABLE_HEAD}\n| \`limit\` | integer | no | How many. |\n| Name | Type | Required | Description |\n| \`cursor\` | string | no | Where. |`,
      ].join('\n\n'),
    );
    expect(result.fragment?.operations[0]?.parameters.map((p) => p.name)).toEqual(['limit', 'cursor']);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.source.start.line])).toEqual([['malformed-row', 'info', 10]]);
  });

  it('should report the text of a row past its last column (an unescaped `|`) at the first cell dropped', () => {
    const result = read(
      ['## List books', '`GET /books`', '### Query parameters', `${TABLE_HEAD}\n| \`limit\` | integer | no | One of a | b. |`].join('\n\n'),
    );
    expect(result.fragment?.operations[0]?.parameters.map((p) => p.description)).toEqual(['One of a']);
    expect(result.diagnostics.map((d) => [d.code, d.source.start.line, d.source.start.column, d.message])).toEqual([
      [
        'malformed-row',
        9,
        37,
        'table row has 5 cells for 4 columns; the text past the last column was not read (a `|` in a cell is written `\\|`)',
      ],
    ]);
  });

  it('should report rows of pipes with no delimiter row as a table markdown does not read', () => {
    const result = read(
      ['## List books', '`GET /books`', '### Query parameters', '| Name | Type | Description |\n| `limit` | integer | How many. |'].join(
        '\n\n',
      ),
    );
    expect(result.diagnostics.map((d) => [d.code, d.source.start.line, d.source.start.column])).toEqual([['malformed-table', 7, 1]]);
  });
});
