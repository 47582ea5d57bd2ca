/**
 * A schemas.ts of many schemas builds each in a function of its own (schema-const.ts): the same
 * exports, types and runtime behaviour as the inline form, every schema (those in reference cycles
 * included, which the function form casts to their types.ts type) agreeing with its type.
 */
import { describe, expect, it } from 'vitest';
import { emitTypes } from '../../../src/emit/typescript/index.js';
import { emitZod } from '../../../src/emit/zod/index.js';
import { FUNCTION_FORM_FROM } from '../../../src/emit/zod/schema-const.js';
import type { ApiDocument, NamedSchema, Schema } from '../../../src/ir/types.js';
import {
  agreementSource,
  compileStrict,
  exportedTypeNames,
  importSchemas,
  type Parser,
  useScratchDir,
  writeFiles,
} from '../shared/generated-project.js';
import { richDocument } from '../shared/rich-document.js';

/** `schema` with every ref renamed by `rename`. */
function renameRefs(schema: Schema, rename: (name: string) => string): Schema {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === '' || typeof value !== 'object' || value === null || value.kind !== 'ref' ? value : { ...value, name: rename(value.name) },
  ) as Schema;
}

/** The rich document with `copies` more copies of its schemas (`XCopy1`, …, refs renamed alike). */
function withCopies(doc: ApiDocument, copies: number): ApiDocument {
  const extra: NamedSchema[] = [];
  for (let n = 1; n <= copies; n++) {
    const rename = (name: string) => `${name}Copy${n}`;
    for (const entry of doc.schemas) extra.push({ ...entry, name: rename(entry.name), schema: renameRefs(entry.schema, rename) });
  }
  return { ...doc, schemas: [...doc.schemas, ...extra] };
}

/** A document of `count` small object schemas and nothing else: `count` schema consts. */
function flatDocument(count: number): ApiDocument {
  const schemas = Array.from(
    { length: count },
    (_, i): NamedSchema => ({
      name: `Thing${i}`,
      origin: 'documented',
      sources: [],
      schema: { kind: 'object', properties: [{ name: 'id', required: true, schema: { kind: 'integer' } }] },
    }),
  );
  return { irVersion: 1, info: { title: 'Flat', version: '1' }, servers: [], tags: [], securitySchemes: [], operations: [], schemas };
}

const CONST =
  /^export const (\w+)( = \/\* @__PURE__ \*\/ \1\$\(\)(?: as unknown as z\.ZodType<Types\.\w+>)?;| = |: z\.ZodType<Types\.\w+> = )/gm;

describe('schemas.ts in the function form', () => {
  const scratch = useScratchDir();
  const small = richDocument();
  const big = withCopies(small, Math.ceil(FUNCTION_FORM_FROM / small.schemas.length));
  const types = emitTypes(big);
  const schemas = emitZod(big);

  it('should build every schema in its own function from FUNCTION_FORM_FROM consts on, and inline below', () => {
    const forms = (text: string) =>
      [...text.matchAll(CONST)]
        .filter((match) => match[1] !== 'operationSchemas')
        .map((match) => (match[2]?.includes('$()') ? 'function' : 'inline'));
    expect(new Set(forms(emitZod(flatDocument(FUNCTION_FORM_FROM - 1))))).toEqual(new Set(['inline']));
    expect(new Set(forms(emitZod(flatDocument(FUNCTION_FORM_FROM))))).toEqual(new Set(['function']));
    expect(new Set(forms(schemas))).toEqual(new Set(['function']));
    expect(new Set(forms(emitZod(small)))).toEqual(new Set(['inline']));
    // A schema in a reference cycle is cast to its type, not annotated (an annotation makes tsc relate the whole zod type).
    expect(schemas).toMatch(/^export const TreeSchema = \/\* @__PURE__ \*\/ TreeSchema\$\(\) as unknown as z\.ZodType<Types\.Tree>;$/m);
    expect(schemas).not.toMatch(/: z\.ZodType</);
    expect(schemas).toMatch(/^function TreeSchema\$\(\) \{\n {2}return z\.looseObject\(\{\n/m);
  });

  /**
   * Strict diagnostics of `schemasText` with every const, and every schema function's result (the
   * functions exported for the check: it must read each schema's own zod type, not the type a
   * cycle's cast declares), agreeing with its type both ways.
   */
  const agreement = (schemasText: string): string[] => {
    const dir = scratch();
    const built = [...schemasText.matchAll(/^function (\w+)\$\(\)/gm)].map((match) => match[1] as string);
    const checked = `${schemasText}\nexport { ${built.map((name) => `${name}$`).join(', ')} };\n`;
    const consts = exportedTypeNames(types).map((name): [string, string] => [name, `${name}Schema`]);
    const functions = consts.filter(([, schema]) => built.includes(schema)).map(([type, schema]): [string, string] => [type, `${schema}$`]);
    const schemaType = (schema: string) => (schema.endsWith('$') ? `ReturnType<typeof S.${schema}>` : `typeof S.${schema}`);
    writeFiles(dir, { 'types.ts': types, 'schemas.ts': checked, 'agree.ts': agreementSource([...consts, ...functions], schemaType) });
    return compileStrict(dir, ['types.ts', 'schemas.ts', 'agree.ts'], { exactOptionalPropertyTypes: true });
  };

  it('should compile in strict mode with every schema, and every schema function, agreeing with its type both ways', () => {
    expect([...schemas.matchAll(/^function (\w+)\$\(\)/gm)].length).toBeGreaterThanOrEqual(FUNCTION_FORM_FROM);
    expect(agreement(schemas)).toEqual([]);
  });

  it('should catch a schema in a cycle that disagrees with its type, although its const is cast', () => {
    const wrong = schemas.replace(
      /(function TreeSchema\$\(\) \{\n {2}return z\.looseObject\(\{\n {4}label: )z\.string\(\)/,
      '$1z.number()',
    );
    expect(wrong).not.toBe(schemas);
    expect(agreement(wrong).length).toBeGreaterThan(0);
  });

  it('should parse values as the inline form does', async () => {
    const inline = await importSchemas(scratch(), emitZod(small));
    const functions = await importSchemas(scratch(), schemas);
    const message = { id: 1, createdAt: '2015-09-27T17:37:39.36531+02:00', version: 'v1', status: 2 };
    const values: unknown[] = [
      message,
      { ...message, status: 5 },
      { label: 'a', children: [{ label: 'b', children: [{ label: 'c' }] }], parent: null },
      { label: 'a', children: [{ label: 3 }] },
      { nodes: [{ value: 1 }, { nodes: [{ value: 2 }] }] },
      { petType: 'dog', good: true },
      null,
      [{ z: 'x' }],
    ];
    const names = Object.keys(inline).filter((name) => name.endsWith('Schema'));
    expect(names.length).toBeGreaterThan(30);
    for (const name of names) {
      for (const value of values) {
        const want = inline[name]?.safeParse(value).success;
        expect((functions[name] as Parser).safeParse(value).success, `${name} ${JSON.stringify(value)}`).toBe(want);
        expect((functions[`${name.replace(/Schema$/, '')}Copy1Schema`] ?? functions[name])?.safeParse(value).success).toBe(want);
      }
    }
  });
});
