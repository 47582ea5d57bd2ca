import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { REPO_ROOT, useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();
const texts = (outputs: ReadonlyArray<{ path: string; contents: string }>) => outputs.map(({ path, contents }) => ({ path, contents }));

/** A folder with a spec split over several files (`$ref`s between them) and the docs-input pages beside it. */
function mixedInput(): string {
  const dir = path.join(tempDir(), 'input');
  cpSync(path.join(REPO_ROOT, 'test/import/openapi/fixtures/multi'), path.join(dir, 'spec'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'docs-input'), path.join(dir, 'docs'), { recursive: true });
  return dir;
}

describe('spec inputs in the cache', () => {
  it('should reuse the whole run when neither the spec nor any file it $refs changed', async () => {
    const input = mixedInput();
    const cache = tempDir();
    const cold = await generate({ input, cache });
    expect(cold.failed).toBe(false);
    const warm = await generate({ input, cache });
    expect(warm.stats).toMatchObject({ reusedRun: true, parsed: 0 });
    expect(texts(warm.outputs)).toEqual(texts(cold.outputs));
    expect(warm.diagnostics).toEqual(cold.diagnostics);
    expect(warm.document).toEqual(cold.document);
  });

  it('should not import the spec again when only a page changed', async () => {
    const input = mixedInput();
    const cache = tempDir();
    await generate({ input, cache });
    const page = path.join(input, 'docs/docfx/Books/v2BookEntity_GetBookEntity.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/\n## /, '\nEdited.\n\n## '));
    const edited = await generate({ input, cache });
    expect(edited.stats).toMatchObject({ reusedRun: false, parsed: 1 });
    expect(texts(edited.outputs)).toEqual(texts((await generate({ input })).outputs));
  });

  it('should import the spec again when a file it $refs changed', async () => {
    const input = mixedInput();
    const cache = tempDir();
    await generate({ input, cache });
    const pet = path.join(input, 'spec/schemas/pet.yaml');
    writeFileSync(pet, readFileSync(pet, 'utf8').replace(/properties:\n/, 'properties:\n  nickname:\n    type: string\n'));
    const edited = await generate({ input, cache });
    expect(edited.stats).toMatchObject({ reusedRun: false, parsed: 1 });
    expect(edited.outputs.find((o) => o.path === 'types.ts')?.contents).toContain('nickname');
    expect(texts(edited.outputs)).toEqual(texts((await generate({ input })).outputs));
  });
});
