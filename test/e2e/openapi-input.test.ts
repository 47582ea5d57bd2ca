import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/run/generate.js';
import { agreementSource, compileStrict, exportedTypeNames, useScratchDir, writeFiles } from '../emit/shared/generated-project.js';
import { schemaErrors } from '../helpers/openapi-validate.js';
import { REPO_ROOT, useTempDir } from '../helpers/temp-dir.js';

const FIXTURES = path.join(REPO_ROOT, 'test/import/openapi/fixtures');
const scratch = useScratchDir();
const tempDir = useTempDir();

describe('OpenAPI and Swagger documents as --input', () => {
  it.each(['store-3.1.yaml', 'petstore-3.0.json', 'petstore-2.0.yaml', 'circular.yaml', 'multi/openapi.yaml'])(
    'should generate compiling, agreeing, valid outputs from %s',
    async (file) => {
      const result = await generate({ input: path.join(FIXTURES, file) });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.document.operations.length).toBeGreaterThan(0);
      const files = Object.fromEntries(result.outputs.map((o) => [o.path, o.contents]));
      const dir = scratch();
      const pairs = exportedTypeNames(files['types.ts']!).map((name): [string, string] => [name, `${name}Schema`]);
      writeFiles(dir, { 'types.ts': files['types.ts']!, 'schemas.ts': files['schemas.ts']!, 'agreement.ts': agreementSource(pairs) });
      expect(compileStrict(dir, ['types.ts', 'schemas.ts', 'agreement.ts'])).toEqual([]);
      expect(await schemaErrors(JSON.parse(files['openapi.json']!))).toEqual([]);
    },
  );

  it('should take the API info, servers and tags from the spec', async () => {
    const result = await generate({ input: path.join(FIXTURES, 'petstore-3.0.json') });
    const spec = JSON.parse(result.outputs.find((o) => o.path === 'openapi.json')!.contents) as {
      info: { title: string };
      servers?: unknown[];
    };
    expect(spec.info.title).not.toBe('API');
    expect(spec.servers?.length).toBeGreaterThan(0);
  });

  it('should read a spec and docs pages in one folder into one IR', async () => {
    const dir = tempDir();
    cpSync(path.join(FIXTURES, 'store-3.1.yaml'), path.join(dir, 'store.yaml'));
    mkdirSync(path.join(dir, 'pages'));
    cpSync(path.join(REPO_ROOT, 'docs-input/docfx/Books'), path.join(dir, 'pages/Books'), { recursive: true });
    const fromSpec = await generate({ input: path.join(FIXTURES, 'store-3.1.yaml') });
    const fromPages = await generate({ input: path.join(dir, 'pages') });
    const both = await generate({ input: dir });
    expect(both.failed).toBe(false);
    expect(both.document.operations.length).toBe(fromSpec.document.operations.length + fromPages.document.operations.length);
    expect(new Set(both.document.operations.map((o) => o.operationId))).toEqual(
      new Set([...fromSpec.document.operations, ...fromPages.document.operations].map((o) => o.operationId)),
    );
  });

  it('should refuse a remote $ref with a diagnostic and write nothing', async () => {
    const result = await generate({ input: path.join(FIXTURES, 'remote.yaml') });
    expect(result.failed).toBe(true);
    expect(result.outputs).toEqual([]);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'remote-ref-refused', severity: 'error' }));
  });
});
