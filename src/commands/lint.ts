/**
 * `specdown lint [input]`: the docs' consistency report. Runs the whole pipeline in memory (nothing
 * is emitted or written) and prints every diagnostic — table vs sample, one entity documented two
 * ways, types no page defines, duplicate routes and operationIds, path parameters without rows —
 * the same ones `generate` prints.
 *
 *     text (default), on stdout:
 *       rest/Contact/patch.md:149:1 warning PATCH … is documented as a string, but a sample shows an array (sample-type-mismatch)
 *       specdown lint: 0 errors, 9 warnings, 5 infos
 *         sample-type-mismatch  5 (warning)
 *     --format stylish: the same grouped by file (vfile-reporter, as remark-lint prints), then the counts
 *     --format json: {"diagnostics":[…],"summary":{"errors":0,"warnings":9,"infos":5,"byRule":{…}},"exitCode":0}
 *
 * Exit code, like eslint: 1 when an error remains or there are more warnings than `maxWarnings`;
 * else 0. `quiet` prints errors only (the summary still counts everything).
 */
import type { DiagnosticSeverities } from '../config/config-schema.js';
import type { Limits } from '../config/limits.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { countOf, formatDiagnostic, formatSummary } from '../diagnostics/format.js';
import type { Vocabulary } from '../readers/markdown/vocabulary.js';
import type { DialectId } from '../readers/types.js';
import { generate } from '../run/generate.js';
import type { CommandIo } from './generate.js';

export interface LintCommandOptions {
  /** A docs folder or a single page. */
  input: string;
  /** `text` compiler-style lines, `stylish` grouped by file (vfile-reporter), `json`. */
  format: 'text' | 'stylish' | 'json';
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  /** Print errors only. */
  quiet?: boolean;
  /** Read every page as this dialect instead of detecting it. */
  dialect?: DialectId;
  /** Per-file dialect overrides (glob relative to `input` → dialect), as in the config file. */
  dialects?: Record<string, DialectId>;
  /** Per-rule severity overrides (`off` drops a rule), as in the config file. */
  diagnostics?: DiagnosticSeverities;
  /** Input limits over their defaults. */
  limits?: Partial<Limits>;
  /** The config's vocabulary for the general reader. */
  vocabulary?: Vocabulary;
  /** An input without operations is no error. */
  allowEmpty?: boolean;
}

export interface RuleCount {
  rule: string;
  severity: Severity;
  count: number;
}

export async function runLintCommand(options: LintCommandOptions, io: CommandIo): Promise<number> {
  const result = await generate({
    input: options.input,
    emit: { types: false, zod: false, openapi: false, ir: false },
    cache: false,
    ...(options.dialect ? { dialect: options.dialect } : {}),
    ...(options.dialects ? { dialects: options.dialects } : {}),
    ...(options.diagnostics ? { diagnostics: options.diagnostics } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.vocabulary ? { vocabulary: options.vocabulary } : {}),
    ...(options.allowEmpty ? { allowEmpty: true } : {}),
  });
  const all = result.diagnostics;
  const shown = options.quiet ? all.filter((d) => d.severity === 'error') : all;
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const exitCode = errors > 0 || tooManyWarnings ? 1 : 0;
  const rules = countByRule(all);
  if (options.format === 'json') {
    const byRule = Object.fromEntries(rules.map((r) => [r.rule, r.count]));
    const summary = { errors, warnings, infos: all.length - errors - warnings, byRule };
    io.stdout(JSON.stringify({ diagnostics: shown, summary, exitCode }, null, 2));
    return exitCode;
  }
  if (options.format === 'stylish') {
    const { formatStylish } = await import('../diagnostics/stylish.js');
    if (shown.length > 0) io.stdout(formatStylish(shown, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }));
  } else {
    for (const diagnostic of shown) io.stdout(formatDiagnostic(diagnostic));
  }
  io.stdout(`specdown lint: ${summaryLine(all)}`);
  const width = Math.max(0, ...rules.map((r) => r.rule.length));
  for (const rule of rules) io.stdout(`  ${rule.rule.padEnd(width)}  ${String(rule.count).padStart(5)} (${rule.severity})`);
  if (tooManyWarnings) io.stderr(`specdown lint: ${countOf(warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}`);
  return exitCode;
}

/** Diagnostics per rule and severity: most frequent first, then by rule id. */
export function countByRule(diagnostics: readonly Diagnostic[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const diagnostic of diagnostics) {
    const key = `${diagnostic.code}\u0000${diagnostic.severity}`;
    const known = counts.get(key);
    if (known) known.count += 1;
    else counts.set(key, { rule: diagnostic.code, severity: diagnostic.severity, count: 1 });
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.severity < b.severity ? -1 : 1),
  );
}

function summaryLine(diagnostics: readonly Diagnostic[]): string {
  return `${formatSummary(diagnostics)}, ${countOf(diagnostics.filter((d) => d.severity === 'info').length, 'info')}`;
}
