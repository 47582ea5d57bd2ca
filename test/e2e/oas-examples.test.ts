/**
 * Every spec of `@readme/oas-examples` (Swagger 2.0, OpenAPI 3.0 and 3.1; JSON and YAML) goes
 * through the in-memory pipeline: nothing throws, no internal/emit failure, the outputs of all
 * specs compile under `tsc --strict` (one program) with zod agreeing with the types, and every
 * JSON example the specs embed for a request or response body, and every example of a named
 * schema, parses with the generated zod schema — unless the spec's own example breaks its own
 * schema (checked independently with Ajv on the original document, see spec-examples.ts).
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNames, schemaConstName } from '../../src/emit/shared/naming.js';
import { pickContent } from '../../src/emit/shared/operation-parts.js';
import type { Content } from '../../src/ir/types.js';
import { narrowDiscriminators } from '../../src/lower/discriminators.js';
import { splitReadWrite } from '../../src/lower/read-write.js';
import { generate } from '../../src/run/generate.js';
import type { GenerateResult } from '../../src/run/result.js';
import { agreementSource, compileStrict, exportedTypeNames, useScratchDir, writeFiles } from '../emit/shared/generated-project.js';
import { REPO_ROOT } from '../helpers/temp-dir.js';
import { specExampleErrors } from './spec-examples.js';

const CORPUS = path.join(REPO_ROOT, 'node_modules/@readme/oas-examples');
const scratch = useScratchDir();

interface Parser {
  safeParse(value: unknown): { success: boolean; error?: unknown };
}
interface ObjectParser extends Parser {
  shape?: Record<string, Parser>;
}
interface OperationSchemas {
  path?: ObjectParser;
  query?: ObjectParser;
  header?: ObjectParser;
  cookie?: ObjectParser;
  requestBody?: Parser;
  responses: Record<string, Parser>;
}

interface Run {
  /** Relative to the corpus root, e.g. `3.0/json/petstore.json`. */
  spec: string;
  result?: GenerateResult;
  thrown?: string;
}

function listSpecs(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return listSpecs(file);
      return /\.(json|ya?ml)$/i.test(name) ? [file] : [];
    });
}

function outputsOf(result: GenerateResult): Record<string, string> {
  return Object.fromEntries(result.outputs.map((output) => [output.path, output.contents]));
}

function isJson(mediaType: string): boolean {
  return /^application\/json\b|[/+]json\b/i.test(mediaType.split(';')[0]!.trim());
}

/** The examples the operation's zod schema must accept: JSON examples of the content it was built from. */
function checkableExamples(contents: Content[]): Array<{ mediaType: string; name: string; value: unknown }> {
  const picked = pickContent(contents);
  if (!picked?.schema || !isJson(picked.mediaType)) return [];
  return picked.examples.flatMap((example) =>
    example.value === undefined ? [] : [{ mediaType: picked.mediaType, name: example.name, value: example.value }],
  );
}

async function importModule(dir: string, schemasTs: string): Promise<Record<string, unknown>> {
  const js = ts.transpileModule(schemasTs, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
  }).outputText;
  writeFileSync(path.join(dir, 'schemas.mjs'), js);
  return (await import(path.join(dir, 'schemas.mjs'))) as Record<string, unknown>;
}

