import { describe, expect, it } from 'vitest';
import { emitTypes } from '../../src/emit/typescript/index.js';
import { emitZod } from '../../src/emit/zod/index.js';
import type { ApiDocument, NamedSchema, Schema } from '../../src/ir/types.js';
import { narrowDiscriminators } from '../../src/lower/discriminators.js';
import { agreementErrors, importSchemas, useScratchDir } from '../emit/shared/generated-project.js';

const named = (name: string, schema: Schema): NamedSchema => ({ name, schema, origin: 'imported', sources: [] });
const ref = (name: string): Schema => ({ kind: 'ref', name });
const pet = named('Pet', { kind: 'object', properties: [{ name: 'pet_type', schema: { kind: 'string' }, required: true }] });
const cat = named('Cat', {
  kind: 'intersection',
  parts: [ref('Pet'), { kind: 'object', properties: [{ name: 'hunts', schema: { kind: 'boolean' }, required: false }] }],
});
const dog = named('Dog', {
  kind: 'intersection',
  parts: [ref('Pet'), { kind: 'object', properties: [{ name: 'bark', schema: { kind: 'boolean' }, required: false }] }],
});
const fixed = named('Fixed', {
  kind: 'object',
  properties: [{ name: 'pet_type', schema: { kind: 'const', value: 'fixed' }, required: true }],
});
const text = named('Text', { kind: 'string' });

function doc(body: Schema, schemas: NamedSchema[] = [pet, cat, dog, fixed, text]): ApiDocument {
  return {
    irVersion: 1,
    info: { title: 'T', version: '1' },
    servers: [],
    tags: [],
    operations: [
      {
        operationId: 'patchPet',
        method: 'patch',
        path: '/pets',
        tags: [],
        parameters: [],
        requestBody: { required: true, content: [{ mediaType: 'application/json', schema: body, examples: [] }] },
        responses: [{ status: '204', description: 'ok', headers: [], content: [] }],
      },
    ],
    schemas,
    securitySchemes: [],
  };
}

/** What each variant of the body's union became: `Cat=Cat` (implicit), `Dog=dog|doggo`, `-` (untouched). */
function tags(d: ApiDocument): string[] {
  let body = d.operations[0]!.requestBody!.content[0]!.schema!;
  if (body.kind === 'object') body = body.properties[0]!.schema;
  if (body.kind !== 'union') return [];
  return body.variants.map((variant) => {
    if (variant.kind !== 'intersection') return '-';
    const [target, tag] = variant.parts as [Schema, Schema];
    const value = tag.kind === 'object' ? tag.properties[0]!.schema : undefined;
    const shown = value?.kind === 'const' ? String(value.value) : value?.kind === 'enum' ? value.values.map((v) => v.value).join('|') : '?';
    return `${target.kind === 'ref' ? target.name : '?'}=${shown}`;
  });
}

const union = (variants: Schema[], mapping?: Record<string, string>): Schema => ({
  kind: 'union',
  mode: 'oneOf',
  variants,
  discriminator: mapping ? { propertyName: 'pet_type', mapping } : { propertyName: 'pet_type' },
});

describe('narrowDiscriminators', () => {
  it.each<{ name: string; given: Schema; want: string[] }>([
    { name: 'should use the schema name when there is no mapping', given: union([ref('Cat'), ref('Dog')]), want: ['Cat=Cat', 'Dog=Dog'] },
    {
      name: 'should use the mapping keys, several keys as an enum',
      given: union([ref('Cat'), ref('Dog')], { cat: 'Cat', dog: 'Dog', doggo: 'Dog' }),
      want: ['Cat=cat', 'Dog=dog|doggo'],
    },
    { name: 'should leave variants that already fix the property', given: union([ref('Fixed'), ref('Cat')]), want: ['-', 'Cat=Cat'] },
    { name: 'should leave variants that are no object', given: union([ref('Text'), ref('Cat')]), want: ['-', 'Cat=Cat'] },
    {
      name: 'should narrow unions nested in properties',
      given: { kind: 'object', properties: [{ name: 'pet', schema: union([ref('Cat')]), required: true }] },
      want: ['Cat=Cat'],
    },
    {
      name: 'should leave unions without a discriminator',
      given: { kind: 'union', mode: 'oneOf', variants: [ref('Cat'), ref('Dog')] },
      want: ['-', '-'],
    },
  ])('$name', ({ given, want }) => {
    expect(tags(narrowDiscriminators(doc(given)))).toEqual(want);
  });
});

