import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Heading, Root, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { checkDocument } from '../../../src/document/check-document.js';
import { docfxReader } from '../../../src/readers/docfx/index.js';
import { classifyHeading } from '../../../src/readers/docfx/sections.js';
import { reasonOf } from '../../helpers/detection.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => ({ file: `Widget/${name}`, text: readFileSync(path.join(FIXTURES, name), 'utf8') });

function read(page: { file: string; text: string }): { root: Root; diagnostics: DiagnosticBag } {
  const diagnostics = new DiagnosticBag();
  return { root: docfxReader.read(page, diagnostics), diagnostics };
}

const headings = (root: Root) => root.children.filter((node): node is Heading => node.type === 'heading');

describe('docfxReader.detect', () => {
  it.each([
    ['front matter with uid', '---\nuid: a_b\n---\n\n# x\n', 'front matter'],
    [
      'an index page: a title after other keys, and its base path',
      '---\ngenerated: true\ntitle: A\n---\n\n```http\n/api/A\n```\n',
      'title',
    ],
    ['a METHOD heading followed by an http block', '# GET Widget\n\n```http\nGET /api/Widget\n```\n', 'heading'],
    ['a Path Part table', 'text\n\n| Path Part | Type | Description |\n|---|---|---|\n', 'table'],
    ['a Property Name table', '| Property Name | Type |  Description |\n|---|---|---|\n', 'table'],
  ])('should recognise %s', (_name, text, reason) => {
    expect(reasonOf(docfxReader.detect({ file: 'a.md', text }))).toContain(reason);
  });

  it.each([
    ['plain scraped text', 'PUT TicketMessage/{id}\nPath Part Type Description\nid int32 The id Required\n'],
    ['a help page table', 'Name | Description | Type | Additional information |\n---|---|---|---|\n'],
    ['an empty page', ''],
    // A path alone in an ```http fence is an example call on any page: DocFX's base path only on its index page.
    ['an example call alone in an http fence', '## Pause loans\n\nExample:\n\n```http\n/api/loans/pause\n```\n'],
    ['an example URL with a query under a title', '---\ntitle: Loans\n---\n\n## Pause loans\n\n```http\n/api/loans/pause?ids=12|34\n```\n'],
    // Every static site generator writes a title: alone it says nothing of DocFX.
    ['front matter with a title alone', '---\ngenerated: true\ntitle: GET A\n---\n'],
    [
      'a Microsoft Learn page (title front matter, `## HTTP request`)',
      '---\ntitle: "Get user"\ndoc_type: apiPageType\n---\n\n# Get user\n\n## HTTP request\n\n```http\nGET /users/{id}\n```\n',
    ],
    [
      'a Slate page',
      '---\ntitle: API Reference\nlanguage_tabs:\n  - shell\n---\n\n## Get All Kittens\n\n`GET http://example.com/api/kittens`\n',
    ],
  ])('should not claim %s', (_name, text) => {
    expect(docfxReader.detect({ file: 'a.txt', text })).toBeUndefined();
  });
});

describe('classifyHeading', () => {
  const heading = (depth: 1 | 2 | 3, value: string): Heading => ({ type: 'heading', depth, children: [{ type: 'text', value }] });
  it.each([
    [1, 'PUT TicketMessage/{id}', { section: 'operation', name: 'PUT TicketMessage/{id}' }],
    [2, 'Query String Parameters', { section: 'query-parameters' }],
    [2, 'Request Headers', { section: 'request-headers' }],
    [2, 'Request Body: entity', { section: 'request-body', name: 'entity' }],
    [2, 'Request Body: changes string', { section: 'request-body', name: 'changes', typeText: 'string' }],
    [2, 'Request Body: image binary', { section: 'request-body', name: 'image', typeText: 'binary' }],
    [2, 'Response:', { section: 'responses' }],
    [2, 'Response:array', { section: 'responses', typeText: 'array' }],
    [3, 'Response body: TicketMessageEntity', { section: 'response-body', typeText: 'TicketMessageEntity' }],
    [3, 'Response body: int32', { section: 'response-body', typeText: 'int32' }],
    [2, 'Sample request', { section: 'sample-request' }],
    [2, 'Sample response', { section: 'sample-response' }],
    [2, 'Filter Operators: ##', { section: 'notes' }],
    [2, 'Remarks for the curious', { section: 'unknown', name: 'Remarks for the curious' }],
  ] as const)('should read depth %i "%s"', (depth, text, want) => {
    expect(classifyHeading(heading(depth, text))).toEqual(want);
  });
});

