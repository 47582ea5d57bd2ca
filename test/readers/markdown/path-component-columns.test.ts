/**
 * A table whose name column is headed `Path Component` or `Path Segment` (as `Path Part` is) lists
 * the route's placeholders: each row a path parameter with its words and type. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/path-component-columns/shelves.md'), 'utf8');

describe('general reader: `Path Component` and `Path Segment` columns name path parameters', () => {
  const read = readGeneral(PAGE, 'shelves.md');

  it('should read a `Path Component | Description` row as the path parameter it names', () => {
    const remove = operation(read, 'DELETE /shelves/{shelf}');
    expect(remove.parameters.map((p) => [p.name, p.in, p.description])).toEqual([['shelf', 'path', 'The id of the shelf']]);
    expect(remove.requestBody).toBeUndefined();
    expect(codes(read)).not.toContain('malformed-row');
    expect(codes(read)).not.toContain('path-parameter-undocumented');
  });

  it('should read a `Path Segment | Type | Description` table so, with its types', () => {
    const move = operation(read, 'PUT /shelves/{shelf}/boards/{board}');
    expect(move.parameters.map((p) => [p.name, p.in, p.schema.kind])).toEqual([
      ['shelf', 'path', 'string'],
      ['board', 'path', 'integer'],
    ]);
    expect(move.requestBody).toBeUndefined();
  });
});
