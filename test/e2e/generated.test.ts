/**
 * What users get: the outputs for our own example API (and, when ../shared is present, for every
 * corpus dialect) compile under `tsc --strict` with zero diagnostics, their zod schemas agree with
 * the types, every sample in the docs parses with its operation's zod schema, and openapi.json
 * passes the official OpenAPI 3.1 schema and Redocly's strict rules.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/run/generate.js';
import type { GenerateResult } from '../../src/run/result.js';
import { agreementSource, compileStrict, exportedTypeNames, useScratchDir, writeFiles } from '../emit/shared/generated-project.js';
import { describeProblems, redoclyProblems, schemaErrors } from '../helpers/openapi-validate.js';
import { REPO_ROOT, SHARED_DIR } from '../helpers/temp-dir.js';

const scratch = useScratchDir();

function outputsOf(result: GenerateResult): Record<string, string> {
  return Object.fromEntries(result.outputs.map((output) => [output.path, output.contents]));
}

function compileOutputs(files: Record<string, string>): string[] {
  const dir = scratch();
  const pairs = exportedTypeNames(files['types.ts']!).map((name): [string, string] => [name, `${name}Schema`]);
  writeFiles(dir, { 'types.ts': files['types.ts']!, 'schemas.ts': files['schemas.ts']!, 'agreement.ts': agreementSource(pairs) });
  return compileStrict(dir, ['types.ts', 'schemas.ts', 'agreement.ts']);
}

interface OperationSchemas {
  requestBody?: { safeParse(value: unknown): { success: boolean; error?: unknown } };
  responses: Record<string, { safeParse(value: unknown): { success: boolean; error?: unknown } }>;
}

async function importSchemas(schemasTs: string): Promise<Record<string, OperationSchemas>> {
  const dir = scratch();
  const js = ts.transpileModule(schemasTs, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
  }).outputText;
  writeFileSync(path.join(dir, 'schemas.mjs'), js);
  const module = (await import(path.join(dir, 'schemas.mjs'))) as { operationSchemas: Record<string, OperationSchemas> };
  return module.operationSchemas;
}

describe('generated/ for the bundled docs-input', () => {
  it('should compile under strict with zero diagnostics, zod agreeing with the types', async () => {
    const result = await generate({ input: path.join(REPO_ROOT, 'docs-input') });
    expect(result.failed).toBe(false);
    expect(compileOutputs(outputsOf(result))).toEqual([]);
  });

  it("should parse every sample request and response body with its operation's zod schema", async () => {
    const result = await generate({ input: path.join(REPO_ROOT, 'docs-input') });
    const schemas = await importSchemas(outputsOf(result)['schemas.ts']!);
    const checked: string[] = [];
    const failures: string[] = [];
    for (const operation of result.document.operations) {
      const parts = schemas[operation.operationId]!;
      for (const example of operation.requestBody?.content.flatMap((c) => c.examples) ?? []) {
        if (example.value === undefined) continue;
        checked.push(`${operation.operationId} request`);
        if (!parts.requestBody!.safeParse(example.value).success) failures.push(`${operation.operationId} request ${example.name}`);
      }
      for (const response of operation.responses) {
        for (const example of response.content.flatMap((c) => c.examples)) {
          if (example.value === undefined) continue;
          checked.push(`${operation.operationId} ${response.status}`);
          if (!parts.responses[response.status]!.safeParse(example.value).success)
            failures.push(`${operation.operationId} ${response.status} ${example.name}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // The example API has request and response samples on most pages; all of them were checked.
    expect(checked.length).toBeGreaterThanOrEqual(10);
  });

  it("should emit an openapi.json that passes the OAS 3.1 schema and Redocly's strict rules", async () => {
    const result = await generate({ input: path.join(REPO_ROOT, 'docs-input') });
    const spec = JSON.parse(outputsOf(result)['openapi.json']!) as unknown;
    expect(await schemaErrors(spec)).toEqual([]);
    expect(describeProblems(await redoclyProblems(spec))).toEqual([]);
  });
});

const CORPORA = [
  ['docfx', 'superoffice/docs'],
  ['text', 'text/docs'],
  ['helppage', 'helppage/docs'],
  ['dto', 'dto/docs'],
] as const;

describe.each(CORPORA)('the %s corpus (../shared)', (_dialect, folder) => {
  const input = path.join(SHARED_DIR, 'corpus', folder);
  it.skipIf(!existsSync(input))('should generate without errors, compile under strict, and validate as OpenAPI 3.1', async () => {
    const result = await generate({ input });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const files = outputsOf(result);
    expect(compileOutputs(files)).toEqual([]);
    expect(await schemaErrors(JSON.parse(files['openapi.json']!))).toEqual([]);
  });
});
