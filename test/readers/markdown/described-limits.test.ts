/**
 * Limits a field's description states on lines of their own, a label and its number (Plaid's
 * `Min length: 1` under the words, Trello's `<br> Maximum: 100` in a cell): the value's minLength /
 * maxLength, minimum / maximum, minItems / maxItems; a line that says more states none. So do
 * parentheses of labelled values (Shopify's `(default: 50, maximum: 250)`). The pages are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/described-limits/gardens.md'), 'utf8'), 'api/gardens.md');

describe('general reader: limits on lines of a description', () => {
  it('should read `Min length:`, `Maximum:`, `Max items:` lines under a field’s words as its limits', () => {
    const body = bodySchema(operation(read, 'POST /garden/create'));
    const schemas = body?.kind === 'object' ? Object.fromEntries(body.properties.map((p) => [p.name, p.schema])) : {};
    expect(schemas).toEqual({
      name: { kind: 'string', minLength: 1, maxLength: 64 },
      beds: { kind: 'integer', minimum: 1, maximum: 40 },
      tags: { kind: 'array', items: { kind: 'string' }, maxItems: 10 },
      note: { kind: 'string' },
    });
  });

  it('should read them after a `<br>` in a table cell, and none from a line that says more than the number', () => {
    const list = operation(read, 'GET /1/gardens/{id}/planters');
    expect(strip(Object.fromEntries(list.parameters.map((p) => [p.name, p.schema])))).toEqual({
      id: { kind: 'string' },
      limit: { kind: 'integer', default: 10, minimum: 1, maximum: 100 },
      cursor: { kind: 'string', maxLength: 32 },
      since: { kind: 'string' },
    });
  });

  it('should read a limit in parentheses that hold labelled values alone, none where a label says more', () => {
    const page = readGeneral(
      [
        '## Retrieve a list of seed packets',
        '',
        '`GET /admin/api/2023-10/seeds.json`',
        '',
        '| Parameter | Description |',
        '| --- | --- |',
        '| `limit` | The number of results to show. (default: `50`, maximum: `250`) |',
        '| `offset` | Where the page starts. (default: 0, minimum: 0) |',
        '| `batch` | How many go at once. (maximum: 20 per call) |',
        '',
      ].join('\n'),
    );
    const list = operation(page, 'GET /admin/api/2023-10/seeds.json');
    expect(strip(Object.fromEntries(list.parameters.map((p) => [p.name, p.schema])))).toEqual({
      limit: { kind: 'integer', default: 50, maximum: 250 },
      offset: { kind: 'integer', default: 0, minimum: 0 },
      batch: { kind: 'string' },
    });
  });
});
