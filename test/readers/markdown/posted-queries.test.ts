/**
 * A request line the page writes as the route states its query whatever the method: `POST
 * /api/v1/query?name=shelves` (TheHive's pages) has the query parameter `name`, `shelves` its
 * example, as a GET's line has. Before, the query of a POST's line was dropped. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/posted-queries/shelf-search.md'), 'utf8');

describe("general reader: a POST's request line with a query", () => {
  it('should read the query key as a parameter, its value the example', () => {
    const search = operation(readGeneral(page, 'api/shelf-search.md'), 'POST /api/v1/query');
    expect(parameterNames(search)).toEqual(['query:name']);
    expect(search.parameters[0]?.schema).toMatchObject({ kind: 'string' });
    expect(JSON.stringify(search.parameters[0])).toContain('"shelves"');
  });
});
