/**
 * Tables whose delimiter row has more cells than their header, their rows indented four spaces (the
 * old laravel-apidoc-generator's Slate pages): read as the header's columns, reported as a warning.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/run/read-page.js';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/slate-tables/shelves.md'), 'utf8');

describe('general reader: delimiter rows longer than the header', () => {
  it('should read the tables as the header’s columns, their Status column the Required one', () => {
    const read = readGeneral(PAGE);
    expect(read.routes).toEqual(['GET /api/shelves/{shelf}', 'POST /api/shelves']);
    const show = operation(read, 'GET /api/shelves/{shelf}');
    expect(parameterNames(show)).toEqual(['path:shelf*', 'query:with']);
    expect(show.parameters.map((p) => p.description)).toEqual(['The id of the shelf.', 'Related records to include.']);
    const store = operation(read, 'POST /api/shelves');
    expect(bodySchema(store)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'label', required: true, schema: { kind: 'string' } },
        { name: 'capacity', required: false, schema: { kind: 'integer' } },
      ],
    });
    // The `> Example response (201):` labels give their statuses.
    expect([show, store].map((op) => op.responses.map((r) => r.status))).toEqual([['200'], ['201']]);
  });

  it('should report each such table as a warning at its delimiter row, saying what was assumed, and no error', () => {
    const { diagnostics } = readPage({ file: 'shelves.md', text: PAGE });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(
      diagnostics
        .filter((d) => d.code === 'malformed-table')
        .map((d) => [d.severity, d.source.start.line, d.source.start.column, d.message]),
    ).toEqual([
      [
        'warning',
        39,
        1,
        expect.stringContaining("read as a table of the header's 3 columns, the delimiter row's last cell ignored, 1 row indented"),
      ],
      ['warning', 44, 1, expect.stringContaining('4 cells for 3 header cells')],
      [
        'warning',
        71,
        1,
        expect.stringContaining('5 cells for 4 header cells, which markdown (GFM) reads as no table; read as a table of the header'),
      ],
    ]);
    // A delimiter row shorter than the header stays unread, an error: its columns are unknown.
    const short = '## Get shelf\n\n`GET /shelves/{id}`\n\nParameter | Type | Description\n--- | ---\n`id` | integer | The shelf.\n';
    expect(readPage({ file: 'page.md', text: short }).diagnostics.map((d) => [d.code, d.severity])).toContainEqual([
      'malformed-table',
      'error',
    ]);
  });

  it('should read a table inside a block quote, and leave rows indented less than four spaces as they are', () => {
    const read = readGeneral(
      '## Get shelf\n\n`GET /shelves/{id}`\n\n> | Parameter | Description |\n> | --- | --- | --- |\n>   | `id` | The shelf. |\n',
    );
    expect(operation(read, 'GET /shelves/{id}').parameters.map((p) => [p.name, p.description])).toEqual([['id', 'The shelf.']]);
    expect(read.diagnostics.items.map((d) => [d.code, d.severity, d.source.start.line, d.source.start.column])).toEqual([
      ['malformed-table', 'warning', 6, 3],
    ]);
  });
});
