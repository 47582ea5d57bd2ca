import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGET, resolveTargets } from '../../src/commands/resolve-targets.js';
import type { ResolvedConfig } from '../../src/config/config-schema.js';

const emit = { types: true, zod: true, openapi: 'json' as const, ir: false, helpers: false };
const config: ResolvedConfig = {
  targets: [
    { input: 'a', out: 'gen/a', emit, diagnostics: { 'unknown-section': 'off' } },
    { input: 'b', out: 'gen/b', emit: { ...emit, zod: false } },
  ],
};

describe('resolveTargets', () => {
  it('should default to docs-input → generated without a config', () => {
    expect(resolveTargets(undefined, {})).toEqual([DEFAULT_TARGET]);
  });

  it('should use every config target when no path flag is given', () => {
    expect(resolveTargets(config, { title: 'T' }).map((t) => [t.input, t.out, t.title])).toEqual([
      ['a', 'gen/a', 'T'],
      ['b', 'gen/b', 'T'],
    ]);
  });

  it("should let --input/--out override, keeping the first target's other settings", () => {
    const [target, ...rest] = resolveTargets(config, { input: 'docs', out: 'api', emitIr: true });
    expect(rest).toEqual([]);
    expect(target).toEqual({ input: 'docs', out: 'api', emit: { ...emit, ir: true }, diagnostics: { 'unknown-section': 'off' } });
  });

  it('should not mutate the config', () => {
    resolveTargets(config, { emitIr: true });
    expect(config.targets[0]!.emit.ir).toBe(false);
  });
});
