/**
 * The specdown intermediate model (IR).
 *
 * One model for every input (docs dialects and OpenAPI/Swagger). Plain, serialisable data:
 * discriminated unions on `kind`, no classes, no live references — a named schema is referred
 * to by name (`{ kind: 'ref', name }`). Every node that came from a file carries `source`.
 * `ir-schema.ts` validates stored IR against this shape; keep the two in step.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Source } from './source.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export const IR_VERSION = 1 as const;

/* ------------------------------------------------------------------ schemas */

/** Keywords every schema kind may carry. */
export interface SchemaBase {
  description?: string;
  title?: string;
  /** The value may also be `null` (OpenAPI 3.0 `nullable`, 3.1 `type: [T, "null"]`). */
  nullable?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  deprecated?: boolean;
  default?: JsonValue;
  examples?: JsonValue[];
  /** Present when the schema was inferred from samples, not documented by a table. */
  inferred?: { from: Source[] };
  /** `x-…` extensions carried through to the OpenAPI output. Keys include the `x-` prefix. */
  extensions?: Record<string, JsonValue>;
  source?: Source;
}

export interface StringSchema extends SchemaBase {
  kind: 'string';
  /** date-time, date, time, duration, email, uri, uuid, binary, byte, … */
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  contentMediaType?: string;
  contentEncoding?: string;
}

