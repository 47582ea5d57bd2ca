/**
 * Parameter sections → OpenAPI parameters.
 *
 * - `path-parameters` / `query-parameters` / `request-headers` / `request-cookies` tables: one parameter a row.
 * - `parameters`: a mixed table whose `Source` (`In`) column says Path, Query, Header or Body;
 *   body rows are handed to the request body.
 * - Header rows OpenAPI forbids as parameters are read for what they mean: `Authorization`
 *   becomes a security scheme and requirement; `Content-Type` / `Accept` give the media types of
 *   the request body / responses (the `code` values in the description, `application/json` first).
 */
import type { Table } from 'mdast';
import type { ColumnRole } from '../document/column-roles.js';
import { plainText } from '../document/plain-text.js';
import { type QueryPair, queryPair } from '../document/query-pairs.js';
import type { Source } from '../ir/source.js';
import type { Parameter, ParameterLocation, Schema, SecurityScheme } from '../ir/types.js';
import { cellChildren, cellText, readTable, type TableRow, typeUnstated } from './columns.js';
import { type Limits, statedLimits, withStatedConstraints } from './constraints.js';
import type { ExtractContext } from './context.js';
import { spellingKey, templateNames } from './endpoint.js';
import { describedExample, schemaOfExample, typeOfDefault, withStatedDefault, withStatedExample } from './example-type.js';
import { isDeprecated, isRequired, statedDefault, withCondition, withFootnote } from './properties.js';
import { namesRouteVersion } from './route-versions.js';
import type { Section } from './sections.js';
import { withStatedValues } from './stated-values.js';
import { inlineSource } from './text.js';
import { schemaFromTypeText } from './type-text.js';

export interface BodyRow {
  /** As written; bracketed names (`position[base_sha]`, `actions[]`) nest (see `body-fields.ts`). */
  name: string;
  /** A field of an object body (an attribute row), never the whole body. */
  field?: boolean;
  /** The example value, when the table has no type column (it types the field). */
  example?: string;
  /** The example value its Example (or Value) cell shows, typed or not. */
  shown?: string;
  /** What a Default column states, if the table has one. */
  default?: string;
  typeText: string;
  description?: string;
  required: boolean;
  /** The table has a Required (or Optional) column: `required` is what the row says, not a default. */
  flagged?: boolean;
  /** A Deprecated column says so. */
  deprecated?: boolean;
  /** The limits the row states (`constraints.ts`), when it states any. */
  limits?: Limits;
  source: Source;
}

export interface ParameterFacts {
  parameters: Parameter[];
  requestMediaTypes: string[];
  responseMediaTypes: string[];
  securitySchemes: SecurityScheme[];
  bodyRows: BodyRow[];
  /** The location and name of each of `parameters` (`addParameter`'s duplicate check: a search per row was quadratic). */
  documented: Set<string>;
  /** Those of `parameters` whose row stated no type, by `documented`'s key: a later row stating one replaces it. */
  untyped: Map<string, Parameter>;
  /** A row's location is a form (`formData`, `Form`): the body rows are a form's fields. */
  form?: boolean;
}

const LOCATION_OF_SECTION: Partial<Record<Section['kind'], ParameterLocation>> = {
  'path-parameters': 'path',
  'query-parameters': 'query',
  'request-headers': 'header',
  'request-cookies': 'cookie',
};

/**
 * A location cell's words; in other languages too (`路径`, `查询`, `请求头`, `请求体`, `パス`, `クエリ`,
 * `ヘッダー`, `ボディ`, `경로`, `쿼리`, `헤더`, `본문`, `ruta`, `consulta`, `encabezado`, `cuerpo`, `caminho`,
 * `cabeçalho`, `corpo`, `chemin`, `en-tête`, `corps`, `Pfad`, `Kopfzeile`, `Körper`, `percorso`,
 * `intestazione`, `путь`, `заголовок`, `тело`; Polish `ścieżka`, `zapytanie`, `nagłówek`, `treść`, Turkish `yol`,
 * `sorgu`, `başlık`, `gövde`, Indonesian `jalur`, `kueri`, `isi`, Vietnamese `đường dẫn`, `truy vấn`, `tiêu đề`,
 * `nội dung`, Ukrainian `шлях`, `тіло`; a form `表单`, `フォーム`, `폼`), each the location its English word is.
 */
