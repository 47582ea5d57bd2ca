import type { Source } from '../ir/source.js';
import { compareSources } from '../ir/source.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from './codes.js';

export type { Severity } from './codes.js';

/** A finding about the input: plain data, collected, never thrown. */
export interface Diagnostic {
  /** Rule id, kebab-case (`unknown-section`); see `codes.ts`. */
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  source: Source;
  /** Further places the finding involves (e.g. the other definition of a conflicting entity). */
  related?: Source[];
}

/** Collects diagnostics; readers and extractors take one and carry on. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];

  /** Reports `code` at `source` with the code's default severity (or `severity`). */
  report(code: DiagnosticCode, source: Source, message: string, options: { severity?: Severity; related?: Source[] } = {}): void {
    const diagnostic: Diagnostic = {
      code,
      severity: options.severity ?? DIAGNOSTIC_CODES[code].severity,
      message,
      source,
    };
    if (options.related && options.related.length > 0) diagnostic.related = options.related;
    this.items.push(diagnostic);
  }

  push(...diagnostics: Diagnostic[]): void {
    this.items.push(...diagnostics);
  }

  /** Takes back the findings `test` picks (a page's, which the pages together answer: merge/same-route.ts). */
  withdraw(test: (diagnostic: Diagnostic) => boolean): void {
    const kept = this.items.filter((diagnostic) => !test(diagnostic));
    this.items.length = 0;
    this.items.push(...kept);
  }

  get errorCount(): number {
    return this.items.filter((d) => d.severity === 'error').length;
  }
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: by file, position, then code and message. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareSources(a.source, b.source) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
