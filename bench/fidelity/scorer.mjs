/**
 * Runs the shared fidelity scorer (`shared/eval/score_fidelity.py`, Python 3, standard library):
 * the one scorer that counts. bench:fidelity has no scorer of its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The scorer's place under a shared folder. */
export const scorerPath = (sharedDir) => path.join(sharedDir, 'eval/score_fidelity.py');

/** The scorer's command-line arguments for one corpus's options. */
export function scorerArgs({ truth, generated, json, onlyOps, stripPrefix = [], show }) {
  const args = ['--truth', truth, '--generated', generated, '--json', json];
  if (onlyOps) args.push('--only-ops', onlyOps);
  for (const prefix of stripPrefix) args.push('--strip-prefix', prefix);
  if (show !== undefined) args.push('--show', String(show));
  return args;
}

/** A copy of an OpenAPI document whose operations have no responses (for a truth that has none). */
export function withoutResponses(openapi) {
  const copy = structuredClone(openapi);
  for (const item of Object.values(copy.paths ?? {}))
    for (const op of Object.values(item ?? {})) if (op && typeof op === 'object' && 'responses' in op) delete op.responses;
  return copy;
}

/**
 * Scores `generated` (an OpenAPI file) against `truth` with the shared scorer. Returns the
 * scorer's printed table and its JSON result (`{ notes, fidelity_f1, categories, … }`).
 * Throws when the scorer is missing or fails (exit 2: an unreadable input).
 */
export function runScorer(scorer, options, { python = process.env.PYTHON ?? 'python3' } = {}) {
  if (!existsSync(scorer)) throw new Error(`${scorer} not found`);
  writeFileSync(options.json, '');
  const run = spawnSync(python, [scorer, ...scorerArgs(options)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`cannot run ${python} ${scorer}: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`${path.basename(scorer)} exited ${run.status}: ${run.stderr.trim()}`);
  return { table: run.stdout, result: JSON.parse(readFileSync(options.json, 'utf8')) };
}
