/** What every zod kind renderer gets: shared names, the document's schemas and the nested renderer. */
import type { NamedSchema, Schema } from '../../ir/types.js';
import type { EmitNames } from '../shared/naming.js';

export interface ZodContext {
  names: EmitNames;
  /** Schema name → its definition. */
  named: Map<string, NamedSchema>;
  /** Renders a nested schema (nullable included). */
  render: (schema: Schema) => string;
  /** True when a ref to `name` must be deferred (`z.lazy`): it is defined later, in the same cycle. */
  isLazy: (name: string) => boolean;
  /** True when `name` is part of a reference cycle (its const is declared with its types.ts type). */
  isRecursive: (name: string) => boolean;
}

/** `base.method(arg)` for each constraint that is set. */
export function withChecks(base: string, checks: Array<[string, number | string | undefined]>): string {
  let text = base;
  for (const [method, value] of checks) if (value !== undefined) text += `.${method}(${value})`;
  return text;
}
