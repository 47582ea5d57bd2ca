import { describe, expect, it } from 'vitest';
import { emitSchema, type SchemaContext } from '../../../src/emit/openapi/schema.js';
import type { Schema } from '../../../src/ir/types.js';
import { at } from '../../ir/rich-api-document.js';

const ctx: SchemaContext = { refOf: (name) => `#/components/schemas/${name}`, sources: false };

interface Case {
  name: string;
  given: Schema;
  want: unknown;
}

const cases: Case[] = [
  {
    name: 'string with format and constraints',
    given: { kind: 'string', format: 'email', minLength: 3, maxLength: 254, pattern: '^.+@.+$' },
    want: { type: 'string', format: 'email', minLength: 3, maxLength: 254, pattern: '^.+@.+$' },
  },
  {
    name: 'string content keywords',
    given: { kind: 'string', contentMediaType: 'image/png', contentEncoding: 'base64' },
    want: { type: 'string', contentMediaType: 'image/png', contentEncoding: 'base64' },
  },
  { name: 'nullable string', given: { kind: 'string', nullable: true }, want: { type: ['string', 'null'] } },
  {
    name: 'integer with bounds',
    given: { kind: 'integer', format: 'int32', minimum: 0, maximum: 10, multipleOf: 2 },
    want: { type: 'integer', format: 'int32', minimum: 0, maximum: 10, multipleOf: 2 },
  },
  {
    name: 'number with exclusive bounds (3.1 numbers)',
    given: { kind: 'number', format: 'double', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    want: { type: 'number', format: 'double', exclusiveMinimum: 0, exclusiveMaximum: 1 },
  },
  { name: 'boolean with default', given: { kind: 'boolean', default: false }, want: { type: 'boolean', default: false } },
  { name: 'null', given: { kind: 'null' }, want: { type: 'null' } },
  { name: 'nullable null stays null', given: { kind: 'null', nullable: true }, want: { type: 'null' } },
  {
    name: 'array',
    given: { kind: 'array', items: { kind: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true },
    want: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true },
  },
  {
    name: 'array uniqueItems false is left out',
    given: { kind: 'array', items: { kind: 'unknown' }, uniqueItems: false },
    want: { type: 'array', items: {} },
  },
  {
    name: 'tuple with a typed rest, and a closed one without items',
    given: { kind: 'array', prefixItems: [{ kind: 'number' }, { kind: 'string' }], items: { kind: 'boolean' }, minItems: 1 },
    want: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'string' }], items: { type: 'boolean' }, minItems: 1 },
  },
  {
    name: 'closed tuple',
    given: { kind: 'array', prefixItems: [{ kind: 'number' }], items: { kind: 'unknown' }, maxItems: 1 },
    want: { type: 'array', prefixItems: [{ type: 'number' }], maxItems: 1 },
  },
  {
    name: 'nullable array',
    given: { kind: 'array', nullable: true, items: { kind: 'integer' } },
    want: { type: ['array', 'null'], items: { type: 'integer' } },
  },
  {
    name: 'object: properties in documented order, required, closed',
    given: {
      kind: 'object',
      properties: [
        { name: 'b', required: true, schema: { kind: 'string' }, description: 'Bee.' },
        { name: 'a', required: false, schema: { kind: 'integer', description: 'Type text.' } },
      ],
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 2,
    },
    want: {
      type: 'object',
      properties: { b: { type: 'string', description: 'Bee.' }, a: { type: 'integer', description: 'Type text.' } },
      required: ['b'],
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 2,
    },
  },
  {
    name: 'object with typed extra keys',
    given: { kind: 'object', properties: [], additionalProperties: { kind: 'string' } },
    want: { type: 'object', additionalProperties: { type: 'string' } },
  },
  { name: 'open object states nothing', given: { kind: 'object', properties: [] }, want: { type: 'object' } },
  {
    name: 'map',
    given: { kind: 'map', values: { kind: 'number' }, keyPattern: '^[a-z]+$' },
    want: { type: 'object', additionalProperties: { type: 'number' }, propertyNames: { pattern: '^[a-z]+$' } },
  },
  {
    name: 'integer enum with names and descriptions',
    given: {
      kind: 'enum',
      base: 'integer',
      values: [
        { value: 0, name: 'None' },
        { value: 1, name: 'Some', description: 'A few.' },
      ],
    },
    want: { type: 'integer', enum: [0, 1], 'x-enum-varnames': ['None', 'Some'], 'x-enum-descriptions': ['', 'A few.'] },
  },
  {
    name: 'enum with a repeated value keeps the first, names in step',
    given: {
      kind: 'enum',
      base: 'integer',
      values: [
        { value: 1, name: 'One' },
        { value: 2, name: 'Two' },
        { value: 1, name: 'Uno' },
      ],
    },
    want: { type: 'integer', enum: [1, 2], 'x-enum-varnames': ['One', 'Two'] },
  },
  {
    name: 'enum with some names: no varnames',
    given: { kind: 'enum', base: 'string', values: [{ value: 'a', name: 'A' }, { value: 'b' }] },
    want: { type: 'string', enum: ['a', 'b'] },
  },
  {
    name: 'nullable enum admits null',
    given: { kind: 'enum', base: 'string', nullable: true, values: [{ value: 'a' }] },
    want: { type: ['string', 'null'], enum: ['a', null] },
  },
  { name: 'const', given: { kind: 'const', value: { a: [1] } }, want: { const: { a: [1] } } },
  { name: 'nullable const', given: { kind: 'const', value: 'x', nullable: true }, want: { enum: ['x', null] } },
  {
    name: 'ref with sibling description',
    given: { kind: 'ref', name: 'Pet', description: 'The pet.' },
    want: { $ref: '#/components/schemas/Pet', description: 'The pet.' },
  },
  {
    name: 'nullable ref',
    given: { kind: 'ref', name: 'Pet', nullable: true, description: 'Maybe.' },
    want: { description: 'Maybe.', anyOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'null' }] },
  },
  {
    name: 'oneOf union with discriminator mapping to refs (sorted)',
    given: {
      kind: 'union',
      mode: 'oneOf',
      variants: [
        { kind: 'ref', name: 'Dog' },
        { kind: 'ref', name: 'Cat' },
      ],
      discriminator: { propertyName: 'type', mapping: { dog: 'Dog', cat: 'Cat' } },
    },
    want: {
      oneOf: [{ $ref: '#/components/schemas/Dog' }, { $ref: '#/components/schemas/Cat' }],
      discriminator: { propertyName: 'type', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } },
    },
  },
  {
    name: 'object declaring a base discriminator (allOf inheritance)',
    given: {
      kind: 'object',
      properties: [{ name: 'type', required: true, schema: { kind: 'string' } }],
      discriminator: { propertyName: 'type', mapping: { dog: 'Dog', cat: 'Cat' } },
    },
    want: {
      type: 'object',
      properties: { type: { type: 'string' } },
      required: ['type'],
      discriminator: { propertyName: 'type', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } },
    },
  },
  {
    name: 'nullable anyOf union gets a null variant',
    given: { kind: 'union', mode: 'anyOf', nullable: true, variants: [{ kind: 'string' }, { kind: 'integer' }] },
    want: { anyOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }] },
  },
  {
    name: 'nullable oneOf union is wrapped',
    given: { kind: 'union', mode: 'oneOf', nullable: true, variants: [{ kind: 'string' }] },
    want: { anyOf: [{ oneOf: [{ type: 'string' }] }, { type: 'null' }] },
  },
  { name: 'empty union is unknown', given: { kind: 'union', mode: 'oneOf', variants: [] }, want: {} },
  {
    name: 'intersection',
    given: {
      kind: 'intersection',
      parts: [
        { kind: 'ref', name: 'A' },
        { kind: 'object', properties: [] },
      ],
    },
    want: { allOf: [{ $ref: '#/components/schemas/A' }, { type: 'object' }] },
  },
  {
    name: 'nullable intersection',
    given: { kind: 'intersection', nullable: true, parts: [{ kind: 'ref', name: 'A' }] },
    want: { anyOf: [{ allOf: [{ $ref: '#/components/schemas/A' }] }, { type: 'null' }] },
  },
  { name: 'unknown', given: { kind: 'unknown' }, want: {} },
  {
    name: 'nullable unknown already admits null',
    given: { kind: 'unknown', nullable: true, description: 'Anything.' },
    want: { description: 'Anything.' },
  },
  {
    name: 'shared keywords',
    given: {
      kind: 'string',
      title: 'T',
      description: 'D',
      readOnly: true,
      writeOnly: false,
      deprecated: true,
      default: 'x',
      examples: ['x', 'y'],
    },
    want: { title: 'T', description: 'D', type: 'string', default: 'x', examples: ['x', 'y'], readOnly: true, deprecated: true },
  },
  { name: 'writeOnly', given: { kind: 'string', writeOnly: true }, want: { type: 'string', writeOnly: true } },
  { name: 'empty examples left out', given: { kind: 'string', examples: [] }, want: { type: 'string' } },
  {
    name: 'extensions copied, non-x keys skipped',
    given: { kind: 'boolean', extensions: { 'x-b': 1, 'x-a': { n: null }, other: true } },
    want: { type: 'boolean', 'x-a': { n: null }, 'x-b': 1 },
  },
  {
    name: 'inferred without sources',
    given: { kind: 'integer', inferred: { from: [at('a.md', 3, 5)] } },
    want: { type: 'integer', 'x-specdown-inferred': true },
  },
  { name: 'source is never emitted', given: { kind: 'integer', source: at('a.md', 1) }, want: { type: 'integer' } },
];

