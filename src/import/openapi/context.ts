/** What every part of the import shares: the loaded documents, diagnostics, schema names. */
import type { Source } from '../../ir/source.js';
import type { Schema } from '../../ir/types.js';
import type { SpecDocuments } from '../../openapi/documents.js';
import type { SpecFile } from '../../openapi/load.js';
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

/** A property's schema as written, and the file it is written in. */
export interface FoundProperty {
  value: unknown;
  file: SpecFile;
}

/** The schema of property `name` somewhere in a composition, if any part defines it. */
export type PropertyLookup = (name: string) => FoundProperty | undefined;

/** Reads a schema value (`readSchema`), handed to the per-kind readers so they recurse without importing it. */
export type SchemaReader = (value: unknown, file: SpecFile, depth: number, where?: Source) => Schema;

/** A path item to read: under `paths`, `webhooks` or a callback. */
export interface PathItemSite {
  /** Path template, webhook name or callback expression. */
  key: string;
  value: unknown;
  file: SpecFile;
  /** How many callbacks deep the item is (0: a path or webhook). */
  depth: number;
  /** For a callback's operations: the owner's operationId and the callback's name (for default ids). */
  callback?: { owner: string; name: string };
}
