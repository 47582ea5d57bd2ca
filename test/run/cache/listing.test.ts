import { cpSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { REPO_ROOT, useTempDir } from '../../helpers/temp-dir.js';

// Every input file the code under test reads, so that a test can say what a run did not read.
const reads = vi.hoisted(() => ({ files: [] as string[] }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    readFile: (async (file: Parameters<typeof actual.readFile>[0], options?: Parameters<typeof actual.readFile>[1]) => {
      reads.files.push(String(file));
      return actual.readFile(file, options);
    }) as typeof actual.readFile,
  };
});

const { PageCache } = await import('../../../src/run/cache/page-cache.js');
const { generate, generateOutputs } = await import('../../../src/run/generate.js');
const tempDir = useTempDir();

const texts = (outputs: ReadonlyArray<{ path: string; contents: string }>) => outputs.map(({ path, contents }) => ({ path, contents }));
const A_MINUTE_AGO = () => new Date(Date.now() - 60_000);

/** A copy of docs-input whose files were last modified well before now (as a checkout is). */
function settledDocs(): string {
  const docs = path.join(tempDir(), 'docs');
  cpSync(path.join(REPO_ROOT, 'docs-input'), docs, { recursive: true });
  const past = A_MINUTE_AGO();
  for (const file of readdirSync(docs, { recursive: true, encoding: 'utf8' })) utimesSync(path.join(docs, file), past, past);
  return docs;
}

function pages(docs: string): string[] {
  return readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md') && !file.endsWith('index.md'))
    .sort()
    .map((file) => path.join(docs, file));
}

/** The cache's manifest (one input, one set of settings). */
function manifestOf(cache: string): string {
  const [folder] = readdirSync(cache, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return path.join(cache, folder!.name, 'manifest');
}

describe('a run the input listing vouches for', () => {
  it('should be answered without looking up any file’s record or reading any page', async () => {
    const docs = settledDocs();
    const cache = tempDir();
    const cold = await generate({ input: docs, cache });
    const known = vi.spyOn(PageCache.prototype, 'known');
    reads.files.length = 0;
    const warm = await generateOutputs({ input: docs, cache });
    expect(warm.stats).toMatchObject({ reusedRun: true, parsed: 0, pages: cold.stats.pages, bytes: cold.stats.bytes });
    expect(known).not.toHaveBeenCalled();
    expect(reads.files.filter((file) => file.startsWith(docs))).toEqual([]);
    expect(texts(warm.outputs)).toEqual(texts(cold.outputs));
    expect(warm.diagnostics).toEqual(cold.diagnostics);
    expect(warm.files).toEqual(cold.files);
    known.mockRestore();
    // The IR, for a caller that asks for it: merged again from the cached pages the records name.
    reads.files.length = 0;
    const withDocument = await generate({ input: docs, cache });
    expect(withDocument.stats.reusedRun).toBe(true);
    expect(withDocument.document).toEqual(cold.document);
    expect(reads.files.filter((file) => file.startsWith(docs))).toEqual([]);
  });

  it('should not be kept while a file is too new for its time to vouch for it: a same-size edit at the same time is seen', async () => {
    const docs = settledDocs();
    const cache = tempDir();
    const [page] = pages(docs);
    // Written just now, and hashed at once: within the timestamp granularity of its write.
    const text = readFileSync(page!, 'utf8');
    writeFileSync(page!, text);
    const { mtime } = statSync(page!);
    await generate({ input: docs, cache });
    const edited = text.replace('Author', 'Writer');
    expect(edited).not.toBe(text);
    expect(edited.length).toBe(text.length);
    writeFileSync(page!, edited);
    utimesSync(page!, mtime, mtime);
    const again = await generate({ input: docs, cache });
    expect(again.stats.reusedRun).toBe(false);
    expect(texts(again.outputs)).toEqual(texts((await generate({ input: docs })).outputs));
  });

  it.each([
    ['renamed', (page: string) => renameSync(page, page.replace(/\.md$/, '-renamed.md'))],
    ['removed', (page: string) => rmSync(page)],
    ['copied', (page: string) => cpSync(page, page.replace(/\.md$/, '-copy.md'), { preserveTimestamps: true })],
    ['edited', (page: string) => writeFileSync(page, readFileSync(page, 'utf8').replace(/\n## /, '\nA new sentence.\n\n## '))],
    ['touched', (page: string) => utimesSync(page, new Date(), new Date())],
  ])('should give, once a page was %s, what a cold run gives', async (_, change) => {
    const docs = settledDocs();
    const cache = tempDir();
    await generate({ input: docs, cache });
    expect((await generate({ input: docs, cache })).stats.reusedRun).toBe(true);
    change(pages(docs)[1]!);
    const changed = await generate({ input: docs, cache });
    const cold = await generate({ input: docs });
    expect(texts(changed.outputs)).toEqual(texts(cold.outputs));
    expect(changed.diagnostics).toEqual(cold.diagnostics);
  });

  it('should not answer a run with other settings, nor one whose loading reports otherwise', async () => {
    const docs = settledDocs();
    const cache = tempDir();
    await generate({ input: docs, cache });
    const retitled = await generate({ input: docs, cache, title: 'Other title' });
    expect(retitled.stats.reusedRun).toBe(false);
    expect(retitled.outputs.find((o) => o.path === 'openapi.json')?.contents).toContain('"title": "Other title"');
    // A page over the size limit is skipped, with a warning: the listing then holds one page less.
    const [page] = pages(docs);
    const limited = await generate({ input: docs, cache, limits: { pageSize: statSync(page!).size - 1 } });
    expect(limited.stats.reusedRun).toBe(false);
    expect(limited.diagnostics.map((d) => d.code)).toContain('input-too-large');
  });

  it.each([
    ['cut short in its listing', (bytes: Buffer) => bytes.subarray(0, bytes.indexOf(0x0a) + 40)],
    ['cut short in its records', (bytes: Buffer) => bytes.subarray(0, bytes.length - 10)],
    ['damaged in its first line', (bytes: Buffer) => Buffer.concat([Buffer.from('{"version'), bytes.subarray(20)])],
    ['damaged in its listing', (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace(/\.md\0/, '.mx\0'), 'latin1')],
  ])('should give what a cold run gives when the manifest is %s', async (_, damage) => {
    const docs = settledDocs();
    const cache = tempDir();
    const cold = await generate({ input: docs, cache });
    const manifest = manifestOf(cache);
    writeFileSync(manifest, damage(readFileSync(manifest)));
    const again = await generate({ input: docs, cache });
    expect(texts(again.outputs)).toEqual(texts(cold.outputs));
    expect(again.diagnostics).toEqual(cold.diagnostics);
    expect(again.document).toEqual(cold.document);
  });

  it('should not be kept for an input with a spec (its key is the content of every file it reads, in the input or not)', async () => {
    const input = path.join(tempDir(), 'input');
    cpSync(path.join(REPO_ROOT, 'test/import/openapi/fixtures/multi'), path.join(input, 'spec'), { recursive: true });
    const past = A_MINUTE_AGO();
    for (const file of readdirSync(input, { recursive: true, encoding: 'utf8' })) utimesSync(path.join(input, file), past, past);
    const cache = tempDir();
    await generate({ input, cache });
    const head = JSON.parse(readFileSync(manifestOf(cache), 'utf8').split('\n')[0]!);
    expect(head.run).toBeDefined();
    expect(head.listing).toBeUndefined();
    const warm = await generate({ input, cache });
    expect(warm.stats.reusedRun).toBe(true);
  });
});
