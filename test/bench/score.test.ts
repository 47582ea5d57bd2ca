import { describe, expect, it } from 'vitest';
import { checkThresholds, type Metric, scoreSpecs } from '../../bench/fidelity/score.mjs';

/* ------------------------------------------------------------ hand-made specs */

type Json = Record<string, unknown>;

function spec(paths: Json, schemas: Json = {}, openapi = '3.1.0'): Json {
  return { openapi, info: { title: 't', version: '1' }, paths, components: { schemas } };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

const PERSON = { type: 'object', properties: { Id: { type: 'integer' }, Name: { type: 'string' } } };

/** A small truth: one GET with path + query params and an entity response, one PUT with a body. */
function truthSpec(): Json {
  return spec(
    {
      '/books/{id}': {
        get: {
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'integer', format: 'int32' } },
            { name: 'q', in: 'query', schema: { type: 'string' } },
            { name: 'Accept-Language', in: 'header', schema: { type: 'string' } },
          ],
          responses: { '200': { description: 'OK', ...json(ref('Book')) }, '404': { description: 'Not found' } },
        },
        put: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          requestBody: json(ref('Book')),
          responses: { '200': { description: 'OK', ...json(ref('Book')) } },
        },
      },
    },
    {
      Book: {
        type: 'object',
        properties: {
          Id: { type: 'integer', readOnly: true },
          Title: { type: 'string' },
          Author: ref('Person'),
          Tags: { type: 'array', items: { type: 'string' } },
          Editions: { type: 'array', items: { type: 'object', properties: { Year: { type: 'integer' } } } },
        },
      },
      Person: PERSON,
    },
  );
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

type Mutable = Json & {
  paths: Record<string, Record<string, Json & { parameters: Json[] }>>;
  components: { schemas: Record<string, Json & { properties: Json }> };
};

function mutated(change: (s: Mutable) => void): Json {
  const copy = clone(truthSpec()) as Mutable;
  change(copy);
  return copy;
}

/* --------------------------------------------------------------------- tests */

