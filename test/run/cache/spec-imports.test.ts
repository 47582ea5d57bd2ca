/** The import stage takes the spec's text the input loader read: the file is not read a second time. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { importSpecs } from '../../../src/run/cache/spec-imports.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

const spec = (title: string) => `openapi: 3.1.0\ninfo:\n  title: ${title}\n  version: "1"\npaths: {}\n`;

async function importOne(text: string | undefined) {
  const dir = makeTempDir('specdown-imports-');
  const absolutePath = path.join(dir, 'spec.yaml');
  writeFileSync(absolutePath, spec('On disk'));
  const file = { file: 'spec.yaml', absolutePath, kind: 'spec' as const, size: 0, mtimeMs: 0, ...(text === undefined ? {} : { text }) };
  const options = { rootDir: dir, allowRemoteRefs: false, maxFiles: 10, maxBytes: 1_000_000, settings: '' };
  const [imported] = await importSpecs([file], [undefined], options, new DiagnosticBag(), undefined);
  return imported?.spec?.info.title;
}

describe('importSpecs', () => {
  it('should import the text the loader read, without reading the file again', async () => {
    expect(await importOne(spec('As loaded'))).toBe('As loaded');
  });

  it('should read the file when the loader kept no text, or a text that starts with another BOM', async () => {
    expect(await importOne(undefined)).toBe('On disk');
    expect(await importOne(`\uFEFF${spec('As loaded')}`)).toBe('On disk');
  });
});
