import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Heading, Nodes, Root, Table } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { checkDocument } from '../../../src/document/check-document.js';
import { dtoReader } from '../../../src/readers/dto/index.js';
import { readerFor } from '../../../src/readers/index.js';
import { reasonOf } from '../../helpers/detection.js';
import { SHARED_DIR } from '../../helpers/temp-dir.js';
import { positionMismatches } from '../helppage/position-check.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const SEED = path.join(SHARED_DIR, 'seeds/004_f535f90aad553d19.txt');
const fixture = (name: string) => ({ file: `Widget/${name}`, text: readFileSync(path.join(FIXTURES, name), 'utf8') });

function read(page: { file: string; text: string }): { root: Root; diagnostics: DiagnosticBag } {
  const diagnostics = new DiagnosticBag();
  return { root: dtoReader.read(page, diagnostics), diagnostics };
}

const plain = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as Nodes[]).map(plain).join('') : '';
const rowsOf = (table: Table): string[][] => table.children.map((row) => row.children.map(plain));
const outline = (root: Root): string[] =>
  root.children
    .filter((node): node is Heading => node.type === 'heading')
    .map((heading) => [heading.data?.section, heading.data?.name, heading.data?.typeText].filter((part) => part !== undefined).join(':'));
function tableAfter(root: Root, section: string, index = 0): Table {
  const at = root.children.filter((node) => node.type === 'heading' && node.data?.section === section)[index];
  return root.children.slice(root.children.indexOf(at as Heading) + 1).find((node): node is Table => node.type === 'table')!;
}

