/**
 * A table under an Errors title whose status column holds only 4xx and 5xx codes (`| HTTP Code |
 * Error | Description |`) lists the error answers the operation gives; a table of the API's own
 * error codes there stays aside. The fixture is a "files" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/error-status-tables/files.md'), 'utf8');

describe('general reader: a table of error statuses under an Errors title', () => {
  const read = readGeneral(page, 'api/files.md');

  it('should read each row as an error response with its description', () => {
    expect(operation(read, 'POST /v1/files').responses.map((r) => [r.status, r.description])).toEqual([
      ['400', 'The file is missing.'],
      ['413', 'The file is over 10 MB.'],
    ]);
  });

  it("should leave a table of the API's own error codes aside, with no warning", () => {
    expect(operation(read, 'PATCH /v1/files/{file_id}').responses).toEqual([]);
    expect(codes(read)).not.toContain('invalid-status-code');
  });
});

describe('general reader: a Message column in a table of error statuses', () => {
  it("should read each status's messages as its description, rows of one status as one response", () => {
    const read = readGeneral(
      [
        '## Dim a lamp',
        '`POST /lamps/{lamp_id}/dim`',
        '### Error responses',
        '| Status | Code | Message |\n|---|---|---|\n| 400 | level_invalid | The level is out of range. |\n| 400 | level_missing | The level is missing. |\n| 404 | lamp_unknown | No such lamp. |',
      ].join('\n\n'),
    );
    expect(operation(read, 'POST /lamps/{lamp_id}/dim').responses.map((r) => [r.status, r.description])).toEqual([
      ['400', 'The level is out of range.\nThe level is missing.'],
      ['404', 'No such lamp.'],
    ]);
    expect(codes(read)).not.toContain('malformed-row');
  });
});