const LOCATION_WORDS: ReadonlyArray<[RegExp, ParameterLocation | 'body']> = [
  [
    /^(?:path|route|uri|url|fromroute|fromuri|路径|パス|경로|ruta|caminho|rota|chemin|pfad|percorso|путь|ścieżka|yol|jalur|đường dẫn|шлях)$/i,
    'path',
  ],
  [
    /^(?:query|querystring|query string|fromquery|查询|查询参数|クエリ|クエリパラメータ|쿼리|consulta|abfrage|строка запроса|zapytanie|sorgu|kueri|truy vấn|рядок запиту)$/i,
    'query',
  ],
  [
    /^(?:header|headers|fromheader|请求头|头部|ヘッダー|ヘッダ|헤더|encabezado|cabecera|cabeçalho|cabecalho|en-tête|kopfzeile|intestazione|заголовок|nagłówek|başlık|tiêu đề)$/i,
    'header',
  ],
  [/^(?:cookie|cookies)$/i, 'cookie'],
  [
    /^(?:body|frombody|form|fromform|formdata|form data|payload|请求体|ボディ|本文|바디|본문|cuerpo|corpo|corps|körper|тело|treść|gövde|isi|nội dung|тіло|表单|フォーム|폼)$/i,
    'body',
  ],
];

const FORM_LOCATION = /^(?:form|fromform|formdata|form data|表单|フォーム|폼)$/i;

/** The operation whose parameters are read: `attributes` rows are placed by its method and route. */
export interface Route {
  method: string;
  path: string;
  /** Path parameter names of the operations documented together with this one (they are theirs). */
  siblings?: ReadonlySet<string>;
  /** The names the operation's own request sample sends in its JSON body (`sent-in-body.ts`): body fields, whatever the method. */
  sentInBody?: ReadonlySet<string>;
  /** The names the operation's own sample call sends in its URL's query (`?cas=0`): query parameters, whatever the method. */
  queried?: ReadonlySet<string>;
  /**
   * The operation's own sample call sends its body from a file (readers/markdown/call-places.ts),
   * and the names the JSON request samples hold at any depth: where none is a listed row's, no row is
   * the body's (`--data @contents`, raw bytes; `-d @var.json` over a payload of other names).
   */
  fileBody?: { kind: 'json' | 'raw'; sampled: ReadonlySet<string> };
}

/** Methods whose attributes without a location are query parameters (the others' are body fields). */
const QUERY_METHODS = new Set(['get', 'delete', 'head', 'options']);

export function readParameters(sections: readonly Section[], context: ExtractContext, route?: Route): ParameterFacts {
  const facts: ParameterFacts = {
    parameters: [],
    requestMediaTypes: [],
    responseMediaTypes: [],
    securitySchemes: [],
    bodyRows: [],
    documented: new Set(),
    untyped: new Map(),
  };
  // The route's template names, worked out once for every row placed by it.
  const placing: Placing | undefined = route && { route, templates: new Set(templateNames(route.path)) };
  for (const section of sections) {
    if (section.kind === 'attributes') {
      if (placing)
        for (const node of section.nodes) if (node.type === 'table') readAttributeTable(node, section.name, placing, facts, context);
      continue;
    }
    const fixed = LOCATION_OF_SECTION[section.kind];
    if (!fixed && section.kind !== 'parameters') continue;
    for (const node of section.nodes) {
      if (node.type !== 'table') continue;
      readParameterTable(node, fixed, facts, context, placing);
    }
  }
  return facts;
}

/** The route rows without a location are placed by, and its template names (`{shelf_id}` → `shelf_id`). */
interface Placing {
  route: Route;
  templates: ReadonlySet<string>;
  /** The table's header says its rows are the body's (`Body Parameter`): none is a path or query parameter. */
  inBody?: boolean;
  /** The call sends a file that holds none of the rows (`sendsNoRow`): those the route names not are query parameters. */
  unsent?: boolean;
  /** Another section's table a partial update takes its body's fields from (`TableData.partial`): no field of it required. */
  partial?: boolean;
}

