/**
 * Keys written as placeholders in a type sketch or a sample stand for any key: `"<room>": [{…}]`,
 * `"labels": {"<label_name>": "<string>"}`, unquoted `{<featureName>: <Boolean>}` (its value a type
 * word, no sample), `"{lamp}": "<integer>"` beside a field, and a sample's `":lamp": 3`. Each is the
 * object's `additionalProperties` of the value's type. Before, the sketch's placeholders were
 * fields named `<room>` and `<label_name>`, the unquoted sketch did not parse (no body, an
 * `invalid-sample`), and `:lamp` keys were fields. The fixture is ours.
 *
 * One pattern (ir/placeholder-key.ts) serves samples and sketches alike (shelves.md): a sample keyed
 * `{shelf.id}` is a map (before, a sample's `{…}` key held word characters only), a sketch's `":shelf"`
 * beside a field is the map's value (before, only `<…>` and `{…}` keys of a sketch were), and keys of
 * markup, `"<a href=\"/shelves\">"`, are fields (before, any `<…>` of a sample was a placeholder).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/placeholder-sketches');

describe('general reader: placeholder keys of sketches and samples', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const op = (method: string, route: string) => run.document.operations.find((o) => o.method === method && o.path === route);
  const response = (method: string, route: string): Schema | undefined =>
    op(method, route)?.responses.find((r) => r.status.startsWith('2'))?.content[0]?.schema;
  const request = (method: string, route: string): Schema | undefined => op(method, route)?.requestBody?.content[0]?.schema;

  it('should read a sketch keyed by placeholders as maps, nested ones too', () => {
    expect(run.failed).toBe(false);
    expect(response('get', '/v1/lamp-groups')).toMatchObject({
      kind: 'object',
      properties: [],
      additionalProperties: {
        kind: 'array',
        items: {
          kind: 'object',
          properties: [
            { name: 'name', schema: { kind: 'string' } },
            { name: 'watts', schema: { kind: 'integer' } },
            { name: 'labels', schema: { kind: 'object', properties: [], additionalProperties: { kind: 'string' } } },
          ],
        },
      },
    });
  });

  it('should read an unquoted placeholder key and a type word value as a map of that type, no sample', () => {
    expect(request('patch', '/v1/lamp-features')).toMatchObject({
      kind: 'object',
      properties: [],
      additionalProperties: { kind: 'boolean' },
    });
    expect(op('patch', '/v1/lamp-features')?.requestBody?.content[0]?.examples).toEqual([]);
    expect(run.diagnostics.filter((d) => d.code === 'invalid-sample')).toEqual([]);
  });

  it('should keep a plain field beside the placeholder, and read a sample keyed `:name` as a map', () => {
    expect(response('get', '/v1/lamp-states')).toMatchObject({
      kind: 'object',
      properties: [{ name: 'status', schema: { kind: 'string' } }],
      additionalProperties: { kind: 'integer' },
    });
    const levels = request('put', '/v1/lamp-levels');
    expect(levels?.kind === 'map' ? levels.values : levels?.kind === 'object' ? levels.additionalProperties : undefined).toMatchObject({
      kind: 'integer',
    });
    expect(levels?.kind === 'object' ? levels.properties : []).toEqual([]);
  });

  it('should read placeholders by one pattern: `{shelf.id}` keys and a `:shelf` key beside a field as maps, markup keys as fields', () => {
    expect(response('get', '/v1/shelf-loads')).toMatchObject({ kind: 'map', values: { kind: 'integer' } });
    expect(response('get', '/v1/shelf-weights')).toMatchObject({
      kind: 'object',
      properties: [{ name: 'unit', schema: { kind: 'string' } }],
      additionalProperties: { kind: 'integer' },
    });
    const markup = response('get', '/v1/shelf-markup');
    expect(markup?.kind === 'object' ? markup.properties.map((p) => p.name) : markup).toEqual([
      '<a href="/shelves">',
      '<img src="shelf.png">',
    ]);
    expect(markup?.kind === 'object' ? markup.additionalProperties : undefined).toBeUndefined();
  });
});
