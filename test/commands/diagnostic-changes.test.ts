import { describe, expect, it } from 'vitest';
import { diagnosticChanges } from '../../src/commands/diagnostic-changes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const at = (file: string, line: number, message: string, code: Diagnostic['code'] = 'unknown-type'): Diagnostic => ({
  code,
  severity: 'warning',
  message,
  source: { file, start: { line, column: 1, offset: 0 }, end: { line, column: 1, offset: 0 } },
});

describe('diagnosticChanges', () => {
  it('should call a diagnostic that only moved the same, and tell new from fixed', () => {
    const before = [at('a.md', 3, 'x'), at('b.md', 9, 'y')];
    const after = [at('a.md', 5, 'x'), at('c.md', 1, 'z')];
    expect(diagnosticChanges(before, after)).toEqual({ added: [at('c.md', 1, 'z')], fixed: [at('b.md', 9, 'y')] });
  });

  it('should count repeated diagnostics', () => {
    const one = at('a.md', 1, 'dup');
    expect(diagnosticChanges([one], [one, at('a.md', 7, 'dup')])).toEqual({ added: [at('a.md', 7, 'dup')], fixed: [] });
    expect(diagnosticChanges([one, at('a.md', 7, 'dup')], [one])).toEqual({ added: [], fixed: [at('a.md', 7, 'dup')] });
  });

  it('should tell apart diagnostics of another rule or file with the same message', () => {
    const before = [at('a.md', 1, 'm', 'unknown-type')];
    const after = [at('a.md', 1, 'm', 'malformed-row'), at('b.md', 1, 'm', 'unknown-type')];
    expect(diagnosticChanges(before, after)).toEqual({ added: after, fixed: before });
  });
});
