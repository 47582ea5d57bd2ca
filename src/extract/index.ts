/**
 * The one extractor: a normalised document (any dialect) → the page's IR fragment.
 * It reads only the contract of `document/types.ts`: `data.section` / `name` / `typeText` on
 * headings, table header names, `**Required**` markers, code nodes and `root.data.page`.
 */
import type { Code, Root, Table } from 'mdast';
import { type Diagnostic, DiagnosticBag } from '../diagnostics/diagnostic.js';
import { shownRoute, undocumentedParameterMessage } from '../diagnostics/undocumented-parameter.js';
import type { PageMeta } from '../document/types.js';
import { deriveOperationId } from '../ir/operation-id.js';
import {
  HTTP_METHODS,
  type HttpMethod,
  type LinkableSection,
  type NamedReturn,
  type NamedSchema,
  type Operation,
  type PageFragment,
  type Parameter,
  type ParameterLink,
  type Schema,
  type SecurityScheme,
  type TypeLink,
} from '../ir/types.js';
import { joinAlternativeRows } from './alternative-placeholders.js';
import { arrayBodiesFromSamples } from './body-evidence.js';
import { type ExtractContext, sourceIn } from './context.js';
import { readDefinitions } from './definitions.js';
import { findRequestLines, type RequestLine, readProse, readTags, spellingKey, templateNames } from './endpoint.js';
import { joinPlaceholders } from './joined-placeholders.js';
import { namedReturnOf } from './named-returns.js';
import { notedSample } from './noted-samples.js';
import { collectionEnvelopes } from './odata-collections.js';
import { ownSampleViews } from './own-samples.js';
import { orderMediaTypes, readParameters } from './parameters.js';
import { objectFromTable } from './properties.js';
import { readRequestBody } from './request-body.js';
import { attachPageHeaders, attachResponseHeaders } from './response-headers.js';
import { describeResponses } from './response-prose.js';
import { readResponses } from './responses.js';
import { applyRouteConstraints } from './route-constraints.js';
import { copySameAs, type SameAs, sameAsReference } from './same-as-parameters.js';
import { markDefaultType } from './sample-media-types.js';
import { nestBySamples } from './sample-nesting.js';
import { attachSamples } from './samples.js';
import { groupSections, type Section, splitSections } from './sections.js';
import { sampledNames, sentInBody } from './sent-in-body.js';
import { addStatedFormats, documentedBodies } from './stated-formats.js';
import { describeTitledStatuses } from './titled-statuses.js';
import { parseTypeText } from './type-text.js';
import { reportPlaceholderSlips, reportRouteSlips } from './written-slips.js';

/** Sections that make a page an endpoint page even when its request line is missing. */
const ENDPOINT_SECTIONS = new Set<Section['kind']>([
  'path-parameters',
  'query-parameters',
  'request-headers',
  'request-cookies',
  'parameters',
  'request-body',
  'responses',
  'response-body',
]);

export function extractPage(root: Root, page: { file: string; dialect: string }, diagnostics: DiagnosticBag): PageFragment | undefined {
  // Operations of one group read the same tables: their diagnostics are reported once.
  const bag = new DiagnosticBag();
  const context: ExtractContext = { file: page.file, diagnostics: bag };
  if (root.data?.markdown !== undefined) context.markdown = root.data.markdown;
  if (root.data?.typeWords !== undefined) context.typeWords = root.data.typeWords;
  if (root.data?.columnNames !== undefined) context.columnNames = root.data.columnNames;
  const fragment = extractSections(root, page, context);
  pushUnique(diagnostics, bag.items);
  return fragment;
}