describe('docfxReader.read', () => {
  it('should annotate every section heading and mark the document docfx with page facts', () => {
    const { root, diagnostics } = read(fixture('endpoint.md'));
    expect(diagnostics.items).toEqual([]);
    expect(root.data?.dialect).toBe('docfx');
    expect(root.data?.page).toEqual({ title: 'PUT Widget/{id}', operationId: 'v1Widget_PutWidget' });
    expect(headings(root).map((h) => [h.depth, h.data?.section, h.data?.name, h.data?.typeText])).toEqual([
      [1, 'operation', 'PUT Widget/{id}', undefined],
      [2, 'path-parameters', undefined, undefined],
      [2, 'query-parameters', undefined, undefined],
      [2, 'notes', undefined, undefined],
      [2, 'request-headers', undefined, undefined],
      [2, 'request-body', 'entity', undefined],
      [2, 'responses', undefined, undefined],
      [3, 'response-body', undefined, 'WidgetEntity'],
      [2, 'sample-request', undefined, undefined],
      [2, 'sample-response', undefined, undefined],
    ]);
  });

  it('should put a synthetic path-parameters heading, without position, right before the Path Part table', () => {
    const { root } = read(fixture('endpoint.md'));
    const index = root.children.findIndex((node) => node.type === 'heading' && node.data?.section === 'path-parameters');
    const synthetic = root.children[index] as Heading;
    expect(synthetic.position).toBeUndefined();
    const table = root.children[index + 1] as Table;
    expect(table.type).toBe('table');
    expect(table.position?.start).toEqual({ line: 16, column: 1, offset: expect.any(Number) });
    expect(table.position?.end.line).toBe(18);
  });

  it('should keep real positions on headings, tables and code', () => {
    const { root } = read(fixture('endpoint.md'));
    const title = headings(root)[0]!;
    expect(title.position?.start).toEqual({ line: 6, column: 1, offset: 56 });
    const requestLine = root.children.find((node): node is Code => node.type === 'code')!;
    expect(requestLine.position?.start.line).toBe(8);
    expect(requestLine.value).toBe('PUT /api/v1/Widget/{id}');
    const responseBody = headings(root).find((h) => h.data?.section === 'response-body')!;
    expect(responseBody.position?.start).toMatchObject({ line: 63, column: 1 });
  });

  it('should turn ```http! and ```http_ sample fences into lang http', () => {
    const { root } = read(fixture('endpoint.md'));
    const langs = root.children.filter((node): node is Code => node.type === 'code').map((code) => code.lang);
    expect(langs).toEqual(['http', 'http', 'http', 'http']);
  });

  it('should fold a row continued on the next line into the row above', () => {
    const { root } = read(fixture('continuation.md'));
    const table = root.children.find((node): node is Table => node.type === 'table')!;
    expect(table.children).toHaveLength(3);
    const cells = table.children[1]!.children;
    expect(cells).toHaveLength(3);
    expect(cells[2]!.position?.end.line).toBe(14);
    expect(table.children[2]!.children[0]!.children[0]).toMatchObject({ type: 'text', value: 'owner.rank' });
  });

  it('should not fold rows of a table written without outer pipes', () => {
    const { root } = read({ file: 'p.md', text: 'Name | Type\n--- | ---\na | int32\nb | string\n' });
    const table = root.children.find((node): node is Table => node.type === 'table')!;
    expect(table.children).toHaveLength(3);
  });

  it('should report invalid YAML front matter and go on', () => {
    const { root, diagnostics } = read({ file: 'bad.md', text: '---\ntitle: [unclosed\n---\n\n# GET A\n\n```http\nGET /a\n```\n' });
    expect(diagnostics.items.map((d) => [d.code, d.source.start.line])).toEqual([['invalid-front-matter', 1]]);
    expect(root.data?.page).toEqual({});
    expect(headings(root)).toHaveLength(1);
  });

  it.each([
    ['the endpoint page', 'endpoint.md'],
    ['the index page', 'index-page.md'],
    ['a continued row', 'continuation.md'],
  ])('should produce a document that passes checkDocument for %s', (_name, name) => {
    const { root } = read(fixture(name));
    const diagnostics = new DiagnosticBag();
    checkDocument(root, name, diagnostics);
    expect(diagnostics.items).toEqual([]);
  });

  it.each([
    ['empty text', ''],
    ['binary junk', '\u0000\u0001\u00ff\ufffd|||\n|---|\n\u0000'],
    ['only a front matter fence', '---\n'],
    ['a table with no body', '| Path Part |\n|---|\n'],
    ['a thousand pipes', '|'.repeat(1000)],
  ])('should read %s without throwing', (_name, text) => {
    const { root } = read({ file: 'junk.md', text });
    const diagnostics = new DiagnosticBag();
    checkDocument(root, 'junk.md', diagnostics);
    expect(diagnostics.items).toEqual([]);
  });
});
