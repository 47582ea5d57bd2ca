/**
 * Query parameters listed under a sentence (as Home Assistant's REST reference and the references
 * written like it do): "You can pass the following optional GET parameters:" over items that name
 * a parameter as it is sent (`` `end_time=<timestamp>` ``, or a flag alone, `` `minimal_response` ``)
 * and say what it is for ("to only return …"). The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/get-parameters/loans.md'), 'utf8');

describe('general reader: "the following optional GET parameters:" over a list', () => {
  const read = readGeneral(PAGE, 'library/rest.md');

  it('should read each item as an optional query parameter, the words after its name its description, no type invented', () => {
    const loans = operation(read, 'GET /api/loans/period/{timestamp}');
    expect(parameterNames(loans)).toEqual([
      'query:filter_shelf_id',
      'query:end_time',
      'query:minimal_response',
      'query:overdue_only',
      'path:timestamp*',
    ]);
    const flag = loans.parameters.find((p) => p.name === 'minimal_response');
    expect(flag).toMatchObject({ required: false, description: 'to only return `title` and `state` for loans other than the first.' });
    const filter = loans.parameters.find((p) => p.name === 'filter_shelf_id');
    expect(filter).toMatchObject({ required: false, description: 'to filter on one or more shelves - comma separated.' });
    expect(filter?.source).toMatchObject({ start: { line: 13, column: 1 } });
    // No type stated: a string, as every untyped query parameter is read (a parameter travels as text).
    expect(filter?.schema).toEqual({ kind: 'string' });
    // The sentence is a caption, not the operation's words.
    expect(loans.description ?? '').not.toContain('GET parameters');
  });

  it('should place GET parameters in the query whatever the method', () => {
    const scan = operation(read, 'POST /api/shelves/{shelf_id}/scan');
    expect(parameterNames(scan)).toEqual(['query:dry_run', 'path:shelf_id*']);
    expect(scan.requestBody).toBeUndefined();
  });

  it('should not read a list of values under a sentence that announces no parameters', () => {
    const branches = operation(read, 'GET /api/branches');
    expect(parameterNames(branches)).toEqual([]);
  });
});
