import { describe, expect, it } from 'vitest';
import { formatSource } from '../../../src/ir/source.js';
import type { Operation } from '../../../src/ir/types.js';
import { importFixture, importTexts, withoutSources } from './helpers.js';

const byId = (operations: Operation[], id: string) => operations.find((operation) => operation.operationId === id)!;

describe('importSpec: OpenAPI 3.0 JSON', () => {
  it('should read operations sorted by path then method, with merged parameters', async () => {
    const { spec, lines } = await importFixture('petstore-3.0.json');
    expect(lines).toEqual([]);
    const operations = spec!.fragment.operations;
    expect(operations.map((operation) => `${operation.method} ${operation.path} ${operation.operationId}`)).toEqual([
      'post /pets postPets',
      'get /pets/{petId} getPet',
      'put /pets/{petId} updatePet',
    ]);
    const get = withoutSources(byId(operations, 'getPet'));
    expect(get.parameters.map((parameter) => `${parameter.in}:${parameter.name}:${parameter.required}`)).toEqual([
      'path:petId:true',
      'header:trace:true',
      'query:fields:false',
      'cookie:session:false',
    ]);
    expect(get.parameters[1]).toEqual({
      name: 'trace',
      in: 'header',
      required: true,
      description: 'Overrides the path-level one',
      schema: { kind: 'string', format: 'uuid' },
    });
    expect(get.parameters[2]).toMatchObject({
      style: 'form',
      explode: false,
      schema: { kind: 'array', minItems: 1, maxItems: 5, uniqueItems: true },
    });
    expect(get.parameters[3]).toMatchObject({ deprecated: true, examples: [{ name: 'example', value: 'abc' }] });
    expect(get.extensions).toEqual({ 'x-rate-limit': 10 });
    expect(get.tags).toEqual(['pets']);
  });

  it('should resolve $ref responses, headers, examples and request bodies', async () => {
    const { spec } = await importFixture('petstore-3.0.json');
    const get = withoutSources(byId(spec!.fragment.operations, 'getPet'));
    expect(get.responses).toEqual([
      {
        status: '200',
        description: 'The pet',
        headers: [{ name: 'X-Rate-Remaining', required: true, description: 'Requests left', schema: { kind: 'integer' } }],
        content: [
          {
            mediaType: 'application/json',
            schema: { kind: 'ref', name: 'Pet' },
            examples: [{ name: 'rex', summary: 'A dog', value: { id: 1, name: 'Rex' } }],
          },
        ],
      },
      {
        status: '404',
        description: 'Not found',
        headers: [],
        content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Error' }, examples: [] }],
      },
    ]);
    const put = withoutSources(byId(spec!.fragment.operations, 'updatePet'));
    expect(put.requestBody).toEqual({
      description: 'The pet to save',
      required: true,
      content: [
        { mediaType: 'application/json', schema: { kind: 'ref', name: 'NewPet' }, examples: [] },
        { mediaType: 'application/xml', schema: { kind: 'ref', name: 'NewPet' }, examples: [] },
      ],
    });
    expect(put.security).toEqual([]);
    expect(put.deprecated).toBe(true);
  });

  it('should read document facts: info, servers, tags, security schemes and requirements', async () => {
    const { spec } = await importFixture('petstore-3.0.json');
    expect(spec!.info).toEqual({ title: 'Petstore', version: '1.2.0', description: 'A pet store.' });
    expect(spec!.servers).toEqual([
      { url: 'https://{region}.example.com/v1', description: 'Production', variables: { region: { default: 'eu', enum: ['eu', 'us'] } } },
    ]);
    expect(spec!.tags).toEqual([{ name: 'pets', description: 'Everything about pets' }]);
    expect(spec!.security).toEqual([{ apiKey: [] }]);
    expect(spec!.securitySchemes).toEqual([
      { name: 'apiKey', type: 'apiKey', in: 'header', parameterName: 'X-API-Key' },
      { name: 'bearer', type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      {
        name: 'oauth',
        type: 'oauth2',
        flows: { implicit: { authorizationUrl: 'https://example.com/auth', scopes: { 'write:pets': 'modify pets' } } },
      },
    ]);
  });

  it('should read named schemas sorted, imported, with allOf, discriminators and enum names', async () => {
    const { spec } = await importFixture('petstore-3.0.json');
    const schemas = spec!.fragment.schemas;
    expect(schemas.map((named) => named.name)).toEqual(['Error', 'Kind', 'NewPet', 'Owner', 'Person', 'Pet', 'Shelter']);
    expect(schemas.every((named) => named.origin === 'imported')).toBe(true);
    const get = (name: string) => withoutSources(schemas.find((named) => named.name === name)!.schema);
    expect(get('Owner')).toEqual({
      kind: 'union',
      mode: 'oneOf',
      variants: [
        { kind: 'ref', name: 'Person' },
        { kind: 'ref', name: 'Shelter' },
      ],
      discriminator: { propertyName: 'type', mapping: { person: 'Person', shelter: 'Shelter' } },
    });
    expect(get('Pet')).toMatchObject({
      kind: 'intersection',
      description: 'A pet.',
      parts: [{ kind: 'ref', name: 'NewPet' }, { kind: 'object' }],
    });
    expect(get('Kind')).toEqual({
      kind: 'enum',
      base: 'integer',
      values: [
        { value: 0, name: 'UNKNOWN', description: 'Not known' },
        { value: 1, name: 'DOG', description: 'A dog' },
        { value: 2, name: 'CAT', description: 'A cat' },
      ],
    });
  });

  it('should point sources at the spec file, line and column of each node', async () => {
    const { spec } = await importFixture('petstore-3.0.json');
    const get = byId(spec!.fragment.operations, 'getPet');
    expect(formatSource(get.source!)).toBe('petstore-3.0.json:15:7');
    expect(formatSource(get.parameters[0]!.source!)).toBe('petstore-3.0.json:102:16');
    const pet = spec!.fragment.schemas.find((named) => named.name === 'Pet')!;
    expect(pet.sources.map(formatSource)).toEqual(['petstore-3.0.json:60:7']);
    const newPet = spec!.fragment.schemas.find((named) => named.name === 'NewPet')!;
    if (newPet.schema.kind !== 'object') throw new Error('NewPet is an object');
    expect(formatSource(newPet.schema.properties[0]!.source!)).toBe('petstore-3.0.json:79:11');
  });
});

describe('importSpec: OpenAPI 3.1 YAML', () => {
  it('should read type arrays, const, $defs, content parameters and ranges', async () => {
    const { spec, lines } = await importFixture('store-3.1.yaml');
    expect(lines).toEqual([
      'store-3.1.yaml:17:11 warning "style" applies only to a parameter described by a "schema", not by "content"; it was not used. (spec-invalid)',
      'store-3.1.yaml:18:11 warning "explode" applies only to a parameter described by a "schema", not by "content"; it was not used. (spec-invalid)',
    ]);
    expect(spec!.webhooks?.map((webhook) => `${webhook.method} ${webhook.path} ${webhook.operationId}`)).toEqual([
      'post newOrder postNewOrder',
    ]);
    const order = withoutSources(spec!.fragment.schemas.find((named) => named.name === 'Order')!.schema);
    if (order.kind !== 'object') throw new Error('Order is an object');
    const property = (name: string) => order.properties.find((item) => item.name === name);
    expect(property('note')!.schema).toEqual({ kind: 'string', maxLength: 500, nullable: true });
    expect(property('currency')!.schema).toEqual({ kind: 'const', value: 'EUR' });
    expect(property('lines')).toEqual({ name: 'lines', required: true, schema: { kind: 'array', items: { kind: 'ref', name: 'Line' } } });
    expect(property('customer')!.schema).toEqual({ kind: 'ref', name: 'Customer', nullable: true });
    expect(property('status')).toEqual({
      name: 'status',
      required: true,
      description: 'Where the order is',
      schema: { kind: 'ref', name: 'Status' },
    });
    expect(spec!.fragment.schemas.map((named) => named.name)).toEqual(['Customer', 'Line', 'Order', 'Status']);
    const operation = withoutSources(spec!.fragment.operations[0]!);
    expect(operation.parameters[1]).toMatchObject({ name: 'filter', contentType: 'application/json', schema: { kind: 'object' } });
    expect(operation.parameters[1]).not.toHaveProperty('style');
    expect(operation.responses.map((response) => response.status)).toEqual(['200', '4XX']);
  });
});

describe('importSpec: Swagger 2.0', () => {
  it('should convert host, basePath and schemes to servers and security definitions to schemes', async () => {
    const { spec, lines } = await importFixture('petstore-2.0.yaml');
    expect(lines).toEqual([]);
    // A base type's discriminator (2.0: a property name) is carried on its object.
    expect(spec!.fragment.schemas.find((named) => named.name === 'Pet')!.schema).toMatchObject({
      kind: 'object',
      discriminator: { propertyName: 'petType' },
    });
    expect(spec!.servers).toEqual([{ url: 'https://api.example.com/v2' }, { url: 'http://api.example.com/v2' }]);
    expect(spec!.securitySchemes).toEqual([
      { name: 'basic', type: 'http', scheme: 'basic' },
      { name: 'key', type: 'apiKey', in: 'query', parameterName: 'api_key' },
      {
        name: 'oauth',
        type: 'oauth2',
        flows: {
          authorizationCode: {
            authorizationUrl: 'https://example.com/authorize',
            tokenUrl: 'https://example.com/token',
            scopes: { read: 'Read access' },
          },
        },
      },
    ]);
    expect(spec!.security).toEqual([{ key: [] }]);
  });

  it('should turn parameters into schemas with style, a body into a request body and formData into a form', async () => {
    const { spec } = await importFixture('petstore-2.0.yaml');
    const operations = withoutSources(spec!.fragment.operations);
    const list = byId(operations, 'listPets');
    expect(list.parameters).toEqual([
      { name: 'limit', in: 'query', required: false, schema: { kind: 'integer', format: 'int32', minimum: 1, maximum: 100, default: 20 } },
      { name: 'tags', in: 'query', required: false, style: 'form', explode: true, schema: { kind: 'array', items: { kind: 'string' } } },
      { name: 'ids', in: 'query', required: false, style: 'form', explode: false, schema: { kind: 'array', items: { kind: 'integer' } } },
    ]);
    expect(list.responses[0]).toEqual({
      status: '200',
      description: 'Pets',
      headers: [{ name: 'X-Total', required: false, description: 'Total count', schema: { kind: 'integer' } }],
      content: [
        {
          mediaType: 'application/json',
          schema: { kind: 'array', items: { kind: 'ref', name: 'Pet' } },
          examples: [{ name: 'example', value: [{ id: 1, name: 'Rex' }] }],
        },
      ],
    });
    expect(list.responses[1]).toMatchObject({
      status: '404',
      description: 'Not found',
      content: [{ schema: { kind: 'ref', name: 'Error' } }],
    });
    expect(byId(operations, 'addPet').requestBody).toEqual({
      name: 'pet',
      description: 'The pet',
      required: true,
      content: [
        { mediaType: 'application/json', schema: { kind: 'ref', name: 'Pet' }, examples: [] },
        { mediaType: 'application/xml', schema: { kind: 'ref', name: 'Pet' }, examples: [] },
      ],
    });
    const upload = byId(operations, 'uploadPhoto');
    expect(upload.parameters).toEqual([{ name: 'petId', in: 'path', required: true, schema: { kind: 'integer', format: 'int64' } }]);
    expect(upload.requestBody).toEqual({
      required: true,
      content: [
        {
          mediaType: 'multipart/form-data',
          examples: [],
          schema: {
            kind: 'object',
            properties: [
              { name: 'file', required: true, schema: { kind: 'string', format: 'binary' } },
              { name: 'caption', required: false, description: 'A caption', schema: { kind: 'string' } },
            ],
          },
        },
      ],
    });
  });

  it('should read definitions as named schemas and keep 2.0 positions through the conversion', async () => {
    const { spec } = await importFixture('petstore-2.0.yaml');
    expect(spec!.fragment.schemas.map((named) => named.name)).toEqual(['Cat', 'Error', 'Pet']);
    expect(withoutSources(spec!.fragment.schemas[2]!.schema)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'id' },
        { name: 'name', required: true },
        { name: 'petType' },
        { name: 'nickname', schema: { kind: 'string', nullable: true } },
      ],
    });
    const list = byId(spec!.fragment.operations, 'listPets');
    expect(formatSource(list.source!)).toBe('petstore-2.0.yaml:42:5');
    expect(formatSource(list.parameters[0]!.source!)).toBe('petstore-2.0.yaml:28:5');
  });
});

