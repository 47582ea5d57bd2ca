/**
 * Operation parts that are another schema, or the same schema text as an earlier part, are export
 * aliases (`export { A as B };`) rather than consts: fewer declarations for the type checker to walk
 * over. They must stay importable under their own names, agree with their types and parse alike.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { emitTypes } from '../../../src/emit/typescript/index.js';
import { emitZod } from '../../../src/emit/zod/index.js';
import type { ApiDocument, Operation, Parameter } from '../../../src/ir/types.js';
import { agreementSource, compileStrict, exportedTypeNames, useScratchDir, writeFiles } from '../shared/generated-project.js';

const ownerRepo = (description = 'The owner'): Parameter[] => [
  { name: 'owner', in: 'path', required: true, schema: { kind: 'string' }, description },
  { name: 'repo', in: 'path', required: true, schema: { kind: 'string' } },
];

const operation = (operationId: string, parameters: Parameter[], extra: Partial<Operation> = {}): Operation => ({
  operationId,
  method: 'get',
  path: `/${operationId}/{owner}/{repo}`,
  tags: [],
  parameters,
  responses: [
    {
      status: '200',
      description: 'OK',
      headers: [],
      content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Repo' }, examples: [] }],
    },
    {
      status: '404',
      description: 'Missing',
      headers: [],
      content: [{ mediaType: 'application/json', schema: { kind: 'ref', name: 'Error' }, examples: [] }],
    },
  ],
  ...extra,
});

function document(): ApiDocument {
  return {
    irVersion: 1,
    info: { title: 'Aliases', version: '1' },
    servers: [],
    tags: [],
    securitySchemes: [],
    schemas: [
      {
        name: 'Repo',
        origin: 'documented',
        sources: [],
        schema: { kind: 'object', properties: [{ name: 'name', required: true, schema: { kind: 'string', minLength: 1 } }] },
      },
      {
        name: 'Error',
        origin: 'documented',
        sources: [],
        schema: { kind: 'object', properties: [{ name: 'message', required: true, schema: { kind: 'string' } }] },
      },
    ],
    operations: [
      operation('getRepo', ownerRepo()),
      operation('updateRepo', ownerRepo(), { method: 'patch' }),
      operation('otherRepo', ownerRepo('Someone else')),
    ],
  };
}

describe('operation part aliases in schemas.ts', () => {
  const scratch = useScratchDir();
  const text = emitZod(document());

  it('should alias parts that are a named schema or the same text as an earlier part, and declare the rest', () => {
    const cases: Array<[string, string]> = [
      ['first of a shape declared', 'export const GetRepoPathParamsSchema = z.looseObject({'],
      ['same text aliased to the first', 'export { GetRepoPathParamsSchema as UpdateRepoPathParamsSchema };'],
      ['a named schema aliased', 'export { RepoSchema as GetRepo200ResponseSchema };'],
      ['an alias of an alias resolved to the const', 'export { RepoSchema as GetRepoResponseSchema };'],
      ['different docs declared on their own', 'export const OtherRepoPathParamsSchema = z.looseObject({\n  /** Someone else */'],
      [
        'the lookup refers to local consts',
        "  updateRepo: {\n      path: GetRepoPathParamsSchema,\n      responses: {\n        '200': RepoSchema,\n        '404': ErrorSchema,\n      },\n      response: RepoSchema,\n    },",
      ],
    ];
    for (const [name, want] of cases) expect(text, name).toContain(want);
    expect(text).not.toMatch(/export const UpdateRepo/);
  });

  it('should compile strictly, every aliased name agreeing with its type', () => {
    const dir = scratch();
    const types = emitTypes(document());
    const pairs = exportedTypeNames(types).map((name): [string, string] => [name, `${name}Schema`]);
    expect(pairs.map(([name]) => name)).toContain('UpdateRepoPathParams');
    writeFiles(dir, { 'types.ts': types, 'schemas.ts': text, 'agree.ts': agreementSource(pairs) });
    expect(compileStrict(dir, ['types.ts', 'schemas.ts', 'agree.ts'], { exactOptionalPropertyTypes: true })).toEqual([]);
  });

  it('should export every alias as the same schema object, enforcing the same constraints', async () => {
    const dir = scratch();
    writeFiles(dir, { 'types.ts': emitTypes(document()), 'schemas.ts': text });
    const module = (await import(pathToFileURL(path.join(dir, 'schemas.ts')).href)) as Record<string, z.ZodType>;
    expect(module.UpdateRepoPathParamsSchema).toBe(module.GetRepoPathParamsSchema);
    expect(module.UpdateRepo200ResponseSchema).toBe(module.RepoSchema);
    expect(module.UpdateRepo200ResponseSchema?.safeParse({ name: '' }).success).toBe(false);
    expect(module.UpdateRepo200ResponseSchema?.safeParse({ name: 'x' }).success).toBe(true);
    const lookup = module.operationSchemas as unknown as Record<string, { path: z.ZodType }>;
    expect(lookup.updateRepo?.path.safeParse({ owner: 'a' }).success).toBe(false);
    expect(lookup.updateRepo?.path.safeParse({ owner: 'a', repo: 'b' }).success).toBe(true);
  });
});
