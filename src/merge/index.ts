/**
 * Cross-page merge: the pages' fragments → the IR document.
 *
 * 1. fragments in file order (so the result never depends on the order they come in); bodies'
 *    links to other pages' sections resolved to those sections' types (`page-links.ts`; type cells'
 *    links where the cell's words name no defined type, `type-links.ts`), and the
 *    words "Returns a shelf object." to the type they name (`named-types.ts`); operations badged
 *    as requiring authentication on pages stating no scheme take the one another page states (`authentication.ts`);
 * 2. the servers the pages' examples call, routes rebased onto them (`base-urls.ts`);
 * 3. one operation per route, unique operationIds (`duplicate-operation`); a path parameter a
 *    page has no row for is another place's that documents the route, and the page's
 *    `path-parameter-undocumented` withdrawn (`undocumented-parameters.ts`);
 * 4. one named schema per name across pages: a name tabulated differently is decided per use
 *    (table-conflicts.ts), then the agreeing tables merge (`entity-conflict` for either); utility
 *    types of a type another page declares (`Partial<Lamp>`) are made of it (`derived-types.ts`);
 *    unnamed request bodies that are a named entity of their page, or one they name, become refs;
 * 5. a name no page defines that a defined type's differs from only in its first letter's case is
 *    that type's (`ref-case.ts`); the names no page defines then become undocumented schemas
 *    (`undocumented-type`);
 * 6. operations sorted by path then method, schemas by name, tags and security schemes by name;
 * 7. sample inference: what the samples of every page show fills what the tables leave open.
 *
 * The cache patches a run instead of merging again when pages changed only in moved positions and
 * operation prose (run/cache/page-delta.ts). That holds because the merge reads positions only to order
 * and tell them apart (compareSources, uniqueSources) and an operation's prose only for whether it
 * has any (same-route.ts): a merge step that reads either otherwise must change page-delta.ts too.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { fillFromSamples } from '../infer/fill-from-samples.js';
import { type FormatReads, sharedNames } from '../infer/format-reads.js';
import { compareOperations, compareText } from '../ir/order.js';
import { type ApiDocument, IR_VERSION, type Operation, type PageFragment, type SecurityScheme } from '../ir/types.js';
import { resolveAuthentication } from './authentication.js';
import { rebaseOnServers } from './base-urls.js';
import { foldCalledRoutes } from './called-routes.js';
import { resolveDerivedTypes } from './derived-types.js';
import { resolveNamedReturns } from './named-types.js';
import { uniqueOperations } from './operation-ids.js';
import { resolvePageLinks } from './page-links.js';
import { bindRefsByFirstLetterCase } from './ref-case.js';
import { unifyRequestBodies } from './request-bodies.js';
import { reportSpecReferences } from './spec-references.js';
import { resolveTableConflicts } from './table-conflicts.js';
import { undocumentedParameters, withdrawDocumented } from './undocumented-parameters.js';
import { addUndocumentedTypes } from './undocumented-types.js';
import { unifyEntities } from './unify-entities.js';

/**
 * `owned`: the caller hands the fragments over (the pipeline parses them afresh, from the pages
 * or the cache's JSON, every run), so they are merged in place instead of copied first — the
 * copies were a tenth of a one-page-change run and a whole extra IR in memory. `sameRoute`
 * collects the operations that others documenting the same route were merged into (the cache
 * keeps them: only their summary and description depend on more than one page); `reads` what the
 * merge read of the rows' formats beyond each row's own node (infer/format-reads.ts).
 */
