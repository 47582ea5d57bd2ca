/**
 * A line that states the status a call is expected to answer with, under the response's title, in
 * code or not (`` `Expected Response Code: 200` ``, `Expected status: 201 Created`): the operation's
 * status, the table under the title that status's body; a second titled table there is no
 * parameter of the call, and the prose around it no words of the status. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/expected-status-lines/lamps.md'), 'utf8');

describe('general reader: an "Expected Response Code" line', () => {
  const read = readGeneral(page, 'api/lamps.md');
  const statuses = (route: string) => operation(read, route).responses.map((r) => [r.status, r.description]);

  it('should read the status in code, the table under the title its body', () => {
    const get = operation(read, 'GET /lamps/{id}');
    expect(statuses('GET /lamps/{id}')).toEqual([['200', 'OK']]);
    const schema = get.responses[0]!.content[0]!.schema;
    expect(schema?.kind === 'object' ? schema.properties.map((p) => p.name) : []).toEqual(['id', 'name']);
    expect(parameterNames(get)).toEqual(['path:id*']);
  });

  it('should read the status of a response with no body, and one in plain words with its reason', () => {
    expect(statuses('DELETE /lamps/{ID}/delete')).toEqual([['204', 'No Content']]);
    expect(statuses('POST /lamps/new')).toEqual([['201', 'Created']]);
  });

  it('should read no status from a line whose code comes with a condition', () => {
    expect(statuses('POST /lamps/{ID}/dim')).toEqual([]);
  });
});
