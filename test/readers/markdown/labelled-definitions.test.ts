/**
 * Python-Markdown's definition lists used as labels, as MkDocs references write them: the term a
 * label ending with a colon (`Arguments:`, `Arguments (in JSON):`, `Required Headers:`), the
 * definition under its `:` and indented (a list, a fence, a sentence). The definition is read at
 * the margin under the label, as if written there. The fixture is ours, written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const LOANS = readFileSync(path.join(import.meta.dirname, 'fixtures/labelled-definitions/loans.md'), 'utf8');

describe('general reader: definition lists whose terms are labels', () => {
  it("should read an `Arguments:` definition's list as the query parameters of a GET", () => {
    const read = readGeneral(LOANS);
    expect(read.routes).toEqual(['GET /loans/find_loans', 'POST /loans/renew_loan']);
    expect(parameterNames(operation(read, 'GET /loans/find_loans'))).toEqual(['query:reader', 'query:overdue_only']);
  });

  it("should read an `Arguments (in JSON):` definition's list, set apart by a blank line, as the body's fields", () => {
    const read = readGeneral(LOANS);
    const renew = operation(read, 'POST /loans/renew_loan');
    const body = renew.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : body).toEqual(['loan_id', 'weeks']);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should place what a definition holds at its characters in the page', () => {
    const read = readGeneral(LOANS);
    const [reader] = operation(read, 'GET /loans/find_loans').parameters;
    // `*   \`reader\`: …` is line 16, its item indented by four.
    expect(reader?.source?.start.line).toBe(16);
    expect(reader?.source?.start.column).toBeGreaterThan(4);
  });
});
