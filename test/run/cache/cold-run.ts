/**
 * What the tests of patched runs share: a copy of a docs folder to edit, an edit that must change
 * the page, and the check that a cached run gives, byte for byte, what a cold run gives.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import type { GenerateResult } from '../../../src/run/result.js';

/** `from` copied into a new folder of `tempDir`'s. */
export function copyDocs(tempDir: () => string, from: string): string {
  const docs = path.join(tempDir(), 'docs');
  cpSync(from, docs, { recursive: true });
  return docs;
}

export function edit(file: string, change: (text: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  expect(changed).not.toBe(text);
  writeFileSync(file, changed);
}

/** What a run gives, cache stamps aside. */
export function given(result: GenerateResult) {
  return {
    outputs: result.outputs.map(({ path, contents }) => ({ path, contents })),
    diagnostics: result.diagnostics,
    files: result.files,
    failed: result.failed,
  };
}

/** The cached run over `docs` gives what a cold run gives, and its IR is the cold run's. */
export async function expectCold(docs: string, cached: GenerateResult): Promise<void> {
  const cold = await generate({ input: docs });
  expect(given(cached)).toEqual(given(cold));
  expect(cached.document).toEqual(cold.document);
}
