/**
 * An HTML table markdown cuts in pieces (`src/readers/markdown/html-table-blocks.ts`): blank lines
 * between its rows end CommonMark's HTML block, and a table left without its `</table>` ends where
 * its HTML does. Its rows are read; a table never closed is reported at its `<table>`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const HEAD = '<tr><th>Name</th><th>Type</th><th>Description</th></tr>';
const LIMIT = '<tr><td>limit</td><td>integer</td><td>How many.</td></tr>';
const CURSOR = '<tr><td>cursor</td><td>string</td><td>Where to start.</td></tr>';

const page = (table: string, after = '') =>
  ['# Shelves', '## List books', '`GET /books`', '### Query parameters', table, after, '### Response', '```json\n{"books": []}\n```'].join(
    '\n\n',
  );

const read = (text: string) => {
  const result = readGeneral(text);
  return {
    parameters: parameterNames(operation(result, 'GET /books')),
    diagnostics: result.diagnostics.items.map((d) => [d.code, d.source.start.line, d.source.start.column]),
  };
};

describe('general reader: an HTML table cut by blank lines or left open', () => {
  it('should read every row of a table with blank lines between its rows, without a word', () => {
    expect(read(page(`<table>\n${HEAD}\n\n${LIMIT}\n\n${CURSOR}\n</table>`))).toEqual({
      parameters: ['query:limit', 'query:cursor'],
      diagnostics: [],
    });
  });

  it('should read the rows of a table left without its </table>, and report it at its <table>', () => {
    const text = page(`  <table>\n${HEAD}\n${LIMIT}\n${CURSOR}`);
    expect(read(text)).toEqual({ parameters: ['query:limit', 'query:cursor'], diagnostics: [['unclosed-html', 9, 3]] });
    expect(readGeneral(text).diagnostics.items[0]?.message).toBe(
      'this HTML table is never closed (no `</table>`): it was read to its last row before the next markdown block; close it with `</table>`',
    );
  });

  it('should read a table left open over blank lines to its last row, and not past a heading in HTML', () => {
    expect(read(page(`<table>\n${HEAD}\n\n${LIMIT}\n\n${CURSOR}`, '<h3>Notes</h3>'))).toEqual({
      parameters: ['query:limit', 'query:cursor'],
      diagnostics: [['unclosed-html', 9, 1]],
    });
  });

  it('should not report a table whose </table> comes after markdown inside a cell', () => {
    const table = `<table>\n${HEAD}\n${LIMIT}\n<tr><td>cursor</td><td>string</td><td>\n\nWhere to *start*.\n\n</td></tr>\n</table>`;
    expect(read(page(table)).diagnostics).toEqual([]);
  });
});

describe('general reader: a page of hand-written HTML tables (fixtures/html-table-blocks/loans.md)', () => {
  const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/html-table-blocks/loans.md'), 'utf8');
  const result = readGeneral(PAGE, 'api/loans.md');

  it('should read the rows of every table, row groups and rows apart by blank lines', () => {
    expect(result.routes).toEqual(['GET /members/{member_id}/loans', 'POST /loans/{loan_id}/renewals']);
    expect(parameterNames(operation(result, 'GET /members/{member_id}/loans'))).toEqual([
      'path:member_id*',
      'query:status',
      'query:due_before',
    ]);
    const body = operation(result, 'POST /loans/{loan_id}/renewals').requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' ? body.properties.map((p) => `${p.name}:${p.schema.kind}`) : body).toEqual([
      'weeks:integer',
      'note:string',
    ]);
  });

  it('should report the body table left open, at its <table>', () => {
    expect(result.diagnostics.items.map((d) => [d.code, d.source.start.line, d.source.start.column])).toEqual([
      ['unclosed-html', 45, 1],
      ['path-parameter-undocumented', 41, 1],
    ]);
  });
});