describe('scoreSpecs', () => {
  it('should score a spec against itself as 100% everywhere', () => {
    const { metrics } = scoreSpecs(truthSpec(), truthSpec());
    for (const [name, m] of Object.entries(metrics) as Array<[string, Metric]>) {
      expect([name, m.recall, m.precision, m.f1]).toEqual([name, 1, 1, 1]);
      if (m.typeAccuracy !== null) expect([name, m.typeAccuracy]).toEqual([name, 1]);
    }
    expect(metrics.operations.truth).toBe(2);
    expect(metrics.parameters.truth).toBe(3); // path id ×2 + query q; the header is not scored
    expect(checkThresholds(metrics)).toEqual([]);
  });

  it('should count the fields of each category as documented', () => {
    const { metrics } = scoreSpecs(truthSpec(), truthSpec());
    // request: Book without the readOnly Id; response: all five
    expect(metrics.requestFields.truth).toBe(4);
    expect(metrics.responseFields.truth).toBe(10);
    expect(metrics.bodyFields.truth).toBe(14);
    // Author.Id, Author.Name, Editions[].Year, per body (request: PUT; response: GET + PUT)
    expect(metrics.nestedRequestFields.truth).toBe(3);
    expect(metrics.nestedResponseFields.truth).toBe(6);
    expect(metrics.statusCodes.truth).toBe(3);
  });

  it.each([
    {
      name: 'a missing query parameter lowers parameter recall',
      change: (s: Mutable) => {
        s.paths['/books/{id}']!.get!.parameters.splice(1, 1);
      },
      category: 'parameters' as const,
      want: { recall: 2 / 3, precision: 1, missing: ['GET /books/{} query:q'] },
    },
    {
      name: 'an extra parameter lowers parameter precision',
      change: (s: Mutable) => {
        s.paths['/books/{id}']!.put!.parameters.push({ name: 'notify', in: 'query', schema: { type: 'boolean' } });
      },
      category: 'parameters' as const,
      want: { recall: 1, precision: 3 / 4, extra: ['PUT /books/{} query:notify'] },
    },
    {
      name: 'a wrong parameter type lowers type accuracy only',
      change: (s: Mutable) => {
        s.paths['/books/{id}']!.get!.parameters[1] = { name: 'q', in: 'query', schema: { type: 'integer' } };
      },
      category: 'parameters' as const,
      want: { recall: 1, precision: 1, typeAccuracy: 2 / 3, mistyped: ['GET /books/{} query:q: integer, want string'] },
    },
    {
      name: 'a wrong required flag lowers required accuracy',
      change: (s: Mutable) => {
        s.paths['/books/{id}']!.get!.parameters[1]!.required = true;
      },
      category: 'parameters' as const,
      want: { recall: 1, typeAccuracy: 1, requiredAccuracy: 2 / 3 },
    },
    {
      name: 'a wrong field type lowers response type accuracy',
      change: (s: Mutable) => {
        s.components.schemas.Book!.properties.Title = { type: 'integer' };
      },
      category: 'responseFields' as const,
      want: { recall: 1, precision: 1, typeAccuracy: 8 / 10 },
    },
    {
      name: 'a missing field lowers recall of request and response fields',
      change: (s: Mutable) => {
        delete s.components.schemas.Book!.properties.Tags;
      },
      category: 'bodyFields' as const,
      want: { recall: 11 / 14, precision: 1 },
    },
    {
      name: 'a missing status code lowers status recall',
      change: (s: Mutable) => {
        delete (s.paths['/books/{id}']!.get!.responses as Json)['404'];
      },
      category: 'statusCodes' as const,
      want: { recall: 2 / 3, precision: 1, missing: ['GET /books/{} 404'] },
    },
    {
      name: 'a missing operation lowers operation recall',
      change: (s: Mutable) => {
        delete s.paths['/books/{id}']!.put;
      },
      category: 'operations' as const,
      want: { recall: 1 / 2, precision: 1, missing: ['PUT /books/{} (/books/{id})'] },
    },
    {
      name: 'an inline copy of a $ref schema is no difference',
      change: (s: Mutable) => {
        const book = clone(s.components.schemas.Book!);
        book.properties.Author = clone(PERSON);
        (s.paths['/books/{id}']!.get!.responses as Json)['200'] = { description: 'OK', ...json(book) };
      },
      category: 'nestedResponseFields' as const,
      want: { recall: 1, precision: 1, typeAccuracy: 1 },
    },
    {
      name: 'a nested field of another type lowers nested type accuracy',
      change: (s: Mutable) => {
        s.components.schemas.Person!.properties.Name = { type: 'boolean' };
      },
      category: 'nestedResponseFields' as const,
      want: { recall: 1, typeAccuracy: 4 / 6 },
    },
  ])('should see that $name', ({ change, category, want }) => {
    const { metrics } = scoreSpecs(mutated(change), truthSpec());
    expect(metrics[category]).toMatchObject(want);
  });

  it('should match operations whatever the path parameter names, and report the renaming', () => {
    const generated = mutated((s) => {
      const item = s.paths['/books/{id}']!;
      delete s.paths['/books/{id}'];
      for (const op of Object.values(item)) op.parameters[0] = { ...op.parameters[0], name: 'bookId' };
      s.paths['/books/{bookId}'] = item;
    });
    const { metrics, renamedPathParams } = scoreSpecs(generated, truthSpec());
    expect(metrics.operations.f1).toBe(1);
    expect(metrics.parameters.f1).toBe(1);
    expect(renamedPathParams).toEqual(['GET /books/{}: /books/{bookId} ~ /books/{id}', 'PUT /books/{}: /books/{bookId} ~ /books/{id}']);
  });

  it('should score the fields of an array body by its items', () => {
    const truth = spec(
      { '/books': { get: { responses: { '200': { description: 'OK', ...json({ type: 'array', items: ref('Person') }) } } } } },
      { Person: PERSON },
    );
    const asObject = spec(
      { '/books': { get: { responses: { '200': { description: 'OK', ...json(ref('Person')) } } } } },
      { Person: PERSON },
    );
    const asEmpty = spec({ '/books': { get: { responses: { '200': { description: 'OK', ...json({ type: 'array', items: {} }) } } } } });
    expect(scoreSpecs(truth, truth).metrics.responseFields).toMatchObject({ truth: 2, matched: 2 });
    expect(scoreSpecs(asObject, truth).metrics.responseFields).toMatchObject({ matched: 2 });
    expect(scoreSpecs(asEmpty, truth).metrics.responseFields).toMatchObject({ matched: 0, recall: 0 });
  });

  it('should take the request body from components.requestBodies', () => {
    const truth = spec(
      { '/p': { post: { requestBody: { $ref: '#/components/requestBodies/P' }, responses: { '204': { description: 'done' } } } } },
      { Person: PERSON },
    );
    (truth.components as Json).requestBodies = { P: json(ref('Person')) };
    const inline = spec({ '/p': { post: { requestBody: json(PERSON), responses: { '204': { description: 'done' } } } } });
    expect(scoreSpecs(inline, truth).metrics.requestFields).toMatchObject({ truth: 2, matched: 2, typeAccuracy: 1 });
  });

  it.each([
    { name: '3.0 nullable', want: { type: 'string', nullable: true } },
    { name: '3.1 type array', want: { type: ['string', 'null'] } },
    { name: 'anyOf with null', want: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
    { name: 'a string enum', want: { enum: ['A', 'B'] } },
    { name: 'a $ref to a string enum', want: ref('Mode') },
  ])('should read $name as a string', ({ want }) => {
    const make = (schema: unknown) =>
      spec(
        {
          '/x': {
            get: {
              parameters: [{ name: 'm', in: 'query', schema }],
              responses: { '200': { description: 'OK', ...json({ type: 'object', properties: { m: schema } }) } },
            },
          },
        },
        { Mode: { type: 'string', enum: ['A', 'B'] } },
      );
    const { metrics } = scoreSpecs(make({ type: 'string' }), make(want));
    expect([metrics.parameters.typeAccuracy, metrics.responseFields.typeAccuracy]).toEqual([1, 1]);
  });

  it('should read a $ref to an object and allOf of objects as object', () => {
    const make = (schema: unknown) =>
      spec(
        { '/x': { get: { responses: { '200': { description: 'OK', ...json({ type: 'object', properties: { p: schema } }) } } } } },
        { Person: PERSON },
      );
    const generated = make({ type: 'object' });
    expect(scoreSpecs(generated, make(ref('Person'))).metrics.responseFields.typeAccuracy).toBe(1);
    expect(scoreSpecs(generated, make({ allOf: [ref('Person')] })).metrics.responseFields.typeAccuracy).toBe(1);
    expect(scoreSpecs(make({ type: 'array' }), make(ref('Person'))).metrics.responseFields.typeAccuracy).toBe(0);
  });

  it('should survive a cyclic $ref', () => {
    const cyclic = spec(
      { '/x': { get: { responses: { '200': { description: 'OK', ...json(ref('A')) } } } } },
      { A: ref('B'), B: ref('A') },
    );
    expect(scoreSpecs(cyclic, cyclic).metrics.responseFields).toMatchObject({ truth: 0, f1: 1 });
  });
});

describe('checkThresholds', () => {
  it('should list each target missed and nothing else', () => {
    const generated = mutated((s) => {
      delete s.paths['/books/{id}']!.put;
      s.paths['/books/{id}']!.get!.parameters[1] = { name: 'q', in: 'query', schema: { type: 'integer' } };
    });
    const failures = checkThresholds(scoreSpecs(generated, truthSpec()).metrics);
    expect(failures).toEqual(['operations f1 66.67% < 100%', 'parameters typeAccuracy 50.00% < 98%']);
  });
});
