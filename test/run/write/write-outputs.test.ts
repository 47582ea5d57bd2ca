import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/run/write/atomic-file.js';
import { planOutputs, writeOutputs } from '../../../src/run/write/write-outputs.js';
import { REPO_ROOT, useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('writeOutputs', () => {
  it('should write new files and report them stale', async () => {
    const out = tempDir();
    const report = await writeOutputs(path.join(out, 'gen'), [
      { path: 'a.ts', contents: 'export const a = 1;\n' },
      { path: 'b.json', contents: '{}\n' },
    ]);
    expect(report.stale).toEqual(['a.ts', 'b.json']);
    expect(readFileSync(path.join(out, 'gen/a.ts'), 'utf8')).toBe('export const a = 1;\n');
    expect(readdirSync(path.join(out, 'gen')).sort()).toEqual(['a.ts', 'b.json']);
  });

  it('should not rewrite unchanged files', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, 'a.ts'), 'same\n');
    const old = new Date('2001-01-01T00:00:00Z');
    utimesSync(path.join(out, 'a.ts'), old, old);
    const report = await writeOutputs(out, [
      { path: 'a.ts', contents: 'same\n' },
      { path: 'b.ts', contents: 'new\n' },
    ]);
    expect(report.files).toEqual([
      { path: 'a.ts', status: 'unchanged' },
      { path: 'b.ts', status: 'new' },
    ]);
    expect(statSync(path.join(out, 'a.ts')).mtime.getTime()).toBe(old.getTime());
  });

  it('should plan without writing anything', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, 'a.ts'), 'old\n');
    const report = await planOutputs(out, [
      { path: 'a.ts', contents: 'new\n' },
      { path: 'b.ts', contents: 'x\n' },
    ]);
    expect(report.files).toEqual([
      { path: 'a.ts', status: 'changed' },
      { path: 'b.ts', status: 'new' },
    ]);
    expect(readFileSync(path.join(out, 'a.ts'), 'utf8')).toBe('old\n');
    expect(existsSync(path.join(out, 'b.ts'))).toBe(false);
  });

  it('should leave the previous files intact and no temp files when a write fails', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, 'a.ts'), 'previous a\n');
    // `b.ts/x` cannot be created because `b.ts` is a file: the second staged write fails.
    writeFileSync(path.join(out, 'b.ts'), 'previous b\n');
    await expect(
      writeOutputs(out, [
        { path: 'a.ts', contents: 'next a\n' },
        { path: 'b.ts/x', contents: 'next x\n' },
      ]),
    ).rejects.toThrow();
    expect(readFileSync(path.join(out, 'a.ts'), 'utf8')).toBe('previous a\n');
    expect(readdirSync(out).sort()).toEqual(['a.ts', 'b.ts']);
  });

  it('should leave every previous file whole when the process is killed mid-write', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, 'a.ts'), 'previous a\n');
    writeFileSync(path.join(out, 'big.json'), 'previous big\n');
    // A child writes a small file and a very large one; we kill it as soon as a temp file shows.
    const script = `
      const { writeOutputs } = await import(${JSON.stringify(path.join(REPO_ROOT, 'dist/index.js'))});
      await writeOutputs(${JSON.stringify(out)}, [
        { path: 'a.ts', contents: 'next a\\n' },
        { path: 'big.json', contents: 'x'.repeat(300 * 1024 * 1024) },
      ]);
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const started = Date.now();
    let sawTemp = false;
    while (!sawTemp && child.exitCode === null && Date.now() - started < 30_000) {
      sawTemp = readdirSync(out).some((name) => name.endsWith('.tmp'));
      if (!sawTemp) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    child.kill('SIGKILL');
    await exited;
    // The kill must have landed mid-write, or this test proves nothing.
    expect(sawTemp).toBe(true);
    expect(readFileSync(path.join(out, 'a.ts'), 'utf8')).toBe('previous a\n');
    expect(readFileSync(path.join(out, 'big.json'), 'utf8')).toBe('previous big\n');
  });
});

describe('writeFileAtomic', () => {
  it('should replace a file whole and leave no temporary file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'cache.json'), 'old');
    await writeFileAtomic(path.join(dir, 'sub/new.json'), 'created');
    await writeFileAtomic(path.join(dir, 'cache.json'), 'new');
    expect(readFileSync(path.join(dir, 'cache.json'), 'utf8')).toBe('new');
    expect(readFileSync(path.join(dir, 'sub/new.json'), 'utf8')).toBe('created');
    expect(readdirSync(dir).sort()).toEqual(['cache.json', 'sub']);
  });

  it('should leave the old file and no temporary file when the rename fails', async () => {
    const dir = tempDir();
    // A folder where the file should go: the rename onto it fails.
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(dir, 'taken/inner'), { recursive: true });
    await expect(writeFileAtomic(path.join(dir, 'taken'), 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});
