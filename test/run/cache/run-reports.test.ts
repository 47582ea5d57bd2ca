import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerateCommand } from '../../../src/commands/generate.js';
import { generate, generateOutputs } from '../../../src/run/generate.js';
import { REPO_ROOT, useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

function copyDocs(): string {
  const docs = path.join(tempDir(), 'docs');
  cpSync(path.join(REPO_ROOT, 'docs-input'), docs, { recursive: true });
  return docs;
}

/** The one cache folder under `cache` (one input, one set of settings). */
function cacheFolder(cache: string): string {
  const [folder] = readdirSync(cache, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return path.join(cache, folder!.name);
}

function reportsFile(cache: string): string {
  const folder = cacheFolder(cache);
  const name = readdirSync(folder).find((file) => /^output-\w+-reports\.json$/.test(file));
  expect(name).toBeDefined();
  return path.join(folder, name!);
}

const reports = (result: { diagnostics: unknown; files: unknown; counts: unknown; failed: boolean }) => ({
  diagnostics: result.diagnostics,
  files: result.files,
  counts: result.counts,
  failed: result.failed,
});

describe("a cached run's diagnostics and file reports", () => {
  it('should be kept out of the manifest, in a file of their own, and given again from it', async () => {
    const docs = copyDocs();
    const cache = tempDir();
    const cold = await generate({ input: docs, cache });
    expect(cold.diagnostics.length).toBeGreaterThan(0);
    expect(cold.counts).toEqual({ error: 0, warning: 1, info: 3 });
    // The manifest's first line: what a run the cache answers reads of it (page-cache.ts).
    const manifest = JSON.parse(readFileSync(path.join(cacheFolder(cache), 'manifest'), 'utf8').split('\n')[0]!);
    expect(manifest.run).not.toHaveProperty('diagnostics');
    expect(manifest.run).not.toHaveProperty('files');
    expect(manifest.run.tally).toEqual({ 'info not-an-endpoint': 3, 'warning undocumented-type': 1 });
    expect(readFileSync(reportsFile(cache), 'utf8')).toContain('"undocumented-type"');

    const warm = await generate({ input: docs, cache });
    expect(warm.stats.reusedRun).toBe(true);
    expect(reports(warm)).toEqual(reports(cold));
  });

  it('should be counted with the severities the config sets, as the cold run counts them', async () => {
    const docs = copyDocs();
    const cache = tempDir();
    const diagnostics = { 'not-an-endpoint': 'off', 'undocumented-type': 'info' } as const;
    const cold = await generate({ input: docs, cache, diagnostics });
    expect(cold.counts).toEqual({ error: 0, warning: 0, info: 1 });
    const warm = await generate({ input: docs, cache, diagnostics });
    expect(warm.stats.reusedRun).toBe(true);
    expect(reports(warm)).toEqual(reports(cold));
  });

  it.each([
    ['missing', (file: string) => rmSync(file)],
    ['damaged (as long as it was)', (file: string) => writeFileSync(file, 'x'.repeat(readFileSync(file).length))],
    ['cut short', (file: string) => writeFileSync(file, readFileSync(file).subarray(0, 100))],
  ])('should be made again by a full run when their file is %s, with the same diagnostics', async (_, damage) => {
    const docs = copyDocs();
    const cache = tempDir();
    const cold = await generate({ input: docs, cache });
    damage(reportsFile(cache));
    const again = await generate({ input: docs, cache });
    expect(again.stats.reusedRun).toBe(false);
    expect(reports(again)).toEqual(reports(cold));
    expect(again.outputs.map((o) => o.contents)).toEqual(cold.outputs.map((o) => o.contents));
    // The file is whole again: the next run is answered by the cache.
    const warm = await generate({ input: docs, cache });
    expect(warm.stats.reusedRun).toBe(true);
    expect(reports(warm)).toEqual(reports(cold));
  });

  it('should not be read by a run that reads errors only and no file reports (--quiet): the cached run has no errors', async () => {
    const docs = copyDocs();
    const cache = tempDir();
    const cold = await generate({ input: docs, cache });
    const file = reportsFile(cache);
    rmSync(file);
    const quiet = await generateOutputs({ input: docs, cache, reports: { diagnostics: 'errors', files: false } });
    expect(quiet.stats.reusedRun).toBe(true);
    expect(quiet.diagnostics).toEqual([]);
    expect(quiet.files).toEqual([]);
    expect({ counts: quiet.counts, failed: quiet.failed }).toEqual({ counts: cold.counts, failed: false });
    expect(quiet.outputs.map((o) => o.contents)).toEqual(cold.outputs.map((o) => o.contents));
    // A run that reads them finds the file missing: the long way, with the same diagnostics.
    for (const reports of [{ diagnostics: 'all', files: false }, { diagnostics: 'errors', files: true }, undefined] as const) {
      rmSync(file, { force: true });
      const full = await generate({ input: docs, cache, ...(reports ? { reports } : {}) });
      expect(full.stats.reusedRun).toBe(false);
      expect(full.diagnostics).toEqual(cold.diagnostics);
      expect(full.files).toEqual(cold.files);
    }
  });

  it('should print, count and report (json) in a run the cache answers what the cold run did', async () => {
    const docs = copyDocs();
    const cache = tempDir();
    const out = tempDir();
    const run = async (format: 'text' | 'json', extra: { quiet?: boolean; maxWarnings?: number } = {}) => {
      const stdout: string[] = [];
      const stderr: string[] = [];
      const io = { stdout: (line: string) => stdout.push(line), stderr: (line: string) => stderr.push(line) };
      const code = await runGenerateCommand({ targets: [{ input: docs, out, emit: {} } as never], cache, format, ...extra }, io);
      return { code, stdout, stderr: stderr.map((line) => line.replace(/ \(\d+ written, \d+ unchanged;/, ' (…;')) };
    };
    const cold = await run('text');
    const again = { text: await run('text'), json: await run('json'), quiet: await run('text', { quiet: true }) };
    const tooMany = await run('text', { quiet: true, maxWarnings: 0 });
    rmSync(cache, { recursive: true });
    expect(again.text).toEqual(cold);
    expect(again.text.stderr.some((line) => line.includes('(undocumented-type)'))).toBe(true);
    // The same, from runs without the cache.
    expect(again.json).toEqual(await run('json'));
    expect(JSON.parse(again.json.stdout[0]!).files.length).toBeGreaterThan(0);
    rmSync(cache, { recursive: true, force: true });
    expect(again.quiet).toEqual(await run('text', { quiet: true }));
    expect(tooMany.code).toBe(1);
    rmSync(cache, { recursive: true, force: true });
    expect(tooMany).toEqual(await run('text', { quiet: true, maxWarnings: 0 }));
  });
});