function extractSections(root: Root, page: { file: string; dialect: string }, context: ExtractContext): PageFragment | undefined {
  const sections = splitSections(root);
  const groups = joinHeadless(groupSections(sections));
  const lines = groups.map(findRequestLines);
  const definitions = readDefinitions(sections, context);
  // What other pages' links may name on the page, and where its type cells link to other pages.
  const crossPage = {
    ...linkableSections(root, context),
    ...typeLinks(root, context),
    // Utility types of a type another page may declare (`Partial<Lamp>`): the merge makes them.
    ...(root.data?.derived?.length ? { derived: root.data.derived } : {}),
  };
  const stated = root.data?.authentication ? { authentication: root.data.authentication } : {};
  if (lines.every((found) => found.length === 0) && definitions.length > 0 && !sections.some((s) => ENDPOINT_SECTIONS.has(s.kind)))
    // A page of types only (a reference's `# Schemas` page): its named schemas.
    return { file: page.file, dialect: page.dialect, operations: [], schemas: definitions, ...crossPage };
  if (lines.every((found) => found.length === 0)) {
    const endpointLike = sections.some((section) => ENDPOINT_SECTIONS.has(section.kind));
    if (endpointLike)
      context.diagnostics.report(
        'missing-request-line',
        sourceIn(context, root),
        'no request line (an ```http block starting `METHOD /path`) in the operation section',
      );
    // Its sections with field tables are there for other pages' links to them: whether the page
    // is `not-an-endpoint` is known where the pages meet (merge/page-links.ts).
    else if (crossPage.linkable)
      return {
        file: page.file,
        dialect: page.dialect,
        operations: [],
        schemas: [],
        ...crossPage,
        ...stated,
        linkableOnly: sourceIn(context, root),
      };
    else
      context.diagnostics.report('not-an-endpoint', sourceIn(context, root), 'the page documents no operation (no request line); skipped');
    // Scribe's "Authenticating requests" page: the scheme other pages' badged endpoints take (merge/authentication.ts).
    return root.data?.authentication ? { file: page.file, dialect: page.dialect, operations: [], schemas: [], ...stated } : undefined;
  }
  reportUnknownSections(sections, context);
  context.arrayTypes = new Set(definitions.filter((named) => named.schema.kind === 'array').map((named) => named.name));
  const meta = root.data?.page ?? {};
  const operations: Operation[] = [];
  const webhooks: number[] = [];
  const called: number[] = [];
  const schemas: NamedSchema[] = [];
  const securitySchemes: SecurityScheme[] = [];
  const namedReturns: NamedReturn[] = [];
  const authenticated: number[] = [];
  const parameterLinks: ParameterLink[] = [];
  const sameAsReferences: SameAs[] = [];
  groups.forEach((group, index) => {
    const requestLines = lines[index]!;
    const nodes = new Set(requestLines.map((line) => line.node));
    // A node holding several request lines (a fence, a table) is read for its placeholders' slips once.
    for (const node of nodes) reportPlaceholderSlips(node, context);
    const siblings = new Set(requestLines.flatMap((line) => templateNames(line.path)));
    const methods = new Set(requestLines.map((line) => line.method));
    // The group's samples read once per method, not once per request line.
    const sent = new Map<string, ReadonlySet<string>>();
    const bodyNames = (method: string) => sent.get(method) ?? sent.set(method, sentInBody(group, method)).get(method) ?? new Set<string>();
    // Each call's own sample, where the group's request lines are each one call's (own-samples.ts).
    const view = ownSampleViews(group);
    // "Same as `POST /orders`" in the group's prose: that operation's parameters (same-as-parameters.ts).
    const sameAs = requestLines.length > 0 ? sameAsReference(group) : undefined;
    for (const requestLine of requestLines) {
      reportRouteSlips(requestLine.written, requestLine.node, context);
      const own = view(requestLine.node.value);
      const read = readOperation(
        own,
        requestLine,
        {
          nodes,
          siblings,
          single: operationCount(lines) === 1,
          methods,
          sentInBody: own === group ? bodyNames : (method) => sentInBody(own, method),
        },
        meta,
        page,
        context,
      );
      if (requestLine.node.data?.webhook !== undefined) webhooks.push(operations.length);
      if (requestLine.node.data?.called) called.push(operations.length);
      operations.push(read.operation);
      if (sameAs) sameAsReferences.push({ operation: operations.length - 1, ...sameAs });
      if (read.named) namedReturns.push({ operation: operations.length - 1, ...read.named });
      if (group[0]?.heading?.data?.authenticated && !read.operation.security) authenticated.push(operations.length - 1);
      for (const { file, anchor, in: location, words, position } of group[0]?.heading?.data?.parameterLinks ?? [])
        parameterLinks.push({
          operation: operations.length - 1,
          file,
          anchor,
          in: location,
          words,
          ...(position ? { source: sourceIn(context, { type: 'text', value: '', position }) } : {}),
        });
      schemas.push(...read.schemas);
      securitySchemes.push(...read.securitySchemes);
    }
  });
  copySameAs(operations, sameAsReferences, context);
  // `## Response headers` outside every operation: each operation's.
  attachPageHeaders(operations, root, context);
  const fragment: PageFragment = {
    file: page.file,
    dialect: page.dialect,
    operations,
    schemas: [...schemas, ...definitions],
  };
  // The schemes the page states outside its operations (Widdershins' `# Authentication`).
  securitySchemes.push(...(root.data?.securitySchemes ?? []));
  if (securitySchemes.length > 0) fragment.securitySchemes = securitySchemes;
  if (meta.servers && meta.servers.length > 0) fragment.servers = [...meta.servers];
  const links = root.data?.links ?? [];
  if (links.length > 0)
    fragment.links = links.map(({ key, file, anchor, position }) => ({
      key,
      file,
      anchor,
      ...(position ? { source: sourceIn(context, { type: 'text', value: '', position }) } : {}),
    }));
  if (crossPage.linkable) fragment.linkable = crossPage.linkable;
  if (crossPage.typeLinks) fragment.typeLinks = crossPage.typeLinks;
  if (crossPage.derived) fragment.derived = crossPage.derived;
  const reference = root.data?.specReference;
  if (reference && HTTP_METHODS.includes(reference.method as HttpMethod)) {
    const { spec, method, path, position } = reference;
    fragment.specReference = {
      ...(spec ? { spec } : {}),
      method: method as HttpMethod,
      path,
      ...(position ? { source: sourceIn(context, { type: 'text', value: '', position }) } : {}),
    };
  }
  if (namedReturns.length > 0) fragment.namedReturns = namedReturns;
  if (webhooks.length > 0) fragment.webhooks = webhooks;
  if (called.length > 0) fragment.calledRoutes = called;
  if (authenticated.length > 0) fragment.authenticated = authenticated;
  if (parameterLinks.length > 0) fragment.parameterLinks = parameterLinks;
  if (stated.authentication) fragment.authentication = stated.authentication;
  return fragment;
}

