/**
 * A GET or DELETE whose listed parameters (a list with no location) its own curl sample sends as a
 * JSON body: those names are the body's fields, not query parameters (before, each was both: a
 * query parameter by the method, a body field by the sample). A name the call sends in its URL's
 * query stays a query parameter. The fixture is a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/sample-sent-body');

describe('general reader: listed parameters a call sends in its JSON body', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const operation = (method: string, route: string) => run.document.operations.find((o) => o.method === method && o.path === route);
  const query = (method: string, route: string) => operation(method, route)?.parameters.map((p) => [p.in, p.name]);
  const fields = (method: string, route: string) => {
    const schema = operation(method, route)?.requestBody?.content[0]?.schema;
    return schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.description]) : undefined;
  };

  it('should read the names a DELETE sample sends as JSON as body fields only', () => {
    expect(run.failed).toBe(false);
    expect(query('delete', '/api/lamps')).toEqual([['query', 'dry_run']]);
    expect(fields('delete', '/api/lamps')).toEqual([
      ['name', 'name of the lamp to delete'],
      ['force', 'remove it even when lit'],
    ]);
  });

  it('should keep a name a sample sends in its query as a query parameter, its JSON body too', () => {
    expect(query('delete', '/api/shelves')).toEqual([['query', 'shelf']]);
  });

  it('should place a GET sample body name in the body and the unsent one in the query', () => {
    expect(query('get', '/api/lamp')).toEqual([['query', 'verbose']]);
    expect(fields('get', '/api/lamp')).toEqual([['name', 'name of the lamp']]);
  });
});
