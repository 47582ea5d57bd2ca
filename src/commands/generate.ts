import path from 'node:path';
import type { TargetConfig } from '../config/config-schema.js';
import type { Limits } from '../config/limits.js';
import { type Diagnostic, type Severity, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { countOf, formatCounts, formatDiagnostic } from '../diagnostics/format.js';
import { generateOutputs } from '../run/generate.js';
import type { FileReport, RunResult } from '../run/result.js';
import { OutputStamps } from '../run/write/output-stamps.js';
import { planOutputs, type WriteReport, writeOutputs } from '../run/write/write-outputs.js';
import { type DiagnosticChanges, diagnosticChanges } from './diagnostic-changes.js';
import { createProgress, shouldShowProgress } from './progress.js';
import { checkZodDependency } from './zod-dependency.js';

export interface GenerateCommandOptions {
  targets: TargetConfig[];
  /** Write nothing; exit 1 when any output is stale. */
  check?: boolean;
  /**
   * Diagnostics: `text` compiler-style lines on stderr (default), `stylish` grouped by file
   * (vfile-reporter), or `json` on stdout.
   */
  format?: 'text' | 'stylish' | 'json';
  /** Print errors only. */
  quiet?: boolean;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  /** Cache folder, or false. */
  cache?: string | false;
  workers?: number;
  /** Fetch remote `$ref`s of OpenAPI inputs. */
  allowRemoteRefs?: boolean;
  /** Input limits over their defaults. */
  limits?: Partial<Limits>;
  /** Append the run's wall time to each target's summary line (watch mode). */
  timed?: boolean;
  /**
   * What each target (by output folder) showed the last time (watch mode): when a target has an
   * entry, only the diagnostics that are new since then and those fixed are printed; the entries
   * are updated.
   */
  since?: Map<string, Diagnostic[]>;
  /** A non-empty input without operations is no error (`--allow-empty`). */
  allowEmpty?: boolean;
}

export interface CommandIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/**
 * A run's result without its IR, which the command does not use: no IR is held while the outputs
 * are written. Of a run the cache answered, the diagnostics and file reports are read only if
 * touched: the command counts by `counts`, and reads `files` only for `--format json`.
 */
type TargetResult = RunResult;

/** One target's pipeline result, how long it took, and what changed since the last run (watch mode). */
interface TargetRun {
  target: TargetConfig;
  result: TargetResult;
  started: number;
  changes?: DiagnosticChanges;
}

/**
 * `specdown generate`: runs the pipeline for every target and prints the diagnostics; then, only
 * when the whole run passes, writes (or checks) the outputs. Returns the exit code: 0 success; 1
 * errors in the docs, more warnings than `maxWarnings` (counted over every target), or (with
 * check) stale outputs. A run that fails writes nothing, in any target.
 */
export async function runGenerateCommand(options: GenerateCommandOptions, io: CommandIo): Promise<number> {
  const shown: Diagnostic[] = [];
  const runs: TargetRun[] = [];
  const files: Array<FileReport & { target: string }> = [];
  const showProgress = !options.quiet && options.format !== 'json' && shouldShowProgress(process.stderr);
  // What the output folders held when last written or checked: a no-change run then reads no output.
  const stamps = options.cache ? await OutputStamps.open(path.join(options.cache, 'outputs.json')) : undefined;
  for (const target of options.targets) {
    // (`performance` is loaded on first use: only watch mode times its runs.)
    const started = options.timed ? performance.now() : 0;
    const progress = showProgress ? createProgress({ stream: process.stderr }) : undefined;
    let result = await generateTarget(target, options, progress);
    progress?.clear();
    if (result.outputs.some((output) => output.path === 'schemas.ts')) {
      result = withDiagnostic(result, await checkZodDependency(target.out), target.diagnostics?.['zod-dependency']);
    }
    const targetShown = !options.quiet
      ? result.diagnostics
      : result.counts.error > 0
        ? result.diagnostics.filter((d) => d.severity === 'error')
        : [];
    const key = path.resolve(target.out);
    const previous = options.format === 'json' ? undefined : options.since?.get(key);
    options.since?.set(key, targetShown);
    const changes = previous ? diagnosticChanges(previous, targetShown) : undefined;
    await printDiagnostics(changes ? changes.added : targetShown, options, io);
    for (const diagnostic of changes?.fixed ?? []) io.stderr(`fixed: ${formatDiagnostic(diagnostic)}`);
    shown.push(...targetShown);
    runs.push({ target, result, started, ...(changes ? { changes } : {}) });
    if (options.format === 'json') files.push(...result.files.map((file) => ({ target: target.input, ...file })));
  }
  const warnings = runs.reduce((sum, run) => sum + run.result.counts.warning, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const text = options.format !== 'json';
  if (tooManyWarnings && text) io.stderr(`specdown: ${countOf(warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}`);
  const failed = tooManyWarnings || runs.some((run) => run.result.failed);
  let exitCode = failed ? 1 : 0;
  for (const run of runs) exitCode = Math.max(exitCode, await finishTarget(run, failed, options, io, shown, stamps));
  await stamps?.save();
  // JSON: every diagnostic shown, and per file the reader chosen, why, and how many operations it gave.
  if (options.format === 'json') io.stdout(JSON.stringify({ diagnostics: shown, files, exitCode }, null, 2));
  return exitCode;
}

async function generateTarget(
  target: TargetConfig,
  options: GenerateCommandOptions,
  progress: ReturnType<typeof createProgress> | undefined,
): Promise<TargetResult> {
  return generateOutputs({
    ...(progress ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {}),
    // Loaded only by a run with work to do: a run the cache answers loads no `node:v8`.
    onWork: async () => (await import('./inlining-budget.js')).lowerInliningBudget(),
    input: target.input,
    emit: target.emit,
    ...(target.dialect ? { dialect: target.dialect } : {}),
    ...(target.dialects ? { dialects: target.dialects } : {}),
    ...(target.title !== undefined ? { title: target.title } : {}),
    ...(target.version !== undefined ? { version: target.version } : {}),
    ...(target.diagnostics ? { diagnostics: target.diagnostics } : {}),
    ...(target.naming ? { naming: target.naming } : {}),
    ...(target.vocabulary ? { vocabulary: target.vocabulary } : {}),
    ...(options.allowEmpty || target.allowEmpty ? { allowEmpty: true } : {}),
    cache: options.cache ?? false,
    ...(options.allowRemoteRefs ? { allowRemoteRefs: true } : {}),
    ...(options.workers ? { workers: options.workers } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    // What is printed: errors only when quiet; the file reports for JSON only.
    reports: { diagnostics: options.quiet ? 'errors' : 'all', files: options.format === 'json' },
  });
}

/** `result` with `diagnostic` added (at the severity the config sets; `off` drops it). */
function withDiagnostic(result: TargetResult, diagnostic: Diagnostic | undefined, severity: Severity | 'off' | undefined): TargetResult {
  if (!diagnostic || severity === 'off') return result;
  const added = severity ? { ...diagnostic, severity } : diagnostic;
  const counts = { ...result.counts, [added.severity]: result.counts[added.severity] + 1 };
  const failed = counts.error > 0;
  // Property by property, the diagnostics sorted only when read: a run the cache answered reads
  // its diagnostics and file reports only if they are asked for (a spread would ask).
  const descriptors: PropertyDescriptorMap = Object.getOwnPropertyDescriptors(result);
  for (const [key, value] of Object.entries({ counts, failed, outputs: failed ? [] : result.outputs }))
    descriptors[key] = { value, enumerable: true, writable: true };
  let diagnostics: Diagnostic[] | undefined;
  descriptors.diagnostics = { get: () => (diagnostics ??= sortDiagnostics([...result.diagnostics, added])), enumerable: true };
  return Object.defineProperties({}, descriptors) as TargetResult;
}

async function printDiagnostics(shown: readonly Diagnostic[], options: GenerateCommandOptions, io: CommandIo): Promise<void> {
  if (options.format === 'stylish') {
    // vfile-reporter is loaded only for the format that uses it.
    const { formatStylish } = await import('../diagnostics/stylish.js');
    if (shown.length > 0) io.stderr(formatStylish(shown, { color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR }));
  } else if (options.format !== 'json') {
    for (const diagnostic of shown) io.stderr(formatDiagnostic(diagnostic));
  }
}

/**
 * Writes or checks one target's outputs and prints its summary line; its exit code. When the run
 * failed (`runFailed`: this target's errors, another's, or too many warnings) nothing is written.
 * A folder that cannot be written is a `write-failed` error (added to `shown`), not a crash.
 */
async function finishTarget(
  run: TargetRun,
  runFailed: boolean,
  options: GenerateCommandOptions,
  io: CommandIo,
  shown: Diagnostic[],
  stamps: OutputStamps | undefined,
): Promise<number> {
  const { target, result } = run;
  const text = options.format !== 'json';
  const elapsed = () => (options.timed ? ` in ${Math.round(performance.now() - run.started)} ms` : '');
  const outLabel = path.relative(process.cwd(), path.resolve(target.out)) || '.';
  const changed = run.changes ? `; ${run.changes.added.length} new, ${run.changes.fixed.length} fixed` : '';
  const summary = formatCounts(result.counts) + changed;
  if (result.failed) {
    if (text) io.stderr(`specdown: ${summary}; nothing written to ${outLabel}${elapsed()}`);
    return 1;
  }
  if (options.check) {
    const plan = await planOutputs(target.out, result.outputs, stamps);
    if (plan.stale.length > 0) {
      for (const file of plan.files.filter((f) => f.status !== 'unchanged')) {
        io.stderr(`stale: ${path.join(outLabel, file.path)} (${file.status === 'new' ? 'missing' : 'out of date'})`);
      }
      io.stderr(`specdown: ${plan.stale.length} of ${plan.files.length} generated files in ${outLabel} are stale; run specdown generate`);
      return 1;
    }
    if (!options.quiet && text) io.stderr(`specdown: ${outLabel} is up to date (${summary})${elapsed()}`);
    return 0;
  }
  if (runFailed) {
    if (text) io.stderr(`specdown: ${summary}; nothing written to ${outLabel}, as the run failed${elapsed()}`);
    return 1;
  }
  let written: WriteReport;
  try {
    written = await writeOutputs(target.out, result.outputs, stamps);
  } catch (error) {
    // Nothing was renamed into place (write/ stages every file first): the folder is as it was.
    const at = { line: 1, column: 1, offset: 0 };
    const failure: Diagnostic = {
      code: 'write-failed',
      severity: 'error',
      message: `cannot write to ${outLabel}: ${(error as Error).message}; nothing was written`,
      source: { file: outLabel, start: at, end: at },
    };
    shown.push(failure);
    if (text) io.stderr(formatDiagnostic(failure));
    return 1;
  }
  if (!options.quiet && text) {
    const { operations, schemas } = result.stats;
    const unchanged = written.files.length - written.stale.length;
    io.stderr(
      `specdown: ${countOf(operations, 'operation')}, ${countOf(schemas, 'schema')} → ${outLabel} (${written.stale.length} written, ${unchanged} unchanged; ${summary})${elapsed()}`,
    );
  }
  return 0;
}
