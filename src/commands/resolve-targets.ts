import type { ResolvedConfig, TargetConfig } from '../config/config-schema.js';
import type { DialectId } from '../readers/types.js';

/** What the command line says about a target; anything given overrides the config. */
export interface TargetFlags {
  input?: string;
  out?: string;
  dialect?: DialectId;
  title?: string;
  version?: string;
  emitIr?: boolean;
}

export const DEFAULT_TARGET: TargetConfig = {
  input: 'docs-input',
  out: 'generated',
  emit: { types: true, zod: true, openapi: 'json', ir: false, helpers: false },
};

/**
 * The targets a `generate` run builds. With `--input` or `--out` on the command line the run has
 * one target: the flags over the config's first target (so its emit and diagnostics settings still
 * apply); otherwise every target of the config, each with the other flags applied.
 */
export function resolveTargets(config: ResolvedConfig | undefined, flags: TargetFlags): TargetConfig[] {
  const configured = config?.targets ?? [DEFAULT_TARGET];
  const bases = flags.input !== undefined || flags.out !== undefined ? [configured[0] ?? DEFAULT_TARGET] : configured;
  return bases.map((base) => {
    const target: TargetConfig = { ...base, emit: { ...base.emit } };
    if (flags.input !== undefined) target.input = flags.input;
    if (flags.out !== undefined) target.out = flags.out;
    if (flags.dialect !== undefined) target.dialect = flags.dialect;
    if (flags.title !== undefined) target.title = flags.title;
    if (flags.version !== undefined) target.version = flags.version;
    if (flags.emitIr) target.emit.ir = true;
    return target;
  });
}
