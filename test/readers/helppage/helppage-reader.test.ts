import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Heading, Nodes, Root, Table, TableCell } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { checkDocument } from '../../../src/document/check-document.js';
import { helppageReader } from '../../../src/readers/helppage/index.js';
import { readerFor } from '../../../src/readers/index.js';
import { reasonOf } from '../../helpers/detection.js';
import { SHARED_DIR } from '../../helpers/temp-dir.js';
import { positionMismatches } from './position-check.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const SEED = path.join(SHARED_DIR, 'seeds/003_f55bdf6e46ebd7cf.txt');
const fixture = (name: string) => ({ file: `Widget/${name}`, text: readFileSync(path.join(FIXTURES, name), 'utf8') });

function read(page: { file: string; text: string }): { root: Root; diagnostics: DiagnosticBag } {
  const diagnostics = new DiagnosticBag();
  return { root: helppageReader.read(page, diagnostics), diagnostics };
}

const plain = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as Nodes[]).map(plain).join('') : '';
const cellText = (cell: TableCell): string =>
  cell.children.map((child) => (child.type === 'strong' ? '**Required**' : plain(child))).join(' ');
const rowsOf = (table: Table): string[][] => table.children.map((row) => row.children.map(cellText));
/** Headings as `section[:name][:typeText]`, the shape of the document at a glance. */
const outline = (root: Root): string[] =>
  root.children
    .filter((node): node is Heading => node.type === 'heading')
    .map((heading) => [heading.data?.section, heading.data?.name, heading.data?.typeText].filter((part) => part !== undefined).join(':'));
/** The table right after the `index`-th heading of `section`. */
function tableAfter(root: Root, section: string, index = 0): Table {
  const at = root.children.filter((node) => node.type === 'heading' && node.data?.section === section)[index];
  const rest = root.children.slice(root.children.indexOf(at as Heading) + 1);
  return rest.find((node): node is Table => node.type === 'table')!;
}

