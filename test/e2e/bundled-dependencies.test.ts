/**
 * The build bundles the dependencies into dist/ (scripts/build.mjs): a cold run over markdown
 * pages reads them with unified, micromark, mdast's utilities and zod, and must load none of
 * them from node_modules (resolving, reading and linking each of their files was a tenth of such
 * a run), while giving the outputs it gave before (generated/, the bundled example's).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOAD_HOOKS } from '../helpers/loaded-modules.js';
import { REPO_ROOT, useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const CLI = path.join(REPO_ROOT, 'dist/cli.js');

describe('the built CLI', () => {
  it('should load no module from node_modules for a cold run over markdown pages', () => {
    const dir = tempDir();
    cpSync(path.join(REPO_ROOT, 'docs-input'), path.join(dir, 'docs'), { recursive: true });
    writeFileSync(path.join(dir, 'hooks.mjs'), LOAD_HOOKS);
    writeFileSync(
      path.join(dir, 'register.mjs'),
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hooks.mjs')).href)});\n`,
    );
    const loaded = path.join(dir, 'loaded.txt');
    writeFileSync(loaded, '');
    const run = spawnSync(
      process.execPath,
      ['--import', './register.mjs', CLI, 'generate', '--input', 'docs', '--out', 'out', '--no-cache', '--workers', '1', '--quiet'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, LOADED_MODULES: loaded } },
    );
    expect(run.status, run.stderr).toBe(0);
    for (const name of ['openapi.json', 'types.ts', 'schemas.ts']) {
      expect(readFileSync(path.join(dir, 'out', name), 'utf8'), name).toBe(readFileSync(path.join(REPO_ROOT, 'generated', name), 'utf8'));
    }
    const files = readFileSync(loaded, 'utf8')
      .split('\n')
      .filter((url) => url.startsWith('file:'))
      .map((url) => new URL(url).pathname);
    expect(files.some((file) => file.startsWith(path.join(REPO_ROOT, 'dist')))).toBe(true);
    expect(files.filter((file) => file.includes('/node_modules/'))).toEqual([]);
  });
});