describe('dtoReader', () => {
  it('should be registered as the `dto` dialect', () => {
    expect(dtoReader.id).toBe('dto');
    expect(readerFor('dto')).toBe(dtoReader);
  });

  describe('detect', () => {
    it('should recognise a DTO page by Route/Method and its sections', () => {
      expect(reasonOf(dtoReader.detect(fixture('put-widget.txt')))).toContain('`Route:` and `Method:`');
    });

    it.each([
      ['DocFX markdown', '---\ntitle: GET A\n---\n\n# GET A\n\n```http\nGET /api/A\n```\n'],
      ['a Help Page', 'GET api/A\nRequest Information\nURI Parameters\nNone.\nBody Parameters\nNone.\n'],
      ['Route and Method without DTO sections', 'Route: /api/A\nMethod: GET\n\nSome prose.\n'],
      ['a DTO section without Route', 'Method: GET\nRequest Arguments\n'],
      ['an empty page', ''],
    ])('should not claim %s', (_name, text) => {
      expect(dtoReader.detect({ file: 'a.txt', text })).toBeUndefined();
    });
  });

  describe('read (fixture put-widget.txt)', () => {
    const page = fixture('put-widget.txt');
    const { root, diagnostics } = read(page);

    it('should give the whole tree, positions included', async () => {
      await expect(`${JSON.stringify(root, null, 1)}\n`).toMatchFileSnapshot('fixtures/put-widget.tree.json');
    });

    it('should name every section and keep page facts', () => {
      expect(outline(root)).toEqual([
        'operation:Widgets / Save',
        'path-parameters',
        'parameters',
        'responses',
        'response-body:DTO_widget',
        'type-definition:DTO_widget',
        'type-definition:DTO_part',
        'enum-definition:part_kind:integer',
      ]);
      expect(root.data).toEqual({
        dialect: 'dto',
        page: {
          title: 'Widgets / Save',
          minimumRole: 'USER',
          extensions: { 'x-authorisation': 'Minimum role: USER', 'x-response-wrapper': 'DTO_response_wrap' },
        },
      });
      expect(diagnostics.items).toEqual([]);
    });

    it('should make the request line from Method and Route, constraints kept for the extractor', () => {
      const code = root.children.find((node): node is Code => node.type === 'code')!;
      expect(code).toMatchObject({ lang: 'http', value: 'PUT /api/{tenant:minlength(2)}/v{version:apiVersion}/widgets/{widget_id:int}' });
      expect(code.position?.start.line).toBe(5);
      expect(code.position?.end.line).toBe(7);
    });

    it('should split the arguments: route ones to path, the rest with their Source', () => {
      expect(rowsOf(tableAfter(root, 'path-parameters'))).toEqual([
        ['Name', 'Type', 'Source'],
        ['widget_id', 'Int32', ''],
      ]);
      expect(rowsOf(tableAfter(root, 'parameters'))).toEqual([
        ['Name', 'Type', 'Source'],
        ['$select', 'String', 'Query'],
        ['widget', 'DTO_widget', 'Body'],
      ]);
    });

    it('should read statuses from both status lines', () => {
      expect(rowsOf(tableAfter(root, 'responses'))).toEqual([
        ['Response', 'Description'],
        ['200', 'OK'],
        ['400', 'BadRequest'],
        ['404', 'NotFound'],
      ]);
    });

    it('should split DTO and ENUM rows by the grammar', () => {
      expect(rowsOf(tableAfter(root, 'type-definition'))).toEqual([
        ['Name', 'Type', 'ReadOnly', 'Description'],
        ['id', 'Int32', 'ReadOnly', 'Id'],
        ['name', 'String', '', 'Name'],
        ['parts', 'DTO_part[]', '', 'Parts'],
        ['kind', 'ENUM part_kind', '', 'Kind'],
      ]);
      expect(rowsOf(tableAfter(root, 'enum-definition'))).toEqual([
        ['Value', 'Name', 'Description'],
        ['0', 'SMALL', 'SMALL'],
        ['1', 'LARGE', 'LARGE, the big ones'],
      ]);
    });

    it('should point every text node at its own text (the synthesised status header aside)', () => {
      expect(positionMismatches(root, page.text)).toEqual(['text "Description" sits on "Response status"']);
    });

    it('should satisfy the document contract', () => {
      const bag = new DiagnosticBag();
      checkDocument(root, page.file, bag);
      expect(bag.items).toEqual([]);
    });

    it('should keep positions right with CRLF line ends and indented rows', () => {
      const text = page.text.replace(/\n/g, '\r\n').replace('idInt32ReadOnlyId', '  idInt32ReadOnlyId');
      const again = read({ file: page.file, text }).root;
      expect(outline(again)).toEqual(outline(root));
      expect(positionMismatches(again, text)).toEqual(['text "Description" sits on "Response status"']);
    });
  });

  describe('diagnostics', () => {
    const page = (rows: string) =>
      `Widgets / Get\n\nRoute: /api/widgets\n\nMethod: GET\n\nResponse object\n\nResponse status: 200 (OK)\n\nDTO_widget\nNameTypeReadOnlyDescription\n${rows}`;

    it('should report a row the grammar cannot split, with its line, and keep the others', () => {
      const { root, diagnostics } = read({ file: 'a.txt', text: page('idInt32Id\nthis row has no type\nnameStringName\n') });
      expect(diagnostics.items.map((d) => [d.code, d.source.start.line])).toEqual([['malformed-row', 14]]);
      expect(rowsOf(tableAfter(root, 'type-definition')).map((row) => row[0])).toEqual(['Name', 'id', 'name']);
    });

    it('should report an enum row whose description does not repeat its name', () => {
      const text = 'Widgets / Get\n\nRoute: /api/widgets\n\nMethod: GET\n\nENUM kind\nValueNameDescription\n0SMALLSMALL\n1LARGEAll big\n';
      const { diagnostics } = read({ file: 'a.txt', text });
      expect(diagnostics.items.map((d) => [d.code, d.source.start.line])).toEqual([['malformed-row', 10]]);
    });

    it.each([
      ['no Route', 'Widgets / Get\n\nMethod: GET\n\nResponse object\n', '`Route:`'],
      ['no Method', 'Widgets / Get\n\nRoute: /api/a\n\nResponse object\n', '`Method:`'],
      ['an unknown method', 'Widgets / Get\n\nRoute: /api/a\n\nMethod: FETCH\n\nResponse object\n', 'FETCH'],
    ])('should report a page with %s', (_name, text, message) => {
      const { diagnostics } = read({ file: 'a.txt', text });
      expect(diagnostics.items.map((d) => d.code)).toEqual(['missing-request-line']);
      expect(diagnostics.items[0]?.message).toContain(message);
    });

    it('should make unplaced lines an unknown section', () => {
      const { root } = read({ file: 'a.txt', text: `${page('idInt32Id\n')}\nA footer\nmore footer\n` });
      expect(outline(root).at(-1)).toBe('unknown:A footer');
    });

    it('should read a sample when one follows its label', () => {
      const text =
        'Widgets / Get\n\nRoute: /api/a\n\nMethod: GET\n\nResponse object\n\nResponse status: 200 (OK)\n\n  Response body example\n{\n  "id": 1\n}\n';
      const { root } = read({ file: 'a.txt', text });
      const code = root.children.filter((node): node is Code => node.type === 'code').at(-1);
      expect(outline(root)).toContain('sample-response');
      expect(code).toMatchObject({ lang: 'json', value: '{\n  "id": 1\n}' });
    });
  });

  describe('hostile input', () => {
    it.each([
      ['binary junk', '\u0000\u0001\u0002\uFFFD\u0007'.repeat(200)],
      ['a huge line', `Route: /a\nMethod: GET\nResponse object\nDTO_x\nNameTypeReadOnlyDescription\n${'a'.repeat(1_000_000)}String\n`],
      ['a huge enum row', `Route: /a\nMethod: GET\nENUM x\nValueNameDescription\n1${'A'.repeat(1_000_000)}\n`],
      ['a huge row of capitals', `Route: /a\nMethod: GET\nDTO_x\nNameTypeReadOnlyDescription\nx${'String'.repeat(200_000)}\n`],
      ['a huge DTO type run', `Route: /a\nMethod: GET\nDTO_x\nNameTypeReadOnlyDescription\nxDTO_${'a'.repeat(1_000_000)}\n`],
      ['a huge argument row', `Route: /a\nMethod: GET\nRequest Arguments\nName Type Source\nx${'Int32'.repeat(200_000)}Query\n`],
      ['unbalanced route braces', 'Route: /api/{a:regex(^\\d{3$)/b\nMethod: GET\nResponse object\n'],
      ['a header with no rows', 'Route: /a\nMethod: GET\nRequest Arguments\nName Type Source'],
      ['an empty page', ''],
    ])('should not throw on %s', (_name, text) => {
      expect(() => read({ file: 'a.txt', text })).not.toThrow();
    });
  });
});

