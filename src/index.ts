/** The programmatic API: what `import { … } from 'specdown'` gives. The CLI is built on it. */
export { generate, type GenerateOptions, type GenerateResult, type GenerateStats, type OutputFile } from './pipeline.js';
export { readPage, type PageResult } from './read-page.js';
export { writeOutputs, planOutputs, type WriteReport, type PlannedFile, type FileStatus } from './write/write-outputs.js';
export { runGenerateCommand, type GenerateCommandOptions, type CommandIo } from './commands/generate.js';
export { defineConfig } from './config/define-config.js';
export { loadConfig, ConfigError, CONFIG_FILES } from './config/load-config.js';
export type { SpecdownConfig, TargetConfig, EmitConfig, ResolvedConfig } from './config/config-schema.js';
export { formatDiagnostic, formatSummary } from './diagnostics/format.js';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics/codes.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export type * from './ir/types.js';
export type { Source, Point } from './ir/source.js';
export { DIALECT_IDS, type DialectId } from './readers/types.js';
export { VERSION } from './version.js';
