import type { Root, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { checkDocument } from '../../src/document/check-document.js';

const at = (line: number) => ({ start: { line, column: 1, offset: line * 10 }, end: { line, column: 9, offset: line * 10 + 8 } });

function table(position: boolean, rows: string[][]): Table {
  return {
    type: 'table',
    ...(position ? { position: at(5) } : {}),
    children: rows.map((cells) => ({
      type: 'tableRow',
      children: cells.map((value) => ({ type: 'tableCell', children: [{ type: 'text', value }] })),
    })),
  };
}

function doc(children: Root['children'], dialect: string | null = 'docfx'): Root {
  return { type: 'root', children, ...(dialect ? { data: { dialect } } : {}) };
}

function check(root: Root): Array<[string, string, number]> {
  const diagnostics = new DiagnosticBag();
  checkDocument(root, 'page.md', diagnostics);
  return diagnostics.items.map((d) => [d.code, d.message, d.source.start.line]);
}

describe('checkDocument', () => {
  it('should accept a well-formed document, synthetic headings without positions included', () => {
    const root = doc([
      { type: 'heading', depth: 1, position: at(1), children: [{ type: 'text', value: 'GET A' }], data: { section: 'operation' } },
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Path Parameters' }], data: { section: 'path-parameters' } },
      table(true, [
        ['Path Part', 'Type'],
        ['id', 'int32'],
      ]),
    ]);
    expect(check(root)).toEqual([]);
  });

  it.each([
    ['no dialect', doc([], null), 'the reader did not set root.data.dialect'],
    [
      'a depth-2 heading without section',
      doc([{ type: 'heading', depth: 2, position: at(3), children: [] }]),
      'heading of depth 2 has no data.section',
    ],
    [
      'an unknown section kind',
      doc([{ type: 'heading', depth: 2, position: at(3), children: [], data: { section: 'bogus' as never } }]),
      'heading has an unknown data.section "bogus"',
    ],
    ['a table without position', doc([table(false, [['Name']])]), 'table has no position'],
    ['a table without header row', doc([table(true, [])]), 'table has no header row'],
    ['a header row without cells', doc([table(true, [[]])]), 'table has no header row'],
  ])('should report %s as invalid-document', (_name, root, message) => {
    const found = check(root);
    expect(found.map(([code]) => code)).toEqual(['invalid-document']);
    expect(found[0]![1]).toBe(message);
  });

  it('should report rowLines that do not match the body rows', () => {
    const bad = table(true, [['Name'], ['a'], ['b']]);
    bad.data = { rowLines: [6] };
    expect(check(doc([bad]))).toEqual([['invalid-document', 'table data.rowLines has 1 lines for 2 body rows', 5]]);
  });

  it('should place a violation inside an unpositioned node at the nearest positioned ancestor', () => {
    const list: Root['children'][number] = {
      type: 'list',
      position: at(7),
      children: [{ type: 'listItem', children: [{ type: 'heading', depth: 3, children: [] }] }],
    };
    expect(check(doc([list]))).toEqual([['invalid-document', 'heading of depth 3 has no data.section', 7]]);
  });

  it('should accept statuses on sample-response headings only, and request lines with a path', () => {
    const heading = (section: string, status?: string) =>
      ({
        type: 'heading',
        depth: 2,
        children: [],
        position: at(3),
        data: { section, ...(status ? { status } : {}) },
      }) as Root['children'][number];
    const line = (value: string) => ({ type: 'code', lang: 'http', meta: null, value, position: at(2) }) as Root['children'][number];
    expect(check(doc([line('GET /a'), line('POST /b'), heading('sample-response', '201'), heading('sample-response', '2XX')]))).toEqual([]);
    expect(check(doc([line('GET nowhere'), heading('notes', '200'), heading('sample-response', 'OK')]))).toEqual([
      ['invalid-document', 'a notes heading carries data.status (only sample-response and response-body headings may)', 3],
      ['invalid-document', 'heading data.status "OK" is not a status code', 3],
      ['invalid-document', 'request line "GET nowhere" has no path starting with /', 2],
    ]);
  });
});
