/**
 * The merged store keeps each item of the last merged document; a run prepares its items once and
 * keeps the JSON only of those the store does not hold already.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemValue, loadIndex, loadItem, type MergedIndex, prepareItems, saveMerged } from '../../../src/run/cache/merged-store.js';
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
});
