import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { admitsMajor, checkZodDependency } from '../../src/commands/zod-dependency.js';
import { REPO_ROOT, useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

/** A project folder with `manifest` as its package.json (none when undefined) and an output folder inside. */
function project(manifest: unknown): string {
  const dir = tempDir();
  if (manifest !== undefined) writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  mkdirSync(path.join(dir, 'src/api'), { recursive: true });
  return dir;
}

describe('checkZodDependency', () => {
  it('should warn at the zod entry when the nearest package.json lists another major', async () => {
    const dir = project({ name: 'app', dependencies: { react: '^18.0.0', zod: '^3.23.8' } });
    expect(await checkZodDependency('src/api', dir)).toEqual({
      code: 'zod-dependency',
      severity: 'warning',
      message: 'package.json lists zod ^3.23.8, but schemas.ts is written for zod 4: upgrade it (npm install zod@^4)',
      source: { file: 'package.json', start: { line: 5, column: 5, offset: 67 }, end: { line: 5, column: 10, offset: 72 } },
    });
  });

  it('should warn when the nearest package.json does not list zod, even if one further up does', async () => {
    const dir = project({ name: 'root', dependencies: { zod: '^4.0.0' } });
    mkdirSync(path.join(dir, 'packages/app/src/api'), { recursive: true });
    writeFileSync(path.join(dir, 'packages/app/package.json'), '{ "name": "app" }');
    expect(await checkZodDependency('packages/app/src/api', dir)).toMatchObject({
      message: 'schemas.ts imports zod, which packages/app/package.json does not list: add zod 4 to its dependencies (npm install zod@^4)',
      source: { file: 'packages/app/package.json', start: { line: 1, column: 1 } },
    });
  });

  it.each([
    ['zod 4 in dependencies', { dependencies: { zod: '^4.1.0' } }],
    ['zod 4 in devDependencies', { devDependencies: { zod: '4.x' } }],
    ['a range admitting 3 and 4', { peerDependencies: { zod: '^3.25.0 || ^4.0.0' } }],
    ['a range naming no version', { dependencies: { zod: 'workspace:*' } }],
    ['an alias to zod 4', { dependencies: { zod: 'npm:zod@^4.0.0' } }],
    ['no package.json at all', undefined],
  ])('should say nothing for %s', async (_, manifest) => {
    const dir = project(manifest);
    // A folder with no package.json above it in the temp dir: the check stops at the root.
    if (manifest === undefined) expect(await checkZodDependency(path.join(dir, 'src/api'), dir)).toBeUndefined();
    else expect(await checkZodDependency('src/api', dir)).toBeUndefined();
  });
});

describe('admitsMajor', () => {
  it.each([
    ['^4.0.0', true],
    ['~4.1', true],
    ['>=3.0.0', true],
    ['3.0.0 - 4.2.0', true],
    ['^3.25.0', false],
    ['>=3 <4', false],
    ['<4.0.0', false],
    ['5.0.0', false],
    ['latest', undefined],
    ['github:colinhacks/zod', undefined],
  ])('%s → %s', (range, admits) => {
    expect(admitsMajor(range, 4)).toBe(admits);
  });
});

describe('specdown generate and the zod dependency', () => {
  const run = (cwd: string) =>
    spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli.js'), 'generate', '--no-cache'], { cwd, encoding: 'utf8' });
  const spec = path.join(REPO_ROOT, 'test/import/openapi/fixtures/required-compositions.json');

  it('should warn when writing schemas.ts, at the severity the config sets, and not when zod is not emitted', () => {
    const dir = project({ name: 'app', dependencies: { zod: '^3.22.0' } });
    writeFileSync(path.join(dir, 'specdown.config.json'), JSON.stringify({ input: spec, out: 'src/api' }));
    expect(run(dir).stderr).toMatch(/^package\.json:\d+:\d+ warning package\.json lists zod \^3\.22\.0, .* \(zod-dependency\)$/m);
    writeFileSync(
      path.join(dir, 'specdown.config.json'),
      JSON.stringify({ input: spec, out: 'src/api', diagnostics: { 'zod-dependency': 'error' } }),
    );
    const strict = run(dir);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/ error .*\(zod-dependency\)/);
    writeFileSync(path.join(dir, 'specdown.config.json'), JSON.stringify({ input: spec, out: 'src/api', emit: { zod: false } }));
    expect(run(dir).stderr).not.toMatch(/zod-dependency/);
    writeFileSync(
      path.join(dir, 'specdown.config.json'),
      JSON.stringify({ input: spec, out: 'src/api', diagnostics: { 'zod-dependency': 'off' } }),
    );
    expect(run(dir).stderr).not.toMatch(/zod-dependency/);
  });
});