describe('emitSchema', () => {
  it.each(cases)('should map $name', ({ given, want }) => {
    expect(emitSchema(given, ctx)).toStrictEqual(want);
  });

  it('should list inferred sample positions when sources are on', () => {
    const got = emitSchema({ kind: 'integer', inferred: { from: [at('a.md', 3, 5), at('b.md', 7)] } }, { ...ctx, sources: true });
    expect(got['x-specdown-inferred']).toEqual(['a.md:3:5', 'b.md:7:1']);
  });

  it('should keep a property named __proto__ as an own key', () => {
    const got = emitSchema({ kind: 'object', properties: [{ name: '__proto__', required: true, schema: { kind: 'string' } }] }, ctx);
    const properties = got.properties as Record<string, unknown>;
    expect(Object.keys(properties)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(JSON.stringify(got)).toBe('{"type":"object","properties":{"__proto__":{"type":"string"}},"required":["__proto__"]}');
  });

  it('should write keys in canonical order whatever the IR order', () => {
    const got = emitSchema({ examples: [1], default: 2, maximum: 3, minimum: 0, format: 'int32', description: 'n', kind: 'integer' }, ctx);
    expect(Object.keys(got)).toEqual(['description', 'type', 'format', 'minimum', 'maximum', 'default', 'examples']);
  });
});