describe.skipIf(!existsSync(SEED))('dtoReader on seed 004', () => {
  // Read when the tests run, not when they are collected (a fresh clone has no ../shared).
  let root: ReturnType<typeof read>['root'];
  let diagnostics: ReturnType<typeof read>['diagnostics'];
  let page: { file: string; text: string };
  beforeAll(() => {
    page = { file: 'seed-004.txt', text: readFileSync(SEED, 'utf8') };
    ({ root, diagnostics } = read(page));
  });

  it('should read the Create conversation page without a diagnostic', () => {
    expect(diagnostics.items).toEqual([]);
    expect(outline(root).slice(0, 5)).toEqual([
      'operation:Ticket conversations / Create',
      'path-parameters',
      'parameters',
      'responses',
      'response-body:DTO_ticket_conversation[]',
    ]);
    expect(outline(root).filter((line) => line.startsWith('type-definition'))).toHaveLength(9);
    expect(outline(root).filter((line) => line.startsWith('enum-definition'))).toEqual([
      'enum-definition:attachment_status:integer',
      'enum-definition:email_address_direction:integer',
      'enum-definition:ticket_conversation_type:integer',
    ]);
    expect(root.data?.page?.minimumRole).toBe('USER');
    expect(rowsOf(tableAfter(root, 'type-definition'))[2]).toEqual(['created_by', 'DTO_reference_user', 'ReadOnly', 'Created by']);
    expect(rowsOf(tableAfter(root, 'enum-definition', 1))[4]).toEqual(['3', 'CC', 'CC']);
    expect(positionMismatches(root, page.text)).toEqual(['text "Description" sits on "Response status"']);
  });
});
