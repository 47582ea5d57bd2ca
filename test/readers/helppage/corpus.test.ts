import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Heading, Nodes, Root, Table, TableCell } from 'mdast';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { checkDocument } from '../../../src/document/check-document.js';
import { extractPage } from '../../../src/extract/index.js';
import { detectDialect } from '../../../src/readers/detect-dialect.js';
import { helppageReader } from '../../../src/readers/helppage/index.js';
import { SHARED_DIR } from '../../helpers/temp-dir.js';

const CORPUS = path.join(SHARED_DIR, 'corpus/helppage');

interface Entry {
  file: string;
  method: string;
  path: string;
}

const plain = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as Nodes[]).map(plain).join('') : '';
const text = (cell: TableCell | undefined): string =>
  cell
    ? cell.children
        .filter((child) => child.type !== 'strong')
        .map(plain)
        .join('')
    : '';
const required = (cell: TableCell | undefined): boolean => Boolean(cell?.children.some((child) => child.type === 'strong'));

/** Each heading with the table that follows it in its section. */
function sections(root: Root): Array<{ heading: Heading; table?: Table }> {
  const out: Array<{ heading: Heading; table?: Table }> = [];
  for (const node of root.children) {
    if (node.type === 'heading') out.push({ heading: node });
    else if (node.type === 'table' && out.length > 0 && !out[out.length - 1]!.table) out[out.length - 1]!.table = node;
  }
  return out;
}

describe.skipIf(!existsSync(CORPUS))('helppageReader on the Help Page corpus', () => {
  const manifest = existsSync(CORPUS) ? (JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as Entry[]) : [];
  const truth = existsSync(CORPUS) ? JSON.parse(readFileSync(path.join(CORPUS, 'truth.json'), 'utf8')) : {};
  const pages = manifest.map((entry) => {
    const page = { file: entry.file, text: readFileSync(path.join(CORPUS, 'docs', entry.file), 'utf8') };
    const diagnostics = new DiagnosticBag();
    return { entry, page, root: helppageReader.read(page, diagnostics), diagnostics };
  });

  it('should detect every page as helppage and read it with no diagnostic', () => {
    expect(pages.length).toBe(159);
    for (const { page, diagnostics, root } of pages) {
      expect(detectDialect(page)?.id, page.file).toBe('helppage');
      checkDocument(root, page.file, diagnostics);
      expect(diagnostics.items, page.file).toEqual([]);
    }
  });

  it('should give every manifest operation to the extractor', () => {
    for (const { entry, root } of pages) {
      const fragment = extractPage(root, { file: entry.file, dialect: 'helppage' }, new DiagnosticBag());
      expect([fragment?.operations[0]?.method, fragment?.operations[0]?.path], entry.file).toEqual([entry.method, entry.path]);
    }
  });

  it('should tabulate every property the truth names, with its description and required marker', () => {
    let rows = 0;
    for (const { root, page } of pages) {
      for (const { heading, table } of sections(root)) {
        const section = heading.data?.section;
        const isBody = (section === 'request-body' || section === 'response-body') && table;
        if (section !== 'type-definition' && !isBody) continue;
        // a body's table defines its type: `PersonEntity`, or the items of `Collection of Contact`
        const name = isBody ? heading.data!.typeText!.replace(/^(?:Collection of )+/, '') : heading.data!.name!;
        const schema = truth.components.schemas[name];
        expect(schema, `${page.file}: ${name}`).toBeDefined();
        for (const row of table!.children.slice(1)) {
          const [nameCell, description] = row.children;
          const property = schema.properties[text(nameCell)];
          expect(property, `${page.file}: ${name}.${text(nameCell)}`).toBeDefined();
          expect(text(description).trim()).toBe(property.description ?? '');
          expect(required(description)).toBe((schema.required ?? []).includes(text(nameCell)));
          rows++;
        }
      }
    }
    expect(rows).toBeGreaterThan(11_000);
  });

  it('should place URI parameters in path or query as the truth does, with their required marker', () => {
    let count = 0;
    for (const { root, entry } of pages) {
      const operation = truth.paths[entry.path][entry.method];
      for (const { heading, table } of sections(root)) {
        const section = heading.data?.section;
        if (section !== 'path-parameters' && section !== 'query-parameters') continue;
        for (const row of table!.children.slice(1)) {
          const name = text(row.children[0]);
          const parameter = operation.parameters.find((p: { name: string }) => p.name === name);
          expect(parameter?.in, `${entry.file}: ${name}`).toBe(section === 'path-parameters' ? 'path' : 'query');
          expect(required(row.children[3]) || section === 'path-parameters').toBe(parameter.required);
          count++;
        }
      }
      const documented = sections(root)
        .filter(({ heading }) => /-parameters$/.test(heading.data?.section ?? ''))
        .flatMap(({ table }) => table!.children.length - 1);
      expect(
        documented.reduce((a, b) => a + b, 0),
        entry.file,
      ).toBe((operation.parameters ?? []).length);
    }
    expect(count).toBe(313);
  });

  it('should enumerate every enum as the truth does', () => {
    for (const { root, page } of pages) {
      for (const { heading, table } of sections(root)) {
        if (heading.data?.section !== 'enum-definition') continue;
        const schema = truth.components.schemas[heading.data.name!];
        const rows = table!.children.slice(1).map((row) => row.children.map(text));
        expect(
          rows.map((row) => row[0]),
          page.file,
        ).toEqual(schema.enum);
        expect(
          rows.map((row) => Number(row[1])),
          page.file,
        ).toEqual(schema['x-enum-values']);
      }
    }
  });
});
