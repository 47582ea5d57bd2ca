import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { type ApiDocumentSchema, parseIr, schemaKindSchemas } from '../../src/ir/ir-schema.js';
import type * as Ir from '../../src/ir/types.js';
import { richApiDocument } from './rich-api-document.js';

/** True only when A and B are the same type (not merely mutually assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Kinds = typeof schemaKindSchemas;
type Member<K extends Ir.SchemaKind> = Extract<Ir.Schema, { kind: K }>;

// Compile-time: the zod schema and the IR types describe the same data. `tsc` fails here
// when one of them gains, loses or changes a field without the other.
const documentMatches: [Equals<z.infer<typeof ApiDocumentSchema>, Ir.ApiDocument>] = [true];
const kindsMatch: { [K in Ir.SchemaKind]: Equals<z.infer<Kinds[K]>, Member<K>> } = {
  string: true,
  integer: true,
  number: true,
  boolean: true,
  null: true,
  array: true,
  object: true,
  map: true,
  enum: true,
  const: true,
  ref: true,
  union: true,
  intersection: true,
  unknown: true,
};

describe('ApiDocumentSchema', () => {
  it('should describe the same types as src/ir/types.ts', () => {
    expectTypeOf<z.infer<typeof ApiDocumentSchema>>().toEqualTypeOf<Ir.ApiDocument>();
    expect(documentMatches).toEqual([true]);
    expect(Object.keys(kindsMatch).sort()).toEqual(Object.keys(schemaKindSchemas).sort());
  });
});

describe('parseIr', () => {
  it('should accept the rich fixture and return it unchanged', () => {
    const doc = richApiDocument();
    expect(parseIr(doc)).toBe(doc);
  });

  interface BadCase {
    name: string;
    // biome-ignore lint/suspicious/noExplicitAny: each case breaks the document at a deep path
    mutate: (doc: Record<string, any>) => void;
    want: RegExp;
  }

  const bad: BadCase[] = [
    { name: 'wrong IR version', mutate: (doc) => (doc.irVersion = 2), want: /irVersion/ },
    { name: 'unknown schema kind', mutate: (doc) => (doc.schemas[0].schema = { kind: 'tuple' }), want: /schemas\[0\]\.schema/ },
    {
      name: 'nested bad schema',
      mutate: (doc) => (doc.schemas[9].schema.properties[4].schema.items = { kind: 'string', minLength: '1' }),
      want: /minLength/,
    },
    { name: 'missing required field', mutate: (doc) => delete doc.operations[0].responses, want: /operations\[0\]\.responses/ },
    { name: 'unknown key (drift)', mutate: (doc) => (doc.operations[0].verb = 'GET'), want: /Unrecognized key.*verb/ },
    { name: 'bad method', mutate: (doc) => (doc.operations[0].method = 'fetch'), want: /method/ },
    { name: 'bad source point', mutate: (doc) => (doc.operations[0].source.start.line = 1.5), want: /source\.start\.line/ },
    {
      name: 'non-JSON example value',
      mutate: (doc) => (doc.operations[0].parameters[2].examples[0].value = () => 1),
      want: /examples\[0\]\.value/,
    },
  ];

  it.each(bad)('should reject $name with a readable message', ({ mutate, want }) => {
    // biome-ignore lint/suspicious/noExplicitAny: each case breaks the document at a deep path
    const doc = richApiDocument() as unknown as Record<string, any>;
    mutate(doc);
    expect(() => parseIr(doc)).toThrow(want);
    expect(() => parseIr(doc)).toThrow(/^Invalid specdown IR:\n✖ /);
  });

  it('should reject what is not an IR document at all', () => {
    expect(() => parseIr(null)).toThrow(/Invalid specdown IR/);
    expect(() => parseIr('{}')).toThrow(/Invalid specdown IR/);
    expect(() => parseIr([])).toThrow(/Invalid specdown IR/);
  });
});
