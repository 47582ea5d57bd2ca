import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/diff/index.js';

const obj = (document: unknown, label: string) => ({ kind: 'object' as const, document, label });
const diff = async (a: unknown, b: unknown) => (await diffSpecs(obj(a, 'base'), obj(b, 'revision'))).changes;

const spec = (schema: unknown, openapi = '3.1.0', components: Record<string, unknown> = {}) => ({
  openapi,
  info: { title: 't', version: '1' },
  paths: {
    '/pets': {
      post: {
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { v: schema } } } } },
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { v: schema } } } } },
        },
      },
    },
  },
  components: { schemas: components },
});

describe('diffSpecs: type lists and their spellings mean the same', () => {
  it.each([
    {
      given: 'type list vs anyOf of types',
      base: { type: ['string', 'integer'] },
      revision: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
    },
    {
      given: 'type list vs anyOf in another order',
      base: { type: ['integer', 'string'] },
      revision: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
    },
    {
      given: 'type list vs disjoint oneOf of types',
      base: { type: ['string', 'boolean'] },
      revision: { oneOf: [{ type: 'boolean' }, { type: 'string' }] },
    },
    {
      given: 'anyOf of types with descriptions',
      base: { type: ['string', 'integer'] },
      revision: {
        anyOf: [
          { type: 'string', description: 'a' },
          { type: 'integer', title: 'n' },
        ],
      },
    },
    {
      given: 'type list with null vs anyOf with a null alternative',
      base: { type: ['string', 'integer', 'null'] },
      revision: { anyOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }] },
    },
    {
      given: 'type list with null vs anyOf with a nullable type list',
      base: { type: ['string', 'integer', 'null'] },
      revision: { anyOf: [{ type: ['string', 'null'] }, { type: 'integer' }] },
    },
    {
      given: 'nullable type list vs anyOf [X, null]',
      base: { type: ['string', 'null'] },
      revision: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    },
    { given: 'a lone anyOf type vs the type', base: { type: 'string' }, revision: { anyOf: [{ type: 'string' }] } },
  ])('should report nothing for $given', async ({ base, revision }) => {
    expect(await diff(spec(base), spec(revision))).toEqual([]);
    expect(await diff(spec(revision), spec(base))).toEqual([]);
  });

  it('should read 3.0 nullable as the same as a 3.1 type list with null and anyOf with {type: null}', async () => {
    const v30 = spec({ type: 'string', nullable: true }, '3.0.3');
    expect(await diff(v30, spec({ type: ['string', 'null'] }))).toEqual([]);
    expect(await diff(v30, spec({ anyOf: [{ type: 'string' }, { type: 'null' }] }))).toEqual([]);
  });

  it('should still see a real type change behind a different spelling', async () => {
    const changes = await diff(spec({ type: ['string', 'integer'] }), spec({ anyOf: [{ type: 'string' }, { type: 'boolean' }] }));
    expect(changes.map((c) => [c.id, c.message])).toEqual([
      ['request-property-type-changed', 'type of request property `v` changed from `integer | string` to `boolean | string`'],
      ['response-property-type-changed', 'type of response property `v` changed from `integer | string` to `boolean | string`'],
    ]);
  });

  it.each([
    {
      given: 'an alternative that says more than a type',
      base: { type: ['string', 'integer'] },
      revision: { anyOf: [{ type: 'string', maxLength: 3 }, { type: 'integer' }] },
    },
    {
      given: 'an overlapping oneOf (an integer matches both, so oneOf rejects it)',
      base: { type: ['number', 'integer'] },
      revision: { oneOf: [{ type: 'number' }, { type: 'integer' }] },
    },
  ])('should not fold $given into a type list', async ({ base, revision }) => {
    expect((await diff(spec(base), spec(revision))).length).toBeGreaterThan(0);
  });
});

describe('diffSpecs: a parameter given by content or by schema', () => {
  const withParam = (param: Record<string, unknown>) => ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: { '/pets': { get: { parameters: [{ name: 'filter', in: 'query', ...param }], responses: { '200': { description: 'ok' } } } } },
  });

  it('should compare the schema inside content with the plain schema, without crashing', async () => {
    const bySchema = withParam({ schema: { type: 'object', properties: { a: { type: 'string' } } } });
    const byContent = withParam({ content: { 'application/json': { schema: { type: 'object', properties: { a: { type: 'string' } } } } } });
    expect(await diff(bySchema, byContent)).toEqual([]);
    expect(await diff(byContent, bySchema)).toEqual([]);
  });

  it('should not crash when content holds no schema', async () => {
    const bySchema = withParam({ schema: { type: 'string' } });
    const empty = withParam({ content: { 'application/json': {} } });
    expect(await diff(bySchema, empty)).toEqual([]);
    expect(await diff(empty, bySchema)).toEqual([]);
  });
});