describe('importSpec: several files', () => {
  it('should resolve $refs inside 2.0 parameters and responses relative to the file that holds them', async () => {
    const { spec, lines } = await importFixture('multi-2.0/swagger.yaml');
    expect(lines).toEqual([]);
    const operation = withoutSources(spec!.fragment.operations[0]!);
    expect(operation.requestBody).toEqual({
      name: 'item',
      required: true,
      content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Item' }, examples: [] }],
    });
    expect(operation.responses[0]!.content[0]!.schema).toEqual({ kind: 'array', items: { kind: 'ref', name: 'Item' } });
    expect(spec!.fragment.schemas.map((named) => `${named.name} ${named.sources.map(formatSource).join()}`)).toEqual([
      'Item multi-2.0/shared.yaml:16:3',
      'Local multi-2.0/swagger.yaml:12:3',
    ]);
  });

  it('should follow relative $refs across files and name targets after components or files', async () => {
    const { spec, lines } = await importFixture('multi/openapi.yaml');
    expect(lines).toEqual([]);
    const schemas = withoutSources(spec!.fragment.schemas);
    expect(schemas.map((named) => named.name)).toEqual(['Error', 'Id', 'Pet', 'paths_pets_id_get_responses_200_x_shape', 'tag']);
    expect(schemas.find((named) => named.name === 'Pet')!.schema).toEqual({
      kind: 'object',
      properties: [
        { name: 'id', required: false, schema: { kind: 'ref', name: 'Id' } },
        { name: 'name', required: true, schema: { kind: 'string' } },
        { name: 'tag', required: false, schema: { kind: 'ref', name: 'tag' } },
      ],
    });
    const operations = withoutSources(spec!.fragment.operations);
    expect(operations.map((operation) => operation.operationId)).toEqual(['listPets', 'getPetsId']);
    expect(operations[0]!.parameters).toEqual([{ name: 'limit', in: 'query', required: false, schema: { kind: 'integer' } }]);
    expect(operations[0]!.responses[0]!.content[0]!.schema).toEqual({ kind: 'array', items: { kind: 'ref', name: 'Pet' } });
    expect(operations[1]!.parameters[0]!.schema).toEqual({ kind: 'ref', name: 'Id' });
  });

  it("should make an operationId from a route's words in any script, so routes differing only in Chinese segments get two", async () => {
    const answer = { responses: { '200': { description: 'ok' } } };
    const { spec, lines } = await importTexts({
      'openapi.json': JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'Library', version: '1' },
        paths: { '/v1/图书/{编号}': { get: answer }, '/v1/读者/{编号}': { get: answer }, '/v1/books/{id}': { get: answer } },
      }),
    });
    expect(lines).toEqual([]);
    expect(spec!.fragment.operations.map((operation) => operation.operationId)).toEqual(['getV1BooksId', 'getV1图书编号', 'getV1读者编号']);
  });

  it('should point sources of nodes from other files at those files', async () => {
    const { spec } = await importFixture('multi/openapi.yaml');
    const pet = spec!.fragment.schemas.find((named) => named.name === 'Pet')!;
    expect(formatSource(spec!.fragment.operations[0]!.source!)).toBe('multi/paths/pets.yaml:1:1');
    expect(formatSource(spec!.fragment.operations[0]!.parameters[0]!.source!)).toBe('multi/parameters.yaml:2:3');
    expect(pet.sources.map(formatSource)).toEqual(['multi/schemas/pet.yaml:1:1']);
  });
});

