import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const CLI = path.join(REPO_ROOT, 'dist/cli.js');
const FIXTURE = path.join(REPO_ROOT, 'test/diff/rules/fixtures/response-property-removed');

function specdown(args: string[], cwd = REPO_ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  changes: Array<{ id: string; level: string; operation: string | null; path: string | null; message: string; location: unknown }>;
}

describe('specdown diff (built CLI)', () => {
  it('should print the JSON contract and fail on a breaking change', () => {
    const run = specdown(['diff', path.join(FIXTURE, 'base.yaml'), path.join(FIXTURE, 'revision.yaml'), '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['changes']);
    expect(report.changes).toContainEqual(
      expect.objectContaining({ id: 'response-property-removed', level: 'breaking', operation: 'GET /pets' }),
    );
    expect(Object.keys(report.changes[0]!)).toEqual([
      'id',
      'level',
      'operation',
      'path',
      'message',
      'location',
      'component',
      'operations',
      'places',
    ]);
  });

  it('should exit 0 with --fail-on never, and print a markdown verdict', () => {
    const run = specdown([
      'diff',
      path.join(FIXTURE, 'base.yaml'),
      path.join(FIXTURE, 'revision.yaml'),
      '--format',
      'markdown',
      '--fail-on',
      'never',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/breaking/i);
    expect(run.stdout).toContain('response property');
  });

  it('should report no changes for a spec against itself', () => {
    const run = specdown(['diff', path.join(FIXTURE, 'base.yaml'), path.join(FIXTURE, 'base.yaml'), '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).changes).toEqual([]);
  });

  it('should diff two docs folders by generating them', () => {
    const work = tempDir();
    const base = path.join(work, 'base');
    const revision = path.join(work, 'revision');
    cpSync(path.join(REPO_ROOT, 'docs-input'), base, { recursive: true });
    cpSync(path.join(REPO_ROOT, 'docs-input'), revision, { recursive: true });
    const page = path.join(revision, 'docfx/Authors/v2AuthorEntity_GetAuthor.md');
    const text = readFileSync(page, 'utf8');
    // Drop the last row of the response body table. Docs rows are not required, so clients could
    // not rely on the property: a warning, not a breaking change (as oasdiff judges it).
    const lines = text.split('\n');
    const heading = lines.findIndex((line) => line.startsWith('### Response body'));
    let last = heading;
    for (let i = heading + 1; i < lines.length && !lines[i]!.startsWith('## '); i++)
      if (lines[i]!.startsWith('| ') && !lines[i]!.startsWith('|--')) last = i;
    const removed = lines[last]!.split('|')[1]!.trim();
    lines.splice(last, 1);
    writeFileSync(page, lines.join('\n'));
    const run = specdown(['diff', base, revision, '--format', 'json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    const change = report.changes.find((c) => c.id === 'response-optional-property-removed' && c.message.includes(removed));
    expect(change).toBeDefined();
    // Located in the docs (the page and line that define the schema), not in an intermediate openapi.json.
    const where = (change!.location as { base: { file: string; line: number } }).base;
    expect(where.file.startsWith(base) && where.file.endsWith('.md')).toBe(true);
    expect(readFileSync(where.file, 'utf8').split('\n').length).toBeGreaterThanOrEqual(where.line);
    // At the row that stated the property.
    expect(readFileSync(where.file, 'utf8').split('\n')[where.line - 1]).toContain(`| ${removed} `);
    expect(report.changes.every((change) => change.level !== 'breaking')).toBe(true);
    expect(run.code).toBe(0);
    expect(specdown(['diff', base, revision, '--format', 'json', '--fail-on', 'warning']).code).toBe(1);
  });

  it('should diff two markdown pages given as files, as docs of one page, also pages of ```openapi fences', () => {
    const work = tempDir();
    const fences = [
      '# Gardens',
      '',
      '## Water a garden',
      '',
      '```openapi',
      'paths:',
      '  /gardens/{garden}/water:',
      '    put:',
      '      parameters:',
      '        - name: garden',
      '          in: path',
      '          required: true',
      '          schema: { type: string }',
      '      responses:',
      "        '204':",
      '          description: Watered.',
      '```',
      '',
    ].join('\n');
    const base = path.join(work, 'base.md');
    const revision = path.join(work, 'revision.md');
    writeFileSync(base, fences);
    writeFileSync(revision, fences.replace('type: string', 'type: integer'));
    const run = specdown(['diff', base, revision, '--format', 'json']);
    expect(run.stderr).toBe('');
    const change = (JSON.parse(run.stdout) as JsonReport).changes.find((c) => c.id === 'request-parameter-type-changed');
    expect(change?.level).toBe('breaking');
    // Located in the page as given, at the parameter's line in the fence.
    expect((change!.location as { revision: { file: string; line: number } }).revision).toMatchObject({ file: revision, line: 10 });
    expect(run.code).toBe(1);
    expect(JSON.parse(specdown(['diff', base, base, '--format', 'json']).stdout)).toEqual({ changes: [] });

    // A page in the general conventions: a row removed from its request table.
    const page = [
      '# Lamps',
      '',
      '## Dim a lamp',
      '',
      '`POST /lamps/:id/dim`',
      '',
      '| Attribute | Type | Required | Description |',
      '|---|---|---|---|',
      '| `level` | integer | yes | The level. |',
      '| `fade` | integer | no | Seconds. |',
      '',
    ].join('\n');
    const before = path.join(work, 'lamps.md');
    const after = path.join(work, 'lamps-after.txt');
    writeFileSync(before, page);
    writeFileSync(after, page.replace('| `fade` | integer | no | Seconds. |\n', ''));
    const removed = JSON.parse(specdown(['diff', before, after, '--format', 'json']).stdout) as JsonReport;
    expect(removed.changes.map((c) => c.id)).toContain('request-property-removed');
  });

  it('should compare generated/openapi.json at a git ref with the working tree, and docs at a ref', () => {
    const repo = tempDir();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    mkdirSync(path.join(repo, 'generated'));
    cpSync(path.join(FIXTURE, 'base.yaml'), path.join(repo, 'generated/openapi.json'));
    cpSync(path.join(REPO_ROOT, 'docs-input'), path.join(repo, 'docs'), { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'base');
    cpSync(path.join(FIXTURE, 'revision.yaml'), path.join(repo, 'generated/openapi.json'));
    const run = specdown(['diff', '--base', 'HEAD', '--format', 'json'], repo);
    expect((JSON.parse(run.stdout) as JsonReport).changes.map((c) => c.id)).toContain('response-property-removed');

    const docs = specdown(['diff', '--base', 'HEAD', '--docs', 'docs', '--format', 'json'], repo);
    expect(docs.code).toBe(0);
    expect((JSON.parse(docs.stdout) as JsonReport).changes).toEqual([]);
  });

  it('should exit 2 with a clear message for a missing input or an unknown ref', () => {
    const missing = specdown(['diff', 'no-such.yaml', path.join(FIXTURE, 'base.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such.yaml does not exist');
    for (const args of [['--base=-xoption'], ['--base=-xoption', '--docs', 'docs-input']]) {
      const option = specdown(['diff', ...args]);
      expect(option.code).toBe(2);
      expect(option.stderr).toContain('not a valid git ref: `-xoption`');
    }
    const ref = specdown(['diff', '--base', 'no-such-ref-xyz']);
    expect(ref.code).toBe(2);
    expect(ref.stderr).toMatch(/unknown git ref|no-such-ref-xyz/);
  });

  it('should exit 2 for an invalid option value, not 1 (which says changes were found)', () => {
    const run = specdown(['diff', path.join(FIXTURE, 'base.yaml'), path.join(FIXTURE, 'base.yaml'), '--fail-on', 'nevr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("argument 'nevr' is invalid");
    expect(specdown(['diff', path.join(FIXTURE, 'base.yaml'), path.join(FIXTURE, 'base.yaml'), '--format', 'yml']).code).toBe(2);
    const stability = specdown([
      'diff',
      path.join(FIXTURE, 'base.yaml'),
      path.join(FIXTURE, 'revision.yaml'),
      '--include-stability',
      'stabel',
    ]);
    expect(stability.code).toBe(2);
    expect(stability.stderr).toContain('unknown stability level `stabel`');
  });

  it('should exit 2 naming file:line:column for a spec cut off mid-way', () => {
    const work = tempDir();
    const text = JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} }, null, 2);
    writeFileSync(path.join(work, 'cut.json'), text.slice(0, text.length / 2));
    const run = specdown(['diff', path.join(FIXTURE, 'base.yaml'), 'cut.json'], work);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^specdown diff: cut\.json:\d+:\d+ Not valid YAML\/JSON: /m);
  });
});