export function mergeFragments(
  fragments: PageFragment[],
  diagnostics: DiagnosticBag,
  info: { title?: string; version: string },
  { owned = false, sameRoute, reads }: { owned?: boolean; sameRoute?: Set<Operation>; reads?: FormatReads } = {},
): ApiDocument {
  // Merging edits fragments in place, so docs pages the caller keeps are copied first. Imported
  // specs are read afresh every run: copying GitHub's cost 0.4 s.
  const pages = fragments
    .map((page) => (owned || page.dialect === 'openapi' ? { ...page } : structuredClone(page)))
    .sort((a, b) => compareText(a.file, b.file));
  // A spec says which schema each body is; only docs pages leave that to be inferred.
  const docsPages = pages.filter((page) => page.dialect !== 'openapi');
  if (reads)
    sharedNames(
      pages.flatMap((page) => page.schemas.map((schema) => schema.name)),
      reads.shared,
    );
  // Pages standing for a spec's operation (`openapi: GET /users/{id}`) whose spec the input lacks.
  reportSpecReferences(pages, diagnostics);
  resolvePageLinks(docsPages, diagnostics);
  const named = resolveNamedReturns(docsPages);
  // Scribe's badged endpoints on pages that state no scheme: the one its "Authenticating requests" page states.
  const authentication = resolveAuthentication(docsPages);
  resolveTableConflicts(docsPages, diagnostics);
  const bodies = docsPages.flatMap((page) => {
    const pageNames = new Set(page.schemas.map((schema) => schema.name));
    return page.operations.map((operation) => ({ operation, pageNames }));
  });
  // Webhooks (requests the API sends the reader) go through every step with the operations, but
  // for the servers: they have none of the API's. They are keyed by name, which no route is (no `/`).
  const hooks = new Set(docsPages.flatMap((page) => (page.webhooks ?? []).map((index) => page.operations[index]!)));
  const servers = rebaseOnServers(hooks.size === 0 ? pages : pages.map((page) => withoutWebhooks(page, hooks)));
  // A guide's call to a concrete route (`curl …/lamps/desk/settings`): a sample of the template it calls, no operation.
  const folded = foldCalledRoutes(pages, diagnostics, sameRoute);
  const placed = pages.flatMap((page) =>
    page.operations.filter((operation) => !folded.has(operation)).map((operation) => ({ operation, file: page.file })),
  );
  const placeholders = undocumentedParameters(placed.map(({ operation }) => operation));
  const routes = uniqueOperations(placed, diagnostics, sameRoute).sort(compareOperations);
  // A path parameter a page has no row for, which a spec (or another page) documenting the route documents: documented.
  withdrawDocumented(placeholders, routes, diagnostics);
  const operations = hooks.size === 0 ? routes : routes.filter((operation) => !hooks.has(operation));
  const webhooks = hooks.size === 0 ? [] : routes.filter((operation) => hooks.has(operation));
  const definitions = pages.flatMap((page) => page.schemas);
  // Names several tables define once links joined their sections (run/cache/patch-required.ts).
  if (reads)
    sharedNames(
      definitions.map((schema) => schema.name),
      reads.shared,
    );
  const entities = unifyEntities(definitions, diagnostics, reads);
  // `Partial<Lamp>` of a Lamp another page declares: made now that every page's types are one set.
  resolveDerivedTypes(docsPages, routes, entities, diagnostics);
  unifyRequestBodies(bodies, entities, reads?.compared, reads?.lists);
  bindRefsByFirstLetterCase(routes, entities);
  const schemas = addUndocumentedTypes(routes, entities, diagnostics);
  const tags = [...new Set(routes.flatMap((operation) => operation.tags))].sort(compareText).map((name) => ({ name }));
  const document: ApiDocument = {
    irVersion: IR_VERSION,
    info: { title: info.title ?? 'API', version: info.version },
    servers,
    tags,
    operations,
    schemas,
    securitySchemes: mergeSecuritySchemes([...pages.flatMap((page) => page.securitySchemes ?? []), ...authentication]),
  };
  if (webhooks.length > 0) document.webhooks = webhooks;
  // Tables first, then what the samples of every page show where the tables say too little. An
  // OpenAPI document's schemas are complete and its examples are no samples: with specs alone there
  // is nothing to learn (and on GitHub's spec the walk cost 1.5 s and 86 spurious warnings).
  if (!pages.some((page) => page.dialect !== 'openapi')) return document;
  if (webhooks.length === 0) return fillFromSamples(document, diagnostics, { inPlace: owned, named, ...(reads ? { reads } : {}) });
  // Samples fill a webhook's payload as an operation's body: inferred with the operations, then told apart again by place.
  const { webhooks: _, ...together } = document;
  const isHook = routes.map((operation) => hooks.has(operation));
  const filled = fillFromSamples({ ...together, operations: routes }, diagnostics, { inPlace: owned, named, ...(reads ? { reads } : {}) });
  return {
    ...filled,
    operations: filled.operations.filter((_, index) => !isHook[index]),
    webhooks: filled.operations.filter((_, index) => isHook[index]),
  };
}

/** The page as the servers see it: its operations but its webhooks, and no example host where it has webhooks alone. */
function withoutWebhooks(page: PageFragment, hooks: ReadonlySet<Operation>): PageFragment {
  if (!page.webhooks?.length) return page;
  const operations = page.operations.filter((operation) => !hooks.has(operation));
  const { servers, ...rest } = page;
  return operations.length === 0 || !servers ? { ...rest, operations } : { ...rest, operations, servers };
}

/** One scheme per name; the first page's wins. */
/** A key sent in the `Authorization` header: a scheme whose value's form the page does not say. */
function isAuthorizationKey(scheme: SecurityScheme): boolean {
  return scheme.type === 'apiKey' && scheme.in === 'header' && scheme.parameterName?.toLowerCase() === 'authorization';
}

function mergeSecuritySchemes(schemes: readonly SecurityScheme[]): SecurityScheme[] {
  const byName = new Map<string, SecurityScheme>();
  for (const scheme of schemes) {
    const kept = byName.get(scheme.name);
    // An Authorization header one page names only, another writes the value of (`Bearer <token>`): that HTTP scheme.
    if (!kept || (isAuthorizationKey(kept) && scheme.type === 'http')) byName.set(scheme.name, scheme);
  }
  return [...byName.values()].sort((a, b) => compareText(a.name, b.name));
}
