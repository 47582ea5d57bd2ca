import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/run/generate.js';
import { compileStrict, useScratchDir, writeFiles } from '../emit/shared/generated-project.js';
import { REPO_ROOT } from '../helpers/temp-dir.js';

const scratch = useScratchDir();

describe('emit.helpers: templates/validate.ts', () => {
  it('should be written only when asked, and compile with the generated files under strict', async () => {
    const plain = await generate({ input: path.join(REPO_ROOT, 'docs-input') });
    expect(plain.outputs.map((o) => o.path)).toEqual(['openapi.json', 'schemas.ts', 'types.ts']);
    const result = await generate({ input: path.join(REPO_ROOT, 'docs-input'), emit: { helpers: true } });
    const files = Object.fromEntries(result.outputs.map((o) => [o.path, o.contents]));
    expect(Object.keys(files).sort()).toEqual(['openapi.json', 'schemas.ts', 'types.ts', 'validate.ts']);
    const dir = scratch();
    writeFiles(dir, { 'types.ts': files['types.ts']!, 'schemas.ts': files['schemas.ts']!, 'validate.ts': files['validate.ts']! });
    writeFileSync(
      path.join(dir, 'use.ts'),
      [
        "import { parseRequest, safeParseResponse } from './validate.js';",
        "const id: number = parseRequest('v2BookEntity_GetBookEntity', 'path', { id: 1 }).id;",
        "const ok: boolean = safeParseResponse('v2BookEntity_GetBookEntity', 200, {}).success;",
        '// @ts-expect-error an unknown operationId is a type error',
        "safeParseResponse('noSuchOperation', 200, {});",
        'export { id, ok };',
        '',
      ].join('\n'),
    );
    expect(compileStrict(dir, ['types.ts', 'schemas.ts', 'validate.ts', 'use.ts'])).toEqual([]);
  });

  it('should refuse helpers without zod rather than silently write no validate.ts', async () => {
    await expect(generate({ input: path.join(REPO_ROOT, 'docs-input'), emit: { zod: false, helpers: true } })).rejects.toThrow(
      /helpers \(validate\.ts\) validates with the zod schemas of schemas\.ts, so it needs zod: true/,
    );
  });

  it('should validate responses by status, range and default at runtime', async () => {
    const result = await generate({ input: path.join(REPO_ROOT, 'docs-input'), emit: { helpers: true } });
    const dir = scratch();
    for (const output of result.outputs.filter((o) => o.path.endsWith('.ts'))) {
      const js = ts.transpileModule(output.contents, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      }).outputText;
      writeFileSync(path.join(dir, output.path.replace(/\.ts$/, '.js')), js);
    }
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    const validate = (await import(path.join(dir, 'validate.js'))) as {
      safeParseResponse(operationId: string, status: number, body: unknown): { success: boolean };
      parseRequest(operationId: string, part: string, value: unknown): unknown;
    };
    const book = result.document.operations.find((o) => o.operationId === 'v2BookEntity_GetBookEntity')!;
    const sample = book.responses.find((r) => r.status === '200')!.content[0]!.examples[0]!.value;
    expect(validate.safeParseResponse('v2BookEntity_GetBookEntity', 200, sample).success).toBe(true);
    expect(validate.safeParseResponse('v2BookEntity_GetBookEntity', 200, { BookId: 'not a number' }).success).toBe(false);
    expect(validate.safeParseResponse('v2BookEntity_GetBookEntity', 599, {}).success).toBe(false);
    expect(() => validate.parseRequest('v2BookEntity_GetBookEntity', 'path', { id: 'x' })).toThrow();
    expect(() => validate.safeParseResponse('__proto__', 200, {})).toThrow(/unknown operationId/);
  });
});