function readParameterTable(
  table: Table,
  fixed: ParameterLocation | undefined,
  facts: ParameterFacts,
  context: ExtractContext,
  placing: Placing | undefined,
): void {
  for (const row of readTable(table, context).rows) {
    const written = cellText(row, 'name');
    // `db=<database>`, `epoch=[ns,ms,s]`: the query-string pair names the parameter (`document/query-pairs.ts`).
    const pair = queryPair(written);
    const name = pair?.name ?? written;
    if (!name) {
      context.diagnostics.report('malformed-row', row.source, 'parameter row has no name; skipped', { severity: 'warning' });
      continue;
    }
    // `Required for POST requests` (row-methods.ts): a row of the other methods' operations only.
    if (placing && row.methods && !row.methods.methods.has(placing.route.method.toLowerCase())) continue;
    // A row that leaves its location blank where others state theirs (`` - `pond_id` (path, required) `` ⏎
    // `` - `source` (string) ``): placed as a table without a location column places it.
    if (!fixed && placing && row.cells.has('in') && cellText(row, 'in') === '') {
      placeAttribute(row, name, undefined, placing, facts, context);
      continue;
    }
    // A row's own location wins over its section's: Azure's `URI Parameters` hold `api-version | query`.
    const location = (fixed && statedLocation(row)) || fixed || locationOf(row, context);
    if (!location) continue;
    const description = withFootnote(withCondition(inlineSource(cellChildren(row, 'description'), context), row), row);
    if (location === 'body') {
      const stated = statedDefault(row, description);
      const shown = exampleOf(row, description);
      // `formData` (swagger-markdown's, Swagger 2's word): the row is a field of the form, not the body itself.
      const form = FORM_LOCATION.test(cellText(row, 'in'));
      if (form) facts.form = true;
      facts.bodyRows.push({
        name,
        ...(form ? { field: true } : {}),
        typeText: cellText(row, 'type'),
        ...(shown ? { shown } : {}),
        ...(stated ? { default: stated } : {}),
        required: row.methods?.required ?? isRequired(row),
        ...(row.cells.has('required') || row.cells.has('optional') ? { flagged: true } : {}),
        ...(isDeprecated(row) ? { deprecated: true } : {}),
        ...limitsOf(row),
        source: row.source,
        ...(description ? { description } : {}),
      });
      continue;
    }
    if (location === 'header' && readSpecialHeader(name, row, description, facts)) continue;
    addParameter(facts, name, location, row, description, context, pair, row.methods?.required);
  }
}

/**
 * A table without a location column: a row the route names is a path parameter, a row naming a
 * sibling operation's path parameter is that one's, the rest are query parameters (GET, DELETE,
 * HEAD; but for a name the operation's own request sample sends in its JSON body) or body fields. `parent`: the body field whose items or properties the table lists.
 */
function readAttributeTable(
  table: Table,
  parent: string | undefined,
  placing: Placing,
  facts: ParameterFacts,
  context: ExtractContext,
): void {
  // `| Body Parameter | Type | Required |` (Commerce Layer's): the header says where every row goes.
  const body = table.children[0]?.children.some((cell) => BODY_HEADER.test(plainText(cell).trim())) === true;
  const rows = readTable(table, context).rows;
  // A call that sends a file whose sample (or whose bytes, of no JSON) holds none of the rows: they are no field of it.
  const unsent = parent === undefined && !body && sendsNoRow(rows, placing.route.fileBody);
  for (const row of rows) {
    const name = cellText(row, 'name');
    if (!name) {
      context.diagnostics.report('malformed-row', row.source, 'attribute row has no name; skipped', { severity: 'warning' });
      continue;
    }
    const placed = body ? { ...placing, inBody: true } : unsent ? { ...placing, unsent } : placing;
    placeAttribute(row, name, parent, table.data?.partial ? { ...placed, partial: true } : placed, facts, context);
  }
}

