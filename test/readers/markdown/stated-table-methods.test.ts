/**
 * A table of paths whose one method a sentence right above states for all of them ("All the
 * following endpoints must be accessed with a `GET` HTTP request."): each path is that method's
 * route, its Description cell the summary. A sentence naming two methods states none. The fixture
 * is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/stated-table-methods/garden.md'), 'utf8');

describe('general reader: a table of paths under a sentence stating their method', () => {
  const read = readGeneral(PAGE, 'api/garden.md');

  it('should read each path as the one method the sentence states', () => {
    expect(read.routes).toEqual(['GET /api/beds', 'GET /api/beds/{name}', 'GET /api/version']);
    expect(operation(read, 'GET /api/beds/{name}').summary).toBe('Returns the garden bed named by name.');
  });

  it('should give no route a method where the sentence names two', () => {
    expect(read.routes.filter((route) => route.includes('/water'))).toEqual([]);
  });
});