describe('importSpec: several JSON files', () => {
  const pet = JSON.stringify({ Pet: { type: 'object', properties: { name: { type: 'string' } } } });
  const spec = (schema: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/pets': {
          get: { operationId: 'getPet', responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } } },
        },
      },
      components: { schemas: { Local: { type: 'string' }, ...extra } },
    });
  const cases: Array<[string, string]> = [
    ['a $ref to another file', spec({ $ref: 'pet.json#/Pet' })],
    ['a $ref spelled with a \\u escape', spec({ $ref: 'pet.json#/Pet' }).replace('"$ref"', '"\\u0024ref"')],
    [
      'a discriminator mapping to another file',
      spec({ oneOf: [{ $ref: 'pet.json#/Pet' }], discriminator: { propertyName: 'kind', mapping: { pet: 'pet.json#/Pet' } } }),
    ],
  ];
  for (const [what, text] of cases) {
    it(`should read the other file for ${what}`, async () => {
      const { spec: imported, lines } = await importTexts({ 'api.json': text, 'pet.json': pet });
      expect(lines).toEqual([]);
      expect(imported!.fragment.schemas.map((named) => named.name)).toContain('Pet');
    });
  }

  it('should read a JSON spec whose $refs are all local', async () => {
    const { spec: imported, lines } = await importTexts({ 'api.json': spec({ $ref: '#/components/schemas/Local' }) });
    expect(lines).toEqual([]);
    expect(withoutSources(imported!.fragment.operations[0]!.responses[0]!.content[0]!.schema)).toEqual({ kind: 'ref', name: 'Local' });
  });
});

