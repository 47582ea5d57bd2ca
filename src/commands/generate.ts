import path from 'node:path';
import type { TargetConfig } from '../config/config-schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, formatSummary } from '../diagnostics/format.js';
import { type GenerateResult, generate } from '../pipeline.js';
import { OutputStamps } from '../write/output-stamps.js';
import { planOutputs, writeOutputs } from '../write/write-outputs.js';
import { createProgress, shouldShowProgress } from './progress.js';

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
  /** Append the run's wall time to each target's summary line (watch mode). */
  timed?: boolean;
}

export interface CommandIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/**
 * `specdown generate`: for each target, runs the pipeline, prints its diagnostics, and writes (or
 * checks) its outputs. Returns the exit code: 0 success; 1 errors in the docs, too many warnings,
 * or (with check) stale outputs.
 */
export async function runGenerateCommand(options: GenerateCommandOptions, io: CommandIo): Promise<number> {
  let exitCode = 0;
  const shown: Diagnostic[] = [];
  const showProgress = !options.quiet && options.format !== 'json' && shouldShowProgress(process.stderr);
  // What the output folders held when last written or checked: a no-change run then reads no output.
  const stamps = options.cache ? await OutputStamps.open(path.join(options.cache, 'outputs.json')) : undefined;
  for (const target of options.targets) {
    const started = performance.now();
    const progress = showProgress ? createProgress({ stream: process.stderr }) : undefined;
    const result = await generate({
      ...(progress ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {}),
      input: target.input,
      emit: target.emit,
      ...(target.dialect ? { dialect: target.dialect } : {}),
      ...(target.dialects ? { dialects: target.dialects } : {}),
      ...(target.title !== undefined ? { title: target.title } : {}),
      ...(target.version !== undefined ? { version: target.version } : {}),
      ...(target.diagnostics ? { diagnostics: target.diagnostics } : {}),
      ...(target.naming ? { naming: target.naming } : {}),
      cache: options.cache ?? false,
      ...(options.allowRemoteRefs ? { allowRemoteRefs: true } : {}),
      ...(options.workers ? { workers: options.workers } : {}),
    });
    progress?.clear();
    const elapsed = options.timed ? ` in ${Math.round(performance.now() - started)} ms` : '';
    const targetShown = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
    const code = await finishTarget(target, result, targetShown, options, io, elapsed, stamps);
    shown.push(...targetShown);
    exitCode = Math.max(exitCode, code);
  }
  await stamps?.save();
  if (options.format === 'json') io.stdout(JSON.stringify({ diagnostics: shown, exitCode }, null, 2));
  return exitCode;
}

/** Prints one target's diagnostics (those `shown`), writes or checks its outputs; its exit code. */
async function finishTarget(
  target: TargetConfig,
  result: GenerateResult,
  shown: readonly Diagnostic[],
  options: GenerateCommandOptions,
  io: CommandIo,
  elapsed: string,
  stamps: OutputStamps | undefined,
): Promise<number> {
  const text = options.format !== 'json';
  if (options.format === 'stylish') {
    // vfile-reporter is loaded only for the format that uses it.
    const { formatStylish } = await import('../diagnostics/stylish.js');
    if (shown.length > 0) io.stderr(formatStylish(shown, { color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR }));
  } else if (text) {
    for (const diagnostic of shown) io.stderr(formatDiagnostic(diagnostic));
  }
  const outLabel = path.relative(process.cwd(), path.resolve(target.out)) || '.';
  const summary = formatSummary(result.diagnostics);
  if (result.failed) {
    if (text) io.stderr(`specdown: ${summary}; nothing written to ${outLabel}${elapsed}`);
    return 1;
  }
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings && text) io.stderr(`specdown: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}`);
  if (options.check) {
    const plan = await planOutputs(target.out, result.outputs, stamps);
    if (plan.stale.length > 0) {
      for (const file of plan.files.filter((f) => f.status !== 'unchanged')) {
        io.stderr(`stale: ${path.join(outLabel, file.path)} (${file.status === 'new' ? 'missing' : 'out of date'})`);
      }
      io.stderr(`specdown: ${plan.stale.length} of ${plan.files.length} generated files in ${outLabel} are stale; run specdown generate`);
      return 1;
    }
    if (!options.quiet && text) io.stderr(`specdown: ${outLabel} is up to date (${summary})${elapsed}`);
    return tooManyWarnings ? 1 : 0;
  }
  const written = await writeOutputs(target.out, result.outputs, stamps);
  if (!options.quiet && text) {
    const { operations, schemas } = result.stats;
    const unchanged = written.files.length - written.stale.length;
    io.stderr(
      `specdown: ${operations} operations, ${schemas} schemas → ${outLabel} (${written.stale.length} written, ${unchanged} unchanged; ${summary})${elapsed}`,
    );
  }
  return tooManyWarnings ? 1 : 0;
}
