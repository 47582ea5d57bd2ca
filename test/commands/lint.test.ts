import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countByRule, type LintCommandOptions, runLintCommand } from '../../src/commands/lint.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { CONTRADICTING_PAGE } from '../infer/fixtures.js';

const page = (requestLine: string, sections = '') =>
  `# ${requestLine}\n\n\`\`\`http\n${requestLine}\n\`\`\`\n\nDoes a thing.\n\n${sections}\n`;
/** Two pages giving one operationId to two routes: a `duplicate-operation` error. */
const SAME_ID = (route: string) =>
  `---\ntitle: Widget\nuid: getWidget\n---\n\n${page(route, '## Response:\n\n| Response | Description |\n|---|---|\n| 200 | OK |\n')}`;
const NO_PATH_ROW = page('GET /api/v1/Widget/{id}', '## Response:\n\n| Response | Description |\n|---|---|\n| 200 | OK |\n');

async function lint(files: Record<string, string>, options: Partial<LintCommandOptions>, dir: string) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runLintCommand(
    { input: dir, format: 'text', ...options },
    { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) },
  );
  return { code, stdout, stderr };
}

describe('runLintCommand', () => {
  const tempDir = useTempDir();

  it('should print each finding compiler-style, a summary and a count per rule, and exit 0 on warnings only', async () => {
    const { code, stdout } = await lint({ 'Widget/get.md': NO_PATH_ROW }, {}, tempDir());
    expect(code).toBe(0);
    expect(stdout[0]).toMatch(
      /^Widget\/get\.md:\d+:\d+ warning path parameter "id" of \/api\/v1\/Widget\/\{id\} has no row; typed string \(path-parameter-undocumented\)$/,
    );
    expect(stdout).toContain('specdown lint: 0 errors, 1 warning, 0 infos');
    expect(stdout.at(-1)).toMatch(/^ {2}path-parameter-undocumented +1 \(warning\)$/);
  });

  it('should print the findings grouped by file with --format stylish, then the counts', async () => {
    const { code, stdout } = await lint({ 'Widget/get.md': NO_PATH_ROW }, { format: 'stylish' }, tempDir());
    expect(code).toBe(0);
    const report = stdout[0]!.split('\n');
    expect(report[0]).toBe('Widget/get.md');
    expect(report[1]).toMatch(
      /^\s*\d+:\d+(-\d+:\d+)?\s+warning\s+path parameter "id" .* has no row; typed string\s+path-parameter-undocumented\s+specdown$/,
    );
    expect(stdout).toContain('specdown lint: 0 errors, 1 warning, 0 infos');
    expect(stdout.at(-1)).toMatch(/^ {2}path-parameter-undocumented +1 \(warning\)$/);
  });

  it('should exit 1 on errors: one operationId given to two routes', async () => {
    const { code, stdout } = await lint({ 'a.md': SAME_ID('GET /api/v1/A'), 'b.md': SAME_ID('GET /api/v1/B') }, {}, tempDir());
    expect(code).toBe(1);
    expect(stdout.filter((l) => l.endsWith('(duplicate-operation)'))).toHaveLength(1);
    expect(stdout).toContain('specdown lint: 1 error, 0 warnings, 0 infos');
  });

  it('should exit 1 when warnings exceed --max-warnings, and 0 when they do not', async () => {
    const dir = tempDir();
    const over = await lint({ 'Widget/get.md': NO_PATH_ROW }, { maxWarnings: 0 }, dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toEqual(['specdown lint: 1 warning, more than --max-warnings 0']);
    expect((await lint({}, { maxWarnings: 1 }, dir)).code).toBe(0);
  });

  it('should print errors only when quiet, still counting everything', async () => {
    const { stdout } = await lint(
      { 'a.md': SAME_ID('GET /api/v1/A'), 'b.md': SAME_ID('GET /api/v1/B'), 'Widget/get.md': NO_PATH_ROW },
      { quiet: true },
      tempDir(),
    );
    expect(stdout.filter((l) => / (warning|info) /.test(l) && l.includes('.md:'))).toEqual([]);
    expect(stdout).toContain('specdown lint: 1 error, 1 warning, 0 infos');
  });

  it('should print JSON with the diagnostics, a summary by rule and the exit code', async () => {
    const { code, stdout } = await lint(
      { 'a.md': SAME_ID('GET /api/v1/A'), 'b.md': SAME_ID('GET /api/v1/B'), 'Widget/get.md': NO_PATH_ROW },
      { format: 'json' },
      tempDir(),
    );
    expect(stdout).toHaveLength(1);
    const parsed = JSON.parse(stdout[0]!) as { diagnostics: Diagnostic[]; summary: Record<string, unknown>; exitCode: number };
    expect(parsed.exitCode).toBe(code);
    expect(parsed.summary).toEqual({
      errors: 1,
      warnings: 1,
      infos: 0,
      byRule: { 'duplicate-operation': 1, 'path-parameter-undocumented': 1 },
    });
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['path-parameter-undocumented', 'duplicate-operation']);
  });

  it('should report a missing input as an error and write nothing anywhere', async () => {
    const dir = tempDir();
    const { code, stdout } = await lint({}, { input: path.join(dir, 'nope') }, dir);
    expect(code).toBe(1);
    expect(stdout.some((l) => l.endsWith('(input-not-found)'))).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('should drop a rule turned off and apply severity overrides', async () => {
    const { code, stdout } = await lint(
      { 'Widget/get.md': NO_PATH_ROW },
      { diagnostics: { 'path-parameter-undocumented': 'error' } },
      tempDir(),
    );
    expect(code).toBe(1);
    expect(stdout.at(-1)).toMatch(/path-parameter-undocumented +1 \(error\)$/);
  });
});

// Needs `fillFromSamples` called by the pipeline (the lead wires it at the end of the merge).
describe('runLintCommand: table vs sample', () => {
  const tempDir = useTempDir();

  it('should list what samples contradict in their tables', async () => {
    const { stdout } = await lint({ 'Widget/post.md': CONTRADICTING_PAGE }, {}, tempDir());
    expect(stdout.filter((l) => l.includes('(sample-'))).toEqual([
      'Widget/post.md:25:1 warning POST /api/v1/Widget request body.Count is documented as an int32, but a sample shows a string ("7") (sample-type-mismatch)',
      'Widget/post.md:25:1 warning POST /api/v1/Widget request body.Kind is documented as one of "Small", "Large", but a sample shows a string ("Huge") (sample-type-mismatch)',
      'Widget/post.md:25:1 warning a sample shows property "Colour", which the table of POST /api/v1/Widget request body does not list (and 1 more sample) (sample-unknown-property)',
    ]);
  });
});

describe('countByRule', () => {
  it('should count per rule and severity, most frequent first, then by rule id', () => {
    const at = { file: 'a.md', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    const d = (code: Diagnostic['code'], severity: Diagnostic['severity']): Diagnostic => ({ code, severity, message: '', source: at });
    expect(
      countByRule([
        d('entity-conflict', 'warning'),
        d('undocumented-type', 'warning'),
        d('undocumented-type', 'warning'),
        d('entity-conflict', 'error'),
      ]),
    ).toEqual([
      { rule: 'undocumented-type', severity: 'warning', count: 2 },
      { rule: 'entity-conflict', severity: 'error', count: 1 },
      { rule: 'entity-conflict', severity: 'warning', count: 1 },
    ]);
  });
});
