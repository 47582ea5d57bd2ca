import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../../src/run/result.js';
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

  it('should copy an output the cache holds as a file, and compare it file to file, never reading its text', async () => {
    const out = tempDir();
    const cachedFile = path.join(tempDir(), 'output-0');
    writeFileSync(cachedFile, 'export const a = 1;\n');
    const output = { path: 'a.ts' } as OutputFile;
    Object.defineProperty(output, 'cachedFile', { value: cachedFile });
    Object.defineProperty(output, 'contents', {
      get: () => {
        throw new Error('the text was read');
      },
    });
    expect((await writeOutputs(out, [output])).files).toEqual([{ path: 'a.ts', status: 'new' }]);
    expect(readFileSync(path.join(out, 'a.ts'), 'utf8')).toBe('export const a = 1;\n');
    expect((await planOutputs(out, [output])).files).toEqual([{ path: 'a.ts', status: 'unchanged' }]);
    // The same size, other bytes.
    writeFileSync(path.join(out, 'a.ts'), 'export const b = 1;\n');
    expect((await planOutputs(out, [output])).files).toEqual([{ path: 'a.ts', status: 'changed' }]);
  });

  it('should write a file spliced from another, the rest of its bytes copied', async () => {
    const dir = tempDir();
    const source = path.join(dir, 'source');
    // Longer than the stream's buffer, so that the spans between edits take several reads.
    const text = `${'a'.repeat(1_500_000)}OLD${'b'.repeat(1_500_000)}TAIL`;
    writeFileSync(source, text);
    const at = text.indexOf('OLD');
    const edits = [
      { start: 0, end: 1, bytes: Buffer.from('<') },
      { start: at, end: at + 3, bytes: Buffer.from('NEWER') },
      { start: text.length - 4, end: text.length, bytes: Buffer.from('') },
    ];
    await writeFileAtomic(path.join(dir, 'spliced'), { file: source, edits });
    expect(readFileSync(path.join(dir, 'spliced'), 'utf8')).toBe(`<${'a'.repeat(1_499_999)}NEWER${'b'.repeat(1_500_000)}`);
    await writeFileAtomic(path.join(dir, 'copy'), { file: source, edits: [] });
    expect(readFileSync(path.join(dir, 'copy'), 'utf8')).toBe(text);
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
