import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildNames } from '../../../src/emit/shared/naming.js';
import { namedContext } from '../../../src/emit/zod/declarations.js';
import { renderZod } from '../../../src/emit/zod/schema.js';
import type { NamedSchema, Schema } from '../../../src/ir/types.js';
import { richDocument } from '../shared/rich-document.js';

const doc = richDocument();
const names = buildNames(doc);
const named = new Map<string, NamedSchema>(doc.schemas.map((schema) => [schema.name, schema]));
const context = namedContext(names, named, new Set(['Tree']), (name) => name === 'Tree');

/** Evaluates generated zod code with `z` and a few named schemas in scope. */
function evaluate(code: string): z.ZodType {
  const scope = {
    CatSchema: z.looseObject({ petType: z.literal('cat'), lives: z.int() }),
    DogSchema: z.looseObject({ petType: z.literal('dog'), good: z.boolean() }),
    AttachmentSchema: z.strictObject({ name: z.string() }),
    TreeSchema: z.looseObject({ label: z.string() }),
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('z', 'scope', `with (scope) { return ${code}; }`)(z, scope) as z.ZodType;
}

interface Case {
  name: string;
  given: Schema;
  want: string;
  valid: unknown[];
  invalid: unknown[];
}

const cases: Case[] = [
  {
    name: 'string',
    given: { kind: 'string', minLength: 2, maxLength: 3 },
    want: 'z.string().min(2).max(3)',
    valid: ['ab', 'abc'],
    invalid: ['a', 'abcd', 1],
  },
  {
    name: 'date-time with offset and 5-7 fraction digits',
    given: { kind: 'string', format: 'date-time' },
    want: 'z.iso.datetime({ offset: true, local: true })',
    valid: ['2015-09-27T17:37:39.36531+02:00', '2015-09-27T17:37:39.3653123-05:00', '2015-09-27T17:37:39Z', '2015-09-27T17:37:39'],
    invalid: ['2015-09-27', 'yesterday', '2015-13-27T17:37:39Z'],
  },
  {
    name: 'date',
    given: { kind: 'string', format: 'date' },
    want: 'z.iso.date()',
    valid: ['2024-02-29'],
    invalid: ['2024-02-30T00:00:00Z', 'x'],
  },
  { name: 'email', given: { kind: 'string', format: 'email' }, want: 'z.email()', valid: ['a@example.com'], invalid: ['not an email'] },
  {
    name: 'uuid (lenient GUID)',
    given: { kind: 'string', format: 'uuid' },
    want: 'z.guid()',
    valid: ['00000000-0000-0000-0000-000000000000', 'c56a4180-65aa-42ec-a945-5fd21dec0538'],
    invalid: ['c56a4180'],
  },
  { name: 'unknown format', given: { kind: 'string', format: 'uri' }, want: 'z.string()', valid: ['/relative'], invalid: [3] },
  {
    name: 'pattern',
    given: { kind: 'string', pattern: "^a'\\d+$" },
    want: "z.string().regex(new RegExp('^a\\'\\\\d+$'))",
    valid: ["a'12"],
    invalid: ['a12'],
  },
  {
    name: 'invalid pattern is not enforced',
    given: { kind: 'string', pattern: '(?i)abc[' },
    want: 'z.string()',
    valid: ['x'],
    invalid: [],
  },
  {
    name: 'integer',
    given: { kind: 'integer', minimum: 0, exclusiveMaximum: 10, multipleOf: 2 },
    want: 'z.int().gte(0).lt(10).multipleOf(2)',
    valid: [0, 8],
    invalid: [-2, 10, 3, 1.5, '2'],
  },
  {
    name: 'int64 beyond the safe range',
    given: { kind: 'integer', format: 'int64', minimum: 0 },
    want: 'z.number().refine(Number.isInteger).gte(0)',
    valid: [JSON.parse('637000000000000000'), 0],
    invalid: [1.5, -1, '1'],
  },
  {
    name: 'number',
    given: { kind: 'number', maximum: 1.5, exclusiveMinimum: -1 },
    want: 'z.number().lte(1.5).gt(-1)',
    valid: [1.5, -0.5],
    invalid: [-1, 2],
  },
  { name: 'boolean', given: { kind: 'boolean' }, want: 'z.boolean()', valid: [true], invalid: ['true'] },
  { name: 'null', given: { kind: 'null' }, want: 'z.null()', valid: [null], invalid: [undefined, 0] },
  { name: 'unknown', given: { kind: 'unknown', nullable: true }, want: 'z.unknown()', valid: [null, {}, 1], invalid: [] },
  { name: 'nullable', given: { kind: 'string', nullable: true }, want: 'z.string().nullable()', valid: ['a', null], invalid: [undefined] },
  {
    name: 'array',
    given: { kind: 'array', items: { kind: 'integer' }, minItems: 1 },
    want: 'z.array(z.int()).min(1)',
    valid: [[1]],
    invalid: [[], ['1']],
  },
  {
    name: 'map',
    given: { kind: 'map', values: { kind: 'boolean' }, keyPattern: '^x' },
    want: "z.record(z.string().regex(new RegExp('^x')), z.boolean())",
    valid: [{ xa: true }],
    invalid: [{ y: true }, { xa: 1 }],
  },
  {
    name: 'string enum',
    given: { kind: 'enum', base: 'string', values: [{ value: 'a' }, { value: 'b' }] },
    want: "z.enum(['a', 'b'])",
    valid: ['a'],
    invalid: ['c'],
  },
  {
    name: 'integer enum',
    given: { kind: 'enum', base: 'integer', values: [{ value: 0, name: 'Zero' }, { value: 2 }] },
    want: 'z.literal([0, 2])',
    valid: [0, 2],
    invalid: [1, '0'],
  },
  {
    name: 'one-value enum',
    given: { kind: 'enum', base: 'string', values: [{ value: 'x' }] },
    want: "z.literal('x')",
    valid: ['x'],
    invalid: ['y'],
  },
  { name: 'empty enum', given: { kind: 'enum', base: 'string', values: [] }, want: 'z.never()', valid: [], invalid: ['x'] },
  { name: 'const', given: { kind: 'const', value: 'v1' }, want: "z.literal('v1')", valid: ['v1'], invalid: ['v2'] },
  {
    name: 'const object',
    given: { kind: 'const', value: { a: [1, null] } },
    want: 'z.strictObject({\n  a: z.tuple([z.literal(1), z.null()]),\n})',
    valid: [{ a: [1, null] }],
    invalid: [{ a: [1, null], b: 1 }, { a: [2, null] }],
  },
  {
    name: 'ref',
    given: { kind: 'ref', name: 'Cat' },
    want: 'CatSchema',
    valid: [{ petType: 'cat', lives: 3 }],
    invalid: [{ petType: 'cat' }],
  },
  {
    name: 'lazy ref in a cycle',
    given: { kind: 'ref', name: 'Tree', nullable: true },
    want: 'z.lazy(() => TreeSchema).nullable()',
    valid: [{ label: 'a' }, null],
    invalid: [{}],
  },
  { name: 'dangling ref', given: { kind: 'ref', name: 'Missing' }, want: 'z.unknown()', valid: [1], invalid: [] },
  {
    name: 'discriminated union',
    given: {
      kind: 'union',
      mode: 'oneOf',
      variants: [
        { kind: 'ref', name: 'Cat' },
        { kind: 'ref', name: 'Dog' },
      ],
      discriminator: { propertyName: 'petType' },
    },
    want: "z.discriminatedUnion('petType', [CatSchema, DogSchema])",
    valid: [{ petType: 'dog', good: true }],
    invalid: [{ petType: 'cow' }, { petType: 'dog', good: 1 }],
  },
  {
    name: 'union without literal discriminators',
    given: {
      kind: 'union',
      mode: 'oneOf',
      variants: [{ kind: 'ref', name: 'Cat' }, { kind: 'string' }],
      discriminator: { propertyName: 'petType' },
    },
    want: 'z.union([CatSchema, z.string()])',
    valid: ['x', { petType: 'cat', lives: 1 }],
    invalid: [1],
  },
  {
    name: 'one-variant union',
    given: { kind: 'union', mode: 'anyOf', variants: [{ kind: 'string' }] },
    want: 'z.string()',
    valid: ['a'],
    invalid: [1],
  },
  { name: 'empty union', given: { kind: 'union', mode: 'anyOf', variants: [] }, want: 'z.never()', valid: [], invalid: [1] },
  {
    name: 'intersection',
    given: {
      kind: 'intersection',
      parts: [
        { kind: 'ref', name: 'Cat' },
        { kind: 'object', properties: [{ name: 'n', required: true, schema: { kind: 'string' } }] },
        { kind: 'unknown' },
      ],
    },
    want: 'z.intersection(z.intersection(CatSchema, z.looseObject({\n  n: z.string(),\n})), z.unknown())',
    valid: [{ petType: 'cat', lives: 1, n: 'x' }],
    invalid: [{ petType: 'cat', lives: 1 }],
  },
  { name: 'empty intersection', given: { kind: 'intersection', parts: [] }, want: 'z.unknown()', valid: [1], invalid: [] },
  {
    name: 'open object keeps unknown keys',
    given: {
      kind: 'object',
      properties: [
        { name: 'id', required: true, schema: { kind: 'integer' } },
        { name: 'odata.nextLink', required: false, description: 'a */ b', schema: { kind: 'string' } },
      ],
    },
    want: "z.looseObject({\n  id: z.int(),\n  /** a *\\/ b */\n  'odata.nextLink': z.string().optional(),\n})",
    valid: [{ id: 1 }, { id: 1, extra: true, 'odata.nextLink': 'x' }],
    invalid: [{ id: '1' }, {}],
  },
  {
    name: 'closed object',
    given: { kind: 'object', properties: [{ name: 'id', required: false, schema: { kind: 'integer' } }], additionalProperties: false },
    want: 'z.strictObject({\n  id: z.int().optional(),\n})',
    valid: [{}, { id: 1 }],
    invalid: [{ id: 1, extra: true }],
  },
  {
    name: 'object with typed extra keys',
    given: {
      kind: 'object',
      properties: [{ name: 'id', required: true, schema: { kind: 'integer' } }],
      additionalProperties: { kind: 'string' },
    },
    want: 'z.object({\n  id: z.int(),\n}).catchall(z.string())',
    valid: [{ id: 1, a: 'x' }],
    invalid: [{ id: 1, a: 2 }],
  },
  {
    name: '__proto__ property',
    given: { kind: 'object', properties: [{ name: '__proto__', required: true, schema: { kind: 'string' } }], additionalProperties: false },
    want: "z.strictObject({\n  ['__proto__']: z.string(),\n})",
    // zod v4 skips a declared `__proto__` key when parsing (it never copies it into the output):
    // the key cannot be validated, but it cannot pollute a prototype either.
    valid: [JSON.parse('{"__proto__": "x"}'), {}],
    invalid: [{ other: 1 }],
  },
];

describe('renderZod', () => {
  it.each(cases)('should render $name', ({ given, want }) => {
    expect(renderZod(given, context)).toBe(want);
  });

  it.each(cases)('should validate $name at runtime', ({ given, valid, invalid }) => {
    const schema = evaluate(renderZod(given, context));
    for (const value of valid) expect(schema.safeParse(value).success, JSON.stringify(value)).toBe(true);
    for (const value of invalid) expect(schema.safeParse(value).success, JSON.stringify(value)).toBe(false);
  });

  it('should keep unknown keys of open objects when parsing', () => {
    const schema = evaluate(
      renderZod({ kind: 'object', properties: [{ name: 'id', required: true, schema: { kind: 'integer' } }] }, context),
    );
    expect(schema.parse({ id: 1, extra: 'kept' })).toEqual({ id: 1, extra: 'kept' });
  });

  it('should make __proto__ an own property of the shape, not the prototype', () => {
    const schema = evaluate(
      renderZod({ kind: 'object', properties: [{ name: '__proto__', required: true, schema: { kind: 'string' } }] }, context),
    ) as z.ZodObject;
    expect(Object.hasOwn(schema.shape, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(schema.shape)).toBe(Object.prototype);
  });

  it('should never let a __proto__ key in the data reach the prototype of the output', () => {
    const schema = evaluate(
      renderZod({ kind: 'object', properties: [{ name: '__proto__', required: false, schema: { kind: 'unknown' } }] }, context),
    );
    const output = schema.parse(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(output.polluted).toBeUndefined();
  });

  it('should handle every schema kind of the IR', () => {
    expect([...new Set(cases.map((entry) => entry.given.kind))].sort()).toEqual([
      'array',
      'boolean',
      'const',
      'enum',
      'integer',
      'intersection',
      'map',
      'null',
      'number',
      'object',
      'ref',
      'string',
      'union',
      'unknown',
    ]);
  });
});