/**
 * Type cells' links to other pages' headings (`root.data.typeLinks`): the type each cell's words
 * name (`Vet`; `Invoice` for `Invoice object`), for the merge to read (merge/type-links.ts). Words
 * that name no type (`string`, `Vet record`) are left out.
 */
function typeLinks(root: Root, context: ExtractContext): { typeLinks?: TypeLink[] } {
  const links = (root.data?.typeLinks ?? []).flatMap(({ words, file, anchor, position }): TypeLink[] => {
    const name = refName(parseTypeText(words, context.typeWords));
    if (!name) return [];
    return [{ name, file, anchor, ...(position ? { source: sourceIn(context, { type: 'text', value: '', position }) } : {}) }];
  });
  return links.length > 0 ? { typeLinks: links } : {};
}

/** The named type a schema is (`Vet`, `Vet?`). */
function refName(schema: Schema | undefined): string | undefined {
  return schema?.kind === 'ref' ? schema.name : undefined;
}

/**
 * The page's sections another page's link may name (`root.data.linkable`): a type the page defines
 * by its name alone; another section's field table read as a type definition's is (what it finds
 * wrong is kept, `problems`, and reported by the merge only if a link goes to the section); one
 * whose table does not read as fields with why (`unread`), for the link to it to say so.
 */
