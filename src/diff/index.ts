/**
 * `specdown diff`: what changed between two OpenAPI specs, and what of it breaks clients.
 * load (lenient) → compare (structured diff on resolved documents) → rules → report.
 */
import { compareSpecs } from './compare.js';
import { loadDiagnostics, loadSpec } from './load-spec.js';
import { STABILITY_LEVELS } from './rules/lifecycle.js';
import { runRules } from './run-rules.js';
import { DiffInputError, type DiffOptions, type DiffResult, type Level, type SpecInput } from './types.js';

export { loadSpecAtGitRef } from './git.js';
export { formatDiff } from './report.js';
export { RULES } from './rules/registry.js';
export type { Change, DiffOptions, DiffResult, Level, SpecInput } from './types.js';
export { DiffInputError } from './types.js';

const LEVEL_RANK: Readonly<Record<Level, number>> = { info: 0, warning: 1, breaking: 2 };

export async function diffSpecs(base: SpecInput, revision: SpecInput, options: DiffOptions = {}): Promise<DiffResult> {
  const include = options.includeStability ?? ['beta', 'stable'];
  // A misspelt level would leave the operations at the level meant outside: their breaking changes, info.
  const unknown = include.find((level) => !(STABILITY_LEVELS as readonly string[]).includes(level));
  if (unknown !== undefined)
    throw new DiffInputError(`unknown stability level \`${unknown}\` (the levels are ${STABILITY_LEVELS.join(', ')})`);
  const [b, r] = await Promise.all([loadSpec(base), loadSpec(revision)]);
  const diff = compareSpecs(b, r);
  let changes = runRules(diff, b, r, include);
  if (options.minLevel) changes = changes.filter((c) => LEVEL_RANK[c.level] >= LEVEL_RANK[options.minLevel!]);
  const diagnostics = [...new Set([...loadDiagnostics(b), ...loadDiagnostics(r)])];
  return { changes, diagnostics };
}

/** 1 when a change at or above `failOn` exists; `never` always gives 0. */
export function exitCodeFor(result: DiffResult, failOn: 'breaking' | 'warning' | 'never'): number {
  if (failOn === 'never') return 0;
  return result.changes.some((c) => LEVEL_RANK[c.level] >= LEVEL_RANK[failOn]) ? 1 : 0;
}
