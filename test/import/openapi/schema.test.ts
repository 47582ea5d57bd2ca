import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { importSchema, importTexts, withoutSources } from './helpers.js';

interface Case {
  name: string;
  given: string;
  others?: string;
  want: Schema;
}

const cases: Case[] = [
  {
    name: 'should read a string with every string keyword',
    given: 'type: string\nformat: email\nminLength: 3\nmaxLength: 9\npattern: "^a"',
    want: { kind: 'string', format: 'email', minLength: 3, maxLength: 9, pattern: '^a' },
  },
  {
    name: 'should read 3.1 exclusive bounds as numbers',
    given: 'type: number\nexclusiveMinimum: 0\nexclusiveMaximum: 10\nmultipleOf: 0.5',
    want: { kind: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10, multipleOf: 0.5 },
  },
  {
    name: 'should turn 3.0 boolean exclusiveMaximum into a number',
    given: 'type: integer\nminimum: 1\nmaximum: 5\nexclusiveMaximum: true',
    want: { kind: 'integer', minimum: 1, exclusiveMaximum: 5 },
  },
  {
    name: 'should read a type array with null as nullable',
    given: 'type: [integer, "null"]\nformat: int32',
    want: { kind: 'integer', format: 'int32', nullable: true },
  },
  { name: 'should read 3.0 nullable', given: 'type: string\nnullable: true', want: { kind: 'string', nullable: true } },
  { name: 'should read 2.0 x-nullable', given: 'type: string\nx-nullable: true', want: { kind: 'string', nullable: true } },
  { name: 'should read type null alone', given: 'type: "null"', want: { kind: 'null' } },
  {
    name: 'should read several non-null types as an anyOf union',
    given: 'type: [string, number, "null"]',
    want: { kind: 'union', mode: 'anyOf', variants: [{ kind: 'string' }, { kind: 'number' }], nullable: true },
  },
  { name: 'should read const', given: 'const: 42', want: { kind: 'const', value: 42 } },
  {
    name: 'should read a string enum with names and descriptions',
    given: 'type: string\nenum: [a, b]\nx-enumNames: [Alpha, Beta]\nx-enumDescriptions: [first, second]',
    want: {
      kind: 'enum',
      base: 'string',
      values: [
        { value: 'a', name: 'Alpha', description: 'first' },
        { value: 'b', name: 'Beta', description: 'second' },
      ],
    },
  },
  {
    name: 'should read a number enum as number when a value is fractional',
    given: 'enum: [1, 2.5]',
    want: { kind: 'enum', base: 'number', values: [{ value: 1 }, { value: 2.5 }] },
  },
  {
    name: 'should read null in an enum as nullable',
    given: 'type: [string, "null"]\nenum: [x, null]',
    want: { kind: 'enum', base: 'string', values: [{ value: 'x' }], nullable: true },
  },
  {
    name: 'should read a boolean enum as a union of constants',
    given: 'type: boolean\nenum: [true, false]',
    want: {
      kind: 'union',
      mode: 'anyOf',
      variants: [
        { kind: 'const', value: true },
        { kind: 'const', value: false },
      ],
    },
  },
  {
    name: 'should drop repeated enum values',
    given: 'type: string\nenum: [a, b, a]',
    want: { kind: 'enum', base: 'string', values: [{ value: 'a' }, { value: 'b' }] },
  },
  { name: 'should read a single-value non-string enum as const', given: 'enum: [true]', want: { kind: 'const', value: true } },
  {
    name: 'should read array keywords',
    given: 'type: array\nitems: {type: string}\nminItems: 1\nmaxItems: 3\nuniqueItems: true',
    want: { kind: 'array', items: { kind: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true },
  },
  {
    name: 'should read an array without items as unknown items',
    given: 'type: array',
    want: { kind: 'array', items: { kind: 'unknown' } },
  },
  {
    name: 'should read properties in document order, with required and descriptions moved to the property',
    given:
      'type: object\nrequired: [b]\nproperties:\n  "2": {type: string}\n  b: {type: integer, description: The b}\n  __proto__: {type: boolean}',
    want: {
      kind: 'object',
      properties: [
        { name: '2', schema: { kind: 'string' }, required: false },
        { name: 'b', schema: { kind: 'integer' }, required: true, description: 'The b' },
        { name: '__proto__', schema: { kind: 'boolean' }, required: false },
      ],
    },
  },
  {
    name: 'should read additionalProperties false as a closed object',
    given: 'type: object\nproperties: {a: {type: string}}\nadditionalProperties: false',
    want: { kind: 'object', properties: [{ name: 'a', schema: { kind: 'string' }, required: false }], additionalProperties: false },
  },
  {
    name: 'should read additionalProperties true as unknown extra keys',
    given: 'type: object\nadditionalProperties: true\nminProperties: 1',
    want: { kind: 'object', properties: [], additionalProperties: { kind: 'unknown' }, minProperties: 1 },
  },
  {
    name: 'should read a dictionary as a map with its key pattern',
    given: 'type: object\nadditionalProperties: {type: integer}\npropertyNames: {pattern: "^[a-z]+$"}',
    want: { kind: 'map', values: { kind: 'integer' }, keyPattern: '^[a-z]+$' },
  },
  {
    name: 'should imply object from properties when type is absent',
    given: 'properties: {a: {}}',
    want: { kind: 'object', properties: [{ name: 'a', schema: { kind: 'unknown' }, required: false }] },
  },
  {
    name: 'should read a $ref with a description',
    given: '$ref: "#/components/schemas/T"\ndescription: see T',
    others: 'T: {type: string}',
    want: { kind: 'ref', name: 'T', description: 'see T' },
  },
  {
    name: 'should read allOf with one $ref and a description as that ref',
    given: 'allOf: [{$ref: "#/components/schemas/T"}]\ndescription: d\nnullable: true',
    others: 'T: {type: string}',
    want: { kind: 'ref', name: 'T', description: 'd', nullable: true },
  },
  {
    name: 'should read a $ref with structural siblings (3.1) as an intersection',
    given: '$ref: "#/components/schemas/T"\nproperties: {x: {type: string}}',
    others: 'T: {type: object}',
    want: {
      kind: 'intersection',
      parts: [
        { kind: 'ref', name: 'T' },
        { kind: 'object', properties: [{ name: 'x', schema: { kind: 'string' }, required: false }] },
      ],
    },
  },
  {
    name: 'should lift a null variant out of oneOf',
    given: 'oneOf: [{$ref: "#/components/schemas/T"}, {type: "null"}]',
    others: 'T: {type: string}',
    want: { kind: 'ref', name: 'T', nullable: true },
  },
  {
    name: 'should read anyOf with a discriminator and mapping to names',
    given:
      'anyOf: [{$ref: "#/components/schemas/A"}, {$ref: "#/components/schemas/B"}]\ndiscriminator: {propertyName: t, mapping: {a: A, b: "#/components/schemas/B"}}',
    others: 'A: {type: object}\nB: {type: object}',
    want: {
      kind: 'union',
      mode: 'anyOf',
      variants: [
        { kind: 'ref', name: 'A' },
        { kind: 'ref', name: 'B' },
      ],
      discriminator: { propertyName: 't', mapping: { a: 'A', b: 'B' } },
    },
  },
  {
    name: 'should read a typed object with oneOf as an intersection of both, a variant requiring what the object defines',
    given: 'type: object\nproperties: {id: {type: string}}\noneOf: [{required: [id]}, {type: object}]',
    want: {
      kind: 'intersection',
      parts: [
        { kind: 'object', properties: [{ name: 'id', schema: { kind: 'string' }, required: false }] },
        {
          kind: 'union',
          mode: 'oneOf',
          variants: [
            { kind: 'object', properties: [{ name: 'id', schema: { kind: 'string' }, required: true, restated: true }] },
            { kind: 'object', properties: [] },
          ],
        },
      ],
    },
  },
  {
    name: 'should keep the required of allOf [$ref] + required as required properties the ref defines',
    given: 'allOf: [{$ref: "#/components/schemas/B"}]\nrequired: [name, size]\ndescription: d',
    others: 'B: {type: object, properties: {name: {type: string, description: The name.}, size: {type: integer}, tag: {type: string}}}',
    want: {
      kind: 'intersection',
      parts: [
        { kind: 'ref', name: 'B' },
        {
          kind: 'object',
          properties: [
            { name: 'name', schema: { kind: 'string' }, required: true, restated: true },
            { name: 'size', schema: { kind: 'integer' }, required: true, restated: true },
          ],
        },
      ],
      description: 'd',
    },
  },
  {
    name: 'should keep the required of allOf [$ref] + local properties, for local and inherited names alike',
    given: 'allOf: [{$ref: "#/components/schemas/B"}]\nproperties: {tag: {type: string}}\nrequired: [tag, name]',
    others: 'B: {type: object, properties: {name: {type: string}}}',
    want: {
      kind: 'intersection',
      parts: [
        { kind: 'ref', name: 'B' },
        {
          kind: 'object',
          properties: [
            { name: 'tag', schema: { kind: 'string' }, required: true },
            { name: 'name', schema: { kind: 'string' }, required: true, restated: true },
          ],
        },
      ],
    },
  },
  {
    name: 'should keep a required part of allOf, found through a chain of refs and allOfs',
    given: 'allOf: [{$ref: "#/components/schemas/C"}, {required: [name]}]',
    others: 'C: {allOf: [{$ref: "#/components/schemas/B"}]}\nB: {properties: {name: {$ref: "#/components/schemas/N"}}}\nN: {type: string}',
    want: {
      kind: 'intersection',
      parts: [
        { kind: 'ref', name: 'C' },
        { kind: 'object', properties: [{ name: 'name', schema: { kind: 'ref', name: 'N' }, required: true, restated: true }] },
      ],
    },
  },
  {
    name: 'should carry title, default, examples (3.0 example too), flags and extensions',
    given:
      'type: string\ntitle: T\ndefault: x\nexamples: [a]\nexample: b\nreadOnly: true\nwriteOnly: true\ndeprecated: true\nx-internal: {a: 1}',
    want: {
      kind: 'string',
      title: 'T',
      default: 'x',
      examples: ['a', 'b'],
      readOnly: true,
      writeOnly: true,
      deprecated: true,
      extensions: { 'x-internal': { a: 1 } },
    },
  },
  { name: 'should read 2.0 type file as a binary string', given: 'type: file', want: { kind: 'string', format: 'binary' } },
  {
    name: 'should read string content keywords',
    given: 'type: string\ncontentMediaType: image/png\ncontentEncoding: base64',
    want: { kind: 'string', contentMediaType: 'image/png', contentEncoding: 'base64' },
  },
  { name: 'should read an empty schema as unknown', given: '{}', want: { kind: 'unknown' } },
  {
    name: 'should read a 3.1 tuple (prefixItems) with a typed rest',
    given: 'type: array\nprefixItems: [{type: number}, {type: string}]\nitems: {type: boolean}\nminItems: 1',
    want: { kind: 'array', prefixItems: [{ kind: 'number' }, { kind: 'string' }], items: { kind: 'boolean' }, minItems: 1 },
  },
  {
    name: 'should read a closed tuple (items: false) as one of at most its length',
    given: 'prefixItems: [{type: number}, {type: number}]\nitems: false\nminItems: 2',
    want: { kind: 'array', prefixItems: [{ kind: 'number' }, { kind: 'number' }], items: { kind: 'unknown' }, minItems: 2, maxItems: 2 },
  },
  {
    name: 'should read a draft-04 tuple (items as a list) with additionalItems',
    given: 'type: array\nitems: [{type: string}]\nadditionalItems: false',
    want: { kind: 'array', prefixItems: [{ kind: 'string' }], items: { kind: 'unknown' }, maxItems: 1 },
  },
];

describe('readSchema', () => {
  it.each(cases)('$name', async ({ given, others, want }) => {
    const { schema, lines } = await importSchema(given, others);
    expect(lines.filter((line) => / error /.test(line))).toEqual([]);
    expect(schema).toEqual(want);
  });

  it('should report a required name no part of the composition defines, and only that one', async () => {
    const { schema, lines } = await importSchema(
      'allOf: [{$ref: "#/components/schemas/B"}]\nrequired: [name, ghost]',
      'B: {type: object, properties: {name: {type: string}}}',
    );
    expect(schema).toMatchObject({ parts: [{ kind: 'ref' }, { properties: [{ name: 'name', required: true, restated: true }] }] });
    expect(lines).toEqual([expect.stringMatching(/ info "required" without properties \(ghost\) is not carried/)]);
  });

  it('should name a $defs target by its key and a pointer target by its path', async () => {
    const { schema, schemas } = await importSchema(
      'type: object\nproperties:\n  line: {$ref: "#/components/schemas/S/$defs/Line"}\n  odd: {$ref: "#/components/schemas/S/properties/line"}\n$defs:\n  Line: {type: string}',
    );
    expect(schema).toMatchObject({
      properties: [{ schema: { kind: 'ref', name: 'Line' } }, { schema: { kind: 'ref', name: 'schemas_S_properties_line' } }],
    });
    expect(schemas.Line).toEqual({ kind: 'string' });
    expect(schemas.schemas_S_properties_line).toEqual({ kind: 'ref', name: 'Line' });
  });

  it('should give a hoisted name that clashes with a component the next free suffix', async () => {
    const { schemas } = await importSchema(
      'type: object\nproperties:\n  a: {$ref: "#/components/schemas/S/$defs/T"}\n$defs:\n  T: {type: integer}',
      'T: {type: string}',
    );
    expect(schemas.T).toEqual({ kind: 'string' });
    expect(schemas.T_2).toEqual({ kind: 'integer' });
  });

  it('should keep every root component name when two only $ref the same file', async () => {
    const { spec, lines } = await importTexts({
      'a.yaml':
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    First: {$ref: 'b.yaml'}\n    Second: {$ref: 'b.yaml'}\n    'a/b~c%d': {type: string}\n",
      'b.yaml': 'type: integer\n',
    });
    expect(lines).toEqual([]);
    expect(withoutSources(spec!.fragment.schemas).map((named) => [named.name, named.schema])).toEqual([
      ['First', { kind: 'integer' }],
      ['Second', { kind: 'ref', name: 'First' }],
      ['a/b~c%d', { kind: 'string' }],
    ]);
  });

  it('should load and name discriminator mapping targets in other files', async () => {
    const { spec, lines } = await importTexts({
      'a.yaml':
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    U:\n      oneOf: [{$ref: 'b.yaml#/B'}]\n      discriminator: {propertyName: k, mapping: {b: 'b.yaml#/B', c: './c.yaml'}}\n",
      'b.yaml': 'B: {type: object}\n',
      'c.yaml': 'type: object\n',
    });
    expect(lines).toEqual([]);
    const u = withoutSources(spec!.fragment.schemas.find((named) => named.name === 'U')!.schema);
    expect(u).toEqual({
      kind: 'union',
      mode: 'oneOf',
      variants: [{ kind: 'ref', name: 'B' }],
      discriminator: { propertyName: 'k', mapping: { b: 'B', c: 'c' } },
    });
  });

  it('should apply YAML merge keys, explicit keys winning', async () => {
    const { spec, lines } = await importTexts({
      'a.yaml':
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Base: &base\n      type: object\n      description: base\n      properties: {a: {type: string}}\n    S:\n      <<: *base\n      description: extended\n    T: *later\n    U: &later {type: string}\n",
    });
    expect(lines).toEqual([
      'a.yaml:13:8 error The YAML alias *later names no anchor before it; read as null. (spec-invalid)',
      'a.yaml:13:5 error A schema must be an object. (spec-invalid)',
    ]);
    const schemas = Object.fromEntries(withoutSources(spec!.fragment.schemas).map((named) => [named.name, named.schema]));
    expect(schemas.S).toEqual({
      kind: 'object',
      description: 'extended',
      properties: [{ name: 'a', required: false, schema: { kind: 'string' } }],
    });
  });

  it.each([
    ['not', 'not: {type: string}'],
    ['patternProperties', 'type: object\npatternProperties: {"^x": {type: string}}'],
    ['contains', 'type: array\ncontains: {type: string}'],
    ['if', 'if: {type: string}\nthen: {minLength: 1}'],
  ])('should report the unsupported keyword %s and carry on', async (_keyword, given) => {
    const { schema, lines } = await importSchema(given);
    expect(schema).toBeDefined();
    expect(lines.some((line) => line.includes('(unsupported-keyword)'))).toBe(true);
  });
});