/**
 * Whether the file a call sends holds none of the rows: a JSON sample of its body holds none of
 * their names (Nomad's `-d@spec.nsv.json` over `{"Namespace", "Path", "Items"}` beside `namespace`,
 * `cas`), or the file is of no JSON and no JSON sample shows it (`--data @contents`, Consul's raw
 * value). A JSON file no sample shows says nothing: its rows stay the body's.
 */
function sendsNoRow(rows: readonly TableRow[], file: Route['fileBody']): boolean {
  if (!file || (file.sampled.size === 0 && file.kind === 'json')) return false;
  return rows.length > 0 && rows.every((row) => !file.sampled.has(cellText(row, 'name')));
}

/** A name column's header that says the rows are the body's: `Body Parameter`, `Body field`, `Body params`. */
const BODY_HEADER = /^body[ \t]+(?:parameters?|params?|fields?|attributes?|properties|property)$/i;

/** An attribute row placed by the operation's route and method: a path parameter, a query parameter or a body field. */
function placeAttribute(
  row: TableRow,
  name: string,
  parent: string | undefined,
  { route, templates, inBody, unsent, partial }: Placing,
  facts: ParameterFacts,
  context: ExtractContext,
): void {
  // `Required for PUT, DELETE, and GET operations` (row-methods.ts): the row is only those methods' operations'.
  const scoped = row.methods;
  if (scoped && !scoped.methods.has(route.method.toLowerCase())) return;
  const description = withFootnote(withCondition(inlineSource(cellChildren(row, 'description'), context), row), row);
  if (scoped && parent === undefined && !inBody) {
    // Its `shelf_id` beside the route's `{shelfId}` is that placeholder; beside a sibling's only, the sibling's (no query parameter of this one).
    const key = spellingKey(name);
    const template = [...templates].find((written) => spellingKey(written) === key);
    if (template !== undefined) {
      addParameter(facts, template, 'path', row, description, context);
      return;
    }
    if (route.siblings && [...route.siblings].some((sibling) => spellingKey(sibling) === key)) return;
  }
  // A body's `id` beside the route's `{id}` (JSON:API's `data.id` in a PATCH): a field of the body, as the header says.
  if (parent === undefined && !inBody && templates.has(name)) {
    addParameter(facts, name, 'path', row, description, context);
    return;
  }
  if (parent === undefined && !inBody && route.siblings?.has(name)) return;
  // Shopify's `api_version` beside `/admin/api/2024-01/…`: the version the route writes.
  if (parent === undefined && namesRouteVersion(name, route.path)) return;
  // "This is specified as part of the URL as a query parameter." (HashiCorp): the row says where it goes, whatever the method.
  // `DELETE /api/lamps` whose own curl sends `-d '{"name": "desk"}'`: `name` travels in the body.
  // `curl -X PUT '…/kv/desk?cas=0'`: the call's URL sends `cas` in the query (`call-places.test.ts`).
  const queried =
    (QUERY_METHODS.has(route.method.toLowerCase()) && !route.sentInBody?.has(name)) || route.queried?.has(name) === true || unsent === true;
  if (parent === undefined && !inBody && (queried || STATED_QUERY.test(description))) {
    addParameter(facts, name, 'query', row, description, context, undefined, scoped?.required);
    return;
  }
  const example = row.cells.has('type') && !typeUnstated(row) ? undefined : exampleOf(row, description);
  const shown = exampleOf(row, description);
  const stated = statedDefault(row, description);
  facts.bodyRows.push({
    name: parent === undefined ? name : `${parent}[${name}]`,
    field: true,
    typeText: cellText(row, 'type'),
    ...(example ? { example } : {}),
    ...(shown ? { shown } : {}),
    ...(stated ? { default: stated } : {}),
    required: !partial && (scoped?.required ?? isRequired(row)),
    ...(isDeprecated(row) ? { deprecated: true } : {}),
    ...limitsOf(row),
    source: row.source,
    ...(description ? { description } : {}),
  });
}