function linkableSections(root: Root, context: ExtractContext): { linkable?: LinkableSection[] } {
  const found = root.data?.linkable ?? [];
  if (found.length === 0) return {};
  const tables = new Map<number, Table>();
  for (const node of root.children) if (node.type === 'table' && node.position) tables.set(node.position.start.offset ?? -1, node);
  const linkable = found.flatMap(({ anchor, name, table: offset, unread }): LinkableSection[] => {
    if (unread) {
      const at = { type: 'text' as const, value: '', ...(unread.position ? { position: unread.position } : {}) };
      return [{ anchor, name, unread: { why: unread.why, source: sourceIn(context, at) } }];
    }
    if (offset === undefined) return [{ anchor, name }];
    const table = tables.get(offset);
    if (!table) return [];
    const quiet: ExtractContext = { ...context, diagnostics: new DiagnosticBag() };
    const section: LinkableSection = { anchor, name, schema: objectFromTable(table, quiet), sources: [sourceIn(context, table)] };
    if (quiet.diagnostics.items.length > 0) section.problems = quiet.diagnostics.items;
    return [section];
  });
  return linkable.length > 0 ? { linkable } : {};
}

interface GroupFacts {
  /** Every request line node of the group (none of them is prose). */
  nodes: ReadonlySet<Code>;
  /** Path parameter names of the group's operations: a row naming a sibling's is not a query parameter. */
  siblings: ReadonlySet<string>;
  /** The page documents one operation: the page's uid is its operationId. */
  single: boolean;
  /** The methods of the group's request lines (`GET, POST /v1/kettles`: get and post). */
  methods: ReadonlySet<HttpMethod>;
  /** The names a method's own request samples send in their JSON body (`sent-in-body.ts`). */
  sentInBody: (method: string) => ReadonlySet<string>;
}

