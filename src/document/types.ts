/**
 * The normalised document: the contract between dialect readers and the one extractor.
 *
 * Every reader, whatever its input, returns an mdast `Root` shaped like a DocFX endpoint page:
 *
 * - Section headings carry `data.section` (a {@link SectionKind}), and where the heading names
 *   something, `data.name` (a body parameter name or a type name) and `data.typeText` (the type
 *   words after it, e.g. `array`, `int32`, `changes string` → name `changes`, typeText `string`).
 *   The extractor reads these, never the heading's wording.
 * - Tables are real GFM `table` nodes with positions; the first row is the header. Header cells
 *   name the column (`Property Name`, `Parameter Name`, `Path Part`, `Name`, `Type`, `Description`,
 *   `ReadOnly`, `Source`, `Response`, `Value`, …; see `column-roles.ts`).
 * - A "required" marker in a cell is a `strong` node whose text is `Required`.
 * - The request line is the first `code` node with `lang: 'http'` inside the `operation` section
 *   whose first line is `METHOD /path` (leading slash added by the reader if the dialect omits it).
 * - Several operations on one page: each `operation` section opens an operation group that runs to
 *   the next `operation` section; the sections between belong to it. When an operation section
 *   holds ```http blocks that are exactly one `METHOD /path` line, each of them is a request line
 *   of its own operation, and the operations of the group share its sections (one attribute table
 *   documenting `GET /projects/{id}/hooks` and `GET /groups/{id}/hooks`).
 * - An `attributes` section holds a table without a location column: the extractor places each
 *   row per operation (path parameter when the route names it, query parameter for GET, DELETE and
 *   HEAD, a body field otherwise). Bracketed body names nest: `position[base_sha]` is property
 *   `base_sha` of object `position`, `actions[]` an array; an `attributes` section whose
 *   `data.name` is `actions[]` lists the items of that field.
 * - `aside` sections are prose the reader knows belongs to no operation part (a change log, error
 *   prose, an overview): not used and not reported.
 * - A `sample-response` heading's `data.status` is the status its samples are for, when the page
 *   states it outside the sample (`HTTP/1.1 201 Created` above a JSON block); a `response-body`
 *   heading's is the status whose body its table documents (`### Response (201)`).
 * - Samples are `code` nodes inside `sample-request` / `sample-response` sections: `lang: 'http'`
 *   for a whole HTTP message (start line, headers, blank line, body), or `json` / `xml` for a bare
 *   body (then `meta` may hold the media types the sample is for).
 * - Page metadata that is not a node (front matter, `Method:`/`Authorisation:` lines) goes in
 *   `root.data.page`.
 *
 * `check-document.ts` asserts this shape for every reader.
 */

import type { Position } from 'unist';
import type { DerivedType, JsonValue, ResourceRelationship, Schema, SecurityRequirement, SecurityScheme } from '../ir/types.js';

export type SectionKind =
  /** The page title heading (`PUT TicketMessage/{id}`); its section holds request line, summary, description. */
  | 'operation'
  /** Table: name | type | description (with Required marker). */
  | 'path-parameters'
  | 'query-parameters'
  | 'request-headers'
  /** Cookies the request sends (`## Cookie parameters`, `## Cookies`): parameters `in: cookie`, one a row. */
  | 'request-cookies'
  /** A mixed parameter table with a `Source` (or `In`) column: Path, Query, Header, Body. */
  | 'parameters'
  /** `data.name`: the body parameter's name; `data.typeText`: its type words; optional property table. */
  | 'request-body'
  /** Status table (`Response` | `Description`); `data.typeText`: the body type after `Response:`. */
  | 'responses'
  /** `data.typeText`: the body's type (`TicketMessageEntity`, `array`, `int32`, `X[]`); optional property table. */
  | 'response-body'
  /** Headers the response sends (`Name | Type | Description`): the success response's `headers`. */
  | 'response-headers'
  | 'sample-request'
  | 'sample-response'
  /** A named type's property table (Help Page complex type, DTO table); `data.name`: the type name. */
  | 'type-definition'
  /** A named enum's table (`Value` | `Name` | `Description`); `data.name`: the enum name. */
  | 'enum-definition'
  /** A prose section the dialect knows and that belongs in the operation description (Filter Operators). */
  | 'notes'
  /** Table without a location column: rows placed per operation by name and method (see above). */
  | 'attributes'
  /** Prose that belongs to no operation part (change log, overview): not used, not reported. */
  | 'aside'
  /** A section the reader could not place; the extractor reports it (`unknown-section`). */
  | 'unknown';

