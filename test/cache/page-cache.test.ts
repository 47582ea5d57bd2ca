import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.js';

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

const { PageCache } = await import('../../src/cache/page-cache.js');
const tempDir = useTempDir();

describe('PageCache', () => {
  it('should read the pages file once, however many lookups run at the same time', async () => {
    const dir = tempDir();
    const writer = PageCache.open(dir, 'k');
    for (let i = 0; i < 20; i++) await writer.set(`p${i}.md`, `h${i}`, { file: `p${i}.md`, diagnostics: [] });
    await writer.save();

    reads.files.length = 0;
    const reader = PageCache.open(dir, 'k');
    const found = await Promise.all(Array.from({ length: 20 }, (_, i) => reader.get(`p${i}.md`, `h${i}`)));
    expect(found.every((result) => result !== undefined)).toBe(true);
    expect(reads.files.filter((file) => file.endsWith('-pages.json'))).toHaveLength(1);
  });

  it('should miss on a changed hash and keep nothing of another key', async () => {
    const dir = tempDir();
    const cache = PageCache.open(dir, 'k');
    await cache.set('a.md', 'h1', { file: 'a.md', diagnostics: [] });
    await cache.save();
    expect(await PageCache.open(dir, 'k').get('a.md', 'h2')).toBeUndefined();
    expect(await PageCache.open(dir, 'other').get('a.md', 'h1')).toBeUndefined();
    expect(path.isAbsolute(dir)).toBe(true);
  });
});
