import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { loadSpecFiles } from '../../../src/openapi/load.js';
import { SpecPositions } from '../../../src/openapi/positions.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

/** A root spec whose schemas each `$ref` a file of their own: `count` documents besides the root. */
function fannedSpec(count: number): string {
  const dir = makeTempDir('specdown-load-');
  const schemas = Array.from({ length: count }, (_, i) => `    S${i}: {$ref: './s${i}.yaml'}`).join('\n');
  writeFileSync(
    path.join(dir, 'root.yaml'),
    `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n${schemas}\n`,
  );
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `s${i}.yaml`), 'type: string\n');
  return path.join(dir, 'root.yaml');
}

async function load(entry: string, limits: { maxFiles?: number; maxBytes?: number }) {
  const diagnostics = new DiagnosticBag();
  const options = { diagnostics, positions: new SpecPositions(), rootDir: path.dirname(entry), allowRemoteRefs: false, ...limits };
  const loaded = await loadSpecFiles(entry, options);
  return { loaded, diagnostics: diagnostics.items };
}

describe('loadSpecFiles limits', () => {
  it('should report the document limit once, counting the documents not read, and not each $ref past it', async () => {
    const { loaded, diagnostics } = await load(fannedSpec(30), { maxFiles: 10 });
    expect(loaded.files.size).toBe(10);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'input-too-large',
        message: expect.stringMatching(
          /^The spec reaches more than 10 documents through \$refs; the rest were not read \(21 named by those read, the first "\.\/s9\.yaml"; raise the limit: --max-spec-files/,
        ),
        source: expect.objectContaining({ file: 'root.yaml', start: expect.objectContaining({ line: 15 }) }),
      }),
    ]);
  });

  it('should read a spec of more documents than the old fixed limit of 2,000 by default', async () => {
    const { loaded, diagnostics } = await load(fannedSpec(2050), {});
    expect(diagnostics).toEqual([]);
    expect(loaded.files.size).toBe(2051);
  });

  it('should refuse a document over maxBytes', async () => {
    const entry = fannedSpec(1);
    writeFileSync(path.join(path.dirname(entry), 's0.yaml'), `description: ${'x'.repeat(200)}\n`);
    const { loaded, diagnostics } = await load(entry, { maxBytes: 150 });
    expect(loaded.files.size).toBe(1);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['input-too-large', expect.stringMatching(/s0\.yaml is larger than 150 bytes/)],
    ]);
  });
});