export const SECTION_KINDS: readonly SectionKind[] = [
  'operation',
  'path-parameters',
  'query-parameters',
  'request-headers',
  'request-cookies',
  'parameters',
  'request-body',
  'responses',
  'response-body',
  'response-headers',
  'sample-request',
  'sample-response',
  'type-definition',
  'enum-definition',
  'notes',
  'attributes',
  'aside',
  'unknown',
];

/** Page facts that are not nodes of the document. */
export interface PageMeta {
  /** Page title (front matter `title`, or the heading). */
  title?: string;
  /** Front matter `uid`, or another stable id the dialect gives. */
  operationId?: string;
  tags?: string[];
  /** `Authorisation: Minimum role: USER` → `USER`. */
  minimumRole?: string;
  /** `x-…` extensions to put on the operation (keys include `x-`). */
  extensions?: Record<string, JsonValue>;
  /** Base URLs the page's examples call (host and base path its request lines leave out). */
  servers?: string[];
}

declare module 'mdast' {
  interface RootData {
    /** Dialect id the document was read with. */
    dialect?: string;
    page?: PageMeta;
    /**
     * The markdown text the node positions index into, when the document was parsed from
     * markdown (docfx). The extractor then takes descriptions as source slices (CommonMark kept
     * as written); without it, it uses the nodes' plain text.
     */
    markdown?: string;
    /**
     * What a dialect's type words mean in the shared vocabulary, where it differs from their plain
     * reading: an ASP.NET Help Page's `date` is a .NET DateTime (`{ date: 'date-time' }`).
     * Keys are lower-case words.
     */
    typeWords?: Record<string, string>;
    /**
     * Extra column header names (lower-case, spaces collapsed) → the column role they name
     * (`name`, `type`, `required`, `in`, …; see `column-roles.ts`), from the user's vocabulary.
     */
    columnNames?: Record<string, string>;
    /** What the reader found on the page, in words (`generate --format json` adds it to the file's reason). */
    found?: string;
    /** Bodies' links to other pages' sections (`See [Shelf data](shelves.md#shelf-data)`): the placeholder type each stands for. */
    links?: Array<{ key: string; file: string; anchor: string; position?: Position }>;
    /** Type cells' links to other pages' headings (`| doctor | [Vet](types.md#vet-record) |`): the link's words, the page and the anchor. */
    typeLinks?: Array<{ words: string; file: string; anchor: string; position?: Position }>;
    /**
     * The page's sections other pages' links may name, by anchor: a type it defines (`name`), or a
     * section outside every operation with a field table of its own (`table`: that table's start offset),
     * or one whose table does not read as fields (`unread`: why, and where the table is).
     */
    linkable?: Array<{ anchor: string; name: string; table?: number; unread?: { why: string; position?: Position } }>;
    /** Utility types of a type the page does not declare (`Partial<Lamp>`): the merge makes each (`PageFragment.derived`). */
    derived?: DerivedType[];
    /** The OpenAPI operation the page's front matter names (`openapi: 'openapi.json GET /users/{id}'`). */
    specReference?: { spec?: string; method: string; path: string; position?: Position };
    /** The security schemes the page states (Widdershins' `# Authentication` section). */
    securitySchemes?: SecurityScheme[];
    /**
     * The scheme the page's "Authenticating requests" sentence states (Scribe's), which endpoints
     * badged `requires authentication` on pages stating none take (scribe-security.ts).
     */
    authentication?: SecurityScheme;
    /**
     * Response-headers tables the page states outside every operation (their start offsets): each
     * operation's headers, on every response it states where the page says so (`every`).
     */
    pageHeaders?: Array<{ table: number; every?: true }>;
  }
  interface HeadingData {
    section?: SectionKind;
    /**
     * prmd's link of a resource (`### Shelf Info` under `## Shelf`): the resource its answer is, where
     * the samples fit it (`sampled`; readers/markdown/index.ts' `markResourceLink`, merge/named-types.ts).
     */
    namedReturn?: { words: string; list: boolean; sampled: true };
    name?: string;
    typeText?: string;
    /**
     * `type-definition` sections: the type, read whole by the reader where the page states it as a
     * declaration no table can hold (a TypeScript `interface`, `type` or `enum`: readers/markdown/ts-declarations.ts).
     * The extractor takes it as it is; the section has no table.
     */
    schema?: Schema;
    /** `type-definition` sections: a JSON:API resource's relationships its `Relationships` table states (readers/markdown/relationships.ts). */
    relationships?: ResourceRelationship[];
    /** A made heading's section opened by a label (`**Response**: Widget`): where the label stands, its type words with it. */
    at?: Position;
    /** `sample-response` sections: the status their samples are for (`201`); `response-body`: the status of the body; when the page states it. */
    status?: string;
    /** Sample sections: the method of the call they show, when they state one (their samples are that method's operations' only). */
    method?: string;
    /**
     * `response-body` and `sample-response` sections: the media type their title states
     * (`### Response (application/xml)`, `#### 200 OK (application/hal+json)`): the response's content is of it.
     */
    mediaType?: string;
    /**
     * The page says the operation's body is sent as a form (a `Form params` title, "Parameters are
     * sent as form data") without stating its encoding: `multipart/form-data` where a field is a
     * file, else `application/x-www-form-urlencoded`, unless a `Content-Type` states it.
     */
    form?: boolean;
    /** `request-body` sections: the page says the body is optional (swagger-markdown's Required `No`). */
    optional?: boolean;
    /**
     * `responses` sections: titled as the operation's errors (`**Errors**` over `| 404 | … |`), they
     * list its failures and say nothing of its success (extract/responses.ts).
     */
    errors?: boolean;
    /**
     * The form a sentence of the page says the call sends ("POST a multipart form to this
     * endpoint", a list step so): a body of that type, even where no field of it is documented.
     */
    sends?: string;
    /** The page states the body sent as a form and as JSON (a call of each, "as form data or JSON"): a body only samples show is both. */
    formAndJson?: boolean;
    /** An operation's tag the page states by the group heading its section sits under (call-style references). */
    tag?: string;
    /** `operation` sections: the page marks the section's operations deprecated (readers/markdown/deprecated-operations.ts). */
    deprecated?: boolean;
    /** `operation` sections: the schemes the page says the section's operations take (`[]`: none; widdershins-security.ts). */
    security?: SecurityRequirement[];
    /** `operation` sections badged `requires authentication` on a page that states no scheme: the reference's (scribe-security.ts). */
    authenticated?: boolean;
    /**
     * `operation` sections: links the section offers as its operations' parameters ("supports the
     * [pagination](../README.md#pagination) parameters"; readers/markdown/linked-parameters.ts).
     */
    parameterLinks?: Array<{ file: string; anchor: string; in: 'query' | 'path'; words: string; position?: Position }>;
  }
  interface CodeData {
    /** A request line that is a query form of a route the page states plainly (`GET /v2/lamp?list`): its keys, the route's optional query parameters. */
    variantKeys?: string[];
    /**
     * A JSON sample's comments on its members (`"name": "Porch", // Required. The lamp's name.`):
     * the table of its members they describe, read where nothing else documents the body
     * (readers/markdown/annotated-samples.ts).
     */
    notes?: Table;
    /** A request line's own summary, where the page gives each of several routes one (a table of routes' Action column). */
    summary?: string;
    /**
     * The request line is a row of a table of routes' rate limits (`| Route | Method | Limit | Window |`): the words
     * around the table are the limits', no summary or description of its call; `description` its row's Description cell.
     */
    limitsRow?: boolean;
    description?: string;
    /**
     * The request line's type converters (`{id:int}`, `{x:float}`) are the general reader's, whose
     * router is unknown: `int` an integer and `float` a number of no stated width.
     */
    neutralConverters?: boolean;
    /**
     * The request line is a sample call's route (a curl command's, `curl -X PUT …/lamps/desk/settings`),
     * which no heading or request line of the page states: `PageFragment.calledRoutes`.
     */
    called?: boolean;
    /**
     * The request line's own sample call (readers/markdown/call-places.ts): the names its URL sends
     * in the query (`curl -X PUT '…/lamps/desk?cas=0'`), query parameters whatever the method.
     */
    callQuery?: string[];
    /**
     * The request line's own sample call sends its body from a file (`--data @payload.json`,
     * `-T lamp.bin`): `json` where the file's name or the call's `Content-Type` says JSON, else
     * `raw` (bytes of no stated type, `--data @contents`), which no listed row is a field of.
     */
    fileBody?: 'json' | 'raw';
    /** The page marks this request line's operation deprecated (the route struck through, `~~GET /v1/shelves~~`). */
    deprecated?: boolean;
    /**
     * A request the API sends to the reader's endpoint (a webhook delivery): the webhook's name, its
     * key in OpenAPI `webhooks` (readers/markdown/webhook-deliveries.ts). The operation is the webhook's.
     */
    webhook?: string;
    /** The media types the page states the call answers in and accepts (Salesforce's `### Formats` ⏎ `JSON, XML`), where no row states them. */
    mediaTypes?: string[];
    /** The media types the page states the call answers in (`**Produces**: application/json`, JFrog's), where no row states them. */
    produces?: string[];
    /** The media types the page states the call accepts (`**Consumes**: application/json`), where no row states them. */
    consumes?: string[];
    /**
     * A call's JSON body sample (readers/markdown/curl-samples.ts): the names its URL sends in the
     * query (`curl -X DELETE '…/lamps?name=desk' -d '{…}'`), which the body does not carry for it.
     */
    queryNames?: string[];
    /**
     * A call's request sample in a region whose calls are each its own operation's request line (a
     * page of curl commands only): that line (`PUT /lamps/7/glow`), whose operation alone it samples.
     */
    calls?: string;
  }
  interface ListData {
    /** The list is an HTML page's definition list (`<dl>`): an item a term and its definitions (readers/markdown/html-handlers.ts). */
    definitionList?: boolean;
    /** The list is an HTML block of a markdown page (`<ul>` ⏎ `<li>…</li>`): its words are its items' text, no tags (readers/markdown/html-list-blocks.ts). */
    htmlBlock?: boolean;
  }
  interface ListItemData {
    /** The item labels the operation's method or route (`* Method: PUT`, `* Endpoint: /shelves`): its request line, no words of its prose. */
    signatureLabel?: boolean;
  }
  interface BlockquoteData {
    /** The quote is an alert (`> [!NOTE]` ⏎ `> …`): a note, no summary of the operation (readers/markdown/admonitions.ts). */
    admonition?: boolean;
  }
  interface ParagraphData {
    /** The paragraph is an admonition's words (`:::note` ⏎ … ⏎ `:::`): a note, no summary of the operation (readers/markdown/admonitions.ts). */
    admonition?: boolean;
    /** The paragraph marks the operation deprecated (`**Deprecated.** Use the v2 endpoint.`): no summary of it (readers/markdown/parts.ts). */
    deprecationMark?: boolean;
    /** The admonition's own title (`:::warning Rate limits`, `!!! note "Beta"`), on its first paragraph: its words open with it, `Rate limits: …`. */
    admonitionTitle?: string;
    /**
     * A sentence of a response's part says what the answer is ("The response contains the list of
     * jobs."): the paragraph is that response's description.
     */
    answer?: boolean;
    /**
     * The paragraph says what the operation returns in words that may name a type ("Returns a
     * list of shelf objects.": `shelf`, a list); the merge types the response by them where a page
     * defines that type (readers/markdown/named-returns.ts).
     */
    namedReturn?: { words: string; list: boolean };
  }
  interface TableCellData {
    /**
     * A response's Schema cell that states the media types of its schema (swagger-markdown's
     * `**application/json**: Pet<br>**application/hal+json**: Pet`): the JSON ones that list it.
     */
    mediaTypes?: string[];
    /** A Type cell the reader left empty because the page states no type there (made tables): no type, not an empty one. */
    unstated?: boolean;
    /**
     * A Name cell whose name the page wrote as a placeholder (`` `<field>` ``, `` `{key}` ``): a
     * parameter by that name, and in a table of fields any key (extract/properties.ts).
     */
    placeholder?: boolean;
    /**
     * A Name cell's row is marked by a footnote under its table (`tax_id*` ⏎ `\* Required for business
     * accounts.`): the note's words, which end the row's description (readers/markdown/table-footnotes.ts).
     */
    footnote?: string;
  }
  interface TableData {
    /** A table of paths whose one method a sentence right above states for them all (stated-table-methods.ts): `GET`. */
    method?: string;
    /**
     * Another section's table of fields a call takes as its body, whose words say its update is
     * partial (readers/markdown/partial-updates.ts): no field of it is required by this call.
     */
    partial?: boolean;
    /** For tables whose rows the reader synthesised: the source line of each body row (1-based). */
    rowLines?: number[];
    /**
     * The rows are the fields of an array's items (a JSON Schema of an array of objects: 1), or of
     * the items of arrays that deep (of an array of arrays of objects: 2): the body is that array.
     */
    items?: number;
    /**
     * A status table a reader made for a success whose code the page does not give (`Returns a
     * [Lamp](#the-lamp-object).`: a `2XX` row): where a status table of the operation states a success
     * (`| 201 Created | … |`), that is the success the words speak of, and the `2XX` row no status of its own.
     */
    unstatedSuccess?: boolean;
    /**
     * Statuses of a status table a reader made from prose whose answer, the words say, carries
     * something of no stated shape ("Will return created key with status `201 Created`").
     */
    unknownBodies?: string[];
  }
}