/** `{ limits }` where the row states any, else nothing (the row stays as it was). */
function limitsOf(row: TableRow): { limits?: Limits } {
  const limits = statedLimits(row);
  return Object.keys(limits).length > 0 ? { limits } : {};
}

/**
 * A description that says the value travels in the query: "This is specified as part of the URL as
 * a query parameter.", "This is specified as a query string parameter.", "passed in the query string",
 * "sent in the URL query". The query alone, "if no field is specified in the query" (Quickwit's
 * search words), is the search's query, no location (`stated-query-words.test.ts`).
 */
const STATED_QUERY =
  /\b(?<!\bnot\s)(?:specified|passed|sent|given|provided)\s+(?:as\s+part\s+of\s+the\s+(?:URL|request\s+URI)\s+(?:as\s+an?|in\s+the)\s+query\b|(?:as\s+an?|in\s+the)\s+(?:URL\s+query\b|query[\s-]+string\b|query\s+param))/i;

/** What the row's location cell says, when it says a location. */
function statedLocation(row: TableRow): ParameterLocation | 'body' | undefined {
  if (!row.cells.has('in')) return undefined;
  const text = cellText(row, 'in');
  for (const [pattern, location] of LOCATION_WORDS) if (pattern.test(text)) return location;
  return undefined;
}

function locationOf(row: TableRow, context: ExtractContext): ParameterLocation | 'body' | undefined {
  const location = statedLocation(row);
  if (location) return location;
  const text = cellText(row, 'in');
  context.diagnostics.report(
    'malformed-row',
    row.source,
    `parameter source "${text}" is not Path, Query, Header, Cookie or Body; row skipped`,
    { severity: 'warning' },
  );
  return undefined;
}

function addParameter(
  facts: ParameterFacts,
  name: string,
  location: ParameterLocation,
  row: TableRow,
  description: string,
  context: ExtractContext,
  pair?: QueryPair,
  /** What a cell naming the row's methods states (`Required for POST operations`), over the row's flag. */
  required?: boolean,
): void {
  const key = `${location}\0${name}`;
  const typeText = cellText(row, 'type') || (pair?.typeText ?? '');
  // A row that states no type (a description's `Filters:` list) gives way to a later one that does (the `### PARAMS:` entries).
  const typed = typeText !== '' && !typeUnstated(row);
  const untyped = facts.documented.has(key) && typed ? facts.untyped.get(key) : undefined;
  if (facts.documented.has(key)) {
    context.diagnostics.report(
      'duplicate-parameter',
      row.source,
      `${location} parameter "${name}" is documented twice; ${untyped ? 'the row stating its type is kept' : 'the first row is kept'}`,
    );
    if (!untyped) return;
  }
  // No type stated (no type column, or a made table's unstated cell): the example's type, else the
  // stated default's, else a string (a parameter travels as text).
  const stated = statedDefault(row, description);
  const example = exampleOf(row, description);
  const schema: Schema = withStatedExample(
    withStatedDefault(
      (row.cells.has('type') && !typeUnstated(row)) || typeText
        ? schemaFromTypeText(typeText, row.source, context.diagnostics, context.typeWords)
        : (schemaOfExample(example) ?? typeOfDefault(stated) ?? { kind: 'string' }),
      stated,
    ),
    example,
  );
  const parameter: Parameter = {
    name,
    in: location,
    required: location === 'path' || (required ?? isRequired(row)),
    schema: withStatedConstraints(withStatedValues(withPairValues(schema, pair), description, typeText), row),
    source: row.source,
  };
  if (description) parameter.description = description;
  if (isDeprecated(row)) parameter.deprecated = true;
  if (untyped) {
    // The untyped row's words stay where the typed one has none.
    if (!description && untyped.description) parameter.description = untyped.description;
    facts.parameters[facts.parameters.indexOf(untyped)] = parameter;
    facts.untyped.delete(key);
    return;
  }
  facts.parameters.push(parameter);
  facts.documented.add(key);
  if (!typed) facts.untyped.set(key, parameter);
}

