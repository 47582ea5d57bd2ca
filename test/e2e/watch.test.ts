import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('specdown generate --watch', () => {
  it('should rebuild on change with one timed line, survive errors, and stop on SIGINT', async () => {
    const work = tempDir();
    const docs = path.join(work, 'docs');
    cpSync(path.join(REPO_ROOT, 'docs-input'), docs, { recursive: true });
    const child = spawn(
      process.execPath,
      [path.join(REPO_ROOT, 'dist/cli.js'), 'generate', '--watch', '--input', 'docs', '--out', 'out', '--no-cache'],
      { cwd: work },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const waitFor = async (pattern: RegExp, from = 0) => {
      const started = Date.now();
      while (!pattern.test(stderr.slice(from))) {
        if (Date.now() - started > 30_000) throw new Error(`timed out waiting for ${pattern}; stderr:\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    try {
      await waitFor(/watching docs/);
      expect(stderr).toMatch(/operations, \d+ schemas → out \(3 written, 0 unchanged; .*\) in \d+ ms/);

      const page = readdirSync(docs, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.md') && !f.endsWith('index.md'))!;
      let mark = stderr.length;
      writeFileSync(
        path.join(docs, page),
        readFileSync(path.join(docs, page), 'utf8').replace(/\n## Request Headers/, '\nMore words.\n\n## Request Headers'),
      );
      await waitFor(/→ out \(\d+ written, \d+ unchanged; .*\) in \d+ ms/, mark);

      // An error (a copy of a page giving its operationId to another route) is printed; the watcher stays up.
      mark = stderr.length;
      const text = readFileSync(path.join(docs, page), 'utf8');
      const request = /^(GET|POST|PUT|PATCH|DELETE) \/\S+$/m.exec(text)![0];
      writeFileSync(path.join(docs, 'copy.md'), text.replace(request, `${request}/other`));
      await waitFor(/nothing written to out in \d+ ms/, mark);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
