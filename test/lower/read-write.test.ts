import { describe, expect, it } from 'vitest';
import { emitTypes } from '../../src/emit/typescript/index.js';
import { emitZod } from '../../src/emit/zod/index.js';
import type { ApiDocument, NamedSchema, ObjectSchema, Operation, Property, Schema } from '../../src/ir/types.js';
import { splitReadWrite } from '../../src/lower/read-write.js';
import { agreementErrors, importSchemas, type Parser, useScratchDir } from '../emit/shared/generated-project.js';

const str: Schema = { kind: 'string' };
const prop = (name: string, schema: Schema, required = true): Property => ({ name, schema, required });
const ref = (name: string): Schema => ({ kind: 'ref', name });
const object = (...properties: Property[]): ObjectSchema => ({ kind: 'object', properties });
const named = (name: string, schema: Schema): NamedSchema => ({ name, schema, origin: 'imported', sources: [] });

/** One operation: POST /x with `request` as the JSON body and `response` as the 200 body. */
function doc(schemas: NamedSchema[], request: Schema, response: Schema): ApiDocument {
  const operation: Operation = {
    operationId: 'save',
    method: 'post',
    path: '/x',
    tags: [],
    parameters: [],
    requestBody: { required: true, content: [{ mediaType: 'application/json', schema: request, examples: [] }] },
    responses: [
      { status: '200', description: 'ok', headers: [], content: [{ mediaType: 'application/json', schema: response, examples: [] }] },
    ],
  };
  return { irVersion: 1, info: { title: 'T', version: '1' }, servers: [], tags: [], operations: [operation], schemas, securitySchemes: [] };
}

const pet = named(
  'Pet',
  object(prop('id', { kind: 'integer', readOnly: true }), prop('name', str), prop('password', { kind: 'string', writeOnly: true })),
);

/** Property names of each object schema in `d`, by schema name, plus the bodies' refs. */
function summary(d: ApiDocument): Record<string, string> {
  const out: Record<string, string> = {};
  const describe = (schema: Schema | undefined): string => {
    if (!schema) return '-';
    if (schema.kind === 'ref') return `ref ${schema.name}`;
    if (schema.kind === 'array') return `${describe(schema.items)}[]`;
    if (schema.kind === 'object') return `{${schema.properties.map((p) => `${p.name}:${describe(p.schema)}`).join(',')}}`;
    return schema.kind;
  };
  for (const s of d.schemas) out[s.name] = describe(s.schema);
  const operation = d.operations[0]!;
  out.request = describe(operation.requestBody!.content[0]!.schema);
  out.response = describe(operation.responses[0]!.content[0]!.schema);
  return out;
}

describe('splitReadWrite', () => {
  it.each<{ name: string; given: ApiDocument; want: Record<string, string> }>([
    {
      name: 'should leave readOnly out of requests and writeOnly out of responses, through a ref',
      given: doc([pet], ref('Pet'), ref('Pet')),
      want: {
        Pet: '{id:integer,name:string,password:string}',
        PetWritable: '{name:string,password:string}',
        PetReadable: '{id:integer,name:string}',
        request: 'ref PetWritable',
        response: 'ref PetReadable',
      },
    },
    {
      name: 'should give a variant to schemas that reach a flagged property through other schemas',
      given: doc(
        [pet, named('Owner', object(prop('pets', { kind: 'array', items: ref('Pet') })))],
        ref('Owner'),
        object(prop('owner', ref('Owner'))),
      ),
      want: {
        Pet: '{id:integer,name:string,password:string}',
        Owner: '{pets:ref Pet[]}',
        PetWritable: '{name:string,password:string}',
        OwnerWritable: '{pets:ref PetWritable[]}',
        PetReadable: '{id:integer,name:string}',
        OwnerReadable: '{pets:ref PetReadable[]}',
        request: 'ref OwnerWritable',
        response: '{owner:ref OwnerReadable}',
      },
    },
    {
      name: 'should drop flagged properties of inline bodies without declaring anything',
      given: doc(
        [],
        object(prop('id', { kind: 'string', readOnly: true }), prop('a', str)),
        object(prop('secret', { kind: 'string', writeOnly: true }), prop('a', str)),
      ),
      want: { request: '{a:string}', response: '{a:string}' },
    },
    {
      name: 'should handle recursive schemas',
      given: doc(
        [
          named(
            'Node',
            object(prop('id', { kind: 'string', readOnly: true }), prop('children', { kind: 'array', items: ref('Node') }, false)),
          ),
        ],
        ref('Node'),
        ref('Node'),
      ),
      want: {
        Node: '{id:string,children:ref Node[]}',
        NodeWritable: '{children:ref NodeWritable[]}',
        request: 'ref NodeWritable',
        response: 'ref Node',
      },
    },
    {
      name: 'should not take a name the document already uses',
      given: doc([pet, named('PetWritable', object(prop('x', str)))], ref('Pet'), ref('PetWritable')),
      want: {
        Pet: '{id:integer,name:string,password:string}',
        PetWritable: '{x:string}',
        PetWritable2: '{name:string,password:string}',
        PetReadable: '{id:integer,name:string}',
        request: 'ref PetWritable2',
        response: 'ref PetWritable',
      },
    },
    {
      name: 'should change nothing when no property is readOnly or writeOnly',
      given: doc([named('A', object(prop('a', str)))], ref('A'), ref('A')),
      want: { A: '{a:string}', request: 'ref A', response: 'ref A' },
    },
  ])('$name', ({ given, want }) => {
    expect(summary(splitReadWrite(given))).toEqual(want);
  });
});

describe('readOnly and writeOnly in types.ts and schemas.ts', () => {
  const scratch = useScratchDir();
  const given = doc([pet], ref('Pet'), ref('Pet'));
  const types = emitTypes(given);
  const schemas = emitZod(given);

  it('should type the request body without readOnly and the response without writeOnly properties', () => {
    expect(types).toContain('export type SaveRequestBody = PetWritable;');
    expect(types).toContain('export type Save200Response = PetReadable;');
    expect(types).toMatch(/export interface PetWritable \{\n {2}name: string;\n {2}password: string;\n\}/);
    expect(types).toMatch(/export interface PetReadable \{\n {2}readonly id: number;\n {2}name: string;\n\}/);
  });

  it('should compile, each type agreeing with its schema', () => {
    const dir = scratch();
    expect(agreementErrors(dir, types, schemas)).toEqual([]);
  });

  it('should accept a request without the readOnly id and a response without the writeOnly password', async () => {
    const dir = scratch();
    const module = await importSchemas<{
      operationSchemas: { save: { requestBody: Parser; responses: Record<string, Parser> } };
      PetSchema: Parser;
    }>(dir, schemas);
    const save = module.operationSchemas.save;
    expect(save.requestBody.safeParse({ name: 'a', password: 'p' }).success).toBe(true);
    expect(save.requestBody.safeParse({ name: 'a' }).success).toBe(false);
    expect(save.responses['200']!.safeParse({ id: 1, name: 'a' }).success).toBe(true);
    expect(save.responses['200']!.safeParse({ name: 'a' }).success).toBe(false);
    expect(module.PetSchema.safeParse({ name: 'a', password: 'p' }).success).toBe(false);
  });
});
