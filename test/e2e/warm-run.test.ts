import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOAD_HOOKS } from '../helpers/loaded-modules.js';
import { REPO_ROOT, useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const CLI = path.join(REPO_ROOT, 'dist/cli.js');

/** The source files (`src/…`) a built chunk holds, from its source map. */
function sourcesOf(chunk: string): string[] {
  const map = `${chunk}.map`;
  if (!existsSync(map)) return [];
  const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
  return sources.map((source) =>
    path
      .relative(REPO_ROOT, path.resolve(path.dirname(chunk), source))
      .split(path.sep)
      .join('/'),
  );
}

describe('a no-change run (built CLI)', () => {
  it('should load no reader, importer, patcher, merge or emitter, nor child_process, and write nothing', () => {
    const project = tempDir();
    // A project of its own: the cache goes to its node_modules/.cache/specdown.
    writeFileSync(path.join(project, 'package.json'), '{"name":"warm-run","private":true,"dependencies":{"zod":"^4"}}');
    cpSync(path.join(REPO_ROOT, 'docs-input'), path.join(project, 'docs'), { recursive: true, preserveTimestamps: true });
    writeFileSync(path.join(project, 'hooks.mjs'), LOAD_HOOKS);
    writeFileSync(
      path.join(project, 'register.mjs'),
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(project, 'hooks.mjs')).href)});\n` +
        // And node's own modules (`require`d ones too), as the run ends.
        "import { appendFileSync } from 'node:fs';\nprocess.on('exit', () => appendFileSync(process.env.LOADED_MODULES, process.moduleLoadList.join('\\n')));\n",
    );
    const loaded = path.join(project, 'loaded.txt');
    const run = (hooked: boolean, ...extra: string[]) =>
      spawnSync(
        process.execPath,
        [...(hooked ? ['--import', './register.mjs'] : []), CLI, 'generate', '--input', 'docs', '--out', 'out', ...extra],
        {
          cwd: project,
          encoding: 'utf8',
          env: { ...process.env, LOADED_MODULES: loaded },
        },
      );
    // The first run reads, merges and emits; the second reads the outputs it wrote once (they were
    // too new for their size and time to vouch for them); the third is the no-change run.
    expect(run(false).status).toBe(0);
    expect(run(false).status).toBe(0);
    const warm = run(true);
    expect(warm.status).toBe(0);
    expect(warm.stderr).toMatch(/\(0 written, 3 unchanged; /);

    const files = readFileSync(loaded, 'utf8')
      .split('\n')
      .filter((url) => url.startsWith('file:'))
      .map((url) => new URL(url).pathname);
    const sources = files.flatMap(sourcesOf);
    expect(sources).toContain('src/run/generate.ts');
    // (`readers/types.ts` is the list of dialect ids the command line accepts.)
    const cold = sources.filter(
      (source) =>
        /^src\/(readers|extract|import|openapi|emit|lower|merge|infer)\/|^src\/run\/(cache\/patch-run|read-pages|emit-outputs)\.ts$/.test(
          source,
        ) && source !== 'src/readers/types.ts',
    );
    expect(cold).toEqual([]);
    // commander requires child_process as it loads (for executable subcommands): the build gives it a stand-in (scripts/build.mjs).
    const builtins = readFileSync(loaded, 'utf8').split('\n');
    expect(builtins).toContain('NativeModule fs');
    expect(builtins).not.toContain('NativeModule child_process');
    // Nor node:v8, which only a run with work to do loads (commands/inlining-budget.ts).
    expect(builtins).not.toContain('NativeModule v8');
    // Nor any package the readers or emitters use.
    expect(files.filter((file) => /node_modules\/(remark|micromark|mdast|unified|yaml|zod)/.test(file))).toEqual([]);
    // Nor their code bundled into a chunk it loaded (scripts/build.mjs bundles the dependencies).
    expect(sources.filter((source) => /node_modules\/(remark|micromark|mdast|unified|yaml|zod)/.test(source))).toEqual([]);

    // A quiet one prints no diagnostic: it reads none, nor checks their file's hash, and hashes
    // nothing (the listing vouched for every page): node:crypto is not loaded (run/node-crypto.ts).
    writeFileSync(loaded, '');
    const quiet = run(true, '--quiet');
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(readFileSync(loaded, 'utf8').split('\n')).not.toContain('NativeModule crypto');
  });
});