function readOperation(
  group: readonly Section[],
  line: RequestLine,
  facts: GroupFacts,
  meta: PageMeta,
  page: { file: string },
  context: ExtractContext,
): { operation: Operation; schemas: NamedSchema[]; securitySchemes: SecurityScheme[]; named?: Omit<NamedReturn, 'operation'> } {
  const route = {
    method: line.method,
    path: line.path,
    siblings: facts.siblings,
    sentInBody: facts.sentInBody(line.method),
    // What the operation's own call says (readers/markdown/call-places.ts): the names its URL's query sends, a file it sends.
    queried: new Set(line.node.data?.callQuery ?? []),
    ...(line.node.data?.fileBody ? { fileBody: { kind: line.node.data.fileBody, sampled: sampledNames(group, line.method) } } : {}),
  };
  // A query list the page says another method sends in its body (readers/markdown/posted-forms.ts): the stated method's query only.
  const own = group.filter(
    (section) => section.kind !== 'query-parameters' || section.method === undefined || section.method === line.method,
  );
  const parameters = readParameters(own, context, route);
  // `/archive/{ref}:format` where a row names `format`: `/archive/{ref}{format}`.
  const joined = joinPlaceholders(line.path, parameters.parameters);
  const requestLine = joined === line.path ? line : { ...line, path: joined };
  const form = group.some((s) => s.form) || parameters.form === true;
  // The formats the page states the call answers in and accepts (`### Formats` ⏎ `JSON, XML`), where no row states its own.
  const formats = requestLine.node.data?.mediaTypes ?? [];
  // (`**Consumes**:` / `**Produces**:` state them each way.)
  const consumed = requestLine.node.data?.consumes ?? formats;
  const produced = requestLine.node.data?.produces ?? formats;
  const accepts = parameters.requestMediaTypes.length > 0 ? parameters.requestMediaTypes : consumed;
  const answers = parameters.responseMediaTypes.length > 0 ? parameters.responseMediaTypes : produced;
  const sent = sentBy(requestLine.method, facts.methods);
  const body = readRequestBody(
    group.filter((section) => section.kind !== 'request-body' || sent(section.method)),
    sent(undefined) ? parameters.bodyRows : [],
    orderMediaTypes(accepts),
    context,
    {
      form,
      stated: accepts.length > 0,
      noted: sent(undefined) ? notedSample(group, 'sample-request', requestLine.method, context) : undefined,
    },
  );
  const responses = readResponses(group, orderMediaTypes(answers), context, requestLine.method);
  // Bodies whose media type nothing states: a sample's stated JSON type is theirs (sample-media-types.ts).
  if (accepts.length === 0 && body.requestBody) markDefaultType(body.requestBody.content);
  if (answers.length === 0) for (const response of responses.responses) markDefaultType(response.content);
  const given = facts.single ? meta.operationId : undefined;
  // A webhook is keyed by its name; the route it arrives at is the reader's (no tag of its words, no path parameters).
  const webhook = requestLine.node.data?.webhook;
  const path = webhook ?? requestLine.path;
  const operation: Operation = {
    operationId: given ?? deriveOperationId(requestLine.method, path),
    method: requestLine.method,
    path,
    tags: readTags(page.file, webhook === undefined ? requestLine.path : '', meta.tags, group[0]?.heading?.data?.tag),
    parameters:
      webhook === undefined
        ? variantOptional(
            checkPathParameters(parameters.parameters, requestLine, facts.siblings, context),
            requestLine.node.data?.variantKeys,
          )
        : parameters.parameters.filter((parameter) => parameter.in !== 'path'),
    responses: responses.responses,
    source: sourceIn(context, requestLine.node),
    ...readProse(group, facts.nodes, context),
  };
  // One of several routes the page gives a summary of its own (a table of routes' Action column).
  if (requestLine.node.data?.summary) operation.summary = requestLine.node.data.summary;
  // A route's row in a table of rate limits (`| Route | Method | Limit | Window | Description |`): the page's title and words
  // are the limits', no summary of the call; its Description cell (which may speak of the limit) at most the description.
  else if (requestLine.node.data?.limitsRow) {
    delete operation.summary;
    delete operation.description;
    if (requestLine.node.data.description) operation.description = requestLine.node.data.description;
  }
  if (group[0]?.heading?.data?.deprecated || requestLine.node.data?.deprecated) operation.deprecated = true;
  if (body.requestBody) operation.requestBody = body.requestBody;
  if (parameters.securitySchemes.length > 0) operation.security = parameters.securitySchemes.map((scheme) => ({ [scheme.name]: [] }));
  // What the page says the operation takes (Widdershins' aside), stated in so many words: that, not a header row's guess.
  const stated = group[0]?.heading?.data?.security;
  if (stated) operation.security = stated.map((requirement) => ({ ...requirement }));
  if (meta.extensions) operation.extensions = { ...meta.extensions };
  // Sent as a form and as JSON: a body only samples show is both (a form of unstated encoding url-encoded, no file field shown).
  const formStated = parameters.requestMediaTypes.some((type) => /form/i.test(type));
  const sends = [...parameters.requestMediaTypes, ...(form && !formStated ? ['application/x-www-form-urlencoded'] : [])];
  const documented = consumed.length > 0 || produced.length > 0 ? documentedBodies(operation) : undefined;
  attachSamples(operation, group, context, group[0]?.heading?.data?.formAndJson ? orderMediaTypes(sends) : [], { accepts, answers });
  // A flat table's rows the sample nests (`total` under `_copies`) are the nested object's fields.
  nestBySamples(operation);
  // `### Formats` ⏎ `JSON, XML`: a body only samples show is of the sample's format, the others listed without a shape.
  if (documented)
    addStatedFormats(
      operation,
      documented,
      parameters.requestMediaTypes.length > 0 ? [] : consumed,
      parameters.responseMediaTypes.length > 0 ? [] : produced,
    );
  describeTitledStatuses(operation, group, context);
  describeResponses(operation, group, context);
  attachResponseHeaders(operation, group, context);
  arrayBodiesFromSamples(operation, context.arrayTypes);
  collectionEnvelopes(operation);
  const named = namedReturnOf(operation, group, context);
  return {
    operation,
    schemas: [...body.schemas, ...responses.schemas],
    securitySchemes: parameters.securitySchemes,
    ...(named ? { named } : {}),
  };
}

