/** The programmatic API: what `import { … } from 'specdown'` gives. The CLI is built on it. */

export { type DiffCommandOptions, runDiffCommand } from './commands/diff.js';
export { type CommandIo, type GenerateCommandOptions, runGenerateCommand } from './commands/generate.js';
export type { EmitConfig, ResolvedConfig, SpecdownConfig, TargetConfig } from './config/config-schema.js';
export { defineConfig } from './config/define-config.js';
export { CONFIG_FILES, ConfigError, loadConfig } from './config/load-config.js';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics/codes.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export { formatDiagnostic, formatSummary } from './diagnostics/format.js';
export type { Change, DiffOptions, DiffResult, Level, SpecInput } from './diff/index.js';
export {
  DiffInputError,
  diffSpecs as diff,
  diffSpecs,
  exitCodeFor,
  formatDiff,
  loadSpecAtGitRef,
  RULES as DIFF_RULES,
} from './diff/index.js';
export { emitOpenApi } from './emit/openapi/index.js';
export { emitTypes } from './emit/typescript/index.js';
export { emitZod } from './emit/zod/index.js';
export { type ImportedSpec, importSpec, isSpecFile } from './import/openapi/index.js';
export { parseIr } from './ir/ir-schema.js';
export type { Point, Source } from './ir/source.js';
export type * from './ir/types.js';
export { DIALECT_IDS, type DialectId } from './readers/types.js';
export { type GenerateOptions, generate } from './run/generate.js';
export { type PageResult, readPage } from './run/read-page.js';
export type { GenerateResult, GenerateStats, OutputFile } from './run/result.js';
export { type FileStatus, type PlannedFile, planOutputs, type WriteReport, writeOutputs } from './run/write/write-outputs.js';
export { VERSION } from './version.js';
