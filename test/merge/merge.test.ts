import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import type { Source } from '../../src/ir/source.js';
import type { NamedSchema, ObjectSchema, Operation, PageFragment, Property, Schema } from '../../src/ir/types.js';
import { mergeFragments } from '../../src/merge/index.js';

const at = (file: string, line: number): Source => ({
  file,
  start: { line, column: 1, offset: line * 100 },
  end: { line, column: 20, offset: line * 100 + 19 },
});
const prop = (name: string, schema: Schema, file = 'a.md', line = 10): Property => ({
  name,
  schema,
  required: false,
  source: at(file, line),
});
const object = (...properties: Property[]): ObjectSchema => ({ kind: 'object', properties });
const int32: Schema = { kind: 'integer', format: 'int32' };
const ref = (name: string): Schema => ({ kind: 'ref', name });

function op(file: string, method: Operation['method'], path: string, extra: Partial<Operation> = {}): Operation {
  return {
    operationId: `${method}${path.replace(/\W/g, '')}`,
    method,
    path,
    tags: [file.split('/')[0]!],
    parameters: [],
    responses: [],
    source: at(file, 8),
    ...extra,
  };
}

function fragment(file: string, operations: Operation[], schemas: NamedSchema[] = []): PageFragment {
  return { file, dialect: 'docfx', operations, schemas };
}

function named(name: string, schema: Schema, file: string): NamedSchema {
  return { name, schema, origin: 'documented', sources: [at(file, 30)] };
}

function merge(fragments: PageFragment[]) {
  const diagnostics = new DiagnosticBag();
  return { document: mergeFragments(fragments, diagnostics, { version: '2.0' }), diagnostics };
}