describe.skipIf(!existsSync(CORPUS))('@readme/oas-examples through generate', () => {
  const runs: Run[] = [];

  beforeAll(async () => {
    const specs = ['2.0', '3.0', '3.1'].flatMap((version) => listSpecs(path.join(CORPUS, version)));
    for (const file of specs) {
      const run: Run = { spec: path.relative(CORPUS, file).split(path.sep).join('/') };
      try {
        run.result = await generate({ input: file });
      } catch (error) {
        run.thrown = (error as Error).stack ?? String(error);
      }
      runs.push(run);
    }
  }, 120_000);

  it('should read every spec without throwing, failing or an internal error', () => {
    expect(runs.length).toBeGreaterThanOrEqual(120);
    expect(runs.filter((run) => run.thrown).map((run) => `${run.spec}: ${run.thrown}`)).toEqual([]);
    const problems = runs.flatMap((run) =>
      (run.result?.diagnostics ?? [])
        .filter((d) => d.severity === 'error' || d.code === 'internal-error' || d.code === 'emit-failed')
        .map((d) => `${run.spec}: ${d.code} ${d.message}`),
    );
    expect(problems).toEqual([]);
    expect(runs.filter((run) => run.result?.outputs.length !== 3).map((run) => run.spec)).toEqual([]);
    const operations = runs.reduce((sum, run) => sum + (run.result?.document.operations.length ?? 0), 0);
    expect(operations).toBeGreaterThanOrEqual(1000);
  });

  it("should compile every spec's types.ts and schemas.ts under strict, zod agreeing with the types", () => {
    const root = scratch();
    const files: string[] = [];
    // The JSON and YAML copies of a spec give the same outputs: compile each distinct output once.
    const seen = new Set<string>();
    runs.forEach((run, index) => {
      if (!run.result || run.result.outputs.length === 0) return;
      const outputs = outputsOf(run.result);
      const key = `${outputs['types.ts']}\u0000${outputs['schemas.ts']}`;
      if (seen.has(key)) return;
      seen.add(key);
      const dir = path.join(root, `s${index}`);
      mkdirSync(dir);
      const pairs = exportedTypeNames(outputs['types.ts']!).map((name): [string, string] => [name, `${name}Schema`]);
      writeFiles(dir, { 'types.ts': outputs['types.ts']!, 'schemas.ts': outputs['schemas.ts']! });
      files.push(`s${index}/types.ts`, `s${index}/schemas.ts`);
      if (pairs.length > 0) {
        writeFiles(dir, { 'agreement.ts': agreementSource(pairs) });
        files.push(`s${index}/agreement.ts`);
      }
    });
    expect(seen.size).toBeGreaterThanOrEqual(60);
    const errors = compileStrict(root, files).map((line) => {
      const index = Number(/^s(\d+)\//.exec(line)?.[1] ?? -1);
      return `${runs[index]?.spec ?? '?'}: ${line}`;
    });
    expect(errors).toEqual([]);
  }, 120_000);

  it("should parse the specs' own examples with the generated zod schemas, unless the spec breaks its own schema", async () => {
    const root = scratch();
    let checked = 0;
    let passed = 0;
    const specWrong: string[] = [];
    const ours: string[] = [];
    for (const [index, run] of runs.entries()) {
      if (!run.result || run.result.outputs.length === 0) continue;
      const dir = path.join(root, `s${index}`);
      mkdirSync(dir);
      const module = await importModule(dir, outputsOf(run.result)['schemas.ts']!);
      const operations = (module.operationSchemas ?? {}) as Record<string, OperationSchemas>;
      const failures: Array<{ where: string; pointerHint: ExampleHint; value: unknown; issues: unknown }> = [];
      const check = (parser: Parser | undefined, value: unknown, where: string, hint: ExampleHint): void => {
        if (!parser) return;
        checked += 1;
        const parsed = parser.safeParse(value);
        if (parsed.success) passed += 1;
        else failures.push({ where, pointerHint: hint, value, issues: parsed.error });
      };
      for (const operation of run.result.document.operations) {
        const parts = operations[operation.operationId];
        if (!parts) continue;
        for (const parameter of operation.parameters) {
          const parser = parts[parameter.in]?.shape?.[parameter.name];
          for (const example of parameter.examples ?? []) {
            if (example.value !== undefined)
              check(parser, example.value, `${operation.operationId} ${parameter.in} ${parameter.name} ${example.name}`, {
                value: example.value,
              });
          }
        }
        for (const example of checkableExamples(operation.requestBody?.content ?? [])) {
          check(parts.requestBody, example.value, `${operation.operationId} request ${example.name}`, { value: example.value });
        }
        for (const response of operation.responses) {
          for (const example of checkableExamples(response.content)) {
            check(parts.responses[response.status], example.value, `${operation.operationId} ${response.status} ${example.name}`, {
              value: example.value,
            });
          }
        }
      }
      // The emitters name the consts after the document they emit (variants included).
      const names = buildNames(splitReadWrite(narrowDiscriminators(run.result.document)));
      for (const named of run.result.document.schemas) {
        const parser = module[schemaConstName(names.types.get(named.name) ?? named.name)] as Parser | undefined;
        for (const value of named.schema.examples ?? []) check(parser, value, `schema ${named.name}`, { value });
        if (named.schema.kind !== 'object') continue;
        // Examples of the schema's own properties, against the property's schema in the object's shape.
        const shape = (parser as ObjectParser | undefined)?.shape;
        for (const property of named.schema.properties) {
          for (const value of property.schema.examples ?? [])
            check(shape?.[property.name], value, `schema ${named.name}.${property.name}`, { value });
        }
      }
      if (failures.length === 0) continue;
      const wrong = await specExampleErrors(path.join(CORPUS, run.spec));
      for (const failure of failures) {
        const line = `${run.spec}: ${failure.where}`;
        if (wrong.some((value) => JSON.stringify(value) === JSON.stringify(failure.pointerHint.value))) specWrong.push(line);
        else ours.push(`${line}: ${JSON.stringify(failure.issues).slice(0, 400)}`);
      }
    }
    console.info(
      `oas-examples: ${runs.length} specs, ${runs.reduce((sum, run) => sum + (run.result?.document.operations.length ?? 0), 0)} operations, ${checked} examples checked, ${passed} passed, ${specWrong.length} invalid per their own spec`,
    );
    if (specWrong.length > 0) console.info(`examples the specs get wrong themselves:\n  ${specWrong.join('\n  ')}`);
    expect(ours).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(100);
  }, 120_000);
});

interface ExampleHint {
  value: unknown;
}
