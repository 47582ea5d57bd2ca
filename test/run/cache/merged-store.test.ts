/**
 * The merged store keeps each item of the last merged document; a run prepares its items once and
 * keeps the JSON only of those the store does not hold already.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newRequiredFolds } from '../../../src/infer/required-folds.js';
import { MERGED_APART } from '../../../src/run/cache/merged-apart.js';
import {
  itemValue,
  loadFolds,
  loadIndex,
  loadItem,
  type MergedIndex,
  type MergedItem,
  prepareItems,
  saveMerged,
  updateMerged,
} from '../../../src/run/cache/merged-store.js';
import { PageStore } from '../../../src/run/cache/page-store.js';
import { generate } from '../../../src/run/generate.js';
import { REPO_ROOT, useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('merged store', () => {
  it('should keep the JSON only of items the store does not hold, and store every item as it is', async () => {
    const { document } = await generate({ input: path.join(REPO_ROOT, 'docs-input') });
    const first = prepareItems(document)!;
    expect(first.items.every((item) => item.json === JSON.stringify(item.value))).toBe(true);
    const index = { hashes: Object.fromEntries(first.hashes) } as MergedIndex;
    expect(prepareItems(document, index)!.items.filter((item) => item.json !== undefined)).toEqual([]);

    const schema = document.schemas[0]!;
    schema.schema = { ...schema.schema, description: 'Changed.' };
    const second = prepareItems(document, index)!;
    expect(second.items.filter((item) => item.json !== undefined).map((item) => item.key)).toEqual([`schema:${schema.name}`]);

    // A store that holds nothing (another run's index): every item is written, from its value where the JSON was left out.
    const dir = tempDir();
    const written = new PageStore(dir, 'merged', 8);
    await saveMerged(written, second, 'run-2', new Set(), 'run-1', index);
    await written.save();
    const store = new PageStore(dir, 'merged', 8);
    expect((await loadIndex(store))?.run).toBe('run-2');
    for (const item of second.items) expect(itemValue((await loadItem(store, item.key))!)).toEqual(JSON.parse(JSON.stringify(item.value)));
  });

  it("should take an unchanged item's files from the index, and find a patched item's anew", async () => {
    const { document } = await generate({ input: path.join(REPO_ROOT, 'docs-input') });
    const first = prepareItems(document)!;
    const filesOf = (json: string) => [...new Set([...json.matchAll(/"file":"([^"\\]*)"/g)].map((match) => match[1]!))].sort();
    for (const item of first.items) expect(item.files).toEqual(filesOf(JSON.stringify(item.value)));
    const dir = tempDir();
    const store = new PageStore(dir, 'merged', 8);
    await saveMerged(store, first, 'run-1', new Set(), undefined);
    const index = (await loadIndex(store))!;
    const item = first.items.find((entry) => entry.key.startsWith('path:') && entry.files.length > 0)!;

    // Unchanged (its hash the index's): the files the index gives it, its JSON not scanned.
    const told = { ...index, files: { ...index.files, 'elsewhere.md': [item.key] } };
    expect(prepareItems(document, told)!.items.find((entry) => entry.key === item.key)!.files).toContain('elsewhere.md');

    // Patched so that its positions are another page's: listed under that page alone.
    const moved = JSON.parse(
      JSON.stringify(itemValue((await loadItem(store, item.key))!)).replace(/"file":"[^"\\]*"/g, '"file":"moved.md"'),
    );
    await updateMerged(store, [{ key: item.key, operations: moved }], { ...index, run: 'run-2' });
    const after = (await loadIndex(store))!;
    const holding = Object.keys(after.files).filter((file) => after.files[file]!.includes(item.key));
    expect(holding).toEqual(['moved.md']);
    // The others' files as they were.
    const others = (files: Record<string, string[]>) => {
      const kept: Record<string, string[]> = {};
      for (const [file, keys] of Object.entries(files)) {
        const rest = keys.filter((key) => key !== item.key);
        if (rest.length > 0) kept[file] = rest;
      }
      return kept;
    };
    expect(others(after.files)).toEqual(others(index.files));
  });

  it('should keep the reads apart from the items: a run that stores items neither reads nor rewrites them', async () => {
    const dir = tempDir();
    const folds = newRequiredFolds();
    Object.assign(folds, { files: ['a.md'], names: ['Book', 'isbn'], rows: [2, 0, 10, 20, 3, 0, 40, 50, 2] });
    const schema = (name: string) => ({ name, schema: { kind: 'object', properties: [] } });
    // Enough items that every one of the 4 shards holds one.
    const items = Array.from({ length: 24 }, (_, n) => ({ key: `schema:S${n}`, value: schema(`S${n}`), files: [] }));
    const prepared = { items, hashes: new Map(items.map((item) => [item.key, item.key])) };
    const reads = { hints: [], shared: [], compared: [], quoted: [], unplaced: false, folds };
    const first = new PageStore(dir, 'merged', 4, MERGED_APART);
    await saveMerged(first, prepared, 'run-1', new Set(), undefined, undefined, reads);
    await first.save();
    const shards = () => readdirSync(dir).filter((name) => /^merged-\d+\.jsonl$/.test(name));
    expect(shards()).toHaveLength(4);
    for (const shard of shards()) expect(readFileSync(path.join(dir, shard), 'utf8')).not.toContain('required-folds');
    const apart = path.join(dir, 'merged-required-folds.jsonl');
    const stored = readFileSync(apart, 'utf8');
    const { mtimeMs } = statSync(apart);

    // Every item patched: every shard rewritten, the folds' own file neither read nor written.
    const second = new PageStore(dir, 'merged', 4, MERGED_APART);
    const index = (await loadIndex(second))!;
    const patched = items.map(({ key, value }): MergedItem => ({ key, schema: { ...value, description: 'Patched.' } as never }));
    await updateMerged(second, patched, { ...index, run: 'run-2' });
    await second.save();
    expect(statSync(apart).mtimeMs).toBe(mtimeMs);
    expect(readFileSync(apart, 'utf8')).toBe(stored);
    const third = new PageStore(dir, 'merged', 4, MERGED_APART);
    expect((await loadIndex(third))?.run).toBe('run-2');
    expect(await loadFolds(third)).toEqual(folds);
  });
});