/** The methods that send a body. */
const BODY_METHODS: ReadonlySet<HttpMethod> = new Set(['post', 'put', 'patch']);

/**
 * Whether `method` of a group of `methods` sends a body its page states for `stated` (the method
 * its title names, `#### POST` under `### Request body`, or none): the body of a method the group
 * has is that method's alone; one stated for no method (or one the group lacks) is every method's
 * that sends a body (POST, PUT, PATCH) where the group has any (`GET, POST /v1/kettles` ⏎ `##
 * Request body`: POST's; `PUT, PATCH`: both's), else every method's, as the page has it.
 */
function sentBy(method: HttpMethod, methods: ReadonlySet<HttpMethod>): (stated: string | undefined) => boolean {
  const sending = [...methods].some((other) => BODY_METHODS.has(other));
  return (stated) => {
    const own = stated?.toLowerCase() as HttpMethod | undefined;
    if (own && methods.has(own)) return own === method;
    return !sending || BODY_METHODS.has(method);
  };
}

function operationCount(lines: readonly RequestLine[][]): number {
  return lines.reduce((sum, found) => sum + found.length, 0);
}

/** A group without a request line after the first (a stray title heading) belongs to the group before it. */
function joinHeadless(groups: Section[][]): Section[][] {
  const joined: Section[][] = [];
  for (const group of groups) {
    const previous = joined[joined.length - 1];
    if (previous && findRequestLines(group).length === 0 && findRequestLines(previous).length > 0) previous.push(...group);
    else joined.push(group);
  }
  return joined;
}

