import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { REPO_ROOT, useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

function copyDocs(): string {
  const docs = path.join(tempDir(), 'docs');
  cpSync(path.join(REPO_ROOT, 'docs-input'), docs, { recursive: true });
  return docs;
}

/** Outputs without their cache stamps: what a run gave, to compare runs with and without a cache. */
function texts(outputs: ReadonlyArray<{ path: string; contents: string }>): Array<{ path: string; contents: string }> {
  return outputs.map(({ path, contents }) => ({ path, contents }));
}

function pages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && !f.endsWith('index.md'))
    .sort();
}

describe('incremental cache', () => {
  it('should reuse the whole run when nothing changed, and re-parse only the changed page', async () => {
    const docs = copyDocs();
    const cache = tempDir();
    const cold = await generate({ input: docs, cache });
    expect(cold.stats.parsed).toBe(cold.stats.pages);
    expect(cold.failed).toBe(false);

    const warm = await generate({ input: docs, cache });
    expect(warm.stats).toMatchObject({ parsed: 0, reusedRun: true });
    expect(texts(warm.outputs)).toEqual(texts(cold.outputs));
    expect(warm.document).toEqual(cold.document);
    expect(warm.diagnostics).toEqual(cold.diagnostics);

    const page = path.join(docs, pages(docs)[0]!);
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace(/\n## Request Headers/, '\nA new sentence of description.\n\n## Request Headers'),
    );
    const edited = await generate({ input: docs, cache });
    expect(edited.stats).toMatchObject({ parsed: 1, reusedRun: false });
    const uncached = await generate({ input: docs });
    expect(texts(edited.outputs)).toEqual(texts(uncached.outputs));
  });

  it('should give after a one-page change what a cold run gives, where media types share one body schema', async () => {
    // The page's inline response body is one schema for six media types; its sample fills the
    // `object` property in place. Read from the cache, the page must still share that schema.
    const docs = path.join(tempDir(), 'docs');
    cpSync(path.join(REPO_ROOT, 'test/fixtures/shared-body'), docs, { recursive: true });
    const page = readFileSync(path.join(docs, 'save-item.md'), 'utf8');
    writeFileSync(path.join(docs, 'other.md'), page.replace(/Item/g, 'Other'));
    const cache = tempDir();
    await generate({ input: docs, cache });
    writeFileSync(path.join(docs, 'other.md'), `${page.replace(/Item/g, 'Other')}\nEdited.\n`);
    const edited = await generate({ input: docs, cache });
    expect(edited.stats.parsed).toBe(1);
    const cold = await generate({ input: docs });
    expect(texts(edited.outputs)).toEqual(texts(cold.outputs));
    const spec = JSON.parse(cold.outputs.find((o) => o.path === 'openapi.json')!.contents);
    const content = spec.paths['/api/v1/Item'].post.responses['200'].content;
    expect(content['text/json'].schema).toEqual(content['application/json'].schema);
  });

  it('should hash a touched page again but reuse the run when its content is the same', async () => {
    const docs = copyDocs();
    const cache = tempDir();
    const cold = await generate({ input: docs, cache });
    const page = path.join(docs, pages(docs)[0]!);
    writeFileSync(page, readFileSync(page, 'utf8'));
    const touched = await generate({ input: docs, cache });
    expect(touched.stats).toMatchObject({ parsed: 0, reusedRun: true });
    expect(texts(touched.outputs)).toEqual(texts(cold.outputs));
    expect(statSync(page).size).toBeGreaterThan(0);
  });

  it('should not reuse a run made with other settings', async () => {
    const docs = copyDocs();
    const cache = tempDir();
    await generate({ input: docs, cache });
    const retitled = await generate({ input: docs, cache, title: 'Other title' });
    expect(retitled.stats).toMatchObject({ parsed: 0, reusedRun: false });
    expect(retitled.outputs.find((o) => o.path === 'openapi.json')?.contents).toContain('"title": "Other title"');
  });

  it('should treat a damaged cache as empty', async () => {
    const docs = copyDocs();
    const cache = tempDir();
    const first = await generate({ input: docs, cache });
    for (const file of readdirSync(cache, { recursive: true, encoding: 'utf8' })) {
      if (statSync(path.join(cache, file)).isFile()) writeFileSync(path.join(cache, file), '{ damaged');
    }
    const again = await generate({ input: docs, cache });
    expect(again.stats.parsed).toBe(again.stats.pages);
    expect(texts(again.outputs)).toEqual(texts(first.outputs));
  });

  it('should forget deleted pages', async () => {
    const docs = copyDocs();
    const cache = tempDir();
    const before = await generate({ input: docs, cache });
    const [first] = pages(docs);
    rmSync(path.join(docs, first!));
    const after = await generate({ input: docs, cache });
    expect(after.stats.parsed).toBe(0);
    expect(after.document.operations.length).toBe(before.document.operations.length - 1);
  });

  it('should not replay the diagnostics of a skipped file once it is deleted', async () => {
    const docs = copyDocs();
    const cache = tempDir();
    const binary = path.join(docs, 'docfx/logo.md');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const withBinary = await generate({ input: docs, cache });
    expect(withBinary.diagnostics.map((d) => d.code)).toContain('input-binary');
    rmSync(binary);
    const after = await generate({ input: docs, cache });
    expect(after.diagnostics.map((d) => d.code)).not.toContain('input-binary');
    expect(after.diagnostics).toEqual((await generate({ input: docs })).diagnostics);
  });

  it('should reuse a run whose skipped files are unchanged, with their diagnostics', async () => {
    const docs = copyDocs();
    const cache = tempDir();
    writeFileSync(path.join(docs, 'docfx/logo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const first = await generate({ input: docs, cache });
    const again = await generate({ input: docs, cache });
    expect(again.stats.reusedRun).toBe(true);
    expect(again.diagnostics).toEqual(first.diagnostics);
  });
});

describe('worker threads', () => {
  it('should give the same result on 2 workers as on 1', async () => {
    // Threads need the built worker script, so this runs the built pipeline.
    const built = (await import(path.join(REPO_ROOT, 'dist/index.js'))) as typeof import('../../../src/run/generate.js');
    const docs = copyDocs();
    const one = await built.generate({ input: docs, workers: 1 });
    const two = await built.generate({ input: docs, workers: 2 });
    expect(two.stats.workers).toBe(2);
    expect(two.outputs).toEqual(one.outputs);
    expect(two.diagnostics).toEqual(one.diagnostics);
  });
});
