import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * End-to-end tests run the built CLI (`dist/`), as users do. Build it once before the run
 * (`scripts/build.mjs`: declarations by incremental tsc, the code bundled by esbuild).
 */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}
