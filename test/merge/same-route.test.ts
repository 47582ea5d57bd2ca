/**
 * Two documents of one route merged (merge/same-route.ts): parameters by location and name, responses
 * by status, body properties by name, the first of each kept — and in time linear in their number.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import type { Operation, Parameter, Property, Response } from '../../src/ir/types.js';
import { mergeSameRoute, routeIndex } from '../../src/merge/same-route.js';

const parameter = (name: string, where: Parameter['in'] = 'query', kind: 'string' | 'integer' = 'string'): Parameter => ({
  name,
  in: where,
  required: false,
  schema: { kind },
});
const property = (name: string): Property => ({ name, schema: { kind: 'string' }, required: true });
const response = (status: string, properties: Property[]): Response => ({
  status,
  description: status,
  headers: [],
  content: [{ mediaType: 'application/json', schema: { kind: 'object', properties }, examples: [] }],
});

function operation(parameters: Parameter[], responses: Response[] = []): Operation {
  return { operationId: 'listItems', method: 'get', path: '/items', tags: [], parameters, responses };
}

describe('mergeSameRoute', () => {
  it('should keep the first of each parameter, response and body property, and add the others in their order', () => {
    const first = operation([parameter('a'), parameter('b'), parameter('a', 'header')], [response('200', [property('x')])]);
    const second = operation(
      [parameter('c'), parameter('b', 'query', 'integer'), parameter('c', 'query', 'integer'), parameter('a', 'header')],
      [response('404', []), response('200', [property('y'), property('x'), property('y')])],
    );
    const diagnostics = new DiagnosticBag();
    mergeSameRoute(first, second, 'b.md', diagnostics);
    expect(first.parameters.map((p) => `${p.in} ${p.name} ${p.schema.kind}`)).toEqual([
      'query a string',
      'query b string',
      'header a string',
      'query c string',
    ]);
    expect(first.responses.map((r) => r.status)).toEqual(['200', '404']);
    const body = first.responses[0]!.content[0]!.schema!;
    expect(body.kind === 'object' && body.properties.map((p) => `${p.name} ${p.required}`)).toEqual(['x true', 'y false', 'y false']);
    // b and the second c differ in type from the kept ones.
    expect(diagnostics.items.map((d) => d.message)).toEqual([
      expect.stringContaining('query parameter "b"'),
      expect.stringContaining('query parameter "c"'),
    ]);
  });

  it('should merge routes of 100,000 parameters and body properties each without a search per item', () => {
    // A search per parameter and property made this 10¹⁰ comparisons: over 4 minutes, past the test's timeout; looked up, about a second.
    const count = 100_000;
    const names = Array.from({ length: count }, (_, index) => `p${index}`);
    const first = operation(
      names.map((name) => parameter(name)),
      [response('200', names.map(property))],
    );
    const second = operation(
      names.map((name, index) => parameter(index % 2 === 0 ? name : `q${index}`)),
      [
        response(
          '200',
          names.map((name, index) => property(index % 2 === 0 ? name : `q${index}`)),
        ),
      ],
    );
    mergeSameRoute(first, second, 'b.md', new DiagnosticBag());
    expect(first.parameters).toHaveLength(count * 1.5);
    const body = first.responses[0]!.content[0]!.schema!;
    expect(body.kind === 'object' && body.properties.length).toBe(count * 1.5);
  });

  it('should take the example another place shows as no disagreement, and keep it where the first shows none', () => {
    const first = operation([parameter('search')]);
    const shown = { ...parameter('search'), schema: { kind: 'string' as const, examples: ['oak'] } };
    const diagnostics = new DiagnosticBag();
    mergeSameRoute(first, operation([shown]), 'b.md', diagnostics);
    expect(diagnostics.items).toEqual([]);
    expect(first.parameters[0]!.schema.examples).toEqual(['oak']);
  });

  it('should say where one answer is a list and the other one item, and not where a ref and an object answer', () => {
    const list = (status: string): Response => ({
      ...response(status, []),
      content: [{ mediaType: 'application/json', schema: { kind: 'array', items: { kind: 'ref', name: 'Lamp' } }, examples: [] }],
    });
    const ref = (status: string): Response => ({
      ...response(status, []),
      content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Lamp' }, examples: [] }],
    });
    const diagnostics = new DiagnosticBag();
    mergeSameRoute(operation([], [response('200', [property('x')])]), operation([], [list('200')]), 'b.md', diagnostics);
    expect(diagnostics.items.map((d) => `${d.code} ${d.message}`)).toEqual([
      expect.stringMatching(/^operation-conflict GET \/items: the type of the 200 response's body \(application\/json\) differs/),
    ]);
    const quiet = new DiagnosticBag();
    mergeSameRoute(operation([], [response('200', [property('x')])]), operation([], [ref('200')]), 'b.md', quiet);
    expect(quiet.items).toEqual([]);
  });

  it('should merge 3,000 documents of one route, each adding a parameter, with one index kept across the merges', () => {
    const first = operation([parameter('p0')], [response('200', [])]);
    const index = routeIndex(first);
    for (let at = 1; at <= 3_000; at++)
      mergeSameRoute(first, operation([parameter(`p${at}`), parameter('p0')], [response('200', [])]), 'b.md', new DiagnosticBag(), index);
    expect(first.parameters).toHaveLength(3_001);
    expect(index.parameters.size).toBe(3_001);
    expect(first.responses).toHaveLength(1);
  });
});
