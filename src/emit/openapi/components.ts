/**
 * `components`: a schema per named IR schema (sorted by key) and the security schemes.
 * Names the IR refers to but does not define get an undocumented open object, so no `$ref` dangles.
 */
import { formatSource } from '../../ir/source.js';
import type { ApiDocument, NamedSchema, SecurityScheme } from '../../ir/types.js';
import { compareCodeUnits, copyJson, type JsonObject, objectFromEntries, orderKeys, setEntry } from './json-object.js';
import { emitSchema, SCHEMA_KEY_ORDER, type SchemaContext } from './schema.js';

const UNDOCUMENTED_DESCRIPTION = 'Named by the documentation but not defined by it.';

/** Named schemas of the document plus a placeholder for each referenced but undefined name. */
export function namedSchemasOf(doc: ApiDocument, referenced: Iterable<string>): NamedSchema[] {
  const byName = new Map<string, NamedSchema>();
  for (const named of doc.schemas) if (!byName.has(named.name)) byName.set(named.name, named);
  for (const name of referenced) {
    if (!byName.has(name)) {
      byName.set(name, { name, origin: 'undocumented', sources: [], schema: { kind: 'object', properties: [] } });
    }
  }
  return [...byName.values()];
}

/** `components.schemas`; `lazy`: each value a function that builds it (for printing one at a time). */
export function emitSchemaComponents(named: NamedSchema[], keys: Map<string, string>, ctx: SchemaContext, lazy = false): JsonObject {
  const entries = named.map((schema) => {
    const emit = () => emitNamedSchema(schema, keys, ctx);
    return [keys.get(schema.name) ?? schema.name, lazy ? emit : emit()] as const;
  });
  return objectFromEntries(entries.sort(([a], [b]) => compareCodeUnits(a, b)));
}

/** One named schema as a component schema. */
export function emitNamedSchema(named: NamedSchema, keys: Map<string, string>, ctx: SchemaContext): JsonObject {
  const body = emitSchema(named.schema, ctx);
  if (keys.get(named.name) !== named.name) setEntry(body, 'x-specdown-name', named.name);
  if (named.origin === 'undocumented') {
    setEntry(body, 'x-specdown-undocumented', true);
    if (body.description === undefined) setEntry(body, 'description', UNDOCUMENTED_DESCRIPTION);
  }
  if (named.origin === 'inferred') {
    setEntry(body, 'x-specdown-inferred', ctx.sources ? named.sources.map(formatSource) : true);
  } else if (ctx.sources && named.sources.length > 0) {
    setEntry(body, 'x-specdown-sources', named.sources.map(formatSource));
  }
  return orderKeys(body, SCHEMA_KEY_ORDER);
}

export function emitSecuritySchemes(schemes: SecurityScheme[]): JsonObject {
  const sorted = [...schemes].sort((a, b) => compareCodeUnits(a.name, b.name));
  return objectFromEntries(sorted.map((scheme) => [scheme.name, emitSecurityScheme(scheme)] as const));
}

/** Fields OpenAPI requires per type get a fallback when the IR lacks them, so the output stays valid. */
function emitSecurityScheme(scheme: SecurityScheme): JsonObject {
  const fields: JsonObject = { type: scheme.type, description: scheme.description };
  switch (scheme.type) {
    case 'apiKey':
      Object.assign(fields, { name: scheme.parameterName ?? scheme.name, in: scheme.in ?? 'header' });
      break;
    case 'http':
      Object.assign(fields, { scheme: scheme.scheme ?? 'bearer', bearerFormat: scheme.bearerFormat });
      break;
    case 'oauth2':
      Object.assign(fields, { flows: copyJson(scheme.flows) ?? {} });
      break;
    case 'openIdConnect':
      Object.assign(fields, { openIdConnectUrl: scheme.openIdConnectUrl ?? '' });
      break;
    case 'mutualTLS':
      break;
  }
  return orderKeys(fields, ['type', 'description', 'name', 'in', 'scheme', 'bearerFormat', 'flows', 'openIdConnectUrl']);
}
