import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { Diagnostic } from './diagnostic.js';

/**
 * The grouped, aligned report remark-lint users know (`--format stylish`), by vfile-reporter:
 * one block per file, `line:column-line:column  severity  message  rule`, a summary at the end.
 */
export function formatStylish(diagnostics: readonly Diagnostic[], options: { color?: boolean; quiet?: boolean } = {}): string {
  const files = new Map<string, VFile>();
  for (const diagnostic of diagnostics) {
    let file = files.get(diagnostic.source.file);
    if (!file) {
      file = new VFile({ path: diagnostic.source.file });
      files.set(diagnostic.source.file, file);
    }
    const message = file.message(diagnostic.message, {
      place: { start: diagnostic.source.start, end: diagnostic.source.end },
      ruleId: diagnostic.code,
      source: 'specdown',
    });
    message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined;
  }
  return reporter([...files.values()], { color: options.color ?? false, quiet: options.quiet ?? false, verbose: false });
}
