/**
 * Public types of `specdown diff`: what goes in (two specs), what comes out (changes).
 */

export type Level = 'breaking' | 'warning' | 'info';

/** Where a spec comes from. Docs folders are generated into an object by the caller first. */
export type SpecInput =
  | { kind: 'file'; path: string }
  | {
      kind: 'object';
      document: unknown;
      label: string;
      /**
       * Set for a document generated from docs with `x-specdown-source(s)` positions: changes are
       * located at the docs page (`file:line:column`, the file relative to this folder) instead.
       */
      sourceRoot?: string;
    }
  /** Spec text already in hand (e.g. from `git show`); `readFile` loads the files its `$ref`s name. */
  | {
      kind: 'text';
      text: string;
      label: string;
      /** File name the text stands for; `$ref`s resolve against it (default: `label`). */
      path?: string;
      readFile?: (path: string) => Promise<string>;
    };

export interface SourcePoint {
  file: string;
  /** 1-based; absent when the input was an object or the pointer could not be mapped. */
  line?: number;
  column?: number;
  /** JSON pointer of the node inside `file`, e.g. `/components/schemas/Pet/properties/name`. */
  pointer?: string;
}

export interface Change {
  /** Rule id from the registry, e.g. `request-property-became-required`. */
  id: string;
  level: Level;
  /** `GET /pets/{id}`; absent for document-wide changes (security schemes). */
  operation?: string;
  operationId?: string;
  /** Location inside the operation, JSON-pointer-ish: `responses/200/content/application~1json/schema/properties/name`. */
  path?: string;
  message: string;
  /** The values the message template was filled with (for formats that re-render messages). */
  params: Record<string, string>;
  /** A change carries both sides; a removal only `base`, an addition only `revision`. */
  location?: { base?: SourcePoint; revision?: SourcePoint };
  /** The component schema a schema change lies in (`Customer`); the change is reported once for it. */
  component?: string;
  /**
   * Every place a schema change applies (each operation body, parameter or header whose schema
   * reaches it), the first being `operation`'s; absent when that is the only one.
   */
  places?: Array<{ operation: string; path: string }>;
  /** How many distinct operations `places` name. */
  operationCount?: number;
}

export interface DiffResult {
  changes: Change[];
  /** Lenient-reading warnings (unresolvable `$ref`, malformed parts) prefixed with the spec label. */
  diagnostics: string[];
}

export interface DiffOptions {
  /** Drop changes below this level (default: keep all). */
  minLevel?: Level;
  /**
   * `x-stability-level` values whose operations' changes count at their level (default: `beta`,
   * `stable`; operations without the extension always count). Changes that reach only operations at
   * other levels (`draft`, `alpha`) are reported as info.
   */
  includeStability?: readonly string[];
}

/** Thrown for inputs that cannot be read at all (missing file, not YAML/JSON, unknown git ref). */
export class DiffInputError extends Error {
  override name = 'DiffInputError';
}
