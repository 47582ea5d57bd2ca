import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { checkDocument } from '../../src/document/check-document.js';
import { extractPage } from '../../src/extract/index.js';
import type { PageFragment } from '../../src/ir/types.js';
import { mergeFragments } from '../../src/merge/index.js';
import { docfxReader } from '../../src/readers/docfx/index.js';
import { SHARED_DIR } from '../helpers/temp-dir.js';

const DOCS = path.join(SHARED_DIR, 'corpus/superoffice/docs');

function pages(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? pages(full) : name.endsWith('.md') ? [full] : [];
    });
}

describe.skipIf(!existsSync(DOCS))('the SuperOffice DocFX corpus', () => {
  const files = existsSync(DOCS) ? pages(DOCS) : [];
  const diagnostics = new DiagnosticBag();
  const fragments: PageFragment[] = [];
  const thrown: string[] = [];
  const undetected: string[] = [];
  for (const full of files) {
    const page = { file: path.relative(DOCS, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') };
    try {
      if (!docfxReader.detect(page)) undetected.push(page.file);
      const root = docfxReader.read(page, diagnostics);
      checkDocument(root, page.file, diagnostics);
      const fragment = extractPage(root, { file: page.file, dialect: 'docfx' }, diagnostics);
      if (fragment) fragments.push(fragment);
    } catch (error) {
      thrown.push(`${page.file}: ${(error as Error).stack}`);
    }
  }

  it('should read all 167 pages as DocFX without a throw', () => {
    expect(files).toHaveLength(167);
    expect(thrown).toEqual([]);
    expect(undetected).toEqual([]);
  });

  it('should find 162 operations and skip the 5 index pages', () => {
    expect(fragments.flatMap((f) => f.operations)).toHaveLength(162);
    expect(diagnostics.items.filter((d) => d.code === 'not-an-endpoint').map((d) => path.posix.basename(d.source.file))).toEqual(
      Array(5).fill('index.md'),
    );
  });

  it('should merge into one document without error diagnostics', () => {
    const bag = new DiagnosticBag();
    bag.push(...diagnostics.items);
    const document = mergeFragments(fragments, bag, { version: '1' });
    expect(document.operations).toHaveLength(162);
    expect(bag.items.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    expect(bag.items.filter((d) => d.code === 'unknown-type' || d.code === 'unknown-section').map(formatDiagnostic)).toEqual([]);
  });

  it('should give the same IR whatever the order of the pages', () => {
    const first = mergeFragments(fragments, new DiagnosticBag(), { version: '1' });
    // A fixed pseudo-random permutation (LCG), so a failure is reproducible.
    let seed = 42;
    const shuffled = [...fragments];
    for (let i = shuffled.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(shuffled.map((f) => f.file)).not.toEqual(fragments.map((f) => f.file));
    const again = mergeFragments(shuffled, new DiagnosticBag(), { version: '1' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });
});
