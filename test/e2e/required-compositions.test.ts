/**
 * `required` across compositions (`allOf: [$ref] + required`, `allOf: [$ref, {required}]`, a
 * `oneOf` variant requiring what its container defines) survives into all three outputs.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/run/generate.js';
import { agreementErrors, compileStrict, importSchemas, useScratchDir, writeFiles } from '../emit/shared/generated-project.js';
import { schemaErrors } from '../helpers/openapi-validate.js';
import { REPO_ROOT } from '../helpers/temp-dir.js';

const SPEC = path.join(REPO_ROOT, 'test/import/openapi/fixtures/required-compositions.json');
const scratch = useScratchDir();

async function outputs(): Promise<Record<string, string>> {
  const result = await generate({ input: SPEC, naming: { types: 'preserve' } });
  expect(result.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  return Object.fromEntries(result.outputs.map((o) => [o.path, o.contents]));
}

describe('required across compositions', () => {
  it('should make the types require what the spec requires, compiling strict and agreeing with the zod schemas', async () => {
    const files = await outputs();
    const dir = scratch();
    expect(agreementErrors(dir, files['types.ts']!, files['schemas.ts']!)).toEqual([]);
    writeFiles(dir, {
      'uses.ts': [
        "import type * as T from './types.js';",
        "export const full: T.ReplicaCreate = { name: 'r', size: 1 };",
        '// @ts-expect-error size is required',
        "export const noSize: T.ReplicaCreate = { name: 'r' };",
        '// @ts-expect-error tags is required (owner is local, tags inherited)',
        "export const noTags: T.ReplicaTagged = { owner: 'o' };",
        '// @ts-expect-error region is required by the second allOf part',
        'export const noRegion: T.ReplicaInRegion = {};',
        '// @ts-expect-error name is required through an alias of the base',
        'export const noName: T.ReplicaNamed = {};',
        '// @ts-expect-error one of host or socket is required',
        'export const neither: T.Target = {};',
        "export const host: T.Target = { host: 'h' };",
        '// the request shape keeps the required names that are writable',
        "export const body: T.ReplicaCreateWritable = { name: 'r', size: 1 };",
      ].join('\n'),
    });
    expect(compileStrict(dir, ['types.ts', 'uses.ts'])).toEqual([]);
  });

  it('should make the zod schemas reject a value without a required property', async () => {
    const schemas = await importSchemas(scratch(), (await outputs())['schemas.ts']!);
    expect(schemas.ReplicaCreateSchema!.safeParse({ name: 'r', size: 1 }).success).toBe(true);
    expect(schemas.ReplicaCreateSchema!.safeParse({ name: 'r' }).success).toBe(false);
    expect(schemas.ReplicaCreateSchema!.safeParse({ name: 'r', size: 0 }).success).toBe(false);
    expect(schemas.ReplicaInRegionSchema!.safeParse({}).success).toBe(false);
    expect(schemas.ReplicaNamedSchema!.safeParse({ name: 'n' }).success).toBe(true);
    expect(schemas.TargetSchema!.safeParse({}).success).toBe(false);
    expect(schemas.TargetSchema!.safeParse({ socket: '/s' }).success).toBe(true);
  });

  it('should write the required names into openapi.json as the spec did, without copying the properties', async () => {
    const spec = JSON.parse((await outputs())['openapi.json']!);
    expect(await schemaErrors(spec)).toEqual([]);
    const schemas = spec.components.schemas;
    expect(schemas.ReplicaCreate).toEqual({
      allOf: [{ $ref: '#/components/schemas/Replica' }, { type: 'object', required: ['name', 'size'] }],
    });
    expect(schemas.ReplicaTagged.allOf[1]).toEqual({
      type: 'object',
      properties: { owner: { type: 'string' } },
      required: ['owner', 'tags'],
    });
    expect(schemas.ReplicaInRegion.allOf[1]).toEqual({ type: 'object', required: ['region'] });
    expect(schemas.Target.allOf[1].oneOf).toEqual([
      { type: 'object', required: ['host'] },
      { type: 'object', required: ['socket'] },
    ]);
  });
});
