/**
 * Node module hooks (a `hooks.mjs` for `module.register`) that append every ES module URL a run
 * loads to the file `LOADED_MODULES` names, one a line: how the e2e tests see what a run imports.
 */
export const LOAD_HOOKS = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.LOADED_MODULES, url + '\\n');
  return next(url, context);
}`;
