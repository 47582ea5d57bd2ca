/**
 * The TypeScript compiler, loaded the first time a page holds a declaration fence (ts-declarations.ts)
 * and never before: it is 9 MB of JavaScript, which a run over pages without such fences does not
 * pay for. Required, not imported: the readers are synchronous, and the build keeps the package
 * outside the bundle (scripts/build.mjs), resolved from node_modules as `jiti` is.
 */
import { createRequire } from 'node:module';
import type ts from 'typescript';

let loaded: typeof ts | undefined;

export function typescriptCompiler(): typeof ts {
  loaded ??= createRequire(import.meta.url)('typescript') as typeof ts;
  return loaded;
}
