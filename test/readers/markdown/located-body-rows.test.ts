/**
 * A `Parameters` table with a location column (`| Name | In | Type | Default | Example |`): its
 * `In: body` rows are the body's fields, each with the default and the example value its cells
 * state, as an attribute row's field has, and the enum its description's values list ("Possible
 * values: `a`, `b`"). Found by the table matrix (table-matrix.test.ts); the pages are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/table-matrix', name), 'utf8');

describe('general reader: body rows of a table with a location column', () => {
  const read = readGeneral(fixture('located-examples.md'));

  it('should keep the Example cell of an `In: body` row as its field’s example, as an attribute row’s is', () => {
    const add = operation(read, 'POST /shelves/{shelf_id}/books');
    expect(parameterNames(add)).toEqual(['path:shelf_id*']);
    expect(bodySchema(add)).toEqual({
      kind: 'object',
      properties: [
        { name: 'title', schema: { kind: 'string', examples: ['Dune'] }, required: true, description: 'The title of the book.' },
        {
          name: 'copies',
          schema: { kind: 'integer', default: 1, examples: [3] },
          required: false,
          description: 'How many copies the shelf holds.',
        },
        { name: 'note', schema: { kind: 'string' }, required: false, description: 'A note on the book.' },
      ],
    });
  });

  it('should read the values an `In: body` row’s description lists as its field’s enum, as an attribute row’s are', () => {
    const page = readFileSync(path.join(import.meta.dirname, 'fixtures/located-body-rows/stated-values.md'), 'utf8');
    const body = bodySchema(operation(readGeneral(page), 'POST /shelves/{shelf_id}/books'));
    expect(body?.kind === 'object' ? body.properties.map((p) => [p.name, p.schema]) : []).toEqual([
      ['format', { kind: 'enum', base: 'string', values: [{ value: 'paperback' }, { value: 'hardcover' }] }],
      ['condition', { kind: 'enum', base: 'string', values: [{ value: 'new' }, { value: 'used' }] }],
      ['note', { kind: 'string' }],
    ]);
  });
});
