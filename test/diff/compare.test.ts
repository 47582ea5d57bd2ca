import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/diff/index.js';

const obj = (document: unknown, label: string) => ({ kind: 'object' as const, document, label });
const diff = async (a: unknown, b: unknown) => (await diffSpecs(obj(a, 'base'), obj(b, 'revision'))).changes;
const ids = async (a: unknown, b: unknown) => (await diff(a, b)).map((c) => `${c.id} ${c.path ?? ''}`);

const spec = (schema: unknown, components: Record<string, unknown> = {}, openapi = '3.0.3') => ({
  openapi,
  info: { title: 't', version: '1' },
  paths: {
    '/pets': {
      post: {
        requestBody: { required: true, content: { 'application/json': { schema } } },
        // A copy, as a parsed document has: shared objects only come from YAML aliases.
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: structuredClone(schema) } } } },
      },
    },
  },
  components: { schemas: components },
});

const pet = { type: 'object', required: ['name'], properties: { name: { type: 'string' }, tag: { type: 'string', enum: ['a', 'b'] } } };

describe('diffSpecs: comparing by meaning', () => {
  it('should report nothing when a schema moves into components', async () => {
    expect(await diff(spec(pet), spec({ $ref: '#/components/schemas/Pet' }, { Pet: pet }))).toEqual([]);
  });

  it('should report nothing when keys are reordered', async () => {
    const reordered = {
      properties: { tag: { enum: ['a', 'b'], type: 'string' }, name: { type: 'string' } },
      required: ['name'],
      type: 'object',
    };
    expect(await diff(spec(pet), spec(reordered))).toEqual([]);
  });

  it('should report nothing when only enum order or descriptions change', async () => {
    const other = {
      ...pet,
      description: 'A pet',
      properties: { name: { type: 'string', description: 'x' }, tag: { type: 'string', enum: ['b', 'a'] } },
    };
    expect(await diff(spec(pet), spec(other))).toEqual([]);
  });

  it('should read OpenAPI 3.0 nullable and 3.1 type arrays as the same thing', async () => {
    const v30 = { type: 'object', properties: { n: { type: 'string', nullable: true } } };
    const v31 = { type: 'object', properties: { n: { type: ['string', 'null'] } } };
    const v31anyOf = { type: 'object', properties: { n: { anyOf: [{ type: 'string' }, { type: 'null' }] } } };
    expect(await diff(spec(v30), spec(v31, {}, '3.1.0'))).toEqual([]);
    expect(await diff(spec(v30), spec(v31anyOf, {}, '3.1.0'))).toEqual([]);
  });

  it('should read allOf compositions as the merged object', async () => {
    const composed = {
      allOf: [{ $ref: '#/components/schemas/Named' }, { type: 'object', properties: { tag: { type: 'string', enum: ['a', 'b'] } } }],
    };
    const named = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };
    expect(await diff(spec(pet), spec(composed, { Named: named }))).toEqual([]);
  });

  it('should find a change deep inside a recursive schema once per direction, named in its component, and terminate', async () => {
    const node = (t: string) => ({
      type: 'object',
      properties: { value: { type: t }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
    });
    const got = await ids(
      spec({ $ref: '#/components/schemas/Node' }, { Node: node('string') }),
      spec({ $ref: '#/components/schemas/Node' }, { Node: node('integer') }),
    );
    expect(got).toEqual([
      'request-property-type-changed #/components/schemas/Node/properties/value',
      'response-property-type-changed #/components/schemas/Node/properties/value',
    ]);
  });

  it('should report a change inside a cycle once, with every operation that reaches it', async () => {
    const doc = (t: string) => ({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: Object.fromEntries(
        ['A', 'B'].map((n) => [
          `/${n.toLowerCase()}`,
          {
            get: {
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: `#/components/schemas/${n}` } } },
                },
              },
            },
          },
        ]),
      ),
      components: {
        schemas: {
          A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
          B: { type: 'object', properties: { a: { $ref: '#/components/schemas/A' }, v: { type: t } } },
        },
      },
    });
    const changes = await diff(doc('string'), doc('integer'));
    expect(changes.map((c) => `${c.operation} ${c.params.name}`)).toEqual(['GET /a B.v']);
    expect(changes[0]!.places?.map((p) => p.operation)).toEqual(['GET /a', 'GET /b']);
    expect(changes[0]).toMatchObject({ component: 'B', operationCount: 2 });
    expect(await diff(doc('string'), doc('string'))).toEqual([]);
  });

  it('should not remember a pair as equal when it only looked equal while its cycle was open', async () => {
    const doc = (t: string) => ({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: Object.fromEntries(
        ['A', 'B'].map((n) => [
          `/${n.toLowerCase()}`,
          {
            get: {
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: `#/components/schemas/${n}` } } },
                },
              },
            },
          },
        ]),
      ),
      components: {
        schemas: {
          A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' }, x: { type: t } } },
          B: { type: 'object', properties: { a: { $ref: '#/components/schemas/A' } } },
        },
      },
    });
    const changes = await diff(doc('string'), doc('integer'));
    expect(changes.map((c) => `${c.operation} ${c.params.name}`)).toEqual(['GET /a A.x']);
    expect(changes[0]!.places?.map((p) => p.operation)).toEqual(['GET /a', 'GET /b']);
  });

  it('should report a change in a shared type once, where it is, whatever the paths that reach it', async () => {
    const address = (t: string) => ({ type: 'object', properties: { street: { type: t } } });
    const order = {
      type: 'object',
      properties: { billing: { $ref: '#/components/schemas/Address' }, shipping: { $ref: '#/components/schemas/Address' } },
    };
    const changes = await diff(spec(order, { Address: address('string') }), spec(order, { Address: address('integer') }));
    expect(changes.map((c) => c.message)).toEqual([
      'type of request property `Address.street` changed from `string` to `integer`',
      'type of response property `Address.street` changed from `string` to `integer`',
    ]);
  });

  it('should report one inline change once however many media types and responses repeat it, listing each place', async () => {
    const body = (t: string) => ({ schema: { type: 'object', properties: { count: { type: t } } } });
    const doc = (t: string) => ({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/pages': {
          get: {
            responses: {
              '200': { description: 'ok', content: { 'application/json': body(t), 'application/xml': body(t), 'text/json': body(t) } },
              '206': { description: 'part', content: { 'application/json': body(t) } },
            },
          },
        },
      },
    });
    const changes = await diff(doc('integer'), doc('string'));
    expect(changes.map((c) => c.message)).toEqual(['type of response property `count` changed from `integer` to `string`']);
    expect(changes[0]!.places?.map((p) => p.path)).toEqual([
      'responses/200/content/application~1json/schema',
      'responses/200/content/application~1xml/schema',
      'responses/200/content/text~1json/schema',
      'responses/206/content/application~1json/schema',
    ]);
    expect(changes[0]!.operationCount).toBe(1);
  });

  it('should report the property path of nested changes', async () => {
    const nest = (t: string) => ({
      type: 'object',
      properties: {
        owner: { type: 'object', properties: { pets: { type: 'array', items: { type: 'object', properties: { age: { type: t } } } } } },
      },
    });
    const changes = await diff(spec(nest('integer')), spec(nest('string')));
    expect(changes.map((c) => c.message)).toEqual([
      'type of request property `owner.pets[].age` changed from `integer` to `string`',
      'type of response property `owner.pets[].age` changed from `integer` to `string`',
    ]);
    expect(changes[1]!.path).toBe('responses/200/content/application~1json/schema/properties/owner/properties/pets/items/properties/age');
  });

  it('should judge the same change by direction', async () => {
    const withTag = (required: string[]) => ({ ...pet, required });
    const changes = await diff(spec(withTag(['name'])), spec(withTag(['name', 'tag'])));
    expect(changes.map((c) => [c.id, c.level])).toEqual([
      ['request-property-became-required', 'breaking'],
      ['response-property-became-required', 'info'],
    ]);
  });

  it('should not call a new required read-only request property breaking', async () => {
    const withId = { ...pet, required: ['name', 'id'], properties: { ...pet.properties, id: { type: 'string', readOnly: true } } };
    const changes = await diff(spec(pet), spec(withId));
    expect(changes.map((c) => c.id)).toEqual(['response-property-added']);
  });

  it('should match operations across renamed path parameters, media type parameters and header case', async () => {
    const op = (param: string, media: string, header: string) => ({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        [`/pets/{${param}}`]: {
          get: {
            parameters: [
              { name: param, in: 'path', required: true, schema: { type: 'string' } },
              { name: header, in: 'header', schema: { type: 'string' } },
            ],
            responses: { '200': { description: 'ok', content: { [media]: { schema: { type: 'string' } } } } },
          },
        },
      },
    });
    const changes = await diff(op('id', 'application/json', 'X-Trace'), op('petId', 'application/json; charset=utf-8', 'x-trace'));
    expect(changes.map((c) => c.id)).toEqual(['request-path-parameter-renamed']);
    expect(changes[0]!.operation).toBe('GET /pets/{petId}');
  });

  it('should match oneOf alternatives by component name, whatever their order', async () => {
    const comps = {
      Cat: { type: 'object', properties: { meow: { type: 'boolean' } } },
      Dog: { type: 'object', properties: { bark: { type: 'boolean' } } },
    };
    const s = (a: string[]) => spec({ oneOf: a.map((n) => ({ $ref: `#/components/schemas/${n}` })) }, comps);
    expect(await diff(s(['Cat', 'Dog']), s(['Dog', 'Cat']))).toEqual([]);
  });

  it('should sort changes by path, method, rule id and location', async () => {
    const doc = (extra: boolean) => ({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: Object.fromEntries(
        ['/b', '/a'].map((p) => [
          p,
          {
            post: { responses: { '200': { description: 'ok' } } },
            get: {
              parameters: extra
                ? [
                    { name: 'z', in: 'query', required: true },
                    { name: 'y', in: 'query', required: true },
                  ]
                : [],
              responses: { '200': { description: 'ok' } },
            },
          },
        ]),
      ),
    });
    const changes = await diff(doc(false), doc(true));
    expect(changes.map((c) => `${c.operation} ${c.path}`)).toEqual([
      'GET /a parameters/query/y',
      'GET /a parameters/query/z',
      'GET /b parameters/query/y',
      'GET /b parameters/query/z',
    ]);
  });

  it('should drop changes below options.minLevel', async () => {
    const withTag = (required: string[]) => ({ ...pet, required });
    const result = await diffSpecs(obj(spec(withTag(['name'])), 'a'), obj(spec(withTag(['name', 'tag'])), 'b'), { minLevel: 'warning' });
    expect(result.changes.map((c) => c.id)).toEqual(['request-property-became-required']);
  });

  it('should give the same result in any key order of the documents (determinism)', async () => {
    const a = spec(pet);
    const b = spec({ ...pet, properties: { name: { type: 'integer' } } });
    const reversed = (d: unknown): unknown =>
      d && typeof d === 'object' && !Array.isArray(d)
        ? Object.fromEntries(
            Object.entries(d)
              .reverse()
              .map(([k, v]) => [k, reversed(v)]),
          )
        : d;
    expect(await diff(reversed(a), reversed(b))).toEqual(await diff(a, b));
  });
});

