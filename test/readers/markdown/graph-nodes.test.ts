/**
 * Node pages written as Facebook's Graph API reference is: `## Reading` ⏎ `GET /v19.0/{shelf-id}`,
 * its `### Fields` table, `## Creating` from an edge's listed paths, `### Return Type` structs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/graph-nodes/shelf.md'), 'utf8');

function fields(schema: unknown): unknown {
  const object = schema as { kind: string; properties?: Array<{ name: string; required: boolean; schema: { kind: string } }> };
  return object?.properties?.map((p) => [p.name, p.required, p.schema.kind]);
}

const answer = (op: Operation): unknown => strip(op.responses.find((response) => response.status === '2XX')?.content[0]?.schema);

describe('general reader: Graph API-style node pages', () => {
  it("should read each section's call, the version prefix the base path, an edge's listed paths its routes", () => {
    const read = readGeneral(page, 'shelf.md');
    expect(read.routes).toEqual(['GET /{shelf-id}', 'POST /{library_id}/shelves', 'POST /{shelf_id}', 'DELETE /{shelf_id}']);
    expect(read.root.data?.page?.servers).toEqual(['/v19.0']);
  });

  it("should read a read's `Fields` as its response's fields, typed by the code each description opens with", () => {
    const op = operation(readGeneral(page, 'shelf.md'), 'GET /{shelf-id}');
    expect(parameterNames(op)).toEqual(['path:shelf-id*']);
    expect(fields(answer(op))).toEqual([
      ['id', false, 'string'],
      ['name', false, 'string'],
      ['book_count', false, 'integer'],
      ['is_public', false, 'boolean'],
      ['library', false, 'ref'],
    ]);
  });

  it("should read the parameters' types and a last `Required` line, and a `Return Type` struct as the response's fields", () => {
    const op = operation(readGeneral(page, 'shelf.md'), 'POST /{library_id}/shelves');
    expect(fields(bodySchema(op))).toEqual([
      ['name', true, 'string'],
      ['is_public', false, 'boolean'],
    ]);
    expect(fields(answer(op))).toEqual([['id', false, 'string']]);
  });
});
