import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import type { Source } from '../../src/ir/source.js';
import type { ObjectSchema, PageFragment, Schema } from '../../src/ir/types.js';
import { mergeFragments } from '../../src/merge/index.js';

const at = (line: number): Source => ({
  file: 'p.md',
  start: { line, column: 1, offset: line * 100 },
  end: { line, column: 9, offset: line * 100 + 8 },
});
const object = (properties: Array<[string, Schema]>, line = 50): ObjectSchema => ({
  kind: 'object',
  properties: properties.map(([name, schema]) => ({ name, schema, required: false })),
  source: at(line),
});
const ENTITY: Array<[string, Schema]> = [
  ['Id', { kind: 'integer', format: 'int32' }],
  ['Name', { kind: 'string' }],
  ['Created', { kind: 'string', format: 'date-time' }],
  ['Owner', { kind: 'ref', name: 'Entity' }],
  ['Extra', { kind: 'map', values: { kind: 'unknown' } }],
  ['Rights', { kind: 'ref', name: 'Entity' }],
];

function pageWith(body: ObjectSchema, entity = object(ENTITY, 90)): PageFragment {
  return {
    file: 'p.md',
    dialect: 'docfx',
    operations: [
      {
        operationId: 'put',
        method: 'put',
        path: '/e',
        tags: [],
        parameters: [],
        requestBody: {
          required: true,
          content: [
            { mediaType: 'application/json', schema: body, examples: [] },
            { mediaType: 'text/json', schema: body, examples: [] },
          ],
        },
        responses: [
          {
            status: '200',
            description: 'OK',
            headers: [],
            content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Entity' }, examples: [] }],
          },
        ],
      },
    ],
    schemas: [{ name: 'Entity', schema: entity, origin: 'documented', sources: [at(90)] }],
  };
}

function bodySchemas(fragment: PageFragment): Array<Schema | undefined> {
  const document = mergeFragments([fragment], new DiagnosticBag(), { version: '1' });
  return document.operations[0]!.requestBody!.content.map((c) => c.schema);
}

describe('request body unification', () => {
  it('should turn a body table that is the page entity, in vaguer words, into a ref to it', () => {
    const body = object([
      ['Id', { kind: 'integer' }],
      ['Name', { kind: 'string' }],
      ['Created', { kind: 'string' }],
      ['Owner', { kind: 'ref', name: 'Entity' }],
      ['Extra', { kind: 'map', values: { kind: 'unknown' } }],
    ]);
    expect(bodySchemas(pageWith(body))).toEqual([
      { kind: 'ref', name: 'Entity', source: at(50) },
      { kind: 'ref', name: 'Entity', source: at(50) },
    ]);
    const document = mergeFragments([pageWith(body)], new DiagnosticBag(), { version: '1' });
    expect(document.schemas.find((s) => s.name === 'Entity')!.sources.map((s) => s.start.line)).toEqual([50, 90]);
  });

  it.each([
    ['a property the entity lacks', object([...ENTITY.slice(0, 5), ['Other', { kind: 'string' }]])],
    ['an incompatible type', object([['Id', { kind: 'string' }], ...ENTITY.slice(1)])],
    ['too few properties (below 2/3 of the entity)', object(ENTITY.slice(0, 3))],
    ['no properties at all', object([])],
  ])('should keep the body inline when it has %s', (_name, body) => {
    expect(bodySchemas(pageWith(body))[0]).toEqual(body);
  });

  it('should not look at entities of other pages', () => {
    const page = pageWith(object(ENTITY), object(ENTITY, 90));
    const other: PageFragment = {
      ...page,
      file: 'q.md',
      operations: [{ ...page.operations[0]!, operationId: 'other', path: '/other', requestBody: undefined }],
      schemas: [],
    };
    const bodyOnly: PageFragment = { ...page, schemas: [] };
    const document = mergeFragments([bodyOnly, { ...other, schemas: page.schemas }], new DiagnosticBag(), { version: '1' });
    expect(document.operations.find((o) => o.path === '/e')!.requestBody!.content[0]!.schema!.kind).toBe('object');
  });

  it.each([
    ['its parameter name', { name: 'entity' }],
    ['a word of its description', { name: 'newEntity', description: 'The Entity to be saved.' }],
  ])('should follow a body that names an entity of another page by %s', (_how, named) => {
    const page = pageWith(object(ENTITY.slice(0, 5)), object(ENTITY, 90));
    const operation = page.operations[0]!;
    const bodyPage: PageFragment = {
      ...page,
      schemas: [],
      operations: [{ ...operation, requestBody: { ...operation.requestBody!, ...named } }],
    };
    const entityPage: PageFragment = {
      ...page,
      file: 'q.md',
      operations: [{ ...operation, operationId: 'other', path: '/other', requestBody: undefined }],
    };
    const document = mergeFragments([bodyPage, entityPage], new DiagnosticBag(), { version: '1' });
    expect(document.operations.find((o) => o.path === '/e')!.requestBody!.content[0]!.schema).toMatchObject({
      kind: 'ref',
      name: 'Entity',
    });
  });

  it('should prefer the entity a body names over a larger one of its page', () => {
    const page = pageWith(object(ENTITY.slice(0, 5)), object([...ENTITY, ['Links', { kind: 'map', values: { kind: 'unknown' } }]], 90));
    page.schemas[0]!.name = 'EntityWithLinks';
    const operation = page.operations[0]!;
    page.operations = [{ ...operation, requestBody: { ...operation.requestBody!, description: 'The Entity to be saved.' } }];
    const entityPage: PageFragment = {
      file: 'q.md',
      dialect: 'docfx',
      operations: [],
      schemas: [{ name: 'Entity', schema: object(ENTITY, 20), origin: 'documented', sources: [at(20)] }],
    };
    const document = mergeFragments([page, entityPage], new DiagnosticBag(), { version: '1' });
    expect(document.operations[0]!.requestBody!.content[0]!.schema).toMatchObject({ kind: 'ref', name: 'Entity' });
  });
});