export interface NumericConstraints {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

export interface IntegerSchema extends SchemaBase, NumericConstraints {
  kind: 'integer';
  /** int32, int64, … */
  format?: string;
}

export interface NumberSchema extends SchemaBase, NumericConstraints {
  kind: 'number';
  /** float, double, decimal, … */
  format?: string;
}

export interface BooleanSchema extends SchemaBase {
  kind: 'boolean';
}

/** Only `null` (OpenAPI 3.1 `type: "null"`). */
export interface NullSchema extends SchemaBase {
  kind: 'null';
}

export interface ArraySchema extends SchemaBase {
  kind: 'array';
  /**
   * A tuple: the schemas of the first elements, in order (JSON Schema `prefixItems`, draft-04's
   * `items: [...]`); `items` then types the elements after them. A closed tuple (`items: false`)
   * has `maxItems` equal to their count. Elements past `minItems` may be absent.
   */
  prefixItems?: Schema[];
  items: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

export interface Property {
  /** The wire name, exactly as documented (may be any string, e.g. `odata.nextLink`, `__proto__`). */
  name: string;
  schema: Schema;
  required: boolean;
  /** Description of the property (the schema's own description describes the type). */
  description?: string;
  /**
   * The property is defined by another part of the same `allOf` and only made required here
   * (`allOf: [Base], required: [id]`): types and validators require it, the OpenAPI output lists
   * it under `required` only, as the spec did.
   */
  restated?: true;
  source?: Source;
}

export interface ObjectSchema extends SchemaBase {
  kind: 'object';
  /** In documented order. */
  properties: Property[];
  /**
   * `undefined`: not stated (open object, no index signature emitted);
   * `false`: closed; a schema: extra keys of that type.
   */
  additionalProperties?: Schema | false;
  minProperties?: number;
  maxProperties?: number;
  /**
   * A base type's discriminator (OpenAPI inheritance: subtypes are `allOf: [Base, …]` and the
   * property's value names the subtype). Unions carry theirs on the union.
   */
  discriminator?: Discriminator;
}

/** An object used as a dictionary: any key, values of one schema (`Record<string, T>`). */
export interface MapSchema extends SchemaBase {
  kind: 'map';
  values: Schema;
  /** Pattern the keys follow, when known (`propertyNames.pattern`). */
  keyPattern?: string;
}

export interface EnumMember {
  value: string | number;
  /** Symbolic name (x-enum-varnames), e.g. `UNKNOWN` for 0. */
  name?: string;
  description?: string;
}

export interface EnumSchema extends SchemaBase {
  kind: 'enum';
  base: 'string' | 'integer' | 'number';
  values: EnumMember[];
}

export interface ConstSchema extends SchemaBase {
  kind: 'const';
  value: JsonValue;
}

/** A reference to a named schema of `ApiDocument.schemas` (never dangling after merge). */
export interface RefSchema extends SchemaBase {
  kind: 'ref';
  name: string;
}

export interface Discriminator {
  propertyName: string;
  /** Discriminator value → schema name. */
  mapping?: Record<string, string>;
}

/** oneOf / anyOf. */
export interface UnionSchema extends SchemaBase {
  kind: 'union';
  mode: 'oneOf' | 'anyOf';
  variants: Schema[];
  discriminator?: Discriminator;
}

/** allOf. */
export interface IntersectionSchema extends SchemaBase {
  kind: 'intersection';
  parts: Schema[];
}

/** Any JSON value; nothing is known about it. */
export interface UnknownSchema extends SchemaBase {
  kind: 'unknown';
  /** The docs state it takes any value (`any`, `mixed`): a sample's value shows one, and narrows it not. */
  anyValue?: true;
}

export type Schema =
  | StringSchema
  | IntegerSchema
  | NumberSchema
  | BooleanSchema
  | NullSchema
  | ArraySchema
  | ObjectSchema
  | MapSchema
  | EnumSchema
  | ConstSchema
  | RefSchema
  | UnionSchema
  | IntersectionSchema
  | UnknownSchema;

export type SchemaKind = Schema['kind'];

/** Where a named schema came from. */
export type SchemaOrigin =
  /** Tabulated by at least one page. */
  | 'documented'
  /** Named by the docs (a row's type) but defined by no page: an open object. */
  | 'undocumented'
  /** Shape learnt from samples only. */
  | 'inferred'
  /** Read from an OpenAPI/Swagger document. */
  | 'imported';

export interface NamedSchema {
  /** The name as the docs or spec spell it (`TicketMessageEntity`, `DTO_contact`). */
  name: string;
  schema: Schema;
  origin: SchemaOrigin;
  /** Every place that defines or (for undocumented) names it, sorted. */
  sources: Source[];
  /**
   * A JSON:API resource's relationships, as its `Relationships` table states their cardinality
   * (`| shelf | to-one | … |`): sample inference types `relationships.<name>.data` of the resource
   * objects whose `type` names this type (infer/infer-schema.ts).
   */
  relationships?: ResourceRelationship[];
}

/** One relationship of a JSON:API resource: `many` where the table says to-many, else to-one. */
export interface ResourceRelationship {
  name: string;
  many: boolean;
  description?: string;
}

/* --------------------------------------------------------------- operations */

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The methods as a pattern's alternatives, as request lines write them (`GET|PUT|…|TRACE`): the one method vocabulary of the readers' request-line patterns. */
export const METHOD_WORDS = HTTP_METHODS.map((method) => method.toUpperCase()).join('|');

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface Example {
  /** Key in the OpenAPI `examples` map; unique within its content. */
  name: string;
  summary?: string;
  /** The parsed value, when the sample is JSON. */
  value?: JsonValue;
  /** The sample's text when it is not JSON (XML, plain text). */
  raw?: string;
  /**
   * JSON pointers (RFC 6901) into `value` of the numbers the sample writes with a fraction whose
   * value is whole (`"price": 13.0` → `/price`): parsed, they are integers, but the sample states a
   * number. Sample inference reads them as numbers (infer/fractions.ts).
   */
  fractions?: string[];
  source?: Source;
}

export interface Parameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  schema: Schema;
  description?: string;
  deprecated?: boolean;
  style?: string;
  explode?: boolean;
  allowReserved?: boolean;
  /**
   * Set when the spec describes the parameter by `content` (one media type, e.g. a JSON-encoded
   * query value) rather than by `schema`; `schema` is then that media type's schema.
   */
  contentType?: string;
  examples?: Example[];
  /** Route constraints as written, e.g. `minlength(2)` from `{tenant:minlength(2)}`. */
  constraints?: string[];
  /**
   * A page's path parameter its route names and no row documents (typed string, or by the route's
   * constraint): another place documenting the route documents it instead (merge/same-route.ts).
   * Pages' fragments only; the merged document has none.
   */
  undocumented?: true;
  source?: Source;
}

export interface Content {
  /** `application/json`, `application/xml`, `application/octet-stream`, … */
  mediaType: string;
  schema?: Schema;
  examples: Example[];
}

export interface RequestBody {
  /** The documented parameter name (`entity`, `request`), when the docs give one. */
  name?: string;
  description?: string;
  required: boolean;
  content: Content[];
  source?: Source;
}

export interface Header {
  name: string;
  required: boolean;
  schema: Schema;
  description?: string;
  deprecated?: boolean;
  source?: Source;
}

export interface Response {
  /** `200`, `4XX`, `default`. */
  status: string;
  description: string;
  headers: Header[];
  content: Content[];
  /** OpenAPI Link Objects by name, carried as written (a `$ref`'d link resolved). */
  links?: Record<string, JsonValue>;
  /**
   * The docs say the answer carries something ("Will return created key with status `201
   * Created`", "returns the created lamp and `201`") but state neither its shape nor its media
   * type: where `content` is empty, a body of unknown shape (`unknown` in the code), not none.
   */
  unknownBody?: boolean;
  source?: Source;
}

/** Scheme name → scopes. */
export type SecurityRequirement = Record<string, string[]>;

export interface Operation {
  /** Unique within the document. */
  operationId: string;
  method: HttpMethod;
  /**
   * OpenAPI path template with a leading slash: `/api/v1/TicketMessage/{id}`. For a webhook
   * (`ApiDocument.webhooks`) the webhook's name; for a callback's operation the runtime
   * expression of its URL (`{$request.body#/callbackUrl}`).
   */
  path: string;
  summary?: string;
  description?: string;
  tags: string[];
  deprecated?: boolean;
  parameters: Parameter[];
  requestBody?: RequestBody;
  responses: Response[];
  /** Undefined: inherit the document's; `[]`: explicitly none. */
  security?: SecurityRequirement[];
  /** Requests the API may make back to the client while handling this one (OpenAPI `callbacks`), sorted by name. */
  callbacks?: Callback[];
  /** Servers for this operation alone (its own, else its Path Item's); undefined: the document's. */
  servers?: Server[];
  extensions?: Record<string, JsonValue>;
  source?: Source;
}

/** One named entry of an operation's `callbacks`. */
export interface Callback {
  /** Key in the operation's `callbacks` map. */
  name: string;
  /** The requests the API makes; each one's `path` is the runtime expression of its URL. Sorted by path then method. */
  operations: Operation[];
}

/* ----------------------------------------------------------------- document */

export interface Server {
  url: string;
  description?: string;
  variables?: Record<string, { default: string; enum?: string[]; description?: string }>;
}

export interface Tag {
  name: string;
  description?: string;
}

export interface SecurityScheme {
  /** Key in `components.securitySchemes`. */
  name: string;
  type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  description?: string;
  /** apiKey: where the key goes, and its parameter name. */
  in?: 'query' | 'header' | 'cookie';
  parameterName?: string;
  /** http: `basic`, `bearer`, … */
  scheme?: string;
  bearerFormat?: string;
  /** oauth2 flows, as in OpenAPI. */
  flows?: JsonValue;
  openIdConnectUrl?: string;
}

export interface ApiContact {
  name?: string;
  url?: string;
  email?: string;
}

export interface ApiLicense {
  name: string;
  /** SPDX expression (OpenAPI 3.1; exclusive with `url`). */
  identifier?: string;
  url?: string;
}

export interface ApiInfo {
  title: string;
  version: string;
  /** Short summary (OpenAPI 3.1). */
  summary?: string;
  description?: string;
  termsOfService?: string;
  contact?: ApiContact;
  license?: ApiLicense;
}

/** The IR root. Operations sorted by path then method; schemas sorted by name. */
export interface ApiDocument {
  irVersion: typeof IR_VERSION;
  info: ApiInfo;
  servers: Server[];
  tags: Tag[];
  operations: Operation[];
  schemas: NamedSchema[];
  securitySchemes: SecurityScheme[];
  /** Document-wide security requirements. */
  security?: SecurityRequirement[];
  /**
   * OpenAPI 3.1 `webhooks`: requests the API sends to its consumers. Each operation's `path` is
   * the webhook's name (its key in `webhooks`), not a path template. Sorted by name then method.
   */
  webhooks?: Operation[];
  extensions?: Record<string, JsonValue>;
}

/* ---------------------------------------------------------------- fragments */

/**
 * What extraction gets from one input file, before the cross-page merge:
 * its operations, the named types it tabulates, and its samples.
 */
export interface PageFragment {
  /** Input-relative path, `/`-separated. */
  file: string;
  /** Dialect id the page was read with (`docfx`, `text`, `helppage`, `dto`, `openapi`). */
  dialect: string;
  operations: Operation[];
  /** Named types the page tabulates (`Response body: Associate`, a Help Page complex type, a DTO table). */
  schemas: NamedSchema[];
  /** Security schemes the page's operations require (e.g. from an `Authorization` header row). */
  securitySchemes?: SecurityScheme[];
  /**
   * Where the page's examples send their requests (`https://api.example.com/v3`): the host and
   * base path its curl commands add to its request lines. Merge states them in `servers` and
   * strips a shared base path from the routes.
   */
  servers?: string[];
  /**
   * Bodies documented by a link to a section of another page (`See [Shelf data](shelves.md#shelf-data)`):
   * each ref named `key` in the page's operations stands for that section's type until the merge
   * resolves the link (merge/page-links.ts).
   */
  links?: PageLink[];
  /**
   * Type cells that link to a heading of another page (`| doctor | [Vet](types.md#vet-record) |`):
   * each ref named `name` on the page is, where no page defines that name, that section's type
   * (merge/type-links.ts).
   */
  typeLinks?: TypeLink[];
  /**
   * The operation of an OpenAPI spec the page's front matter names (Mintlify's `openapi: GET
   * /users/{id}`): the site fills the page from that spec, which the merge looks for among the
   * input's (merge/spec-references.ts).
   */
  specReference?: SpecReference;
  /**
   * Operations whose prose says what they return in words that may name a type ("Returns a shelf
   * object."): the merge types their response by the type a page defines by that name (merge/named-types.ts).
   */
  namedReturns?: NamedReturn[];
  /**
   * The indices in `operations` of the page's webhooks: requests the API sends to the reader's
   * endpoint, each `path` the webhook's name. The merge puts them in `ApiDocument.webhooks`.
   */
  webhooks?: number[];
  /**
   * The indices in `operations` of routes only a sample call states (a curl command's
   * `…/lamps/desk/settings`, no heading or request line): the merge folds each into the one
   * template another page documents that it calls (merge/called-routes.ts).
   */
  calledRoutes?: number[];
  /**
   * The page's sections outside every operation with a field table of their own, by anchor: the
   * types other pages' links may name. `schema` is the section's type where the page does not
   * define it already (then it is emitted only when a link resolves to it).
   */
  linkable?: LinkableSection[];
  /**
   * The scheme the page says authenticated endpoints take (Scribe's "Authenticating requests"
   * page: `include an **`Authorization`** header with the value **`"Bearer {YOUR_AUTH_KEY}"`**`).
   * The merge states it where operations of other pages are `authenticated` (merge/authentication.ts).
   */
  authentication?: SecurityScheme;
  /**
   * Operations (indices in `operations`) marked as requiring authentication (Scribe's `requires
   * authentication` badge) on a page that states no scheme: they take the one scheme the pages'
   * `authentication` states (merge/authentication.ts).
   */
  authenticated?: number[];
  /**
   * Operations' parameters documented by a link to another section (readers/markdown/linked-parameters.ts):
   * the merge makes the linked section's rows those operations' parameters (merge/parameter-links.ts).
   * Pages' fragments only; the merged document has none.
   */
  parameterLinks?: ParameterLink[];
  /**
   * The page documents no operation and defines no type, only `linkable` sections: the page as a
   * whole, where the merge reports it `not-an-endpoint` when no other page's link goes to them.
   */
  linkableOnly?: Source;
  /**
   * The page's utility types of a type it does not declare (`Partial<Lamp>`, `Pick<Lamp, 'id'>`),
   * one per use: each ref named `key` on the page stands for the object it means until the merge,
   * which knows every page's types, makes it (merge/derived-types.ts).
   */
  derived?: DerivedType[];
}

/** A utility type of a named type another page may declare (see `PageFragment.derived`). */
export interface DerivedType {
  /** The placeholder name the page's schemas hold (ir/derived.ts `derivedKey`: the same on every page for the same meaning). */
  key: string;
  utility: 'Partial' | 'Required' | 'Readonly' | 'Pick' | 'Omit';
  /** The named type it is made of (`Lamp`). */
  of: string;
  /** Pick's and Omit's keys. */
  keys?: string[];
  /** The utility type as written (`Partial<Lamp>`), for what is reported. */
  text: string;
  source?: Source;
}

/** A body's link to another page's section (see `PageFragment.links`). */
export interface PageLink {
  /** The placeholder type name the body has. */
  key: string;
  /** The linked page, input-relative. */
  file: string;
  /** The heading's anchor, lower-case; empty for a link to the page alone. */
  anchor: string;
  source?: Source;
}

/**
 * An operation's parameters documented by a link to the section that tabulates them ("supports the
 * [pagination](../README.md#pagination) parameters"; see `PageFragment.parameterLinks`).
 */
export interface ParameterLink {
  /** The operation's index in the page's `operations`. */
  operation: number;
  /** The linked page, input-relative (the page's own file for a link to one of its sections). */
  file: string;
  /** The heading's anchor, lower-case; empty for a link to the page alone. */
  anchor: string;
  in: 'query' | 'path';
  /** The link's text. */
  words: string;
  source?: Source;
}

/** The OpenAPI operation a page's front matter names (see `PageFragment.specReference`). */
export interface SpecReference {
  /** The spec's file as the page writes it (`openapi.json`), where it names one. */
  spec?: string;
  method: HttpMethod;
  path: string;
  source?: Source;
}

/** A type cell's link to another page's section (see `PageFragment.typeLinks`). */
export interface TypeLink {
  /** The type the cell's words name (`Vet`). */
  name: string;
  /** The linked page, input-relative. */
  file: string;
  /** The heading's anchor, lower-case. */
  anchor: string;
  source?: Source;
}

/** An operation's response stated by words (see `PageFragment.namedReturns`). */
export interface NamedReturn {
  /** The operation's index in the page's `operations`. */
  operation: number;
  /** The words, as written (`shelf`, `book copy`, `shelf_item`). */
  words: string;
  /** "a list of …": an array of the type. */
  list: boolean;
  /**
   * The words only name the resource the operation is a link of (prmd's `### Shelf Info`), no
   * statement of its answer: a body its samples show is typed, where they fit; no body is made.
   */
  sampled?: true;
  /** The sentence. */
  source?: Source;
}

/** A section a link may name (see `PageFragment.linkable`). */
export interface LinkableSection {
  anchor: string;
  name: string;
  schema?: Schema;
  sources?: Source[];
  /** What reading the section's table found wrong (a row without a name): reported where a link goes to it. */
  problems?: Diagnostic[];
  /** The section's table does not read as fields: why, and where it is. A link to it types nothing. */
  unread?: { why: string; source: Source };
}
