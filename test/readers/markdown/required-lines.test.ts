/**
 * A description's line of its own stating the flag (WordPress's handbook: `Required: 1` after a
 * `<br>` or in a paragraph of the cell, `<p class="required">Required: 1</p>`): the row is required.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const read = () => readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/required-lines/shelves.md'), 'utf8'));

describe('general reader: `Required: 1` lines', () => {
  it('should read a line `Required: 1` after a break as a required parameter, the line kept in its words', () => {
    const list = operation(read(), 'GET /wp/v2/shelves');
    expect(parameterNames(list)).toEqual(['query:slug*', 'query:orderby']);
    expect(list.parameters[0]?.description).toBe('Limit result set to shelves with one or more specific slugs.\nRequired: 1');
  });

  it('should read a paragraph `Required: 1` of a rendered cell as a required body field, and no other row', () => {
    const body = bodySchema(operation(read(), 'POST /wp/v2/shelves'));
    expect(body?.kind === 'object' ? body.properties.map((p) => [p.name, p.required]) : body).toEqual([
      ['title', true],
      ['status', false],
      ['menu_order', false],
    ]);
  });
});
