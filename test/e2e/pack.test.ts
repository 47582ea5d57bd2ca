import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the packed package', () => {
  it('should install from its tarball into an empty project and run `npx specdown generate`', () => {
    const work = tempDir();
    // --ignore-scripts: dist/ is already built by the test setup; packing must not rebuild it.
    const packed = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    const filename = (JSON.parse(packed) as Array<{ filename: string }>)[0]?.filename;
    expect(filename).toMatch(/^specdown-.*\.tgz$/);
    const project = path.join(work, 'project');
    cpSync(path.join(REPO_ROOT, 'docs-input'), path.join(project, 'docs'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', path.join(work, filename!)], {
      cwd: project,
      stdio: 'pipe',
    });
    execFileSync('npx', ['specdown', 'generate', '--input', 'docs', '--out', 'src/api'], { cwd: project, stdio: 'pipe' });
    for (const name of ['openapi.json', 'types.ts', 'schemas.ts']) {
      expect(existsSync(path.join(project, 'src/api', name)), name).toBe(true);
    }
    expect(readFileSync(path.join(project, 'src/api/types.ts'), 'utf8')).toBe(
      readFileSync(path.join(REPO_ROOT, 'generated/types.ts'), 'utf8'),
    );
    // The programmatic API resolves from the installed package.
    const api = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('specdown'); console.log([m.generate, m.diff, m.loadConfig, m.defineConfig, m.writeOutputs].map((f) => typeof f).join(' '))",
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(api.trim()).toBe('function function function function function');
    // A typed config file in the consumer project is picked up by the installed CLI.
    writeFileSync(
      path.join(project, 'specdown.config.ts'),
      "import { defineConfig } from 'specdown';\nexport default defineConfig({ input: 'docs', out: 'from-config', emit: { zod: false } });\n",
    );
    execFileSync('npx', ['specdown', 'generate'], { cwd: project, stdio: 'pipe' });
    expect(existsSync(path.join(project, 'from-config/types.ts'))).toBe(true);
    expect(existsSync(path.join(project, 'from-config/schemas.ts'))).toBe(false);
  }, 240_000);
});