/** A string the row's pair lists the values of (`consistency=[any,one,all]`): an enum of them. */
function withPairValues(schema: Schema, pair: QueryPair | undefined): Schema {
  if (!pair?.values || schema.kind !== 'string' || schema.format !== undefined) return schema;
  return { ...schema, kind: 'enum', base: 'string', values: pair.values.map((value) => ({ value })) };
}

/** Authorization / Content-Type / Accept rows; true when the row was one of them. */
function readSpecialHeader(name: string, row: TableRow, description: string, facts: ParameterFacts): boolean {
  const lower = name.toLowerCase();
  if (lower === 'content-type') facts.requestMediaTypes.push(...mediaTypesIn(row));
  else if (lower === 'accept') facts.responseMediaTypes.push(...mediaTypesIn(row));
  else if (lower === 'authorization') {
    // `Bearer <token>` (or "a bearer token") in a cell: the HTTP scheme the value's form is; else a key sent in the header.
    const http = httpScheme([description, cellText(row, 'example'), cellText(row, 'value'), cellText(row, 'default')]);
    const scheme: SecurityScheme = http
      ? { name: 'Authorization', type: 'http', scheme: http }
      : { name: 'Authorization', type: 'apiKey', in: 'header', parameterName: 'Authorization' };
    if (description) scheme.description = description;
    facts.securitySchemes.push(scheme);
  } else return false;
  return true;
}

/**
 * `Bearer <token>`, `Bearer {access_token}`, `Basic $CREDENTIALS`, a token written out after the
 * word, or the words "bearer token": the value's form names one HTTP scheme. Words that name several
 * (`Supports 'Basic' and 'Bearer' schemes`) name none.
 */
const HTTP_VALUE = /\b(bearer|basic)\s+(?:<[^>\n]+>|\{\{?[^}\n]+\}\}?|\[[^\]\n]+\]|\$[A-Za-z_]\w*|[A-Za-z0-9._~+/-]{16,}=*|token\b)/gi;

/** The HTTP scheme (`bearer`, `basic`) the cells' words write the Authorization value in, where they write one only. */
function httpScheme(cells: readonly string[]): string | undefined {
  const named = new Set(cells.flatMap((text) => [...text.matchAll(HTTP_VALUE)].map((match) => match[1]!.toLowerCase())));
  return named.size === 1 ? [...named][0] : undefined;
}

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+*-]+$/i;

/**
 * Media types named in the row's description: its `code` spans, else comma-separated words (a
 * sentence's period after one no part of it: `application/json. Required.`); where it names none,
 * the row's value (`| Content-Type | multipart/form-data |` under `Name | Value`).
 */
function mediaTypesIn(row: TableRow): string[] {
  const described = mediaTypesOf(row, 'description');
  if (described.length > 0) return described;
  const value = mediaTypesOf(row, 'value');
  return value.length > 0 ? value : mediaTypesOf(row, 'example');
}

function mediaTypesOf(row: TableRow, role: ColumnRole): string[] {
  const children = cellChildren(row, role);
  const codes = children.filter((child) => child.type === 'inlineCode').map((child) => plainText(child).trim());
  const candidates =
    codes.length > 0
      ? codes
      : plainText({ type: 'paragraph', children })
          .split(/[\s,;:]+/)
          .map((word) => word.replace(/\.+$/, ''));
  return candidates.filter((word) => MEDIA_TYPE.test(word));
}

/** Media types in documented order with `application/json` first, duplicates dropped; JSON when none. */
export function orderMediaTypes(types: readonly string[]): string[] {
  const unique = [...new Set(types.map((type) => type.toLowerCase()))];
  if (unique.length === 0) return ['application/json'];
  const json = unique.indexOf('application/json');
  if (json > 0) unique.unshift(...unique.splice(json, 1));
  return unique;
}

/** A row's example value: its Example column, else a Value column (Postman's `Key | Value | Description`), else its description's (`_Example:_ \`20\``). */
function exampleOf(row: TableRow, description: string | undefined): string {
  return cellText(row, 'example') || cellText(row, 'value') || describedExample(description);
}
