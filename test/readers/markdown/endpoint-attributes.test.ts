/**
 * Strapi-style MDX endpoint components, `<Endpoint method="GET" path="/api/:room/shelves"
 * paramTitle="Query Parameters" params={[{ name: 'sort', type: 'string', … }]} … />`: the method
 * and the path are the operation's signature, the `description` its words, and a `params` literal
 * the parameters (or body fields) its `paramTitle` places. Params written as code are not read: an
 * `unsupported-component` info says so. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

const read = readGeneral(
  readFileSync(path.join(import.meta.dirname, 'fixtures/endpoint-attributes/shelves.mdx'), 'utf8'),
  'api/shelves.mdx',
);

describe('general reader: <Endpoint …/> components', () => {
  it('should read a literal `params` as the parameters its `paramTitle` places', () => {
    const list = operation(read, 'GET /api/{room}/shelves');
    expect(parameterNames(list)).toEqual(['query:sort', 'query:page', 'path:room*']);
    expect(list.parameters.map((p) => [p.schema.kind, p.description])).toEqual([
      ['string', 'Sort by field. Use `name:asc` or `name:desc`'],
      ['integer', 'Page number. Default: `1`'],
      ['string', undefined],
    ]);
    const one = operation(read, 'GET /api/{room}/shelves/{shelfId}');
    expect(one.parameters.map((p) => [p.in, p.name, p.required, p.description])).toEqual([
      ['path', 'room', true, 'The room (e.g. `attic`)'],
      ['path', 'shelfId', true, 'The shelf id'],
    ]);
  });

  it('should read body params as the body’s fields, and the component’s description as the operation’s words', () => {
    const move = operation(read, 'PATCH /api/{room}/shelves/{shelfId}');
    const body = bodySchema(move);
    expect(body?.kind === 'object' ? body.properties.map((p) => [p.name, p.schema.kind, p.required, p.description]) : body).toEqual([
      ['to', 'string', true, 'The room to move it to'],
      ['tilt', 'integer', false, 'Degrees of tilt < 10'],
    ]);
    expect([move.summary, move.description]).toEqual(['Shelves are moved between rooms.', 'Moves a shelf to `room`.']);
    expect(operation(read, 'GET /api/{room}/shelves').summary).toBe('Returns the shelves of a room, a page at a time.');
    for (const op of read.fragment?.operations ?? []) expect(`${op.summary} ${op.description}`).not.toContain('<Endpoint');
  });

  it('should read only the method and the path where the params are code, and say so', () => {
    const build = operation(read, 'POST /api/{room}/shelves');
    expect(parameterNames(build)).toEqual(['path:room*']);
    expect(build.requestBody).toBeUndefined();
    expect(codes(read).filter((code) => code === 'unsupported-component')).toHaveLength(1);
  });
});
