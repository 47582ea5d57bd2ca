/**
 * OpenAPI 3.0 / 3.1 and Swagger 2.0 → one IR page fragment (dialect `openapi`).
 *
 * load (every file the `$ref`s reach) → 2.0 converted to the 3.0 shape → root component
 * schemas named → operations, webhooks and callbacks read (naming every schema they `$ref`),
 * operationIds made unique across them → every named schema converted, including those named
 * along the way → sorted fragment.
 */
import path from 'node:path';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { escapePointerToken } from '../../ir/json-pointer.js';
import { compareOperations } from '../../ir/order.js';
import type {
  ApiInfo,
  JsonValue,
  NamedSchema,
  Operation,
  PageFragment,
  SecurityRequirement,
  SecurityScheme,
  Server,
  Tag,
} from '../../ir/types.js';
import { extensionsOf, isMap, type JsonMap, own, ownMap } from '../../openapi/json.js';
import { loadSpecFiles } from '../../openapi/load.js';
import { MARKDOWN_PAGE, readPageFragments } from '../../openapi/page-fragments.js';
import { SpecPositions, startOf } from '../../openapi/positions.js';
import { resolveRef } from '../../openapi/refs.js';
import { convertSwagger2 } from '../../openapi/swagger2.js';
import { readViewerPage, VIEWER_PAGE } from '../../openapi/viewer-page.js';
import { checkAliasCycles } from './alias-cycles.js';
import { callbackOperations } from './callbacks.js';
import { type ImportContext, type SpecVersion, sourceIn } from './context.js';
import { readInfo, readServers, readTags } from './document.js';
import { readOperations, readWebhooks, uniqueOperationIds } from './operations.js';
import { readSchema } from './schema.js';
import { SchemaNames } from './schema-names.js';
import { readSecurity, readSecuritySchemes } from './security.js';

export { isSpecFile } from '../../input/detect-spec.js';

export interface ImportedSpec {
  fragment: PageFragment;
  info: ApiInfo;
  servers: Server[];
  tags: Tag[];
  securitySchemes: SecurityScheme[];
  security?: SecurityRequirement[];
  /** OpenAPI 3.1 webhooks (for `ApiDocument.webhooks`): operations whose `path` is the webhook name. */
  webhooks?: Operation[];
  /** The document's own `x-…` extensions (for `ApiDocument.extensions`). */
  extensions?: Record<string, JsonValue>;
  /**
   * Every document the import read or tried to read, relative to the input root (`/`-separated;
   * URLs for remote ones): what a cache of the import depends on.
   */
  documents: string[];
}

export interface ImportOptions {
  allowRemoteRefs?: boolean;
  /** The input root: sources are relative to it. */
  rootDir: string;
  /** Documents the spec may reach through `$ref`s, and bytes per document (`load.ts` has the defaults). */
  maxFiles?: number;
  maxBytes?: number;
  /** The spec's text when the caller has already read it (then its file is not read again). */
  text?: string;
  /** Gets the local files a viewer page names as its spec, which it does not embed (what a cache of the import also depends on). */
  linked?: string[];
}

/** At most this many schema nodes are read from one spec (a guard against hostile documents). */
const SCHEMA_BUDGET = 2_000_000;
/** At most this many callback operations are read from one spec (the same guard). */
const CALLBACK_BUDGET = 10_000;

/** Reads the spec at `specPath`; undefined (with diagnostics) when it cannot be read as a spec. Never throws. */
export async function importSpec(specPath: string, diagnostics: DiagnosticBag, options: ImportOptions): Promise<ImportedSpec | undefined> {
  try {
    return await importSpecFile(specPath, diagnostics, options);
  } catch (error) {
    // A bug or an input we did not foresee: say so at the spec, do not crash the run.
    const file = path.relative(path.resolve(options.rootDir), path.resolve(options.rootDir, specPath)).split(path.sep).join('/');
    diagnostics.report(
      'spec-invalid',
      startOf(file),
      `The spec could not be read (internal error: ${(error as Error).message}). Please report this.`,
    );
    return undefined;
  }
}

