/**
 * A table whose Code column holds the API's own error codes (`` `LOAN_UNKNOWN` ``, `loan_unknown`,
 * `40401`), none an HTTP status, lists the codes a response's body may carry: no statuses, and no
 * "not an HTTP status code" warning a row. The fixture is ours, written in that convention (a
 * request message, a Kind column of parameters, the statuses in the messages under "On Success" /
 * "On Failure" titles, each failure's error codes in a table under it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

const LOANS = readFileSync(path.join(import.meta.dirname, 'fixtures/error-codes/loans.md'), 'utf8');

describe('general reader: tables of error codes', () => {
  it('should read no status from a table of error codes, and warn of none of its rows', () => {
    const read = readGeneral(LOANS);
    expect(codes(read)).not.toContain('invalid-status-code');
    expect(read.diagnostics.items.filter((d) => d.severity === 'warning' || d.severity === 'error')).toEqual([]);
    expect(operation(read, 'DELETE /v1/{shelf}/loans/{loan}').responses.map((r) => r.status)).toEqual(['202', '404']);
    // A status table beside a table of error codes keeps its statuses.
    const get = operation(read, 'GET /v1/{shelf}/loans/{loan}');
    expect(get.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'The loan.'],
      ['404', 'No such loan.'],
    ]);
  });
});