describe('importSpec: circular references', () => {
  it('should keep recursion as refs and break rings of bare $refs and alias loops with diagnostics', async () => {
    const { spec, lines } = await importFixture('circular.yaml');
    expect(lines).toEqual([
      'circular.yaml:30:5 warning Schema "Ring1" is only a $ref in a ring of $refs; it is read as unknown. (ref-cycle)',
      'circular.yaml:31:5 warning Schema "Ring2" is only a $ref in a ring of $refs; it is read as unknown. (ref-cycle)',
    ]);
    const schemas = Object.fromEntries(withoutSources(spec!.fragment.schemas).map((named) => [named.name, named.schema]));
    expect(schemas.Node).toMatchObject({
      properties: [
        { name: 'value' },
        { name: 'children', schema: { kind: 'array', items: { kind: 'ref', name: 'Node' } } },
        { name: 'parent', schema: { kind: 'ref', name: 'Node' } },
      ],
    });
    expect(schemas.A).toMatchObject({ properties: [{ schema: { kind: 'ref', name: 'B' } }] });
    expect(schemas.B).toMatchObject({ properties: [{ schema: { kind: 'ref', name: 'A' } }] });
    expect(schemas.Anchored).toEqual({
      kind: 'object',
      properties: [{ name: 'self', required: false, schema: { kind: 'ref', name: 'Anchored' } }],
    });
    expect(schemas.Ring1).toEqual({ kind: 'unknown' });
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });
});

describe('importSpec: remote references', () => {
  it('should refuse a remote $ref without the option, at the $ref, and read the rest', async () => {
    const { spec, lines } = await importFixture('remote.yaml');
    expect(lines).toEqual([
      'remote.yaml:12:17 error The $ref "https://schemas.example.com/thing.yaml#/Thing" points at a remote document; it was not fetched (pass --allow-remote-refs to fetch it). (remote-ref-refused)',
    ]);
    expect(withoutSources(spec!.fragment.operations[0]!.responses[0]!.content[0]!.schema)).toEqual({ kind: 'unknown' });
    expect(spec!.fragment.schemas.map((named) => named.name)).toEqual(['Local']);
  });
});