function pushUnique(target: DiagnosticBag, items: readonly Diagnostic[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    const key = `${item.code}\0${item.source.start.offset}\0${item.source.start.line}\0${item.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    target.push(item);
  }
}

function reportUnknownSections(sections: readonly Section[], context: ExtractContext): void {
  for (const section of sections) {
    if (section.kind !== 'unknown') continue;
    const title = section.name ?? '';
    context.diagnostics.report(
      'unknown-section',
      sourceIn(context, section.heading),
      `unknown section "${title}"; its content was not used`,
    );
  }
}

/**
 * Path parameters must match the route template: add undocumented ones, drop strays (silently
 * those of the routes documented together with this one: `PUT /<index>/_doc/<_id>` beside
 * `POST /<index>/_doc` shares its table).
 */
function checkPathParameters(
  parameters: Parameter[],
  requestLine: RequestLine,
  siblings: ReadonlySet<string>,
  context: ExtractContext,
): Parameter[] {
  const names = templateNames(requestLine.path);
  const placeholders = new Set(names);
  respellPlaceholderRows(parameters, names, requestLine, siblings, context);
  joinAlternativeRows(parameters, names);
  const kept = parameters.filter((parameter) => {
    if (parameter.in !== 'path' || placeholders.has(parameter.name)) return true;
    if (siblings.has(parameter.name)) return false;
    context.diagnostics.report(
      'path-parameter-not-in-route',
      parameter.source ?? sourceIn(context, requestLine.node),
      `path parameter "${parameter.name}" does not occur in ${shownRoute(requestLine.path)}; dropped`,
    );
    return false;
  });
  // Each name's first path row and its rows of any place, looked up, not searched for, per placeholder.
  const pathRows = new Map<string, Parameter>();
  const named = new Map<string, Parameter[]>();
  for (const parameter of kept) {
    if (parameter.in === 'path' && !pathRows.has(parameter.name)) pathRows.set(parameter.name, parameter);
    const rows = named.get(parameter.name);
    if (rows) rows.push(parameter);
    else named.set(parameter.name, [parameter]);
  }
  for (const name of names) {
    const documented = pathRows.get(name);
    const constraints = requestLine.constraints.get(name);
    const neutral = requestLine.node.data?.neutralConverters === true;
    const misplaced = documented ? undefined : misplacedQuery(named.get(name) ?? []);
    if (misplaced) {
      context.diagnostics.report(
        'path-parameter-misplaced',
        misplaced.source ?? sourceIn(context, requestLine.node),
        `"${name}" is documented as a query parameter, but it is a placeholder of ${shownRoute(requestLine.path)}; read as the path parameter`,
      );
      misplaced.in = 'path';
      misplaced.required = true;
      pathRows.set(name, misplaced);
    }
    const placed = documented ?? misplaced;
    if (placed) {
      if (constraints) {
        placed.constraints = constraints;
        placed.schema = applyRouteConstraints(placed.schema, constraints, neutral);
      }
      continue;
    }
    context.diagnostics.report(
      'path-parameter-undocumented',
      sourceIn(context, requestLine.node),
      undocumentedParameterMessage(name, requestLine.path),
    );
    const schema = applyRouteConstraints({ kind: 'string' }, constraints ?? [], neutral);
    const added: Parameter = {
      name,
      in: 'path',
      required: true,
      schema,
      source: sourceIn(context, requestLine.node),
      ...(constraints ? { constraints } : {}),
      undocumented: true,
    };
    kept.push(added);
    pathRows.set(name, added);
  }
  return kept;
}

/**
 * A placeholder of the route no row names, where one row names it spelt another way (`{orderId}`
 * in the route, `order_id` in the table): a path row naming no placeholder, or a query row, is
 * that placeholder's, under the route's name (OpenAPI names a path parameter as its template does).
 */
function respellPlaceholderRows(
  parameters: readonly Parameter[],
  names: readonly string[],
  requestLine: RequestLine,
  siblings: ReadonlySet<string>,
  context: ExtractContext,
): void {
  // The names path and query rows give, and the rows that may be a placeholder's by spelling, by key:
  // looked up per placeholder, not searched for (a route of n placeholders over n rows was cubic).
  const given = new Set<string>();
  for (const parameter of parameters) if (parameter.in === 'path' || parameter.in === 'query') given.add(parameter.name);
  if (names.every((name) => given.has(name))) return;
  const placeholders = new Set(names);
  const candidates = new Map<string, Parameter[]>();
  for (const parameter of parameters) {
    if (parameter.in !== 'query' && (parameter.in !== 'path' || siblings.has(parameter.name))) continue;
    if (placeholders.has(parameter.name)) continue;
    const key = spellingKey(parameter.name);
    const rows = candidates.get(key);
    if (rows) rows.push(parameter);
    else candidates.set(key, [parameter]);
  }
  for (const name of names) {
    if (given.has(name)) continue;
    const key = spellingKey(name);
    const spelt = candidates.get(key);
    if (spelt?.length !== 1) continue;
    const row = spelt[0]!;
    context.diagnostics.report(
      'path-parameter-respelt',
      row.source ?? sourceIn(context, requestLine.node),
      `"${row.name}" is the placeholder {${name}} of ${shownRoute(requestLine.path)} spelt another way; read as the path parameter "${name}"`,
    );
    // Named as a placeholder now, the row (its key's only one) is no other placeholder's.
    candidates.delete(key);
    row.name = name;
    row.in = 'path';
    row.required = true;
    given.add(name);
  }
}

/**
 * The one query parameter named as a placeholder of the route no path parameter documents: a
 * table's row placed in the query (its `In` cell, the `Query parameters` heading over it) that can
 * only be the path's, since an OpenAPI path template's placeholder must have its path parameter.
 */
function misplacedQuery(named: readonly Parameter[]): Parameter | undefined {
  return named.length === 1 && named[0]!.in === 'query' ? named[0] : undefined;
}

/**
 * A query form of a route the page states plainly (`GET /v2/lamp?id=<lamp id>` in a section of its
 * own): the keys it writes are optional query parameters of the route, whatever its section's table
 * says of them there (`show` required to call `?show=all`, no caller of the route needs it).
 */
function variantOptional(parameters: Parameter[], keys: readonly string[] | undefined): Parameter[] {
  if (!keys || keys.length === 0) return parameters;
  const named = new Set(keys);
  return parameters.map((parameter) =>
    parameter.in === 'query' && parameter.required && named.has(parameter.name) ? { ...parameter, required: false } : parameter,
  );
}
