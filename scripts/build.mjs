#!/usr/bin/env node
/**
 * npm run build — the type declarations with tsc, the code with esbuild.
 *
 * tsc type-checks and writes `dist/**.d.ts` (the package's types). esbuild bundles the three entry
 * points — the CLI, the programmatic API and the parse worker — into `dist/`, shared code split into
 * chunks beside them and dynamic imports kept lazy. A few chunks instead of ~200 modules:
 * `specdown --help` went from 0.13 s to 0.09 s (bare Node: 0.07 s), and a prebuild `generate
 * --check` of the bundled example from 0.15 s to 0.10 s (medians of 5-7 runs). Every chunk sits in
 * `dist/` itself, so paths relative to the code (`../package.json`, `../templates/`,
 * `./read-worker.js`, `./.tsbuildinfo`) are the same from any chunk.
 *
 * The dependencies are bundled too (they stay in package.json, installed with their licenses; the
 * bundle keeps their legal comments): node resolves, reads and links each of their files on every
 * run otherwise (unified, micromark and mdast's utilities are over a hundred modules). `jiti`,
 * the loader of a `specdown.config.ts`, stays external (loaded from node_modules only for such a
 * config), and so does `typescript`, required from node_modules only for a page that holds a fence
 * of TypeScript declarations (readers/markdown/typescript-compiler.ts: a `createRequire`, which
 * esbuild leaves as it is). The spec reader still loads `yaml`'s browser build and its core schema's tags by their
 * paths in the installed package (openapi/yaml-library.ts, openapi/yaml-core-tags.ts), as before.
 * CommonJS dependencies (commander, picomatch) call `require` for node's modules: each chunk
 * defines it (`createRequire`), as esbuild's issues advise for ES module output for node.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/**
 * commander requires `node:child_process` as it loads, for stand-alone executable subcommands
 * (specdown has none: every command has its action); with it node loads `net`, `dgram` and the
 * stream modules, in every run. commander's `child_process` is a stand-in that loads the real one
 * when first used.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});

const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', 'read-worker': 'src/run/workers/read-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  external: ['jiti'],
  plugins: [lazyChildProcess],
  banner: {
    js: "import { createRequire as __specdownCreateRequire } from 'node:module'; const require = __specdownCreateRequire(import.meta.url);",
  },
  chunkNames: 'chunk-[hash]',
  sourcemap: true,
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
});

// Chunk names carry a content hash: once the new build is in place, drop every other script in
// dist/ (an older build's chunks, or modules of an unbundled build) so none is packed or loaded.
const written = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(root, file)));
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  const file = path.join(entry.parentPath, entry.name);
  if (entry.isFile() && /\.(js|js\.map)$/.test(entry.name) && !written.has(file)) rmSync(file);
}