async function importSpecFile(specPath: string, diagnostics: DiagnosticBag, options: ImportOptions): Promise<ImportedSpec | undefined> {
  const positions = new SpecPositions();
  const rootDir = path.resolve(options.rootDir);
  const entry = path.resolve(rootDir, specPath);
  // A saved viewer page: the document it embeds is the spec (viewer-page.ts).
  const viewer = VIEWER_PAGE.test(entry) ? await readViewerPage(entry, rootDir, options, diagnostics) : undefined;
  if (VIEWER_PAGE.test(entry) && !viewer) return undefined;
  const text = viewer ? viewer.text : options.text;
  const { files, attempted } = await loadSpecFiles(entry, {
    diagnostics,
    positions,
    rootDir,
    allowRemoteRefs: options.allowRemoteRefs ?? false,
    ...(options.maxFiles !== undefined ? { maxFiles: options.maxFiles } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(text !== undefined ? { entryText: text } : {}),
    ...(viewer ? { entryPlace: viewer.place } : {}),
    // A markdown page of `openapi` fences: the document they make together.
    ...(MARKDOWN_PAGE.test(entry)
      ? { entryRead: (page: string, rel: string) => readPageFragments(page, rel, positions, diagnostics) }
      : {}),
  });
  const root = files.get(entry);
  if (!root) return undefined;
  const version = specVersion(root.value);
  if (!version || !isMap(root.value)) {
    diagnostics.report(
      'spec-invalid',
      isMap(root.value) ? positions.of(root.value, root.rel) : startOf(root.rel),
      'Not an OpenAPI 3.0/3.1 or Swagger 2.0 document: it needs "openapi: 3.x" or "swagger: \'2.0\'" at the top level.',
    );
    return undefined;
  }
  const ctx: ImportContext = {
    diagnostics,
    positions,
    files,
    attempted,
    root,
    version,
    names: new SchemaNames(root.id),
    converted: new WeakMap(),
    namedValues: new WeakMap(),
    inProgress: new Set(),
    compositions: new WeakMap(),
    budget: { nodes: SCHEMA_BUDGET, exhausted: false },
    callbackBudget: { operations: CALLBACK_BUDGET, exhausted: false, reportedTooDeep: new WeakSet() },
  };
  const document = version === '2.0' ? convertSwagger2(ctx, root.value, root) : root.value;
  reserveComponentNames(ctx, root.value);
  const operations = readOperations(ctx, document, root);
  const webhooks = readWebhooks(ctx, document, root);
  uniqueOperationIds(ctx, operations, [...webhooks, ...callbackOperations(operations), ...callbackOperations(webhooks)]);
  const schemas = readNamedSchemas(ctx);
  const fragment: PageFragment = { file: root.rel, dialect: 'openapi', operations: sortOperations(operations), schemas };
  const result: ImportedSpec = {
    fragment,
    info: readInfo(ctx, document, root),
    servers: readServers(ctx, document, root),
    tags: readTags(ctx, document, root),
    securitySchemes: readSecuritySchemes(ctx, document, root),
    documents: [...attempted].map((id) => (/^https?:\/\//i.test(id) ? id : path.relative(rootDir, id).split(path.sep).join('/'))).sort(),
  };
  const security = readSecurity(ctx, document, root);
  if (security) result.security = security;
  if (webhooks.length > 0) result.webhooks = sortOperations(webhooks);
  const extensions = extensionsOf(root.value);
  if (extensions) result.extensions = extensions;
  return result;
}

function specVersion(value: unknown): SpecVersion | undefined {
  const openapi = own(value, 'openapi');
  const swagger = own(value, 'swagger');
  if (typeof openapi === 'string' && /^3\.0(\.|$)/.test(openapi)) return '3.0';
  if (typeof openapi === 'string' && /^3\.[1-9]/.test(openapi)) return '3.1';
  if (String(swagger) === '2.0' || String(swagger) === '2') return '2.0';
  return undefined;
}

/**
 * The root's component schemas keep their names. One that is only a `$ref` to another file
 * (the usual split layout) lends its name to the target instead of becoming an alias of `X_2`.
 */
function reserveComponentNames(ctx: ImportContext, rootValue: JsonMap): void {
  const pointer = ctx.version === '2.0' ? '#/definitions' : '#/components/schemas';
  const schemas = ctx.version === '2.0' ? ownMap(rootValue, 'definitions') : ownMap(ownMap(rootValue, 'components'), 'schemas');
  if (!schemas) return;
  const names = ctx.positions.keysOf(schemas);
  const segment = (name: string) => encodeURIComponent(escapePointerToken(name));
  const targets = names.map((name) => resolveRef(ctx, `${pointer}/${segment(name)}`, ctx.root, schemas));
  for (const [index, name] of names.entries()) {
    const target = targets[index];
    if (!target) continue;
    const value = schemas[name];
    const ref = own(value, '$ref');
    const onlyRef = isMap(value) && typeof ref === 'string' && Object.keys(value).length === 1 && !ref.startsWith('#');
    const resolved = onlyRef ? resolveRef(ctx, ref, ctx.root, value) : undefined;
    const aliased = resolved && !ctx.names.has(resolved) ? resolved : undefined;
    const reserved = ctx.names.reserve(aliased ?? target, name);
    if (aliased) ctx.names.alias(target, reserved);
  }
}

function readNamedSchemas(ctx: ImportContext): NamedSchema[] {
  const schemas: NamedSchema[] = [];
  for (let index = 0; index < ctx.names.pending.length; index++) {
    const { name, target } = ctx.names.pending[index]!;
    if (isMap(target.value) && !ctx.namedValues.has(target.value)) ctx.namedValues.set(target.value, name);
    const source =
      target.parent !== undefined && target.key !== undefined
        ? sourceIn(ctx, target.file, target.parent, target.key)
        : sourceIn(ctx, target.file, target.value);
    const schema = readSchema(ctx, target.value, target.file, 0, source);
    schemas.push({ name, schema, origin: 'imported', sources: [source] });
  }
  checkAliasCycles(ctx, schemas);
  return schemas.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function sortOperations<T extends Operation>(operations: T[]): T[] {
  return [...operations].sort(compareOperations);
}
