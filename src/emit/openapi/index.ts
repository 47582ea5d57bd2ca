/**
 * IR → OpenAPI 3.1.0 document, as a plain object with a fixed key order everywhere, so the
 * same IR always gives byte-identical JSON. Every `$ref` resolves: names the IR refers to but
 * does not define become undocumented components.
 *
 * Source positions are left out by default (a moved doc line would change openapi.json);
 * `{ sources: true }` adds `x-specdown-source` to operations, `x-specdown-sources` to named
 * schemas and positions to `x-specdown-inferred`.
 */
import type { OpenAPIV3_1 } from 'openapi-types';
import type { ApiDocument, ApiInfo, Tag } from '../../ir/types.js';
import type { Reuse } from '../reuse.js';
import type { PieceText } from '../shared/piece-text.js';
import { assignComponentKeys, schemaRefOf } from './component-keys.js';
import { emitSchemaComponents, emitSecuritySchemes, namedSchemasOf } from './components.js';
import { compareCodeUnits, copyExtensions, type JsonObject, objectFromEntries, orderKeys, sortedEntries } from './json-object.js';
import { emitPaths, emitWebhooks } from './paths.js';
import { printOpenApiPieces } from './print-pieces.js';
import type { SchemaContext } from './schema.js';
import { collectReferencedNames } from './schema-refs.js';
import { emitServer } from './servers.js';

export interface EmitOpenApiOptions {
  /** Add source positions (`file:line:column`) as `x-specdown-…` extensions. Default false. */
  sources?: boolean;
  /** The text's likely length in bytes (the last run's output), so it is built in one buffer. */
  expectedBytes?: number;
}

const OPENAPI_VERSION = '3.1.0';

export function emitOpenApi(doc: ApiDocument, options: EmitOpenApiOptions = {}): OpenAPIV3_1.Document {
  // The builders write plain JSON in OpenAPI 3.1 shape; openapi-types cannot express 3.1 type
  // arrays inside parameters, so the result is typed at this one boundary.
  return buildOpenApi(doc, options, false).document as unknown as OpenAPIV3_1.Document;
}

/**
 * `openapi.json` for `doc` (what `printJson(emitOpenApi(doc))` gives), with where each Path Item
 * and component schema is, and the component key of each schema name.
 */
export function emitOpenApiPieces(
  doc: ApiDocument,
  options: EmitOpenApiOptions = {},
  reuse?: (keys: Map<string, string>) => Reuse | undefined,
): { text: PieceText; keys: Map<string, string> } {
  // Path Items and component schemas are built as they are printed: never all of them at once.
  const { document, keys } = buildOpenApi(doc, options, true);
  const names = new Map([...keys].map(([name, key]) => [key, name]));
  return { text: printOpenApiPieces(document, (key) => names.get(key) ?? key, reuse?.(keys), options.expectedBytes), keys };
}

/** The context that renders schemas: refs by component key. */
export function schemaContext(keys: ReadonlyMap<string, string>, options: EmitOpenApiOptions = {}): SchemaContext {
  return { refOf: (name) => schemaRefOf(keys.get(name) ?? name), sources: options.sources ?? false };
}

/** The document; `lazy`: its Path Items and component schemas are functions that build them. */
function buildOpenApi(doc: ApiDocument, options: EmitOpenApiOptions, lazy: boolean): { document: JsonObject; keys: Map<string, string> } {
  const named = namedSchemasOf(doc, collectReferencedNames(doc));
  const keys = assignComponentKeys(named.map((schema) => schema.name));
  const ctx = schemaContext(keys, options);
  const components = orderKeys(
    {
      schemas: named.length > 0 ? emitSchemaComponents(named, keys, ctx, lazy) : undefined,
      securitySchemes: doc.securitySchemes.length > 0 ? emitSecuritySchemes(doc.securitySchemes) : undefined,
    },
    ['schemas', 'securitySchemes'],
  );
  const tags = emitTags(doc);
  const body: JsonObject = {
    openapi: OPENAPI_VERSION,
    info: emitInfo(doc.info),
    servers: doc.servers.length > 0 ? doc.servers.map(emitServer) : undefined,
    security: doc.security?.map((requirement) => objectFromEntries(sortedEntries(requirement))),
    tags: tags.length > 0 ? tags : undefined,
    paths: emitPaths(doc.operations, ctx, lazy),
    webhooks: doc.webhooks && doc.webhooks.length > 0 ? emitWebhooks(doc.webhooks, ctx) : undefined,
    components: Object.keys(components).length > 0 ? components : undefined,
  };
  copyExtensions(body, doc.extensions);
  const document = orderKeys(body, ['openapi', 'info', 'servers', 'security', 'tags', 'paths', 'webhooks', 'components']);
  return { document, keys };
}

/** Declared tags plus any tag an operation uses, sorted by name. */
function emitTags(doc: ApiDocument): JsonObject[] {
  const byName = new Map<string, Tag>();
  for (const tag of doc.tags) if (!byName.has(tag.name)) byName.set(tag.name, tag);
  for (const operation of [...doc.operations, ...(doc.webhooks ?? [])]) {
    for (const name of operation.tags) if (!byName.has(name)) byName.set(name, { name });
  }
  return [...byName.values()]
    .sort((a, b) => compareCodeUnits(a.name, b.name))
    .map((tag) => orderKeys({ name: tag.name, description: tag.description }, ['name', 'description']));
}

const INFO_KEY_ORDER = ['title', 'summary', 'version', 'description', 'termsOfService', 'contact', 'license'] as const;

function emitInfo(info: ApiInfo): JsonObject {
  const contact =
    info.contact && orderKeys({ name: info.contact.name, url: info.contact.url, email: info.contact.email }, ['name', 'url', 'email']);
  // OpenAPI 3.1 allows a license `identifier` or a `url`, not both.
  const license =
    info.license &&
    orderKeys(
      {
        name: info.license.name,
        identifier: info.license.identifier,
        url: info.license.identifier === undefined ? info.license.url : undefined,
      },
      ['name', 'identifier', 'url'],
    );
  return orderKeys(
    {
      title: info.title,
      summary: info.summary,
      version: info.version,
      description: info.description,
      termsOfService: info.termsOfService,
      contact,
      license,
    },
    INFO_KEY_ORDER,
  );
}
