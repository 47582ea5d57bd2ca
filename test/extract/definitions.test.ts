import type { Root, RootContent, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import type { SectionKind } from '../../src/document/types.js';
import { extractPage } from '../../src/extract/index.js';
import { withoutSources } from './helpers.js';

const pos = (line: number) => ({ start: { line, column: 1, offset: line * 10 }, end: { line, column: 5, offset: line * 10 + 4 } });

function table(line: number, rows: string[][]): Table {
  return {
    type: 'table',
    position: pos(line),
    children: rows.map((cells) => ({
      type: 'tableRow' as const,
      children: cells.map((value) => ({ type: 'tableCell' as const, children: value ? [{ type: 'text' as const, value }] : [] })),
    })),
  };
}

function section(kind: SectionKind, name: string, line: number, rows: string[][]): RootContent[] {
  return [
    { type: 'heading', depth: 3, position: pos(line), children: [{ type: 'text', value: name }], data: { section: kind, name } },
    table(line + 1, rows),
  ];
}

function extract(...sections: RootContent[][]) {
  const root: Root = {
    type: 'root',
    data: { dialect: 'test' },
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: 'POST X' }], data: { section: 'operation' } },
      { type: 'code', lang: 'http', value: 'POST /x' },
      ...sections.flat(),
    ],
  };
  const diagnostics = new DiagnosticBag();
  const fragment = extractPage(root, { file: 'x.txt', dialect: 'test' }, diagnostics);
  return { schemas: withoutSources(fragment!.schemas), diagnostics };
}

describe('type and enum definitions', () => {
  it('should read a type-definition table as a documented named object', () => {
    const { schemas, diagnostics } = extract(
      section('type-definition', 'DTO_contact', 10, [
        ['Name', 'Type', 'ReadOnly', 'Description'],
        ['user_id', 'Int32', '', 'User id'],
        ['email', 'String', 'ReadOnly', 'Email'],
      ]),
    );
    expect(diagnostics.items).toEqual([]);
    expect(schemas).toEqual([
      {
        name: 'DTO_contact',
        origin: 'documented',
        schema: {
          kind: 'object',
          properties: [
            { name: 'user_id', schema: { kind: 'integer', format: 'int32' }, required: false, description: 'User id' },
            { name: 'email', schema: { kind: 'string', readOnly: true }, required: false, description: 'Email' },
          ],
        },
      },
    ]);
  });

  it('should read a Value-first enum table as an integer enum with member names', () => {
    const { schemas } = extract(
      section('enum-definition', 'attachment_status', 20, [
        ['Value', 'Name', 'Description'],
        ['0', 'UNKNOWN', 'UNKNOWN'],
        ['1', 'UNAVAILABLE', 'UNAVAILABLE, processing in progress'],
      ]),
    );
    expect(schemas[0]!.schema).toEqual({
      kind: 'enum',
      base: 'integer',
      values: [
        { value: 0, name: 'UNKNOWN' },
        { value: 1, name: 'UNAVAILABLE', description: 'UNAVAILABLE, processing in progress' },
      ],
    });
  });

  it('should read a Name-first enum table as a string enum of the names, numbers kept as x-enum-values', () => {
    const { schemas } = extract(
      section('enum-definition', 'ContactMode', 30, [
        ['Name', 'Value', 'Description'],
        ['Slim', '0', ''],
        ['Full', '2', 'Everything'],
      ]),
    );
    expect(schemas[0]!.schema).toEqual({
      kind: 'enum',
      base: 'string',
      values: [{ value: 'Slim' }, { value: 'Full', description: 'Everything' }],
      extensions: { 'x-enum-values': [0, 2] },
    });
  });

  it('should skip a definition without a name, with a warning', () => {
    const { schemas, diagnostics } = extract(
      section('type-definition', '', 40, [
        ['Name', 'Type'],
        ['a', 'string'],
      ]),
    );
    expect(schemas).toEqual([]);
    expect(diagnostics.items.map((d) => [d.code, d.severity])).toEqual([['malformed-table', 'warning']]);
  });
});
