import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffSpecs } from '../../src/diff/index.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'swagger');
const v2 = path.join(dir, 'v2.yaml');
const v3 = path.join(dir, 'v3.yaml');

describe('Swagger 2.0 input', () => {
  it('should find no change between a Swagger 2.0 spec and its OpenAPI 3.0 equivalent', async () => {
    const result = await diffSpecs({ kind: 'file', path: v2 }, { kind: 'file', path: v3 });
    expect(result.changes).toEqual([]);
    expect(result.diagnostics).toEqual([`${v2}: Swagger 2.0, read as OpenAPI 3.0`]);
  });

  it('should find no change between a Swagger 2.0 spec and its hand-written OpenAPI 3.0 form, either way', async () => {
    // $ref'd parameters and responses, every collectionFormat, urlencoded and multipart forms, `type: file`
    // in a form and in a response, x-nullable, a string discriminator, oauth2 scopes in another order.
    const two = path.join(dir, 'shelves-2.0.yaml');
    const three = path.join(dir, 'shelves-3.0.yaml');
    for (const [a, b] of [
      [two, three],
      [three, two],
    ] as const) {
      const result = await diffSpecs({ kind: 'file', path: a }, { kind: 'file', path: b });
      expect(result.changes.map((c) => `${c.id} ${c.operation} ${c.message}`)).toEqual([]);
    }
  });

  it("should locate a change to a body parameter's or a response's own schema at its line in the 2.0 file", async () => {
    const text = readFileSync(path.join(dir, 'shelves-2.0.yaml'), 'utf8').replace(
      "in: body, required: true, schema: {$ref: '#/definitions/Shelf'}",
      'in: body, required: true, schema: {type: object}',
    );
    const revision = text
      .replace('in: body, required: true, schema: {type: object}', 'in: body, required: true, schema: {type: array}')
      .replace("schema: {type: array, items: {$ref: '#/definitions/Shelf'}}", 'schema: {type: object}');
    const result = await diffSpecs({ kind: 'text', text, label: 'a.yaml' }, { kind: 'text', text: revision, label: 'b.yaml' });
    expect(result.changes.map((c) => [c.id, c.location?.base?.line, c.location?.base?.column, c.location?.revision?.line])).toEqual([
      ['response-property-type-changed', 41, 11, 41],
      ['request-property-type-changed', 45, 50, 45],
    ]);
  });

  it('should diff two Swagger 2.0 documents, body parameters and definitions included', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the test edits the parsed spec by deep paths
    const doc = parse(readFileSync(v2, 'utf8')) as Record<string, any>;
    const rev = structuredClone(doc);
    rev.definitions.Pet.required.push('nick');
    rev.paths['/pets/{id}'].put.parameters[0].collectionFormat = 'csv';
    const result = await diffSpecs({ kind: 'object', document: doc, label: 'a' }, { kind: 'object', document: rev, label: 'b' });
    expect(result.changes.map((c) => [c.id, c.message])).toEqual([
      ['request-parameter-explode-changed', 'explode of query parameter `tags` changed from `true` to `false`'],
      ['request-property-became-required', 'request property `Pet.nick` became required'],
      ['response-property-became-required', 'response property `Pet.nick` became required'],
    ]);
    expect(result.diagnostics).toEqual(['a: Swagger 2.0, read as OpenAPI 3.0', 'b: Swagger 2.0, read as OpenAPI 3.0']);
    expect(result.changes[1]!.location?.base).toEqual({ file: 'a', pointer: '/definitions/Pet/properties/nick' });
  });
});
