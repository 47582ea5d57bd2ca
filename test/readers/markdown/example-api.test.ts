/**
 * Our example API in general conventions (docs-input/general: plain request-line fences with
 * attribute tables and bullet lists, GitBook pages with HTML tables, a markdown method/URL table, a
 * whole HTML page, curl calls, several operations per page, docusaurus-openapi-docs pages, openapi-generator SDK docs, a
 * bullet list per call with its parameters grouped by place and `curl -v` transcripts): golden files of the normalised
 * trees and of what the run makes of them. Review changes like code; update with `vitest -u`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { markdownReader } from '../../../src/readers/markdown/index.js';
import { generate } from '../../../src/run/generate.js';
import { REPO_ROOT } from '../../helpers/temp-dir.js';
import { strip } from './helpers.js';

const GENERAL = path.join(REPO_ROOT, 'docs-input/general');
const PAGES = [
  'Members/members.md',
  'Reservations/reservations.md',
  'Reservations/cancel-reservation.md',
  'Branches/opening-hours.html',
  'Events/events.apib',
  'Staff/staff.md',
  'Shelves/list-shelves.api.mdx',
  'Shelves/create-shelf.api.mdx',
  'Catalogue/CatalogueApi.md',
  'Catalogue/Title.md',
  'Loans/loans.md',
];
const GOLDEN = path.join(import.meta.dirname, 'golden');

describe('the example API in general conventions', () => {
  it.each(PAGES)('should read %s into the committed tree', async (file) => {
    const text = readFileSync(path.join(GENERAL, file), 'utf8');
    const diagnostics = new DiagnosticBag();
    const root = markdownReader.read({ file, text }, diagnostics);
    expect(diagnostics.items).toEqual([]);
    const tree = { ...root, data: { ...root.data, ...(root.data?.markdown ? { markdown: `(${text.length} characters)` } : {}) } };
    await expect(`${JSON.stringify(tree, null, 1)}\n`).toMatchFileSnapshot(path.join(GOLDEN, `${path.basename(file)}.tree.json`));
  });

  it('should give the committed operations, with no warning, one server and the base path stripped', async () => {
    const result = await generate({ input: GENERAL });
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.document.servers).toEqual([{ url: 'https://library.example.com/api/v3' }]);
    expect(result.files.map((f) => [f.file, f.reader, f.operations])).toEqual([
      ['Branches/opening-hours.html', 'markdown', 1],
      ['Catalogue/CatalogueApi.md', 'markdown', 2],
      ['Catalogue/Title.md', 'markdown', 0],
      ['Events/events.apib', 'markdown', 3],
      ['Loans/loans.md', 'markdown', 3],
      ['Members/members.md', 'markdown', 5],
      ['Reservations/cancel-reservation.md', 'markdown', 1],
      ['Reservations/reservations.md', 'markdown', 1],
      ['Shelves/create-shelf.api.mdx', 'markdown', 1],
      ['Shelves/list-shelves.api.mdx', 'markdown', 1],
      ['Staff/staff.md', 'markdown', 1],
    ]);
    const operations = strip(result.document.operations).map((operation) => ({
      route: `${operation.method.toUpperCase()} ${operation.path}`,
      summary: operation.summary,
      parameters: operation.parameters.map((p) => `${p.in}:${p.name}${p.required ? '*' : ''} ${JSON.stringify(p.schema)}`),
      body: operation.requestBody?.content.map((c) => ({ mediaType: c.mediaType, schema: c.schema, examples: c.examples.length })),
      responses: operation.responses.map((r) => ({
        status: r.status,
        schema: r.content[0]?.schema,
        examples: r.content[0]?.examples.length,
      })),
    }));
    await expect(`${JSON.stringify(operations, null, 1)}\n`).toMatchFileSnapshot(path.join(GOLDEN, 'operations.json'));
  });
});
