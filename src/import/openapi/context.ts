/** What every part of the import shares: loaded files, positions, diagnostics, schema names. */
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import type { Source } from '../../ir/source.js';
import type { Schema } from '../../ir/types.js';
import type { SpecFile } from './load.js';
import type { SpecPositions } from './positions.js';
import type { PropertyLookup } from './schema-composition.js';
import type { SchemaNames } from './schema-names.js';

export type SpecVersion = '2.0' | '3.0' | '3.1';

export interface ImportContext {
  diagnostics: DiagnosticBag;
  positions: SpecPositions;
  files: Map<string, SpecFile>;
  /** Documents met while loading, read or not (those not read were reported then). */
  attempted: Set<string>;
  root: SpecFile;
  version: SpecVersion;
  names: SchemaNames;
  /** Converted schema per parsed object (aliases and shared objects convert once). */
  converted: WeakMap<object, Schema>;
  /** The value of each named schema target → its name (a YAML alias back to one becomes a ref). */
  namedValues: WeakMap<object, string>;
  /** Schema objects being converted (a YAML alias cycle shows up here). */
  inProgress: Set<object>;
  /** Each `allOf` part → where its composition defines properties (for `required` names it lacks). */
  compositions: WeakMap<object, PropertyLookup>;
  /** Schema nodes left before the document counts as hostile. */
  budget: { nodes: number; exhausted: boolean };
  /** Callback operations left to read (`$ref`s can fan callbacks out exponentially). */
  /** Callback operations left to read, and the callback maps already reported as nested too deep. */
  callbackBudget: { operations: number; exhausted: boolean; reportedTooDeep: WeakSet<object> };
}

/** The source of `value` (its node, or the span of `key` in it). */
export function sourceIn(ctx: ImportContext, file: SpecFile, value: unknown, key?: string): Source {
  return key === undefined ? ctx.positions.of(value, file.rel) : ctx.positions.ofKey(value, key, file.rel);
}
