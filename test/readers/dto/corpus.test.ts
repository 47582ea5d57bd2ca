import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Heading, Nodes, Root, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { checkDocument } from '../../../src/document/check-document.js';
import { extractPage } from '../../../src/extract/index.js';
import { detectDialect } from '../../../src/readers/detect-dialect.js';
import { dtoReader } from '../../../src/readers/dto/index.js';
import { SHARED_DIR } from '../../helpers/temp-dir.js';

const CORPUS = path.join(SHARED_DIR, 'corpus/dto');

interface Entry {
  file: string;
  method: string;
  truth_path: string;
}

type Json = Record<string, unknown>;
const plain = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as Nodes[]).map(plain).join('') : '';
const BASE: Record<string, Json> = {
  String: { type: 'string' },
  Int32: { type: 'integer', format: 'int32' },
  Int64: { type: 'integer', format: 'int64' },
  Boolean: { type: 'boolean' },
  DateTime: { type: 'string', format: 'date-time' },
  Double: { type: 'number', format: 'double' },
  Object: { type: 'object' },
};
/** The truth's OpenAPI schema for a DTO type token (what a perfect split must give). */
function openApiOf(type: string): Json {
  if (type.endsWith('[]')) return { type: 'array', items: openApiOf(type.slice(0, -2)) };
  if (type.startsWith('DTO_')) return { $ref: `#/components/schemas/${type}` };
  if (type.startsWith('ENUM ')) return { $ref: `#/components/schemas/${type.slice(5)}` };
  return BASE[type] ?? { unknown: type };
}

function sections(root: Root): Array<{ heading: Heading; table?: Table }> {
  const out: Array<{ heading: Heading; table?: Table }> = [];
  for (const node of root.children) {
    if (node.type === 'heading') out.push({ heading: node });
    else if (node.type === 'table' && out.length > 0 && !out[out.length - 1]!.table) out[out.length - 1]!.table = node;
  }
  return out;
}

describe.skipIf(!existsSync(CORPUS))('dtoReader on the DTO corpus', () => {
  const manifest = existsSync(CORPUS) ? (JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as Entry[]) : [];
  const truth = existsSync(CORPUS) ? JSON.parse(readFileSync(path.join(CORPUS, 'truth.json'), 'utf8')) : {};
  const pages = manifest.map((entry) => {
    const page = { file: entry.file, text: readFileSync(path.join(CORPUS, 'docs', entry.file), 'utf8') };
    const diagnostics = new DiagnosticBag();
    return { entry, page, root: dtoReader.read(page, diagnostics), diagnostics };
  });

  it('should detect every page as dto and split every row (no malformed-row)', () => {
    expect(pages.length).toBe(159);
    for (const { page, diagnostics, root } of pages) {
      expect(detectDialect(page)?.id, page.file).toBe('dto');
      checkDocument(root, page.file, diagnostics);
      expect(diagnostics.items, page.file).toEqual([]);
    }
  });

  it('should give every manifest operation to the extractor', () => {
    for (const { entry, root } of pages) {
      const fragment = extractPage(root, { file: entry.file, dialect: 'dto' }, new DiagnosticBag());
      expect([fragment?.operations[0]?.method, fragment?.operations[0]?.path], entry.file).toEqual([entry.method, entry.truth_path]);
    }
  });

  it('should split every DTO row into the name, type, ReadOnly flag and description the truth has', () => {
    let rows = 0;
    for (const { root, page } of pages) {
      for (const { heading, table } of sections(root)) {
        if (heading.data?.section !== 'type-definition') continue;
        const schema = truth.components.schemas[heading.data.name!];
        const body = table!.children.slice(1).map((row) => row.children.map(plain));
        expect(
          body.map((row) => row[0]),
          `${page.file}: ${heading.data.name}`,
        ).toEqual(Object.keys(schema.properties));
        for (const [name, type, readOnly, description] of body) {
          const { description: want, readOnly: wantReadOnly, ...shape } = schema.properties[name!];
          expect({ name, shape: openApiOf(type!), readOnly: readOnly === 'ReadOnly', description }).toEqual({
            name,
            shape,
            readOnly: Boolean(wantReadOnly),
            description: want ?? '',
          });
          rows++;
        }
      }
    }
    expect(rows).toBe(10_791);
  });

  it('should split every ENUM row into value, NAME and description', () => {
    let tables = 0;
    for (const { root } of pages) {
      for (const { heading, table } of sections(root)) {
        if (heading.data?.section !== 'enum-definition') continue;
        const schema = truth.components.schemas[heading.data.name!];
        const rows = table!.children.slice(1).map((row) => row.children.map(plain));
        expect(rows.map((row) => Number(row[0]))).toEqual(schema.enum);
        expect(rows.map((row) => row[1])).toEqual(schema['x-enum-varnames']);
        expect(rows.map((row) => row[2])).toEqual(schema['x-enum-descriptions']);
        tables++;
      }
    }
    expect(tables).toBe(569);
  });

  it('should split every argument as the truth has it (path, query, body)', () => {
    for (const { root, entry } of pages) {
      const operation = truth.paths[entry.truth_path][entry.method];
      for (const { heading, table } of sections(root)) {
        const section = heading.data?.section;
        if (section !== 'parameters' && section !== 'path-parameters') continue;
        for (const [name, type, source] of table!.children.slice(1).map((row) => row.children.map(plain))) {
          if (source === 'Body') {
            expect(operation.requestBody['x-name'], entry.file).toBe(name);
            expect(operation.requestBody.content['application/json'].schema).toEqual(openApiOf(type!));
            continue;
          }
          const parameter = operation.parameters.find((p: { name: string }) => p.name === name);
          expect(parameter?.in, `${entry.file}: ${name}`).toBe(section === 'path-parameters' ? 'path' : source!.toLowerCase());
          expect(parameter.schema).toEqual(openApiOf(type!));
        }
      }
    }
  });
});
