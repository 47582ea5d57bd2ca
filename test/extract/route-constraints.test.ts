import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { applyRouteConstraints } from '../../src/extract/route-constraints.js';
import type { Schema } from '../../src/ir/types.js';
import { readPage } from '../../src/run/read-page.js';

describe('applyRouteConstraints', () => {
  it.each<[string, Schema, string[], Schema]>([
    ['minlength on an untyped parameter', { kind: 'string' }, ['minlength(2)'], { kind: 'string', minLength: 2 }],
    ['length with two bounds', { kind: 'string' }, ['length(2,8)'], { kind: 'string', minLength: 2, maxLength: 8 }],
    ['length with one', { kind: 'string' }, ['length(4)'], { kind: 'string', minLength: 4, maxLength: 4 }],
    ['int types an untyped parameter', { kind: 'string' }, ['int'], { kind: 'integer', format: 'int32' }],
    ['int then min', { kind: 'string' }, ['int', 'min(1)'], { kind: 'integer', format: 'int32', minimum: 1 }],
    ['range', { kind: 'integer', format: 'int64' }, ['range(1,100)'], { kind: 'integer', format: 'int64', minimum: 1, maximum: 100 }],
    ['guid', { kind: 'string' }, ['guid'], { kind: 'string', format: 'uuid' }],
    ['regex with commas', { kind: 'string' }, ['regex(^[a-z]{{1,3}}$)'], { kind: 'string', pattern: '^[a-z]{{1,3}}$' }],
    ['a documented type is never overridden', { kind: 'integer', format: 'int32' }, ['guid'], { kind: 'integer', format: 'int32' }],
    ['bounds that do not fit the kind are ignored', { kind: 'integer' }, ['minlength(2)'], { kind: 'integer' }],
    ['apiVersion has no schema meaning', { kind: 'string' }, ['apiVersion'], { kind: 'string' }],
    ['a malformed constraint is ignored', { kind: 'string' }, ['min(abc'], { kind: 'string' }],
  ])('should handle %s', (_name, schema, constraints, want) => {
    expect(applyRouteConstraints(schema, constraints)).toEqual(want);
  });

  it('should keep a description and other keywords', () => {
    expect(applyRouteConstraints({ kind: 'string', description: 'Tenant' }, ['int'])).toEqual({
      kind: 'integer',
      format: 'int32',
      description: 'Tenant',
    });
  });
});

describe('route constraints through the extractor', () => {
  it('should type the DTO route parameters from their constraints', () => {
    const page = [
      'Things / Get',
      '',
      'Gets a thing.',
      '',
      'Route: /api/{tenant:minlength(2)}/v{version:apiVersion}/things/{thing_id:int:min(1)}',
      '',
      'Method: GET',
      '',
      'Authorisation: Minimum role: USER',
      '',
      'Request Arguments',
      'Name Type Source',
      'thing_idInt32',
      '',
      'Response object',
      '',
      'Response status: 200 (OK)',
      '',
      'Response type: String',
      '',
    ].join('\n');
    const result = readPage({ file: 'things.txt', text: page });
    const parameters = result.fragment?.operations[0]?.parameters ?? [];
    const byName = Object.fromEntries(parameters.map((p) => [p.name, p]));
    expect(result.fragment?.operations[0]?.path).toBe('/api/{tenant}/v{version}/things/{thing_id}');
    expect(byName.tenant?.schema).toMatchObject({ kind: 'string', minLength: 2 });
    expect(byName.tenant?.constraints).toEqual(['minlength(2)']);
    expect(byName.version?.constraints).toEqual(['apiVersion']);
    expect(byName.thing_id?.schema).toMatchObject({ kind: 'integer', format: 'int32', minimum: 1 });
    void DiagnosticBag;
  });
});
