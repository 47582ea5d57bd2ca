/**
 * A sample cut short (its last `}` left out, as vendors' pages often print them) or missing a
 * bracket: a warning at the place it goes wrong that names what is left open and where it opened,
 * and no schema or example made from it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/cut-samples/lamps.md'), 'utf8');

describe('general reader: samples cut short', () => {
  it('should warn where the JSON goes wrong, naming the bracket left open and where it opened, and make nothing of it', () => {
    const read = readGeneral(PAGE, 'api/lamps.md');
    const reported = read.diagnostics.items.map((d) => [
      d.code,
      d.severity,
      d.source.file,
      d.source.start.line,
      d.source.start.column,
      d.message,
    ]);
    expect(reported).toEqual([
      [
        'invalid-sample',
        'warning',
        'api/lamps.md',
        23,
        14,
        'sample body is not valid JSON: it ends before the object opened at line 16, column 1 is closed: `}` is missing; not used',
      ],
      [
        'invalid-sample',
        'warning',
        'api/lamps.md',
        38,
        1,
        'sample body is not valid JSON: `]` closes the object opened at line 37, column 3: `}` is missing before it; not used',
      ],
      [
        'invalid-sample',
        'warning',
        'api/lamps.md',
        48,
        29,
        'sample body is not valid JSON: it ends before the object opened at line 48, column 1 is closed: `}` is missing; not used',
      ],
      [
        'invalid-sample',
        'warning',
        'api/lamps.md',
        54,
        9,
        'sample body is not valid JSON: it ends before the object opened at line 54, column 1 is closed: `}` is missing; not used',
      ],
    ]);
    for (const route of ['GET /lamps/{id}', 'GET /lamps', 'POST /lamps']) {
      const op = operation(read, route);
      expect(op.requestBody).toBeUndefined();
      expect(op.responses.flatMap((response) => response.content)).toEqual([]);
    }
  });
});

describe('general reader: the status of a sample cut short', () => {
  const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/cut-samples/statuses.md'), 'utf8'), 'api/statuses.md');
  const answers = (route: string) => operation(read, route).responses.map((r) => [r.status, r.description, r.content.length]);

  it('should read the status a status line or a title states over a body cut short, the body unread', () => {
    expect(answers('GET /lamps')).toEqual([['200', 'OK', 0]]);
    expect(answers('GET /lamps/{id}')).toEqual([['203', 'Non-Authoritative Information', 0]]);
    expect(answers('DELETE /lamps/{id}')).toEqual([['410', 'Gone', 0]]);
    expect(read.diagnostics.items.filter((d) => d.code === 'invalid-sample').map((d) => d.source.start.line)).toEqual([16, 29, 40, 50]);
  });

  it('should state no status the page does not (a body cut short under `Response` alone)', () => {
    expect(answers('POST /lamps/{id}/switch')).toEqual([]);
  });
});