describe('diffSpecs: security requirements', () => {
  const doc = (security: unknown) => ({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: { '/a': { get: { security, responses: { '200': { description: 'ok' } } } } },
    components: { securitySchemes: { bearer: { type: 'oauth2', flows: {} } } },
  });

  it('should pair requirements on the same scheme by their scopes, so a spec equals itself', async () => {
    const security = [{ bearer: ['a:create'] }, { bearer: ['a:update'] }];
    expect(await diff(doc(security), doc(structuredClone(security)))).toEqual([]);
    expect(await diff(doc(security), doc([{ bearer: ['a:update'] }, { bearer: ['a:create'] }]))).toEqual([]);
  });

  it('should still see a scope added to one of several requirements on a scheme', async () => {
    const changes = await diff(doc([{ bearer: ['a'] }, { bearer: ['b'] }]), doc([{ bearer: ['a'] }, { bearer: ['b', 'c'] }]));
    expect(changes.map((c) => c.message)).toEqual(['scope `c` of `bearer` now required']);
  });
});

describe('diffSpecs: a schema wrapped into a union', () => {
  const commit = { type: 'object', properties: { sha: { type: 'string' }, path: { type: 'string' } } };
  const issue = { type: 'object', properties: { issue_url: { type: 'string' } } };

  it('should report the new alternatives, not the old properties as removed', async () => {
    const wrapped = { oneOf: [{ $ref: '#/components/schemas/Commit' }, { $ref: '#/components/schemas/Issue' }] };
    const changes = await diff(
      spec({ type: 'object', properties: { details: commit } }),
      spec({ type: 'object', properties: { details: wrapped } }, { Commit: commit, Issue: issue }),
    );
    expect(changes.map((c) => `${c.id} ${c.params.alternative ?? ''}`)).toEqual([
      'request-property-alternative-added Issue',
      'response-property-alternative-added Issue',
    ]);
  });

  it('should still see a change inside the alternative that stands for the old shape', async () => {
    const changed = { ...commit, properties: { ...commit.properties, sha: { type: 'integer' } } };
    const wrapped = { oneOf: [{ $ref: '#/components/schemas/Commit' }, { $ref: '#/components/schemas/Issue' }] };
    const changes = await diff(
      spec({ type: 'object', properties: { details: commit } }),
      spec({ type: 'object', properties: { details: wrapped } }, { Commit: changed, Issue: issue }),
    );
    expect(changes.map((c) => c.id)).toContain('response-property-type-changed');
  });
});
