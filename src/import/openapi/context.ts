/** What every part of the import shares: the loaded documents, diagnostics, schema names. */
import type { Schema } from '../../ir/types.js';
import type { SpecDocuments } from '../../openapi/documents.js';
import type { PropertyLookup } from './schema-composition.js';
import type { SchemaNames } from './schema-names.js';

export { sourceIn } from '../../openapi/documents.js';

export type SpecVersion = '2.0' | '3.0' | '3.1';

export interface ImportContext extends SpecDocuments {
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
  /** Callback operations left to read, and the callback maps already reported as nested too deep. */
  callbackBudget: { operations: number; exhausted: boolean; reportedTooDeep: WeakSet<object> };
}
