import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

/** `specdown generate --watch` in `work`, its stderr so far, and a wait for a pattern in it. */
function startWatch(work: string, flags: string[] = ['--no-cache']) {
  const child = spawn(
    process.execPath,
    [path.join(REPO_ROOT, 'dist/cli.js'), 'generate', '--watch', '--input', 'docs', '--out', 'out', ...flags],
    {
      cwd: work,
    },
  );
  const watched = { child, stderr: '' };
  child.stderr.on('data', (chunk: Buffer) => (watched.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp, from = 0) => {
    const started = Date.now();
    while (!pattern.test(watched.stderr.slice(from))) {
      if (Date.now() - started > 30_000) throw new Error(`timed out waiting for ${pattern}; stderr:\n${watched.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { watched, exited, waitFor };
}

describe('specdown generate --watch', () => {
  it('should rebuild on change with one timed line, survive errors, and stop on SIGINT', async () => {
    const work = tempDir();
    const docs = path.join(work, 'docs');
    cpSync(path.join(REPO_ROOT, 'docs-input'), docs, { recursive: true });
    const { watched, exited, waitFor } = startWatch(work);
    const { child } = watched;
    try {
      await waitFor(/watching docs/);
      expect(watched.stderr).toMatch(/operations, \d+ schemas → out \(3 written, 0 unchanged; .*\) in \d+ ms/);

      const page = readdirSync(docs, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.md') && !f.endsWith('index.md'))!;
      let mark = watched.stderr.length;
      writeFileSync(
        path.join(docs, page),
        readFileSync(path.join(docs, page), 'utf8').replace(/\n## Request Headers/, '\nMore words.\n\n## Request Headers'),
      );
      await waitFor(/→ out \(\d+ written, \d+ unchanged; .*\) in \d+ ms/, mark);

      // An error (a copy of a page giving its operationId to another route) is printed; the watcher stays up.
      mark = watched.stderr.length;
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

  it('should print what changed on a rebuild: new diagnostics, fixed ones, not the unchanged again (cache on)', async () => {
    const work = tempDir();
    const docs = path.join(work, 'docs');
    cpSync(path.join(REPO_ROOT, 'docs-input'), docs, { recursive: true });
    const { watched, exited, waitFor } = startWatch(work, []);
    const rebuilt = /→ out \(\d+ written, \d+ unchanged; .*\) in \d+ ms/;
    try {
      await waitFor(/watching docs/);
      expect(watched.stderr).toMatch(/ warning .*\(undocumented-type\)$/m);

      let mark = watched.stderr.length;
      writeFileSync(path.join(docs, 'logo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
      await waitFor(rebuilt, mark);
      const added = watched.stderr.slice(mark);
      expect(added).toMatch(/^logo\.md:1:1 warning .*\(input-binary\)$/m);
      expect(added).not.toMatch(/\(undocumented-type\)/);
      expect(added).toMatch(/0 errors, 2 warnings; 1 new, 0 fixed\) in \d+ ms/);

      // The deleted file's warning is reported fixed, not replayed from the cache.
      mark = watched.stderr.length;
      rmSync(path.join(docs, 'logo.md'));
      await waitFor(rebuilt, mark);
      const fixed = watched.stderr.slice(mark);
      expect(fixed).toMatch(/^fixed: logo\.md:1:1 warning .*\(input-binary\)$/m);
      expect(fixed).not.toMatch(/^logo\.md/m);
      expect(fixed).toMatch(/0 errors, 1 warning; 0 new, 1 fixed\) in \d+ ms/);
    } finally {
      watched.child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