describe('helppageReader', () => {
  it('should be registered as the `helppage` dialect', () => {
    expect(helppageReader.id).toBe('helppage');
    expect(readerFor('helppage')).toBe(helppageReader);
  });

  describe('detect', () => {
    it('should recognise a Help Page by its request line and labels', () => {
      expect(reasonOf(helppageReader.detect(fixture('put-widget.txt')))).toContain('Help Page labels');
    });

    it.each([
      ['DocFX markdown', '---\ntitle: GET A\n---\n\n# GET A\n\n```http\nGET /api/A\n```\n'],
      ['a request line with a leading slash (scraped text)', 'GET /api/A\nRequest Information\nURI Parameters\nNone.\n'],
      ['a DTO page', 'Widgets / Get\n\nRoute: /api/Widget\n\nMethod: GET\n\nRequest Arguments\nName Type Source\n'],
      ['labels without a request line', 'Widgets\nRequest Information\nBody Parameters\nNone.\n'],
      ['an empty page', ''],
    ])('should not claim %s', (_name, text) => {
      expect(helppageReader.detect({ file: 'a.txt', text })).toBeUndefined();
    });
  });

  describe('read (fixture put-widget.txt)', () => {
    const page = fixture('put-widget.txt');
    const { root, diagnostics } = read(page);

    it('should give the whole tree, positions included', async () => {
      await expect(`${JSON.stringify(root, null, 1)}\n`).toMatchFileSnapshot('fixtures/put-widget.tree.json');
    });

    it('should name every section', () => {
      expect(outline(root)).toEqual([
        'operation:PUT api/v1/Widget/{id:int}?notify={notify}',
        'path-parameters',
        'query-parameters',
        'request-body:Widget',
        'sample-request',
        'responses',
        'response-body:Collection of Part',
        'sample-response',
        'enum-definition:PartKind:string',
      ]);
      expect(root.data).toEqual({
        dialect: 'helppage',
        page: { title: 'PUT api/v1/Widget/{id:int}?notify={notify}' },
        typeWords: { date: 'date-time', 'decimal number': 'number' },
      });
      expect(diagnostics.items).toEqual([]);
    });

    it('should give the request line a leading slash, drop the query and keep route constraints', () => {
      const code = root.children.find((node): node is Code => node.type === 'code')!;
      expect(code).toMatchObject({ lang: 'http', value: 'PUT /api/v1/Widget/{id:int}' });
    });

    it('should split URI parameters into path and query by the route', () => {
      expect(rowsOf(tableAfter(root, 'path-parameters'))).toEqual([
        ['Name', 'Description', 'Type', 'Additional information'],
        ['id', 'The widget id.', 'integer', '**Required**'],
      ]);
      expect(rowsOf(tableAfter(root, 'query-parameters'))).toEqual([
        ['Name', 'Description', 'Type', 'Additional information'],
        ['notify', 'Send a notification.', 'boolean', 'None.'],
      ]);
    });

    it('should split the glued body type off the header and mark (Required)', () => {
      expect(rowsOf(tableAfter(root, 'request-body'))).toEqual([
        ['Name', 'Description', 'Type', 'Additional information'],
        ['Name', '**Required** The widget name', 'string', 'None.'],
        ['Parts', '', 'Collection of Part', 'None.'],
      ]);
      const body = root.children.find((node) => node.type === 'heading' && node.data?.section === 'request-body')!;
      const description = root.children[root.children.indexOf(body) + 1]!;
      expect(plain(description)).toBe('The widget to save.');
    });

    it('should read samples as json / xml code with their media types', () => {
      const codes = root.children.filter((node): node is Code => node.type === 'code' && node.lang !== 'http');
      expect(codes.map((code) => [code.lang, code.meta, code.value])).toEqual([
        ['json', 'application/json, text/json', '{ "Name": "gear", "Parts": [] }'],
        ['xml', 'application/xml, text/xml', '<Widget><Name>gear</Name></Widget>'],
        ['json', 'application/json, text/json', '[ { "Size": 1.5, "Kind": "Small" } ]'],
      ]);
    });

    it('should answer 200 when the resource has a type, the description as written', () => {
      expect(rowsOf(tableAfter(root, 'responses'))).toEqual([
        ['Response', 'Description'],
        ['200', 'OK'],
      ]);
    });

    it('should read an enum block as Name | Value | Description', () => {
      expect(rowsOf(tableAfter(root, 'enum-definition'))).toEqual([
        ['Name', 'Value', 'Description'],
        ['Small', '0', ''],
        ['Large', '1', 'Big ones'],
      ]);
    });

    it('should point every text node at its own text (synthesised status cells aside)', () => {
      expect(positionMismatches(root, page.text)).toEqual([
        'text "Response" sits on "OK"',
        'text "Description" sits on "OK"',
        'text "200" sits on "Collection of PartName | Description | Type | Additional information |"',
      ]);
    });

    it('should satisfy the document contract', () => {
      const bag = new DiagnosticBag();
      checkDocument(root, page.file, bag);
      expect(bag.items).toEqual([]);
    });

    it('should keep positions right with CRLF line ends', () => {
      const crlf = { file: page.file, text: page.text.replace(/\n/g, '\r\n') };
      const again = read(crlf).root;
      expect(outline(again)).toEqual(outline(root));
      const problems = positionMismatches(again, crlf.text).filter((problem) => !/Response|Description|200/.test(problem));
      expect(problems).toEqual([]);
    });
  });

  describe('responses', () => {
    const page = (resource: string) =>
      `GET api/A\nRequest Information\nURI Parameters\nNone.\nBody Parameters\nNone.\nResponse Information\nResource Description\n${resource}`;
    it.each([
      ['None. → 204', 'No Content\nNone.\n', [['204', 'No Content']], undefined],
      ['a bare type line → 200 and its type', 'OK\nCollection of integer\nResponse Formats\n', [['200', 'OK']], 'Collection of integer'],
      [
        'a dictionary type',
        'OK\nDictionary of string [key] and string [value]\n',
        [['200', 'OK']],
        'Dictionary of string [key] and string [value]',
      ],
      ['a spelled-out primitive as the only line', 'globally unique identifier\n', [['200', 'OK']], 'globally unique identifier'],
      [
        'a description and no type',
        'Something happened, see the log.\nResponse Formats\n',
        [['200', 'Something happened, see the log.']],
        undefined,
      ],
      [
        'stated codes',
        'HttpStatusCode 200 OK or 400 BadRequest with Message.\nNone.\n',
        [
          ['200', 'OK'],
          ['400', 'BadRequest'],
        ],
        undefined,
      ],
    ])('should read %s', (_name, resource, statuses, typeText) => {
      const { root, diagnostics } = read({ file: 'a.txt', text: page(resource) });
      expect(rowsOf(tableAfter(root, 'responses')).slice(1)).toEqual(statuses);
      const body = root.children.find((node): node is Heading => node.type === 'heading' && node.data?.section === 'response-body');
      expect(body?.data?.typeText).toBe(typeText);
      expect(diagnostics.items).toEqual([]);
    });
  });

  describe('hostile input', () => {
    it.each([
      ['binary junk', '\u0000\u0001\u0002\uFFFD\u0007'.repeat(200)],
      ['a huge line', `GET api/A\n${'x'.repeat(1_000_000)}\n`],
      ['labels only', 'GET api/A\nRequest Information\nURI Parameters\nBody Parameters\nRequest Formats\nResponse Formats\n'],
      ['a header with no rows', 'GET api/A\nURI Parameters\nName | Description | Type | Additional information |\n'],
      ['a media type at the end', 'GET api/A\nRequest Formats\napplication/json, text/json'],
      ['an empty page', ''],
    ])('should not throw on %s', (_name, text) => {
      expect(() => read({ file: 'a.txt', text })).not.toThrow();
    });

    it('should report a page without a request line', () => {
      const { diagnostics } = read({ file: 'a.txt', text: 'Nothing here\nRequest Information\n' });
      expect(diagnostics.items.map((d) => d.code)).toEqual(['missing-request-line']);
    });

    it('should report a ragged row and keep the whole rows', () => {
      const text =
        'GET api/A\nURI Parameters\nName | Description | Type | Additional information |\n---|---|---|---|\nid |\nThe id |\ninteger |\nNone. |\nextra |\nhalf a row |\n';
      const { root, diagnostics } = read({ file: 'a.txt', text });
      expect(diagnostics.items.map((d) => [d.code, d.source.start.line, d.source.end.line])).toEqual([['malformed-row', 9, 10]]);
      expect(rowsOf(tableAfter(root, 'query-parameters')).slice(1)).toEqual([['id', 'The id', 'integer', 'None.']]);
    });

    it('should make lines that lead to no table an unknown section', () => {
      const { root } = read({ file: 'a.txt', text: 'GET api/A\nRequest Information\nURI Parameters\nNone.\nStray words\nmore words\n' });
      expect(outline(root)).toEqual(['operation:GET api/A', 'unknown:Stray words']);
    });
  });
});

