import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { docfxReader } from '../../../src/readers/docfx/index.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/**
 * Whole normalised trees, positions included, as file snapshots (`<case>.tree.json` beside
 * `<case>.md`). Review changes like code; update with `vitest -u`.
 */
describe('docfx reader trees', () => {
  it.each(['endpoint', 'index-page', 'continuation'])('should read %s.md into the committed tree', async (name) => {
    const text = readFileSync(path.join(FIXTURES, `${name}.md`), 'utf8');
    const root = docfxReader.read({ file: `${name}.md`, text }, new DiagnosticBag());
    const tree = { ...root, data: { ...root.data, markdown: `(${text.length} characters)` } };
    await expect(`${JSON.stringify(tree, null, 1)}\n`).toMatchFileSnapshot(path.join(FIXTURES, `${name}.tree.json`));
  });
});
