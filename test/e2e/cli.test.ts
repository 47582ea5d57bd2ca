import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const CLI = path.join(REPO_ROOT, 'dist/cli.js');

function specdown(args: string[], cwd = REPO_ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('specdown generate (built CLI)', () => {
  it('should reproduce the committed generated/ from docs-input/ byte for byte', () => {
    const out = tempDir();
    const run = specdown(['generate', '--input', 'docs-input', '--out', out]);
    expect(run.stderr).not.toMatch(/ error /);
    expect(run.code).toBe(0);
    for (const name of ['openapi.json', 'types.ts', 'schemas.ts']) {
      expect(readFileSync(path.join(out, name), 'utf8'), name).toBe(readFileSync(path.join(REPO_ROOT, 'generated', name), 'utf8'));
    }
  });

  it('should pass --check on the committed generated/ and write nothing', () => {
    const out = tempDir();
    cpSync(path.join(REPO_ROOT, 'generated'), out, { recursive: true });
    const before = readdirSync(out).map((name) => [name, statSync(path.join(out, name)).mtimeMs]);
    const run = specdown(['generate', '--input', 'docs-input', '--out', out, '--check']);
    expect(run.code).toBe(0);
    expect(readdirSync(out).map((name) => [name, statSync(path.join(out, name)).mtimeMs])).toEqual(before);
  });

  it('should fail --check listing each stale file, and write nothing', () => {
    const out = tempDir();
    cpSync(path.join(REPO_ROOT, 'generated'), out, { recursive: true });
    writeFileSync(path.join(out, 'types.ts'), '// edited by hand\n');
    const run = specdown(['generate', '--input', 'docs-input', '--out', out, '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`stale: ${path.relative(REPO_ROOT, path.join(out, 'types.ts'))} (out of date)`);
    expect(run.stderr).not.toContain('schemas.ts');
    expect(readFileSync(path.join(out, 'types.ts'), 'utf8')).toBe('// edited by hand\n');
  });

  it('should report errors as file:line:column and write nothing when the docs have errors', () => {
    const docs = tempDir();
    const out = tempDir();
    writeFileSync(path.join(out, 'types.ts'), 'previous\n');
    // Two pages giving one operationId (front matter uid) to two routes: an error the run must fail on.
    const page = readFileSync(firstPage(path.join(REPO_ROOT, 'docs-input')), 'utf8');
    const request = /^(GET|POST|PUT|PATCH|DELETE) \/\S+$/m.exec(page)![0];
    writeFileSync(path.join(docs, 'a.md'), page);
    writeFileSync(path.join(docs, 'b.md'), page.replace(request, `${request}/other`));
    const run = specdown(['generate', '--input', docs, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^b\.md:\d+:\d+ error .+ \(duplicate-operation\)$/m);
    expect(readFileSync(path.join(out, 'types.ts'), 'utf8')).toBe('previous\n');
    expect(readdirSync(out)).toEqual(['types.ts']);
  });

  it('should print diagnostics and per file the reader chosen and why as JSON with --format json', () => {
    const docs = tempDir();
    const out = tempDir();
    writeFileSync(path.join(docs, 'junk.md'), 'just some prose, no endpoint here\n');
    const run = specdown(['generate', '--input', docs, '--out', out, '--format', 'json']);
    const parsed = JSON.parse(run.stdout) as {
      diagnostics: Array<{ code: string; severity: string; source: { file: string } }>;
      files: Array<{ file: string; reader: string; reason: string; operations: number }>;
      exitCode: number;
    };
    expect(parsed.diagnostics.map((d) => [d.code, d.severity, d.source.file === 'junk.md'])).toEqual([
      ['no-operations', 'error', false],
      ['not-an-endpoint', 'info', true],
    ]);
    expect(parsed.files).toEqual([
      { target: docs, file: 'junk.md', reader: 'markdown', reason: 'markdown no dialect claims (general reader)', operations: 0 },
    ]);
    // A non-empty input without operations fails and writes nothing (as a prebuild step it would
    // silently replace an API's types with nothing).
    expect([run.code, parsed.exitCode]).toEqual([1, 1]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('should allow an empty result on purpose with --allow-empty, also under -q', () => {
    const docs = tempDir();
    const out = tempDir();
    writeFileSync(path.join(docs, 'junk.md'), 'just some prose, no endpoint here\n');
    const quietFail = specdown(['generate', '--input', docs, '--out', out, '-q']);
    expect(quietFail.code).toBe(1);
    expect(quietFail.stderr).toMatch(/:1:1 error no operation found in 1 file \(1 by markdown\); pass --allow-empty .*\(no-operations\)$/m);
    const allowed = specdown(['generate', '--input', docs, '--out', out, '-q', '--allow-empty']);
    expect([allowed.code, allowed.stderr]).toEqual([0, '']);
    expect(readdirSync(out).sort()).toEqual(['openapi.json', 'schemas.ts', 'types.ts']);
  });

  it('should print only errors with --quiet, and fail past --max-warnings', () => {
    // docs-input has one warning (an undocumented type) and some infos.
    const loud = specdown(['generate', '--input', 'docs-input', '--out', tempDir()]);
    expect(loud.stderr).toMatch(/ warning .*\(undocumented-type\)/);
    const quiet = specdown(['generate', '--input', 'docs-input', '--out', tempDir(), '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(specdown(['generate', '--input', 'docs-input', '--out', tempDir(), '--max-warnings', '1']).code).toBe(0);
    const strict = specdown(['generate', '--input', 'docs-input', '--out', tempDir(), '--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('more than --max-warnings 0');
  });

  it('should fail with a clear message for a missing input', () => {
    const run = specdown(['generate', '--input', '/no/such/folder', '--out', tempDir()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error input /no/such/folder does not exist (input-not-found)');
  });

  it('should reject an unknown dialect with a usage error', () => {
    const run = specdown(['generate', '--dialect', 'klingon']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('expected one of docfx');
  });

  it('should write ir.json with --emit-ir', () => {
    const out = tempDir();
    expect(specdown(['generate', '--input', 'docs-input', '--out', out, '--emit-ir']).code).toBe(0);
    const ir = JSON.parse(readFileSync(path.join(out, 'ir.json'), 'utf8')) as { irVersion: number; operations: unknown[] };
    expect(ir.irVersion).toBe(1);
    expect(ir.operations.length).toBeGreaterThanOrEqual(6);
  });
});

function firstPage(dir: string): string {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = firstPage(full);
      if (found) return found;
    } else if (entry.name.endsWith('.md') && !entry.name.startsWith('index')) {
      return full;
    }
  }
  return '';
}
