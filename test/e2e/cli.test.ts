import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
      {
        target: docs,
        file: 'junk.md',
        reader: 'markdown',
        reason:
          'general reader (markdown no dialect claims): no endpoint signature (no `METHOD /path` in a fence, heading, inline code, method/URL table or `Method:` line, and no curl command)',
        operations: 0,
      },
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

  it.each([
    ['an empty folder', (dir: string) => dir, /no documentation pages .* found in /],
    [
      'a YAML file that is no spec',
      (dir: string) => {
        writeFileSync(path.join(dir, 'x.yaml'), 'foo: bar\n');
        return path.join(dir, 'x.yaml');
      },
      /x\.yaml is not an OpenAPI or Swagger document/,
    ],
  ])('should fail on %s, under -q too, and write nothing', (_name, makeInput, message) => {
    const input = makeInput(tempDir());
    const out = tempDir();
    writeFileSync(path.join(out, 'types.ts'), 'previous\n');
    const run = specdown(['generate', '--input', input, '--out', out, '-q']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/ error .*--allow-empty.*\(input-empty\)$/m);
    expect(readdirSync(out)).toEqual(['types.ts']);
    const allowed = specdown(['generate', '--input', input, '--out', out, '-q', '--allow-empty']);
    expect([allowed.code, allowed.stderr]).toEqual([0, '']);
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

  it('should write nothing when the run fails for --max-warnings', () => {
    const out = tempDir();
    writeFileSync(path.join(out, 'types.ts'), 'previous\n');
    const run = specdown(['generate', '--input', 'docs-input', '--out', out, '--max-warnings', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nothing written to .*, as the run failed/);
    expect(readdirSync(out)).toEqual(['types.ts']);
    expect(readFileSync(path.join(out, 'types.ts'), 'utf8')).toBe('previous\n');
  });

  it('should write no target when another target of the run fails', () => {
    const work = tempDir();
    const broken = path.join(work, 'broken');
    mkdirSync(broken);
    // A table whose delimiter row has fewer cells than its header: a malformed-table error.
    const page = readFileSync(firstPage(path.join(REPO_ROOT, 'docs-input')), 'utf8');
    writeFileSync(path.join(broken, 'a.md'), `${page}\n\n| Name | Type |\n|---|\n| x | string |\n`);
    cpSync(path.join(REPO_ROOT, 'docs-input'), path.join(work, 'docs'), { recursive: true });
    const config = {
      targets: [
        { input: 'docs', out: 'out/good' },
        { input: 'broken', out: 'out/broken' },
      ],
    };
    writeFileSync(path.join(work, 'specdown.config.json'), JSON.stringify(config));
    const run = specdown(['generate'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\(malformed-table\)/);
    expect(run.stderr).toMatch(/nothing written to out\/good, as the run failed/);
    expect(existsSync(path.join(work, 'out'))).toBe(false);
  });

  it('should take the input limits from the config and the flags, the flags winning', () => {
    const work = tempDir();
    cpSync(path.join(REPO_ROOT, 'test/import/openapi/fixtures/multi'), path.join(work, 'spec'), { recursive: true });
    writeFileSync(
      path.join(work, 'specdown.config.json'),
      JSON.stringify({ input: 'spec/openapi.yaml', out: 'out', limits: { specFiles: 2 } }),
    );
    const limited = specdown(['generate', '--no-cache'], work);
    expect(limited.code).toBe(1);
    expect(limited.stderr.match(/\(input-too-large\)/g)).toHaveLength(1);
    expect(limited.stderr).toMatch(/The spec reaches more than 2 documents through \$refs; the rest were not read/);
    expect(specdown(['generate', '--no-cache', '--max-spec-files', '10'], work).code).toBe(0);

    const pages = specdown(['generate', '--input', 'docs-input', '--out', tempDir(), '--no-cache', '--max-page-size', '1k']);
    expect(pages.code).toBe(1);
    expect(pages.stderr).toMatch(/over the 1 KiB limit for a page; skipped \(raise the limit: --max-page-size/);
    expect(specdown(['lint', 'docs-input', '--max-nesting', '1']).stdout).toMatch(/more than 1 levels deep.*\(nesting-too-deep\)/);
  });

  it('should reject a limit flag that is not a size', () => {
    const run = specdown(['generate', '--max-page-size', 'lots']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('expected a size');
  });

  it('should count in the summary as English does: 1 operation, 2 schemas', () => {
    const run = specdown([
      'generate',
      '--input',
      'test/import/openapi/fixtures/required-compositions.json',
      '--out',
      tempDir(),
      '--no-cache',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^specdown: 1 operation, 8 schemas → /m);
  });

  it('should report an output folder that cannot be written as a diagnostic, not a crash', () => {
    const work = tempDir();
    writeFileSync(path.join(work, 'out'), 'a file where the output folder should be\n');
    const run = specdown(['generate', '--input', path.join(REPO_ROOT, 'docs-input'), '--out', 'out', '--no-cache'], work);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^out:1:1 error cannot write to out: .*; nothing was written \(write-failed\)$/m);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(readFileSync(path.join(work, 'out'), 'utf8')).toBe('a file where the output folder should be\n');
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

describe('specdown lint (built CLI)', () => {
  it("should read pages with the config's per-file dialects, as generate does", () => {
    const work = tempDir();
    mkdirSync(path.join(work, 'docs/reference'), { recursive: true });
    // A request line in a plain fence: the general reader's convention, not DocFX's (```http).
    writeFileSync(path.join(work, 'docs/reference/orders.md'), '# Orders\n\n```\nGET /orders\n```\n\nLists the orders.\n');
    const lint = () => specdown(['lint', 'docs'], work).stdout;
    expect(lint()).not.toMatch(/not-an-endpoint/);
    writeFileSync(
      path.join(work, 'specdown.config.json'),
      JSON.stringify({ input: 'docs', out: 'out', allowEmpty: true, dialects: { 'reference/**': 'docfx' } }),
    );
    expect(lint()).toMatch(/^reference\/orders\.md:1:1 info .*\(not-an-endpoint\)$/m);
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
