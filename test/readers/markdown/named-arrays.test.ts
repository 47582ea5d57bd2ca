/**
 * A type cell that writes `array` after a capitalised type's name (Hasura's `[CollectionQuery](…)
 * array`, `Path array`) is an array of that type, as `string array` is an array of strings.
 * Before, the cell was an unknown type (`unknown-type`) and the field lost its shape. A lowercase
 * word that is no type word (`winding array`) stays unknown. The fixture is a garden API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/named-arrays');

describe("general reader: a type's name followed by `array`", async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const openapi = JSON.parse(run.outputs.find((o) => o.path === 'openapi.json')?.contents ?? '{}');
  const body = openapi.paths?.['/v1/gardens']?.post?.requestBody?.content?.['application/json']?.schema ?? {};

  it('should read a linked or written name before `array` as an array of that type', () => {
    expect(run.failed).toBe(false);
    expect(body.properties?.beds).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/Bed' } });
    expect(body.properties?.paths).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/Path' } });
    expect(body.properties?.labels).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(body.required).toEqual(['name', 'beds']);
  });

  it('should leave a lowercase word that is no type word unknown', () => {
    expect(body.properties?.layout?.type).toBeUndefined();
    const unknown = run.diagnostics.filter((d) => d.code === 'unknown-type').map((d) => d.message);
    expect(unknown).toEqual(['unknown type "winding array"; typed unknown']);
  });
});