describe.skipIf(!existsSync(SEED))('helppageReader on seed 003', () => {
  // Read when the tests run, not when they are collected (a fresh clone has no ../shared).
  let root: ReturnType<typeof read>['root'];
  let diagnostics: ReturnType<typeof read>['diagnostics'];
  let page: { file: string; text: string };
  beforeAll(() => {
    page = { file: 'seed-003.txt', text: readFileSync(SEED, 'utf8') };
    ({ root, diagnostics } = read(page));
  });

  it('should read the NewMessage page', () => {
    expect(outline(root)).toEqual([
      'operation:POST api/Tickets/NewMessage',
      'request-body:NewMessagePost',
      'sample-request',
      'responses',
      'response-body:NewMessageResult',
      'sample-response',
    ]);
    expect(root.children.find((node): node is Code => node.type === 'code')?.value).toBe('POST /api/Tickets/NewMessage');
    expect(rowsOf(tableAfter(root, 'request-body')).length).toBe(12);
    expect(rowsOf(tableAfter(root, 'request-body'))[1]).toEqual([
      'TicketREF',
      '**Required** The reference ID of the ticket to which add a new message. You can use TicketId instead.',
      'string',
      'None.',
    ]);
    expect(rowsOf(tableAfter(root, 'responses'))).toEqual([
      ['Response', 'Description'],
      ['200', 'OK'],
      ['400', 'BadRequest'],
    ]);
    expect(diagnostics.items).toEqual([]);
  });
});

describe('Help Page type words (issue 12: never invent)', () => {
  it('should type `integer` without a format: the Help Page writes it for every integer width', async () => {
    const { readPage } = await import('../../../src/run/read-page.js');
    const text = readFileSync(
      path.join(import.meta.dirname, '../../fixtures/example-api/helppage/docs/v2BookEntity_PutBookEntity.txt'),
      'utf8',
    );
    const operation = readPage({ file: 'put.txt', text }).fragment!.operations[0]!;
    expect(operation.parameters.find((p) => p.name === 'id')!.schema).toEqual({ kind: 'integer' });
  });
});
