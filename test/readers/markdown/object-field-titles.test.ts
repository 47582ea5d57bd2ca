/**
 * Under a response's title, a second table titled in bold by an object and a fields word (`**Shelf
 * Properties**` ⏎ the body's table ⏎ `**Bracket Properties**` ⏎ a table): the fields of that object,
 * a type of its name, neither the body's fields nor the call's parameters; a title that qualifies the
 * body's fields (`**Optional Properties**`) names no object. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation, Schema } from '../../../src/ir/types.js';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/object-field-titles/shelves.md'), 'utf8');
const names = (schema: Schema | undefined) => (schema?.kind === 'object' ? schema.properties.map((p) => p.name) : []);
const body = (op: Operation) => names(op.responses[0]?.content[0]?.schema);

describe('general reader: a second titled table under a response title', () => {
  const read = readGeneral(page, 'api/shelves.md');

  it("should read the second table as its object's type, no parameter of the call", () => {
    const get = operation(read, 'GET /shelves/{id}');
    expect(parameterNames(get)).toEqual(['path:id*']);
    expect(body(get)).toEqual(['id', 'brackets']);
    const bracket = read.fragment?.schemas.find((s) => s.name === 'Bracket');
    expect(names(bracket?.schema)).toEqual(['wall', 'load']);
  });

  it("should keep a table titled by the body's own fields the body's", () => {
    const list = operation(read, 'GET /shelves');
    expect(read.fragment?.schemas.map((s) => s.name)).toEqual(['Bracket']);
    expect(parameterNames(list)).not.toContain('query:total');
    expect(body(list)).toEqual(expect.arrayContaining(['total', 'id']));
  });
});
