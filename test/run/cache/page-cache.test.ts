import { cpSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { REPO_ROOT, useTempDir } from '../../helpers/temp-dir.js';

// Every file the code under test reads, so that a test can say what a run did not read.
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

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    // The page store reads many shards into one buffer (openSync, readSync).
    openSync: ((file: Parameters<typeof actual.openSync>[0], ...rest: [never]) => {
      reads.files.push(String(file));
      return actual.openSync(file, ...rest);
    }) as typeof actual.openSync,
    readFileSync: ((file: Parameters<typeof actual.readFileSync>[0], options?: Parameters<typeof actual.readFileSync>[1]) => {
      reads.files.push(String(file));
      return actual.readFileSync(file, options);
    }) as typeof actual.readFileSync,
  };
});

const { PageCache } = await import('../../../src/run/cache/page-cache.js');
const { generate } = await import('../../../src/run/generate.js');
const { writeOutputs, planOutputs } = await import('../../../src/run/write/write-outputs.js');
const { OutputStamps } = await import('../../../src/run/write/output-stamps.js');
const tempDir = useTempDir();

/** A copy of docs-input whose files were last modified well before now (as a checkout is). */
function settledDocs(): string {
  const docs = path.join(tempDir(), 'docs');
  cpSync(path.join(REPO_ROOT, 'docs-input'), docs, { recursive: true });
  const past = new Date(Date.now() - 60_000);
  for (const file of readdirSync(docs, { recursive: true, encoding: 'utf8' })) utimesSync(path.join(docs, file), past, past);
  return docs;
}