describe('discriminated unions in types.ts and schemas.ts', () => {
  const scratch = useScratchDir();
  const given = doc(union([ref('Cat'), ref('Dog')]));
  const types = emitTypes(given);
  const schemas = emitZod(given);

  it('should type each variant with its discriminator value', () => {
    expect(types).toContain("export type PatchPetRequestBody = Cat & {\n  pet_type: 'Cat';\n} | Dog & {\n  pet_type: 'Dog';\n};");
  });

  it('should compile, the types agreeing with the schemas', () => {
    const dir = scratch();
    expect(agreementErrors(dir, types, schemas)).toEqual([]);
  });

  it('should reject a body whose discriminator names no variant', async () => {
    const dir = scratch();
    const module = await importSchemas<{ PatchPetRequestBodySchema: { safeParse(value: unknown): { success: boolean } } }>(dir, schemas);
    expect(module.PatchPetRequestBodySchema.safeParse({ pet_type: 'Cat', hunts: true }).success).toBe(true);
    expect(module.PatchPetRequestBodySchema.safeParse({ pet_type: 'Dog' }).success).toBe(true);
    expect(module.PatchPetRequestBodySchema.safeParse({ pet_type: 'Cow' }).success).toBe(false);
  });
});

describe('discriminators declared on a base type (allOf inheritance)', () => {
  const base = (mapping?: Record<string, string>, property: Schema = { kind: 'string' }): NamedSchema =>
    named('Pet', {
      kind: 'object',
      properties: [{ name: 'pet_type', schema: property, required: true }],
      discriminator: mapping ? { propertyName: 'pet_type', mapping } : { propertyName: 'pet_type' },
    });
  /** The tag appended to each named subtype: `Cat=Cat`, `Dog=dog|doggo`, `-` for none. */
  const subtypeTags = (schemas: NamedSchema[]): string[] =>
    narrowDiscriminators(doc(ref('Pet'), schemas))
      .schemas.filter((schema) => schema.name !== 'Pet')
      .map((schema) => {
        if (schemas.includes(schema)) return `${schema.name}=-`;
        const last = schema.schema.kind === 'intersection' ? schema.schema.parts.at(-1) : undefined;
        const value =
          last?.kind === 'object' && last.properties.length === 1 && last.properties[0]!.name === 'pet_type'
            ? last.properties[0]!.schema
            : undefined;
        const shown =
          value?.kind === 'const' ? String(value.value) : value?.kind === 'enum' ? value.values.map((v) => v.value).join('|') : '-';
        return `${schema.name}=${shown}`;
      });

  it.each<{ name: string; schemas: NamedSchema[]; want: string[] }>([
    {
      name: 'should tag each subtype with its own name when there is no mapping',
      schemas: [base(), cat, dog],
      want: ['Cat=Cat', 'Dog=Dog'],
    },
    {
      name: 'should tag each subtype with its mapping keys',
      schemas: [base({ cat: 'Cat', dog: 'Dog', doggo: 'Dog' }), cat, dog],
      want: ['Cat=cat', 'Dog=dog|doggo'],
    },
    { name: 'should leave subtypes of a base without a discriminator', schemas: [pet, cat, dog], want: ['Cat=-', 'Dog=-'] },
    { name: 'should leave a base whose property is no string', schemas: [base(undefined, { kind: 'integer' }), cat], want: ['Cat=-'] },
    {
      name: 'should leave a subtype that fixes the property itself',
      schemas: [
        base(),
        named('Cat', {
          kind: 'intersection',
          parts: [
            ref('Pet'),
            { kind: 'object', properties: [{ name: 'pet_type', schema: { kind: 'const', value: 'kitty' }, required: true }] },
          ],
        }),
      ],
      want: ['Cat=-'],
    },
  ])('$name', ({ schemas, want }) => {
    expect(subtypeTags(schemas)).toEqual(want);
  });

  it('should not tag a oneOf variant twice when its subtype is already tagged', () => {
    const narrowed = narrowDiscriminators(doc(union([ref('Cat'), ref('Dog')]), [base(), cat, dog]));
    expect(tags(narrowed)).toEqual(['-', '-']);
  });

  const scratch = useScratchDir();
  const given = doc(ref('Cat'), [base({ cat: 'Cat' }), cat, dog]);
  const types = emitTypes(given);
  const schemas = emitZod(given);

  it('should type a subtype with its tag, compiling and agreeing with its schema', () => {
    expect(types).toMatch(/export type Cat = Pet & \{[^}]*hunts\?: boolean[^}]*\} & \{\n {2}pet_type: 'cat';\n\};/);
    const dir = scratch();
    expect(agreementErrors(dir, types, schemas)).toEqual([]);
  });

  it("should reject a subtype's body carrying another subtype's tag", async () => {
    const dir = scratch();
    const module = await importSchemas<{ CatSchema: { safeParse(value: unknown): { success: boolean } } }>(dir, schemas);
    expect(module.CatSchema.safeParse({ pet_type: 'cat', hunts: true }).success).toBe(true);
    expect(module.CatSchema.safeParse({ pet_type: 'Dog', hunts: true }).success).toBe(false);
  });
});
