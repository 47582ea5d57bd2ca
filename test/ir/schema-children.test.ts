import { describe, expect, it } from 'vitest';
import { childSchemas, mapChildSchemas } from '../../src/ir/schema-children.js';
import type { Schema } from '../../src/ir/types.js';

const s = (kind: 'string' | 'integer' | 'boolean'): Schema => ({ kind });
const ref = (name: string): Schema => ({ kind: 'ref', name });

describe('childSchemas', () => {
  it.each<[string, Schema, Schema[]]>([
    [
      'a tuple: leading elements, then the rest',
      { kind: 'array', prefixItems: [s('string'), s('integer')], items: s('boolean') },
      [s('string'), s('integer'), s('boolean')],
    ],
    [
      'an object: properties, then additional ones',
      { kind: 'object', properties: [{ name: 'a', required: true, schema: ref('A') }], additionalProperties: s('string') },
      [ref('A'), s('string')],
    ],
    ['a closed object', { kind: 'object', properties: [], additionalProperties: false }, []],
    ['a map', { kind: 'map', values: ref('V') }, [ref('V')]],
    ['a union', { kind: 'union', mode: 'oneOf', variants: [ref('A'), ref('B')] }, [ref('A'), ref('B')]],
    ['an intersection', { kind: 'intersection', parts: [ref('A')] }, [ref('A')]],
    ['a ref', ref('A'), []],
  ])('should list the sub-schemas of %s', (_name, given, want) => {
    expect(childSchemas(given)).toEqual(want);
  });
});

describe('mapChildSchemas', () => {
  const renameA = (child: Schema): Schema => (child.kind === 'ref' && child.name === 'A' ? ref('A2') : child);
  const tuple: Schema = { kind: 'array', prefixItems: [ref('A'), s('string')], items: ref('B'), minItems: 1 };
  const object: Schema = {
    kind: 'object',
    properties: [
      { name: 'a', required: true, schema: ref('A') },
      { name: 'b', required: false, schema: s('string') },
    ],
    additionalProperties: false,
  };

  it('should rebuild only what changed, keeping every other key and unchanged part', () => {
    const mapped = mapChildSchemas(tuple, renameA);
    expect(mapped).toEqual({ kind: 'array', prefixItems: [ref('A2'), s('string')], items: ref('B'), minItems: 1 });
    expect(mapped.kind === 'array' && mapped.items).toBe(tuple.kind === 'array' && tuple.items);
    const objectOut = mapChildSchemas(object, renameA);
    expect(objectOut).toEqual({
      ...object,
      properties: [
        { name: 'a', required: true, schema: ref('A2') },
        { name: 'b', required: false, schema: s('string') },
      ],
    });
    expect(objectOut.kind === 'object' && objectOut.properties[1]).toBe(object.kind === 'object' && object.properties[1]);
  });

  it('should give back the schema itself when nothing changed', () => {
    for (const schema of [
      tuple,
      object,
      { kind: 'map', values: ref('B') } as Schema,
      { kind: 'union', mode: 'anyOf', variants: [ref('B')] } as Schema,
      ref('A'),
    ]) {
      expect(mapChildSchemas(schema, (child) => child)).toBe(schema);
    }
  });
});
