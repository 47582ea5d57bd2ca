/**
 * Every spec of @readme/oas-examples (2.0, 3.0, 3.1; JSON and YAML) and the reference specs
 * of ../shared/corpus go through the import without a throw. Prints the figures (specs,
 * operations, schemas, diagnostics by code).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSpecFile } from '../../../src/import/openapi/index.js';
import { ApiDocumentSchema } from '../../../src/ir/ir-schema.js';
import { SHARED_DIR } from '../../helpers/temp-dir.js';
import { documentOf, importFixture } from './helpers.js';

const EXAMPLES = path.resolve(import.meta.dirname, '../../../node_modules/@readme/oas-examples');
const SHARED = path.join(SHARED_DIR, 'corpus');

function specFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (isSpecFile(readFileSync(full, 'utf8'), full)) out.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return out;
}

interface Figures {
  specs: number;
  operations: number;
  schemas: number;
  codes: Record<string, number>;
}

async function importAll(dir: string, files: string[]): Promise<{ figures: Figures; errors: string[] }> {
  const figures: Figures = { specs: 0, operations: 0, schemas: 0, codes: {} };
  const errors: string[] = [];
  for (const file of files) {
    const { spec, diagnostics, lines } = await importFixture(file, { rootDir: dir });
    if (spec) {
      figures.specs++;
      figures.operations += spec.fragment.operations.length;
      figures.schemas += spec.fragment.schemas.length;
      const result = ApiDocumentSchema.safeParse(documentOf(spec));
      if (!result.success)
        errors.push(
          `${file}: not valid IR: ${result.error.issues
            .slice(0, 3)
            .map((issue) => `${issue.path.join('.')} ${issue.message}`)
            .join('; ')}`,
        );
    }
    for (const item of diagnostics.items) figures.codes[item.code] = (figures.codes[item.code] ?? 0) + 1;
    errors.push(...lines.filter((line) => / error /.test(line)));
  }
  return { figures, errors };
}

describe.skipIf(!existsSync(EXAMPLES))('importSpec on @readme/oas-examples', () => {
  it('should read every spec without a throw', async () => {
    const files = specFiles(EXAMPLES);
    expect(files.length).toBeGreaterThan(100);
    const { figures, errors } = await importAll(EXAMPLES, files);
    console.log(`oas-examples: ${files.length} files, ${JSON.stringify(figures)}`);
    expect(figures.specs).toBe(files.length);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!existsSync(SHARED))('importSpec on the reference specs of ../shared/corpus', () => {
  it('should read every truth.json without errors', async () => {
    const files = readdirSync(SHARED)
      .filter((name) => existsSync(path.join(SHARED, name, 'truth.json')))
      .map((name) => `${name}/truth.json`);
    const { figures, errors } = await importAll(SHARED, files);
    console.log(`shared corpus: ${JSON.stringify(figures)}`);
    expect(figures.specs).toBe(files.length);
    expect(errors).toEqual([]);
  });
});