describe('stat-first cache', () => {
  it('should read no page and no output when nothing changed', async () => {
    const docs = settledDocs();
    const cache = tempDir();
    const out = tempDir();
    const first = await generate({ input: docs, cache });
    const stamps = await OutputStamps.open(path.join(cache, 'outputs.json'));
    await writeOutputs(out, first.outputs, stamps);
    // Files written a moment ago vouch for nothing yet (racy); a check a while later records them.
    const past = new Date(Date.now() - 60_000);
    for (const output of first.outputs) utimesSync(path.join(out, output.path), past, past);
    expect((await planOutputs(out, first.outputs, stamps)).stale).toEqual([]);
    await stamps.save();

    reads.files.length = 0;
    const warm = await generate({ input: docs, cache });
    expect(warm.stats.reusedRun).toBe(true);
    const plan = await planOutputs(out, warm.outputs, await OutputStamps.open(path.join(cache, 'outputs.json')));
    expect(plan.stale).toEqual([]);
    expect(reads.files.filter((file) => file.startsWith(docs))).toEqual([]);
    expect(reads.files.filter((file) => file.startsWith(out))).toEqual([]);
    expect(reads.files.filter((file) => /pages-\d+\.jsonl$/.test(file))).toEqual([]);
  });

  it('should not take outputs another build of specdown stamped as this build’s (a run’s key is its inputs’ alone)', async () => {
    const docs = settledDocs();
    const cache = tempDir();
    const out = tempDir();
    const first = await generate({ input: docs, cache });
    await writeOutputs(out, first.outputs);
    const past = new Date(Date.now() - 60_000);
    for (const output of first.outputs) utimesSync(path.join(out, output.path), past, past);
    // What another build (an older specdown, or this one before a rebuild) recorded for the same run:
    // the same key over files of the same size and time, though that build wrote other text.
    const stale = Object.fromEntries(
      first.outputs.map((output) => {
        const target = path.join(out, output.path);
        writeFileSync(target, readFileSync(target, 'utf8').replace(/\S/, '#'));
        utimesSync(target, past, past);
        return [target, { stamp: output.stamp, size: statSync(target).size, mtimeMs: statSync(target).mtimeMs, checkedAt: Date.now() }];
      }),
    );
    writeFileSync(path.join(cache, 'outputs.json'), JSON.stringify(stale));
    const stamps = await OutputStamps.open(path.join(cache, 'outputs.json'));
    expect((await planOutputs(out, first.outputs, stamps)).stale.sort()).toEqual(first.outputs.map((output) => output.path).sort());
  });

  it('should read, and parse, only the page that changed', async () => {
    const docs = settledDocs();
    const cache = tempDir();
    await generate({ input: docs, cache });
    const page = readdirSync(docs, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.md') && !f.endsWith('index.md'))!;
    const file = path.join(docs, page);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n## /, '\nA new sentence.\n\n## '));
    reads.files.length = 0;
    const edited = await generate({ input: docs, cache });
    expect(edited.stats.parsed).toBe(1);
    expect(reads.files.filter((f) => f.startsWith(docs))).toEqual([file]);
  });
});

describe('PageCache', () => {
  it('should vouch for a file only by the size and time it was recorded with', async () => {
    const dir = tempDir();
    const writer = await PageCache.open(dir, 'k');
    const old = Date.now() - 60_000;
    writer.noteFile('a.md', { size: 10, mtimeMs: old, kind: 'page', hash: 'h1' });
    writer.setRun({ key: 'r', outputs: [], diagnostics: [], operations: 0, schemas: 0 });
    await writer.save();
    const reader = await PageCache.open(dir, 'k');
    expect(reader.known('a.md', 10, old)).toEqual({ kind: 'page', hash: 'h1' });
    expect(reader.known('a.md', 11, old)).toBeUndefined();
    expect(reader.known('a.md', 10, old + 1)).toBeUndefined();
    expect((await PageCache.open(dir, 'other')).known('a.md', 10, old)).toBeUndefined();
  });

  it('should not vouch for a file modified just before it was hashed (it may change again unseen)', async () => {
    const dir = tempDir();
    const writer = await PageCache.open(dir, 'k');
    const now = Date.now();
    writer.noteFile('a.md', { size: 10, mtimeMs: now, kind: 'page', hash: 'h1' });
    await writer.save();
    expect((await PageCache.open(dir, 'k')).known('a.md', 10, now)).toBeUndefined();
  });

  it('should keep pages by content hash and skip a damaged line', async () => {
    const dir = tempDir();
    const writer = await PageCache.open(dir, 'k');
    for (let i = 0; i < 40; i++) await writer.pages.set(`p${i}.md`, PageCache.entry(`h${i}`, { file: `p${i}.md`, diagnostics: [] }));
    writer.setRun({ key: 'r', outputs: [], diagnostics: [], operations: 0, schemas: 0 });
    await writer.save();
    const sub = readdirSync(dir)[0]!;
    const shard = readdirSync(path.join(dir, sub)).find((f) => f.startsWith('pages-'))!;
    const lines = readFileSync(path.join(dir, sub, shard), 'utf8').split('\n');
    const damaged = JSON.parse(lines[0]!.split('\t')[0]!)[0] as string;
    writeFileSync(path.join(dir, sub, shard), [`${lines[0]!.slice(0, 20)}`, ...lines.slice(1)].join('\n'));
    const reader = await PageCache.open(dir, 'k');
    expect(await reader.pages.get('p1.md', 'h2')).toBeUndefined();
    expect(await reader.pages.get(damaged, damaged.replace(/^p(\d+)\.md$/, 'h$1'))).toBeUndefined();
    const intact = Array.from({ length: 40 }, (_, i) => `p${i}.md`).filter((f) => f !== damaged);
    for (const file of intact) expect(await reader.pages.get(file, file.replace(/^p(\d+)\.md$/, 'h$1'))).toEqual({ file, diagnostics: [] });
  });

  it('should give for many files at once what it gives file by file, and retain after that what it is told to', async () => {
    const dir = tempDir();
    const writer = await PageCache.open(dir, 'k');
    const value = (i: number) => ({ file: `p${i}.md`, title: i % 7 === 0 ? `Café ${i} 🐈` : `plain ${i}` });
    for (let i = 0; i < 40; i++) await writer.pages.set(`p${i}.md`, PageCache.entry(`h${i}`, value(i)));
    writer.setRun({ key: 'r', outputs: [], diagnostics: [], operations: 0, schemas: 0 });
    await writer.save();
    const wanted = [
      ...Array.from({ length: 40 }, (_, i) => ({ file: `p${i}.md`, hash: `h${i}` })),
      { file: 'p3.md', hash: 'stale' },
      { file: 'gone.md', hash: 'h' },
      { file: 'p5.md', hash: 'h5' },
    ];
    const many = (await PageCache.open(dir, 'k')).pages.getMany(wanted);
    const one = await PageCache.open(dir, 'k');
    expect(many).toEqual(await Promise.all(wanted.map(({ file, hash }) => one.pages.get(file, hash))));
    expect(many.slice(0, 40)).toEqual(Array.from({ length: 40 }, (_, i) => value(i)));
    expect(many.slice(40)).toEqual([undefined, undefined, value(5)]);

    const reader = await PageCache.open(dir, 'k');
    reader.pages.getMany(wanted);
    await reader.pages.retain(new Set(Array.from({ length: 39 }, (_, i) => `p${i}.md`)));
    await reader.save();
    const after = await PageCache.open(dir, 'k');
    expect(after.pages.getMany(wanted.slice(0, 40))).toEqual([...Array.from({ length: 39 }, (_, i) => value(i)), undefined]);
  });

  it('should give back text beyond ASCII as stored, beside shards of ASCII only', async () => {
    const dir = tempDir();
    const writer = await PageCache.open(dir, 'k');
    const values = ['Café crème — 10 €', 'naïve 🐈 ∑', 'plain ASCII'];
    for (const [i, title] of values.entries()) await writer.pages.set(`p${i}.md`, PageCache.entry(`h${i}`, { title }));
    writer.setRun({ key: 'r', outputs: [], diagnostics: [], operations: 0, schemas: 0 });
    await writer.save();
    const reader = await PageCache.open(dir, 'k');
    for (const [i, title] of values.entries()) expect(await reader.pages.get(`p${i}.md`, `h${i}`)).toEqual({ title });
  });
});