describe('mergeFragments', () => {
  it('should sort operations by path then method, tags by name, and default the title', () => {
    const { document, diagnostics } = merge([
      fragment('Z/b.md', [op('Z/b.md', 'post', '/b')]),
      fragment('A/a.md', [op('A/a.md', 'put', '/a')]),
      fragment('A/c.md', [op('A/c.md', 'get', '/a')]),
    ]);
    expect(diagnostics.items).toEqual([]);
    expect(document.info).toEqual({ title: 'API', version: '2.0' });
    expect(document.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['get /a', 'put /a', 'post /b']);
    expect(document.tags).toEqual([{ name: 'A' }, { name: 'Z' }]);
  });

  it('should give the same document whatever the fragment order, without touching its input', () => {
    const fragments = [
      fragment(
        'T/1.md',
        [
          op('T/1.md', 'get', '/t/{id}', {
            responses: [
              {
                status: '200',
                description: 'OK',
                headers: [],
                content: [{ mediaType: 'application/json', schema: ref('T'), examples: [] }],
              },
            ],
          }),
        ],
        [named('T', object(prop('a', int32, 'T/1.md'), prop('b', { kind: 'string' }, 'T/1.md')), 'T/1.md')],
      ),
      fragment(
        'T/2.md',
        [op('T/2.md', 'put', '/t/{id}')],
        [named('T', object(prop('b', { kind: 'string', format: 'date-time' }, 'T/2.md'), prop('c', ref('Owner'), 'T/2.md')), 'T/2.md')],
      ),
      fragment('T/3.md', [op('T/3.md', 'post', '/t')], [named('T', object(prop('a', { kind: 'string' }, 'T/3.md')), 'T/3.md')]),
      fragment('U/4.md', [op('U/4.md', 'delete', '/t/{id}')]),
    ];
    const before = JSON.stringify(fragments);
    const forward = merge(fragments);
    const backward = merge([...fragments].reverse());
    const rotated = merge([...fragments.slice(2), ...fragments.slice(0, 2)]);
    expect(JSON.stringify(fragments)).toBe(before);
    expect(backward.document).toEqual(forward.document);
    expect(rotated.document).toEqual(forward.document);
    expect(backward.diagnostics.items).toEqual(forward.diagnostics.items);
  });

  it('should unite the properties of an entity documented on several pages, the more precise type winning', () => {
    const { document, diagnostics } = merge([
      fragment(
        'p1.md',
        [op('p1.md', 'get', '/1')],
        [named('T', object(prop('a', { kind: 'integer' }, 'p1.md'), prop('b', { kind: 'string' }, 'p1.md')), 'p1.md')],
      ),
      fragment(
        'p2.md',
        [op('p2.md', 'get', '/2')],
        [
          named(
            'T',
            object(
              prop('b', { kind: 'string', format: 'date-time' }, 'p2.md'),
              prop('c', { kind: 'boolean' }, 'p2.md'),
              prop('a', int32, 'p2.md'),
            ),
            'p2.md',
          ),
        ],
      ),
    ]);
    expect(diagnostics.items).toEqual([]);
    const t = document.schemas.find((s) => s.name === 'T')!;
    expect(t.sources.map((s) => s.file)).toEqual(['p1.md', 'p2.md']);
    expect((t.schema as ObjectSchema).properties.map((p) => [p.name, p.schema])).toEqual([
      ['a', int32],
      ['b', { kind: 'string', format: 'date-time' }],
      ['c', { kind: 'boolean' }],
    ]);
  });

  it('should report a real conflict naming both places, keeping the type most pages give', () => {
    const pages = ['p1.md', 'p2.md', 'p3.md'].map((file, i) =>
      fragment(
        file,
        [op(file, 'get', `/${i}`)],
        [named('T', object(prop('Right', ref(i === 0 ? 'RecurrenceInfo' : 'TableRight'), file, 40 + i)), file)],
      ),
    );
    const { document, diagnostics } = merge(pages);
    const t = document.schemas.find((s) => s.name === 'T')!;
    expect((t.schema as ObjectSchema).properties[0]!.schema).toEqual(ref('TableRight'));
    const conflicts = diagnostics.items.filter((d) => d.code === 'entity-conflict');
    expect(
      conflicts.map((d) => [d.severity, d.source.file, d.source.start.line, d.related?.map((r) => `${r.file}:${r.start.line}`)]),
    ).toEqual([['warning', 'p1.md', 40, ['p2.md:41']]]);
    expect(conflicts[0]!.message).toContain('T.Right is typed RecurrenceInfo here but TableRight at p2.md:41:1 (2 of 3 pages)');
  });

  it('should keep the first of two named schemas of different kinds and report it', () => {
    const { document, diagnostics } = merge([
      fragment('a.md', [op('a.md', 'get', '/a')], [named('E', { kind: 'enum', base: 'string', values: [{ value: 'X' }] }, 'a.md')]),
      fragment('b.md', [op('b.md', 'get', '/b')], [named('E', { kind: 'boolean' }, 'b.md')]),
    ]);
    expect(document.schemas.find((s) => s.name === 'E')!.schema.kind).toBe('enum');
    expect(diagnostics.items.map((d) => [d.code, d.related?.[0]?.file])).toEqual([['entity-conflict', 'b.md']]);
  });

  it('should add every named-but-undefined type as an undocumented open object, in one diagnostic', () => {
    const { document, diagnostics } = merge([
      fragment(
        'a.md',
        [
          op('a.md', 'get', '/a', {
            parameters: [{ name: 'q', in: 'query', required: false, schema: ref('Query'), source: at('a.md', 12) }],
          }),
        ],
        [named('T', object(prop('owner', ref('Associate'), 'a.md', 31)), 'a.md')],
      ),
      fragment(
        'b.md',
        [op('b.md', 'get', '/b')],
        [named('U', object(prop('who', { kind: 'array', items: ref('Associate') }, 'b.md', 33)), 'b.md')],
      ),
    ]);
    expect(document.schemas.map((s) => [s.name, s.origin])).toEqual([
      ['Associate', 'undocumented'],
      ['Query', 'undocumented'],
      ['T', 'documented'],
      ['U', 'documented'],
    ]);
    const associate = document.schemas[0]!;
    expect(associate.schema).toEqual({
      kind: 'object',
      properties: [],
      description: 'Undocumented: the docs name Associate but no page defines it.',
    });
    expect(associate.sources.map((s) => `${s.file}:${s.start.line}`)).toEqual(['a.md:31', 'b.md:33']);
    const found = diagnostics.items.filter((d) => d.code === 'undocumented-type');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      '2 types are named but defined by no page (open objects, unless samples show their shape): Associate, Query',
    );
  });

  it('should merge a route documented twice into the first, silently when the two agree', () => {
    const q = (name: string, schema: Schema, required = false) => ({ name, in: 'query' as const, required, schema, source: at('a.md', 9) });
    const { document, diagnostics } = merge([
      fragment('b.md', [
        op('b.md', 'get', '/x', { operationId: 'first', parameters: [q('page', { kind: 'integer' }), q('sort', { kind: 'string' })] }),
      ]),
      fragment('a.md', [op('a.md', 'get', '/x', { operationId: 'first', parameters: [q('page', { kind: 'integer' })] })]),
    ]);
    expect(document.operations.map((o) => o.operationId)).toEqual(['first']);
    expect(document.operations[0]!.parameters.map((p) => p.name)).toEqual(['page', 'sort']);
    expect(diagnostics.items).toEqual([]);
  });

  it('should report operation-conflict where two places give one route two stated operationIds (two actions of one RPC route)', () => {
    const { document, diagnostics } = merge([
      fragment('b.md', [op('b.md', 'post', '/', { operationId: 'DeleteShelf' })]),
      fragment('a.md', [op('a.md', 'post', '/', { operationId: 'CreateShelf' })]),
      fragment('c.md', [op('c.md', 'post', '/')]),
    ]);
    expect(document.operations.map((o) => o.operationId)).toEqual(['CreateShelf']);
    // An id derived from the route (c.md's) states no action of its own.
    expect(diagnostics.items.map((d) => [d.code, d.source.file, d.related?.[0]?.file])).toEqual([['operation-conflict', 'b.md', 'a.md']]);
    expect(diagnostics.items[0]!.message).toBe(
      'POST /: the operation "DeleteShelf" is documented at the route of "CreateShelf"; merged into it (first at a.md:8:1)',
    );
  });

  it('should report operation-conflict naming both places when the two documents disagree, and keep the first', () => {
    const q = (file: string, schema: Schema) => ({ name: 'page', in: 'query' as const, required: false, schema, source: at(file, 9) });
    const { document, diagnostics } = merge([
      fragment('b.md', [op('b.md', 'get', '/x', { parameters: [q('b.md', { kind: 'string' })] })]),
      fragment('a.md', [op('a.md', 'get', '/x', { parameters: [q('a.md', { kind: 'integer' })] })]),
    ]);
    expect(document.operations[0]!.parameters[0]!.schema).toEqual({ kind: 'integer' });
    expect(diagnostics.items.map((d) => [d.code, d.severity, d.source.file, d.related?.[0]?.file])).toEqual([
      ['operation-conflict', 'warning', 'b.md', 'a.md'],
    ]);
    expect(diagnostics.items[0]!.message).toContain('GET /x: the type of query parameter "page" differs');
  });

  it('should report a duplicate operationId as an error and keep ids unique', () => {
    const { document, diagnostics } = merge([
      fragment('a.md', [op('a.md', 'get', '/a', { operationId: 'same' })]),
      fragment('b.md', [op('b.md', 'get', '/b', { operationId: 'same' })]),
    ]);
    expect(document.operations.map((o) => o.operationId)).toEqual(['same', 'same_2']);
    expect(diagnostics.items.map((d) => [d.code, d.source.file])).toEqual([['duplicate-operation', 'b.md']]);
  });

  it('should silently suffix a derived operationId that collides with a given one', () => {
    const { document, diagnostics } = merge([
      fragment('a.md', [op('a.md', 'get', '/a', { operationId: 'get_b' })]),
      fragment('b.md', [op('b.md', 'get', '/b', { operationId: 'get_b' })]),
    ]);
    expect(document.operations.map((o) => [o.path, o.operationId])).toEqual([
      ['/a', 'get_b'],
      ['/b', 'get_b_2'],
    ]);
    expect(diagnostics.items).toEqual([]);
  });

  it('should merge security schemes by name', () => {
    const scheme = { name: 'Authorization', type: 'apiKey' as const, in: 'header' as const, parameterName: 'Authorization' };
    const { document } = merge([
      { ...fragment('b.md', [op('b.md', 'get', '/b')]), securitySchemes: [{ ...scheme, description: 'b' }] },
      { ...fragment('a.md', [op('a.md', 'get', '/a')]), securitySchemes: [{ ...scheme, description: 'a' }] },
    ]);
    expect(document.securitySchemes).toEqual([{ ...scheme, description: 'a' }]);
  });

  it("should take the HTTP scheme a page writes the Authorization header's value in over another page's bare key", () => {
    const key = { name: 'Authorization', type: 'apiKey' as const, in: 'header' as const, parameterName: 'Authorization' };
    const bearer = { name: 'Authorization', type: 'http' as const, scheme: 'bearer' };
    const { document } = merge([
      { ...fragment('a.md', [op('a.md', 'get', '/a')]), securitySchemes: [key] },
      { ...fragment('b.md', [op('b.md', 'get', '/b')]), securitySchemes: [bearer] },
      { ...fragment('c.md', [op('c.md', 'get', '/c')]), securitySchemes: [{ ...bearer, scheme: 'basic' }] },
    ]);
    // The first HTTP scheme stays: a page's key refines, another's HTTP scheme does not.
    expect(document.securitySchemes).toEqual([bearer]);
  });

  it('should merge an empty input into an empty document', () => {
    const { document, diagnostics } = merge([]);
    expect(document).toEqual({
      irVersion: 1,
      info: { title: 'API', version: '2.0' },
      servers: [],
      tags: [],
      operations: [],
      schemas: [],
      securitySchemes: [],
    });
    expect(diagnostics.items).toEqual([]);
  });

  it('should merge entities and properties named like Object.prototype members as plain data', () => {
    const { document, diagnostics } = merge([
      fragment(
        'a.md',
        [op('a.md', 'get', '/a')],
        [named('Constructor', object(prop('__proto__', { kind: 'string' }, 'a.md'), prop('constructor', int32, 'a.md')), 'a.md')],
      ),
      fragment(
        'b.md',
        [op('b.md', 'get', '/b')],
        [
          named(
            'Constructor',
            object(
              prop('__proto__', { kind: 'string', format: 'date' }, 'b.md'),
              prop('constructor', int32, 'b.md'),
              prop('hasOwnProperty', ref('ToString'), 'b.md'),
            ),
            'b.md',
          ),
        ],
      ),
    ]);
    const schema = document.schemas.find((s) => s.name === 'Constructor')!.schema as ObjectSchema;
    expect(schema.properties.map((p) => [p.name, p.schema])).toEqual([
      ['__proto__', { kind: 'string', format: 'date' }],
      ['constructor', int32],
      ['hasOwnProperty', ref('ToString')],
    ]);
    expect(document.schemas.map((s) => s.name)).toEqual(['Constructor', 'ToString']);
    expect(diagnostics.items.map((d) => d.code)).toEqual(['undocumented-type']);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });
});
