import type { ImportedSpec } from '../import/openapi/index.js';
import { compareOperations } from '../ir/order.js';
import type { ApiDocument, SecurityScheme, Server, Tag } from '../ir/types.js';

/**
 * Puts what imported OpenAPI documents say about the whole API into the merged document: `info`
 * (from the first spec by file name, unless the user set a title), servers, tag descriptions and
 * order, security schemes and requirements, webhooks (the first spec's of each name and method),
 * and document extensions. Docs pages have none of these but webhooks, so nothing they said is overridden.
 */
export function applySpecDocuments(
  document: ApiDocument,
  specs: readonly ImportedSpec[],
  options: { title?: string; version?: string },
): ApiDocument {
  const [first] = specs;
  if (!first) return document;
  const info = { ...first.info };
  if (options.title !== undefined) info.title = options.title;
  if (options.version !== undefined) info.version = options.version;
  const result: ApiDocument = {
    ...document,
    info,
    servers: uniqueBy(
      specs.flatMap((spec) => spec.servers),
      (server: Server) => server.url,
    ),
    tags: mergeTags(
      specs.flatMap((spec) => spec.tags),
      document.tags,
    ),
    securitySchemes: uniqueBy(
      [...specs.flatMap((spec) => spec.securitySchemes), ...document.securitySchemes],
      (scheme: SecurityScheme) => scheme.name,
    ).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
  const security = specs.find((spec) => spec.security !== undefined)?.security;
  if (security) result.security = security;
  // The docs pages' webhooks first (they are the merged document's), then the specs'.
  const webhooks = [...(document.webhooks ?? []), ...specs.flatMap((spec) => spec.webhooks ?? [])];
  if (webhooks.length > 0)
    result.webhooks = uniqueBy(webhooks, (webhook) => `${webhook.path}\u0000${webhook.method}`).sort(compareOperations);
  const extensions = Object.assign({}, ...specs.map((spec) => spec.extensions ?? {})) as Record<string, never>;
  if (Object.keys(extensions).length > 0) result.extensions = { ...document.extensions, ...extensions };
  return result;
}

/** The specs' tags in their own order (their order is what UIs show), then any others the operations use. */
function mergeTags(declared: readonly Tag[], used: readonly Tag[]): Tag[] {
  const tags = uniqueBy(declared, (tag) => tag.name);
  const known = new Set(tags.map((tag) => tag.name));
  return [...tags, ...used.filter((tag) => !known.has(tag.name))];
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
