/**
 * The general reader: any markdown (or HTML) reference no dialect claims. It finds the endpoint
 * signatures a page states wherever it states them (`regions.ts`), gives each operation its
 * stretch of the page, and names the parts of each (`parts.ts`) by heading, label, table columns
 * and content, so that the one extractor reads vendors' own conventions like a dialect's.
 *
 * Tried last: the four dialects keep their pages. A page with no signature still reads (to an
 * empty document), and the extractor reports it `not-an-endpoint`.
 */
import type { Heading, List, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import type { Position } from 'unist';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { plainText } from '../../document/plain-text.js';
import type { PageMeta } from '../../document/types.js';
import type { SecurityRequirement, SecurityScheme } from '../../ir/types.js';
import { joinCaretRows, joinContinuationRows } from '../shared/continuation-rows.js';
import { markdownProcessor } from '../shared/markdown.js';
import { withoutClosing } from '../shared/trim.js';
import type { Evidence, PageInput, Reader, ReadOptions } from '../types.js';
import { convertActionPages } from './action-pages.js';
import { MAY_ADMONISH, markAdmonitions } from './admonitions.js';
import { convertAnchoredModels } from './anchored-models.js';
import { convertAnonymousRows } from './anonymous-rows.js';
import { convertApipiePages } from './apipie-pages.js';
import { convertArgumentItems } from './argument-items.js';
import { convertArrowProperties } from './arrow-properties.js';
import { tableOfAttributeList } from './attribute-lists.js';
import { labelledSecurity, MAY_LABEL_AUTH, markAuthLabels } from './auth-labels.js';
import { convertAvailableValues } from './available-values.js';
import { convertProtocolActions } from './aws-protocols.js';
import { proseBaseUrls } from './base-urls.js';
import { convertBlueprint } from './blueprint.js';
import { convertBreakLabels } from './break-labels.js';
import { BUREAUCRAT_PAGE, convertBureaucratRecords } from './bureaucrat-records.js';
import { readTableCaptions } from './captioned-tables.js';
import { convertCellHeaders } from './cell-headers.js';
import { convertCellLabels, convertTableLabels } from './cell-labels.js';
import { bindCellLinks } from './cell-links.js';
import { splitClosingTypes } from './closing-types.js';
import { protectCodePipes, restoreCodePipes } from './code-pipes.js';
import { nestColonNames } from './colon-names.js';
import { convertColumnEntryParagraphs } from './column-entry-paragraphs.js';
import { dropGraphqlTabs, labelCodeTabs, labelComponents, labelContainers, labelFences } from './component-labels.js';
import { splitComponentOpenings } from './component-openings.js';
import { convertFieldComponents } from './components.js';
import { convertCopiedEntryLists, copiedEntryLines } from './copied-entry-lists.js';
import { convertCopiedFieldLists, copiedFieldRows } from './copied-field-lists.js';
import { copiedTextRows, isCopiedMarkdown, isCopiedTextPage, readCopiedText } from './copied-text.js';
import { convertDefinitionLists } from './definition-lists.js';
import { markDeprecated } from './deprecated-operations.js';
import { convertDrfFields } from './drf-fields.js';
import { dropEmptyData } from './empty-data.js';
import { convertEndpointComponents, LITERAL_PROPS } from './endpoint-attributes.js';
import { tabulatedEnum, typedRows } from './enum-tables.js';
import { applyEnumeratedValues } from './enumerated-values.js';
import { convertEnunciatePages } from './enunciate-pages.js';
import { splitExchangeFences } from './exchange-fences.js';
import { convertFieldHeadings, MODEL_NAME } from './field-headings.js';
import { openFieldWrappers } from './field-wrappers.js';
import { describeFindings, markOrigin } from './findings.js';
import { frontMatterWords } from './front-matter.js';
import { convertGitbookBlocks, gitbookTags } from './gitbook-blocks.js';
import { globalParameterNames, MAY_STATE_GLOBALS } from './global-parameters.js';
import { convertGraphNodes } from './graph-nodes.js';
import { markHtmlAnchors } from './heading-anchors.js';
import { convertHeadingLabels } from './heading-labels.js';
import { convertCellHtml, convertDescriptionHtml, convertHtmlTables, convertScribeBlocks, readHtmlPage } from './html.js';
import { convertHtmlAsides } from './html-asides.js';
import { convertHtmlCode } from './html-code.js';
import { convertHtmlDefinitionLists } from './html-definition-lists.js';
import { convertHtmlListBlocks } from './html-list-blocks.js';
import { convertHtmlParagraphs } from './html-paragraphs.js';
import { convertHtmlTabBlocks, mayHoldHtmlTabs } from './html-tab-blocks.js';
import { joinHtmlTableBlocks } from './html-table-blocks.js';
import { convertHttpDomain } from './httpdomain.js';
import { convertRenderedHttpDomain } from './httpdomain-html.js';
import { convertJoinedHeaderTables } from './joined-header-tables.js';
import { jsonFormatName } from './json-formats.js';
import { splitLabelLines } from './label-lines.js';
import { convertLabelledLists } from './labelled-lists.js';
import { readLabelledTypes } from './labelled-types.js';
import {
  MAY_HOLD_CODE_TABS,
  MAY_TITLE_REQUESTS,
  tabLanguages,
  withoutCodeTabSamples,
  withoutIncludeSamples,
  withoutTabSamples,
} from './language-tabs.js';
import { resolveLinkedArguments } from './linked-arguments.js';
import { parameterLinks } from './linked-parameters.js';
import { typeNameOf } from './linked-returns.js';
import { linkableHeadings, linkableSections, linkedSections, linkedTypeName, titledTypeName } from './linked-sections.js';
import { nameLinkedTypeCells } from './linked-type-cells.js';
import { liftListedParts } from './listed-parts.js';
import { splitLocatedTypes } from './located-types.js';
import { trimLongDelimiterRows } from './long-delimiter-rows.js';
import { convertMarkdocTables, MARKDOC_TABLE_HINT } from './markdoc-tables.js';
import { convertMediaTypeCells } from './media-type-cells.js';
import { FOR_A_METHOD, mediaTypeSentences, type StatedHeaderLine } from './media-type-sentences.js';
import { convertMethodLists } from './method-lists.js';
import { convertMethodSchemes } from './method-schemes.js';
import { reportMethodlessRoutes } from './methodless-routes.js';
import { reportMisspeltTitles } from './misspelt-titles.js';
import { openMkDocsBlocks } from './mkdocs-blocks.js';
import { modelEnum } from './model-enums.js';
import { convertNamedEntries } from './named-entries.js';
import { convertNamedParagraphs, MAY_NAME_PARAGRAPHS } from './named-paragraphs.js';
import { convertNelmioEntries } from './nelmio-entries.js';
import { blankMdxEsm, blankNoise } from './noise.js';
import { nestNumberedRows } from './numbered-rows.js';
import { convertOpenApiComponents } from './openapi-components.js';
import { markTypeTable } from './optional-markers.js';
import { convertOracleSchemas } from './oracle-schemas.js';
import { pageHeaderTables } from './page-headers.js';
import { typeCellLinks } from './page-type-cells.js';
import { convertPandocTables, PANDOC_TABLE_HINT } from './pandoc-tables.js';
import { layoutRegion } from './parts.js';
import { convertPostmanPages } from './postman-pages.js';
import { convertRamlPages } from './raml-pages.js';
import { convertReadmeBlocks } from './readme-blocks.js';
import { joinRecordedExchanges } from './recorded-exchanges.js';
import { findRegions, type UnreadSampleLine } from './regions.js';
import { joinRelationships, markResourceRelationships } from './relationships.js';
import { routesIntoLinkedSections } from './route-index.js';
import { routeLabelMethods } from './route-label-calls.js';
import { convertRpcPages } from './rpc-pages.js';
import { dropSchemaClientCalls } from './schema-client-calls.js';
import { SCRIBE_PAGE } from './scribe-fields.js';
import { AUTHENTICATING, MAY_REQUIRE, markRequirementSentences, marksAuthentication, scribeScheme } from './scribe-security.js';
import { convertSdkTables, statedBaseUrl } from './sdk-tables.js';
import { isTypesTitle, TYPE_NAME } from './section-titles.js';
import { splitTranscripts } from './shell-transcripts.js';
import { frontMatterRequestLine, headingText } from './signatures.js';
import { convertSingleItemBodies } from './single-item-bodies.js';
import { frontMatterSpec } from './spec-references.js';
import { joinSplitRequestLines } from './split-request-lines.js';
import { stackedEntries } from './stacked-evidence.js';
import { markStatedTableMethods } from './stated-table-methods.js';
import { typeStatusRowReturns } from './status-row-returns.js';
import { labelStatusWordTabs } from './status-word-tabs.js';
import { convertStoplightBlocks } from './stoplight-blocks.js';
import { strayCallSamples, strayCalls } from './stray-calls.js';
import { type SubType, subTypeOf, typeSubField } from './sub-types.js';
import { convertSummarySignatures } from './summary-signatures.js';
import { convertSwagger2MarkupTables } from './swagger2markup.js';
import { convertSyntaxSections } from './syntax-sections.js';
import { readTableFootnotes } from './table-footnotes.js';
import { nameHeaderlessTables, renameColumnsByContent, splitTypeCells, unquoteTables } from './tables.js';
import { MAY_TEMPLATE, routeTemplateSamples } from './template-samples.js';
import { joinTitledRoutes } from './titled-routes.js';
import { raiseTrailingStatuses } from './trailing-statuses.js';
import { definitionHeadings, readDeclarations } from './ts-declarations.js';
import { convertTypeInCellTables } from './type-in-cell.js';
import { type PageType, pageType } from './type-pages.js';
import { reportSampleRoutes } from './unread-sample-lines.js';
import { unreadSections } from './unread-sections.js';
import { reportUnsupportedMethods } from './unsupported-methods.js';
import { exampleUrlMethods, headingMethodUrls } from './url-labels.js';
import { readVocabulary } from './vocabulary.js';
import { convertWadlPages } from './wadl-pages.js';
import { DELIVERY_HINT, eventRequestLines, markDeliveredSignatures, markEventSignatures, statedDeliveries } from './webhook-deliveries.js';
import { asideSecurity, authenticationSchemes } from './widdershins-security.js';

const HTML_PAGE = /\.html?$/i;
/** A table cell holding an outline number (`| 3.1 |`, `<td>3.1</td>`). */
const OUTLINE_ROW = /(?:\||<td>)[ \t]*\d{1,3}\.\d{1,3}\.?[ \t]*(?:\||<\/td>)/i;
/** A layout component's tag at a line's start (`<Tabs>`, `<Tab title="200">`, `<Accordion …>`): field-wrappers.ts may split its set. */
const LAYOUT_HINT = /^[ \t]{0,3}<[A-Z][\w.]*[\s>]/m;
/**
 * A table cell that opens with a name holding a colon, a slash or a dot (`| **soil:id** |`, `| **rows/label** |`,
 * `| `data.id` |`, `| attributes.**name** |`: the step after it marked).
 */
const COLON_CELL = /\|[ \t]*[*`]{0,2}[A-Za-z_][\w-]*[:/.][*`_]{0,2}[A-Za-z_]/;

function detect(page: PageInput): Evidence | string {
  if (HTML_PAGE.test(page.file)) return 'general reader (an HTML page no dialect claims)';
  // Copied text's tab-separated rows weigh as signature lines: the text dialect's scraped pages have none.
  const rows = copiedTextRows(page.file, page.text);
  if (rows > 0) return { reason: `general reader (copied text: ${rows} tab-separated table row(s))`, weight: 1 + rows };
  // Entries stacked a line each (a name over its type, IBM Cloud's and Atlassian's copied pages): the text dialect reads none of them.
  // An explorer's method alone over its URL or route weighs as an entry: the text dialect's pages write the request on one line.
  const { entries, requests } = stackedEntries(page.file, page.text);
  if (entries > 0) {
    const stated = requests > 0 ? `, ${requests} stacked request${requests === 1 ? '' : 's'}` : '';
    return {
      reason: `general reader (copied text: ${entries} stacked entr${entries === 1 ? 'y' : 'ies'}${stated})`,
      weight: 1 + 2 * (entries + requests),
    };
  }
  // Sphinx's HTTP domain copied: rows under its field lists' titles (`sort (string) – the order`).
  const fields = copiedFieldRows(page.file, page.text);
  if (fields > 0) return { reason: `general reader (copied text: ${fields} field list row(s))`, weight: 1 + 2 * fields };
  // Parameter lists copied (`Query parameters` ⏎ `limit (integer, optional): …`): entries under parts' titles.
  const listed = copiedEntryLines(page.file, page.text);
  if (listed > 0)
    return { reason: `general reader (copied text: ${listed} listed entr${listed === 1 ? 'y' : 'ies'})`, weight: 1 + 2 * listed };
  return 'general reader (markdown no dialect claims)';
}

/** The page's tree, pipes in table rows' code spans read as kramdown reads them (code-pipes.ts). */
function parseMarkdown(text: string): Root {
  const protectedText = protectCodePipes(text);
  if (protectedText === undefined) return markdownProcessor.parse(text);
  const root = markdownProcessor.parse(protectedText);
  restoreCodePipes(root);
  return root;
}

function read(page: PageInput, diagnostics: DiagnosticBag, options?: ReadOptions): Root {
  const words = readVocabulary(options?.vocabulary);
  const htmlFile = HTML_PAGE.test(page.file);
  let text = htmlFile ? page.text : blankNoise(/\.mdx$/i.test(page.file) ? blankMdxEsm(page.text) : page.text);
  // Copied text (a `.txt` page of no markdown, or markdown of tab-separated rows or a three-panel reference's request lines alone): its structure
  // recovered (copied-text.ts), then read as an HTML page's tree is, by the passes that read the tree alone.
  let copied = !htmlFile && isCopiedTextPage(page.file, text);
  let root = htmlFile ? readHtmlPage(text) : copied ? readCopiedText(text, words.titles) : parseMarkdown(text);
  if (!htmlFile && !copied && isCopiedMarkdown(root, text, words.titles)) [copied, root] = [true, readCopiedText(text, words.titles)];
  const html = htmlFile || copied;
  const trimmed = html ? undefined : trimLongDelimiterRows(root, text, page.file, diagnostics);
  if (trimmed !== undefined) [text, root] = [trimmed, parseMarkdown(trimmed)];
  // Pandoc's simple and multiline tables (`pandoc -t markdown` of a Word document): the tables they are.
  if (!html && PANDOC_TABLE_HINT.test(text)) convertPandocTables(root, text);
  // Markdoc's `{% table %}` ⏎ `* Name` ⏎ `* Type` ⏎ `---` ⏎ `* limit` …: the table it renders (its tags read as written).
  if (!html && text.length === page.text.length && MARKDOC_TABLE_HINT.test(page.text)) convertMarkdocTables(root, page.text);
  // The convention passes, in one order for both kinds of page. Those guarded by `md` read the page as
  // written (offsets and lines of `text`/`page.text`: anchors, GitBook and MkDocs blocks, transcripts,
  // Blueprint, the httpdomain directives, continuation rows, MDX components and tabs, ReadMe blocks,
  // OpenAPI/field components, SDK tables, anchored models, definition lists): a whole `.html` page's
  // positions index its HTML, so they run on markdown only. The rest read the tree alone and run on
  // an HTML page too (hast-util-to-mdast's tree: headings, tables, lists, code), so that a site saved
  // as HTML reads as its markdown source does. The sections links go to, of this page and of others
  // (`linkedSections`, `linkableSections`), read the tree alone too; base URLs in prose, the
  // all-required sentence and attribute lists made tables (below) read the text, and stay markdown's.
  const md = !html;
  // `openapi: 'GET /users/{id}'`: the spec's operation the page stands for (the merge checks the input holds it).
  const reference = md ? frontMatterSpec(root, text) : undefined;
  let gitbookBase: string | undefined;
  if (md) markHtmlAnchors(root, page.text);
  // GitBook's API blocks are tags the noise pass blanks: found in the page as written.
  if (md && page.text.includes('{%')) gitbookBase = convertGitbookBlocks(root, text, gitbookTags(page.text), words.titles);
  if (md) openMkDocsBlocks(root, text);
  // A tab set pasted as HTML (`<div class="tabbed-set">`, `<ul role="tablist">`): read as a whole page's tabs are (html-tab-blocks.ts).
  if (md && mayHoldHtmlTabs(text)) convertHtmlTabBlocks(root, text);
  resolveLinkedArguments(root);
  // `| 201 | Returns a [Lamp](#the-lamp-object). |`: the row's Schema cell names the type.
  typeStatusRowReturns(root);
  convertHtmlCode(root);
  // rspec_api_documentation's `### Request` ⏎ `#### Route` ⏎ `<pre>GET /shelves/7</pre>` …: one sample message each.
  joinRecordedExchanges(root);
  // `GET /lamps HTTP/1.1` ⏎ headers ⏎ `HTTP/1.1 200 OK` ⏎ … in one fence: the request's fence and the answer's.
  if (md) splitExchangeFences(root, text);
  // Scribe's markdown: its `<form>` blocks of field panels, read as its HTML page's (scribe-fields.ts).
  if (md && text.includes(SCRIBE_PAGE)) convertScribeBlocks(root, text);
  // Bureaucrat's `* __Method:__ GET` ⏎ `* __Path:__ /api/birds/4` … and `* __Status__: 200`: one sample message each.
  if (md && text.includes(BUREAUCRAT_PAGE)) convertBureaucratRecords(root);
  // apipie-rails' static pages: routes with their words, `Param name` tables, error lines, recorded examples.
  convertApipiePages(root);
  // coreapi's `coreapi action shelves list` beside Django REST framework's operations: no HTTP call.
  dropSchemaClientCalls(root);
  // Strapi's `<Endpoint method="GET" path="…" params={[…]} />`, Gotenberg's `<ApiEndpoint … formFields={[…]} responses={[…]} />`:
  // the signature, its description, its params' table, its curl and its responses.
  if (md && (text.includes('<Endpoint') || LITERAL_PROPS.test(text))) convertEndpointComponents(root, text, page.file, diagnostics);
  if (md) splitComponentOpenings(root, text);
  // Mintlify's `<Tabs>` ⏎ `<Tab title="200">` ⏎ `<ResponseField …>`: the tags, fields and fences blocks of their own (field-wrappers.ts).
  if (md && LAYOUT_HINT.test(text)) openFieldWrappers(root, text);
  if (md) splitTranscripts(root, text);
  const schemeHosts = convertMethodSchemes(root, page.file, diagnostics);
  if (md) convertBlueprint(root, text);
  // Sphinx's rendered HTTP domain (`<dl class="http get">`): an operation per term.
  if (md) convertHttpDomain(root, text, page.text);
  else convertRenderedHttpDomain(root);
  // The same domain's field lists copied as text (`Query Parameters:` ⏎ `sort (string) – the order`): their tables.
  if (copied) convertCopiedFieldLists(root, text);
  // Parameter lists copied as text (`Query parameters` ⏎ `limit (integer, optional): …`): the headings and lists they were.
  if (copied) convertCopiedEntryLists(root, text, words.titles);
  // The same entries pasted into a markdown page (`### Path parameters` ⏎ `Name, Type, Description` ⏎ `park string Required` …): its tables.
  else if (md) convertColumnEntryParagraphs(root, text, words.titles);
  // Dropbox's RPC pages: `**URL Structure**` and `**Method**` the request line, struct listings the bodies' tables.
  if (text.includes('URL Structure')) convertRpcPages(root, md ? text : undefined);
  // Graph API's node pages: `## Reading` ⏎ `GET /v19.0/{shelf-id}`, its `### Fields` the response's, edges' paths listed.
  const graphBases = /^##[ \t]+(?:Reading|Creating|Updating|Deleting)[ \t]*$/m.test(text) ? convertGraphNodes(root) : [];
  // Salesforce's `### URI` and `### HTTP methods` headings over their words: a request line per method.
  const syntaxBases = /\bHTTP methods?\b/i.test(text) ? convertSyntaxSections(root) : [];
  nameMethodHeadings(root);
  headingMethodUrls(root);
  // BigBlueButton's older calls: `## create` ⏎ `**Resource URL:**` ⏎ a URL, its example URLs alone (a browser's): a GET.
  exampleUrlMethods(root);
  // LibreNMS' `Route: /api/v0/alerts/:id` over `curl -X PUT …/alerts/1`: the method the sample call of that route states.
  routeLabelMethods(root);
  // postman-to-markdown's `### Method: GET` over the quoted URL: the request line.
  convertPostmanPages(root);
  // Stoplight's `json http` request objects and `json_schema` fences: request messages and field tables.
  convertStoplightBlocks(root);
  // drf-docs: a route's heading over the list of its methods (`/api/shelves/` ⏎ `- GET` `- POST`).
  convertMethodLists(root);
  // drf-docs' `Fields:`: what its methods that send a body send (those methods a section of their own).
  convertDrfFields(root);
  // NelmioApiDocBundle's dump: `#### Requirements ####` ⏎ `**id**` ⏎ `  - Type: integer` entries, read from the page as written.
  if (md) convertNelmioEntries(root, text);
  // The API-docs template's `**Data constraints**` ⏎ ```` ```json {}``` ````: no data sent, no sample
  // (before its facts' URL parameters are placed after them, between the label and its fence).
  if (text.includes('Data')) dropEmptyData(root);
  convertLabelledLists(root, words.titles);
  // `### Request Type` ⏎ `GET` ⏎ `### Request URL` ⏎ `/lamps`: the request line (heading-labels.ts).
  convertHeadingLabels(root);
  // OCS pages' `* POST Arguments: title - (string) …` items: a body's (a query's) table after the list.
  convertArgumentItems(root);
  convertSummarySignatures(root);
  unquoteTables(root);
  liftListedParts(root, words.titles);
  if (md) joinContinuationRows(root, text);
  joinCaretRows(root);
  readTableCaptions(root);
  // GitHub's `| Name, Type, Description |` tables (before the cells' HTML is read): a cell `` `owner` string Required<br>… `` a row of four.
  if (/\bname\s*,\s*type\s*,\s*description\b/i.test(text)) convertJoinedHeaderTables(root, page.file, diagnostics);
  // Shopify's `title` ⏎ `->` ⏎ description: a property table, the arrows no part of names or words.
  if (text.includes('->') || text.includes('-&gt;')) convertArrowProperties(root, words.columnNames);
  convertCellLabels(root, words.columnNames);
  convertCellHtml(root, words.columnNames);
  // An HTML table cut by blank lines (or left open): one block again, as written (html-table-blocks.ts).
  if (md) joinHtmlTableBlocks(root, text, page.file, diagnostics);
  // prmd's `name of shelf<br/> **pattern:** `…``: the labels' limits, default and values in their columns.
  if (md && text.includes('<br')) convertBreakLabels(root, words.columnNames);
  // prmd's `**soil:id**` and `**rows/label**` rows, JSON:API's `data.attributes.title`, nested where the page's samples nest them.
  if (md && COLON_CELL.test(text)) nestColonNames(root, words.columnNames);
  // A badge in an HTML `<table>`'s cell (`<code>title</code> <span class="badge">required</span>`), as in a GFM one's.
  for (const table of convertHtmlTables(root)) convertTableLabels(table, words.columnNames);
  convertHtmlParagraphs(root);
  // Miniflux's `<ul>` ⏎ `<li>Returns <code>204</code> status code for success.</li>`: the list it shows (html-list-blocks.ts).
  if (md) convertHtmlListBlocks(root);
  // "All the following endpoints must be accessed with a `GET` HTTP request." over a table of paths: each path's method.
  markStatedTableMethods(root, words.columnNames);
  // Slate's `<aside class="warning">…</aside>`: a note of the description, as an admonition's words (html-asides.ts).
  if (text.includes('<aside')) convertHtmlAsides(root);
  // A body that "should contain a single item" (Django REST framework's docs): that item, no object of it.
  convertSingleItemBodies(root, words.columnNames);
  if (md) labelComponents(root, text, words.titles);
  // Docusaurus' response tabs titled by words (`<TabItem value="200" label="OK">`, `label="Bad Request"`): each its status's answer.
  if (md) labelStatusWordTabs(root, text, words.titles);
  labelFences(root, words.titles);
  if (md) labelContainers(root, page.text, words.titles);
  if (md) labelCodeTabs(root, page.text, words.titles);
  if (md) dropGraphqlTabs(root, text);
  if (md) convertReadmeBlocks(root, text);
  if (md) convertOpenApiComponents(root, text);
  if (md) convertFieldComponents(root, text);
  if (md) convertSdkTables(root, text);
  // WADL's rendered pages: `parameter | value | description` tables, `STATUS 200` lines, JSON Schemas.
  convertWadlPages(root);
  // Enunciate's: a `type` column of places (`path`, `query`), a body's type named in a small table.
  convertEnunciatePages(root);
  // raml2html's dialogs: parts under headings higher than the method's, parameters as items.
  convertRamlPages(root);
  convertTypeInCellTables(root);
  convertSwagger2MarkupTables(root);
  convertMediaTypeCells(root);
  if (md) convertAnchoredModels(root, page.text);
  // The Matrix specification's `**Author**` over a table of fields: type `Author`'s, where a type cell names it
  // (after swagger-markdown's anchored models, under `### Models`, are their headings).
  if (md) readLabelledTypes(root, page.text, words.titles);
  // Oracle's `Root Schema : x` ⏎ `Type: object` ⏎ its entries, and the nested schemas its fields name (oracle-schemas.ts).
  if (/\b(?:Root|Nested)[ \t]+Schema[ \t]*:/.test(text)) convertOracleSchemas(root);
  convertAvailableValues(root);
  convertCellHeaders(root);
  nameHeaderlessTables(root, page.file, diagnostics);
  // A whole page's tables are named by their cells as a markdown page's are.
  renameColumnsByContent(root);
  splitTypeCells(root);
  // `| id | path, string |`, `| limit | integer (query) |`: the location written in the type cell.
  splitLocatedTypes(root);
  // Mailgun's `| from | Email address for From header (string) |`: the type closing the description.
  splitClosingTypes(root);
  // A specification document's `| S.No | Parameter Name |` rows numbered as an outline: `3.1` a field of `3`'s.
  if (OUTLINE_ROW.test(text)) nestNumberedRows(root, words.columnNames);
  // Widdershins' `Status Code **200**` ⏎ `|*anonymous*|[[Plant](#schemaplant)]|…` ⏎ `|» id|…`: the body an array of those fields.
  if (text.includes('*anonymous*')) convertAnonymousRows(root);
  // Widdershins' `#### Enumerated Values` ⏎ `|Parameter|Value|`: the values of the rows of the table before.
  if (/enumerated values/i.test(text)) applyEnumeratedValues(root);
  routesIntoLinkedSections(root, page.file, words.columnNames);
  if (md) convertDefinitionLists(root, text);
  // An HTML page's `<dl>`, and a markdown page's written as HTML.
  convertHtmlDefinitionLists(root, md);
  // AWS's JSON and Query protocols: every action `POST /`, its target the sample's (read then as the REST layout).
  const action = convertProtocolActions(root, page.file, diagnostics);
  convertActionPages(root);
  // Before the entries under a fields title: `## Shelf object` ⏎ `### Fields` ⏎ `#### `name`` ⏎ `**Type**: String` is the type's.
  convertFieldHeadings(root, text);
  convertNamedEntries(root, words.titles);
  convertDescriptionHtml(root, words.columnNames);
  raiseTrailingStatuses(root, words.titles);
  nameLinkedTypeCells(root, words.columnNames);
  // A method badge over its path (OpenStack's rendered pages): one request line.
  joinSplitRequestLines(root);
  // `##### Create Route` ⏎ its route, `##### Create … for a Service` ⏎ another, then `#### Request Body`: one call's routes.
  joinTitledRoutes(root, words.titles);
  // `**Description:** Lists orders.` ⏎ `**Method:** GET` ⏎ `**URL:** /v1/orders` in one paragraph: a paragraph per label (label-lines.ts).
  splitLabelLines(root);
  // `**days** (body, integer, required): Number of days.` paragraphs: the bullet list of them (named-paragraphs.ts).
  if (md && MAY_NAME_PARAGRAPHS.test(text)) convertNamedParagraphs(root, text);
  // `| tax_id* | … |` ⏎ `\* Required for business accounts.`: the note's words the marked rows', no body's (table-footnotes.ts).
  if (md) readTableFootnotes(root, text, words.columnNames);
  // Front matter is no prose; the endpoint an MDX page's front matter names is its signature.
  let nodes = root.children.filter((node) => node.type !== 'yaml' || frontMatterRequestLine(node.value) !== undefined);
  // Slate's `language_tabs:`: a tab's fence of a program's call the reader does not read is a code sample, no description.
  const tabs = text.includes('language_tabs') ? tabLanguages(root) : undefined;
  if (tabs && tabs.size > 0) nodes = withoutTabSamples(nodes, tabs);
  // A Slate include (its tabs the index page's): a program's fence between a call's heading and its `#### HTTP Request` title, so.
  else if (md && MAY_TITLE_REQUESTS.test(text)) nodes = withoutIncludeSamples(nodes);
  // `<Tabs>` ⏎ `<template v-slot:Ruby>` ⏎ a fence, `<TabItem>`, `<CodeGroup>`: a tab's fence of a program's call the reader does not read, so.
  if (md && MAY_HOLD_CODE_TABS.test(text)) nodes = withoutCodeTabSamples(nodes, text);
  // "This endpoint requires authentication.": Scribe's badge as a sentence (scribe-security.ts).
  if (MAY_REQUIRE.test(text)) nodes = markRequirementSentences(nodes);
  // "We send a POST request to the URL you configure": the page's deliveries to the reader are webhooks (webhook-deliveries.ts).
  const deliveries = DELIVERY_HINT.test(text) ? statedDeliveries(nodes) : undefined;
  const events = deliveries?.method ? eventRequestLines(nodes, deliveries.method) : undefined;
  if (events) nodes = events.nodes;
  // TypeScript declarations in fences (`interface User { … }`): the types the page defines, bodies where titled so.
  const declarations = readDeclarations(root, html ? undefined : text, page.file, diagnostics);
  const unread: UnreadSampleLine[] = [];
  // Docusaurus' `:::note` ⏎ … ⏎ `:::`: its words a note, no summary (admonitions.ts; the page as written, the fences blanked in the tree's).
  if (md && trimmed === undefined && MAY_ADMONISH.test(page.text)) nodes = markAdmonitions(nodes, page.text);
  const regions = findRegions(nodes, words, unread);
  // `<topic>/json` in the page's words, `GET /disk-alerts/json` its call: the template's route (template-samples.ts).
  if (md && MAY_TEMPLATE.test(text)) routeTemplateSamples(nodes, regions);
  // The API-docs template's `**Auth required** : YES` / `NO`: the badge's mark, or none required (auth-labels.ts);
  // after the regions are found, as the labels between `**URL** :` and `**Method** :` pair them (signatures.ts' labelPartner).
  if (MAY_LABEL_AUTH.test(text)) nodes = markAuthLabels(nodes);
  if (events) markEventSignatures(nodes, regions, events.names);
  if (deliveries) markDeliveredSignatures(nodes, regions);
  // `## Response headers` outside every operation: the headers each of them sends (page-headers.ts).
  const pageHeaders = pageHeaderTables(nodes, regions, words.titles);
  reportUnsupportedMethods(nodes, page.text, page.file, diagnostics);
  reportSampleRoutes(unread, page.file, diagnostics);
  // `https://<lamp host>/lamps/csv/download` alone in a fence, no method stated: said so, no operation (methodless-routes.ts).
  if (!html) reportMethodlessRoutes(nodes, regions, page.file, diagnostics);
  reportMisspeltTitles(root, page.file, words.titles, diagnostics);
  const children: RootContent[] = [];
  const baseUrls = new Set<string>();
  const stated = html ? undefined : statedBaseUrl(root);
  if (stated) baseUrls.add(stated);
  if (!html) for (const base of proseBaseUrls(root, text)) baseUrls.add(base);
  if (gitbookBase) baseUrls.add(gitbookBase);
  for (const host of schemeHosts) baseUrls.add(host);
  // "All request parameters are required, unless otherwise specified" (Nextcloud's API pages).
  const allRequired = !html && ALL_REQUIRED.test(text);
  const { title: pageTitle, description: pageDescription } = frontMatterWords(root);
  // The sections a body's link may go to ("See [Shelf data](#shelf-data)").
  const sections = linkedSections(nodes, regions, page.file, words.columnNames);
  // `| photos | Array of [PhotoSize](#photosize) |`: the linked section is that type's definition.
  bindCellLinks(nodes, regions, sections);
  // Widdershins' asides: which schemes each operation takes (widdershins-security.ts).
  const required = regions.map((region) =>
    nodes
      .slice(region.start, region.end)
      .map((node) => asideSecurity(node) ?? labelledSecurity(node))
      .find((found) => found !== undefined),
  );
  const schemes = authenticationSchemes(
    nodes,
    required.flatMap((found) => found ?? []),
  );
  // Scribe's: the scheme its "Authenticating requests" states, which each badged endpoint takes (scribe-security.ts).
  // Its markdown splits the two: the scheme on a page of its own, the badges on the groups' pages, which the merge joins.
  const badged = nodes.some(marksAuthentication);
  const scribe = badged || AUTHENTICATING.test(text) ? scribeScheme(nodes) : undefined;
  const authenticated = regions.map(
    (region, index) => badged && required[index] === undefined && nodes.slice(region.start, region.end).some(marksAuthentication),
  );
  if (scribe && badged && !schemes.some((scheme) => scheme.name === scribe.name)) {
    schemes.push(scribe);
    authenticated.forEach((marked, index) => {
      if (marked) required[index] = [{ [scribe.name]: [] }];
    });
  }
  // "Requests must be sent with the `application/vnd.api+json` content type." before the operations: every call's (media-type-sentences.ts).
  const pageMediaTypes = pageMediaSentences(nodes.slice(0, regions[0]?.start ?? 0));
  // `### Global Parameters` ⏎ `| pretty | … |`: the names every call takes, no example URL's query a call's own (global-parameters.ts).
  const globalParameters = MAY_STATE_GLOBALS.test(text) ? globalParameterNames(nodes) : undefined;
  let at = 0;
  const several = new Set(regions.flatMap((region) => region.signatures.map((signature) => signature.path))).size > 1;
  // A curl command in a section of its own that calls a route the page states: that route's sample (stray-calls.ts).
  const strays = strayCalls(nodes, regions);
  for (const region of regions) {
    children.push(...asides(nodes.slice(at, region.start)));
    const laid = layoutRegion(nodes, region, {
      ...words,
      page: text,
      baseUrls,
      several,
      ...(allRequired ? { allRequired } : {}),
      ...(pageTitle ? { pageTitle } : {}),
      // (A page of several operations describes them all: no one call's words.)
      ...(pageDescription && regions.length === 1 ? { pageDescription } : {}),
      sections,
      ...(declarations ? { declarations: declarations.fences } : {}),
      ...(pageMediaTypes.length > 0 ? { pageMediaTypes } : {}),
      ...(globalParameters && globalParameters.size > 0 ? { globalParameters } : {}),
    });
    // `## List shelves (deprecated)`, `This endpoint is deprecated.`: the operation's flag (deprecated-operations.ts).
    // (The page as written, whose directives the noise pass blanked; as trimmed where rows were.)
    markDeprecated(laid, html ? '' : (trimmed ?? page.text), nodes[region.end]);
    const security = statedSecurity(required[regions.indexOf(region)], schemes);
    if (security && laid[0]?.type === 'heading') laid[0].data = { ...laid[0].data, security };
    else if (!scribe && authenticated[regions.indexOf(region)] && laid[0]?.type === 'heading')
      laid[0].data = { ...laid[0].data, authenticated: true };
    // "Supports the [pagination](../README.md#pagination) parameters.": the linked section's rows, which the merge reads (linked-parameters.ts).
    // (A page of one operation: its words above the request line too.)
    const linkedParameters = parameterLinks(nodes.slice(regions.length === 1 ? 0 : region.start, region.end), region.signatures, page.file);
    if (linkedParameters.length > 0 && laid[0]?.type === 'heading') laid[0].data = { ...laid[0].data, parameterLinks: linkedParameters };
    const stray = strays.get(region);
    if (stray) laid.push(...strayCallSamples(nodes, region, stray, baseUrls));
    children.push(...laid);
    // A route of a listing no section states again (regions.ts): the page's words after the fence are none of its.
    const next = nodes[region.end];
    if (region.signatures.every((signature) => signature.listed) && next && next.type !== 'heading') children.push(listingEnd(next));
    at = region.end;
  }
  children.push(...asides(nodes.slice(at)));
  // Salesforce's `/services/data/vXX.X` before its URIs' routes: the server, where no example call states one.
  if (baseUrls.size === 0) for (const base of syntaxBases) baseUrls.add(base);
  for (const base of graphBases) baseUrls.add(base);
  root.children = markDefinitions(children, html ? undefined : text, words.columnNames, regions.length === 0, pageTitle);
  markNestedHeadings(root);
  // The declared types' definitions, at the page's end: they end no section of the page's own.
  const defined = declarations ? definitionHeadings(declarations) : [];
  root.children.push(...defined);
  const meta = pageMeta(nodes);
  if (action) meta.operationId = action;
  if (baseUrls.size > 0) meta.servers = [...baseUrls].sort();
  const data: NonNullable<Root['data']> = {
    dialect: 'markdown',
    page: meta,
    found: describeFindings(regions, defined.length > 0 ? [...children, ...defined] : children),
  };
  if (!html) data.markdown = text;
  if (words.typeWords) data.typeWords = words.typeWords;
  if (words.columnNames) data.columnNames = words.columnNames;
  // Links to other pages' sections, and the sections of this page another page's link may go to.
  if (sections.links.length > 0) data.links = sections.links;
  // Type cells' links to other pages' headings (`[Vet](types.md#vet-record)`), for the merge to read (page-type-cells.ts).
  const typeLinks = typeCellLinks(root, page.file, words.columnNames);
  if (typeLinks.length > 0) data.typeLinks = typeLinks;
  if (schemes.length > 0) data.securitySchemes = schemes;
  if (scribe && !badged) data.authentication = scribe;
  if (pageHeaders.length > 0) data.pageHeaders = pageHeaders;
  if (reference) data.specReference = reference;
  const linkable = linkableSections(root.children, linkableHeadings(nodes, regions, words.columnNames));
  const known = new Set(linkable.map((section) => section.anchor));
  const targets = [...linkable, ...unreadSections(nodes, regions, known, words.columnNames)];
  if (targets.length > 0) data.linkable = targets;
  if (declarations?.derived.length) data.derived = declarations.derived;
  root.data = data;
  return root;
}

/**
 * The media types the paragraphs before a page's operations state in sentences (media-type-sentences.ts),
 * the first of each header's; a list's items' too (a "General information on endpoints" list:
 * `* For POST, PUT, and DELETE endpoints, the parameters may be sent … with content type
 * application/x-www-form-urlencoded.`), where they say which methods' calls they speak of.
 */
function pageMediaSentences(nodes: readonly RootContent[]): Array<StatedHeaderLine & { position: Position }> {
  const stated: Array<StatedHeaderLine & { position: Position }> = [];
  const read = (node: Paragraph) => {
    for (const line of mediaTypeSentences(node) ?? [])
      if (node.position && !stated.some((known) => known.name === line.name)) stated.push({ ...line, position: node.position });
  };
  for (const node of nodes) {
    if (node.type === 'paragraph') read(node);
    else if (node.type === 'list')
      for (const item of node.children) {
        const [first] = item.children;
        if (first?.type === 'paragraph' && FOR_A_METHOD.test(plainText(first))) read(first);
      }
  }
  return stated;
}

const PATH_HEADING = /^`?((?:https?:\/\/[^\s/`]+)?\/[^\s`]*)`?$/;
const METHOD_HEADING = /^`?(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)`?$/i;

/**
 * A path heading over method headings (swagger-markdown's output, and references written so):
 * each method heading states `METHOD path`. A method item under a path heading (`* Method: `GET``,
 * also without the colon) states it too: the request line stands where the item did.
 *
 *     ### /pets          → (the path)              ## `/pets/:id`           → (the path)
 *     #### GET           → `GET /pets`             ### Gets a pet
 *     #### POST          → `POST /pets`            * Method `GET`           → `GET /pets/:id`
 *                                                  * Authentication: none   (the list goes on)
 */
function nameMethodHeadings(root: Root): void {
  let path: { value: string; depth: number } | undefined;
  const out: RootContent[] = [];
  for (const node of root.children) {
    if (node.type === 'list' && path) {
      out.push(...methodItems(node, path.value));
      continue;
    }
    out.push(node);
    if (node.type !== 'heading') continue;
    const text = withoutClosing(plainText(node), '#').trim();
    if (path && node.depth <= path.depth) path = undefined;
    const route = PATH_HEADING.exec(text);
    if (route) {
      path = { value: route[1]!, depth: node.depth };
      continue;
    }
    const method = METHOD_HEADING.exec(text);
    if (path && method && node.depth > path.depth) {
      const where = node.children[0]?.position;
      node.children = [{ type: 'text', value: `${method[1]!.toUpperCase()} ${path.value}`, ...(where ? { position: where } : {}) }];
    }
  }
  root.children = out;
}

/** `Method: `GET``, `**Method**: GET`, `method `POST``: an item that states the method alone. */
const METHOD_ITEM = /^\s*(?:http\s+)?method\s*:?\s*`?(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)`?\s*$/i;

/** A list under a path heading whose item states the method: the request line, then the other items. */
function methodItems(list: List, path: string): RootContent[] {
  const at = list.children.findIndex((item) => {
    const first = item.children[0];
    return first?.type === 'paragraph' && METHOD_ITEM.test(plainText(first));
  });
  const item = list.children[at];
  if (!item?.position) return [list];
  const method = METHOD_ITEM.exec(plainText(item.children[0]!))![1]!.toUpperCase();
  const line: RootContent = { type: 'code', lang: null, meta: null, value: `${method} ${path}`, position: item.position };
  const rest = list.children.filter((_, index) => index !== at);
  return rest.length > 0 ? [line, { ...list, children: rest }] : [line];
}

/**
 * An aside's requirements of the schemes the page states (a requirement naming another is dropped);
 * undefined where none is left of those the aside gives (none stated is `[]`: it says so).
 */
function statedSecurity(
  requirements: readonly SecurityRequirement[] | undefined,
  schemes: readonly SecurityScheme[],
): SecurityRequirement[] | undefined {
  if (!requirements) return undefined;
  const names = new Set(schemes.map((scheme) => scheme.name));
  const kept = requirements.filter((requirement) => Object.keys(requirement).every((name) => names.has(name)));
  return kept.length > 0 || requirements.length === 0 ? kept : undefined;
}

/** Headings outside every operation: prose the extractor does not read. */
/** An empty aside heading where a listed route's operation ends, placed at the start of what follows it. */
function listingEnd(next: RootContent): Heading {
  const start = next.position?.start;
  return { type: 'heading', depth: 6, children: [], data: { section: 'aside' }, ...(start ? { position: { start, end: start } } : {}) };
}

function asides(nodes: RootContent[]): RootContent[] {
  for (const node of nodes) if (node.type === 'heading') node.data = { section: 'aside' };
  return nodes;
}

/** A model page's title: one name, as a type is written (`Book`, `PetStatus`). */
const MODEL_PARTS = /^(?:properties|fields|attributes|contents)$/i;

/**
 * The types a reference defines outside its operations: under a heading titled so (Widdershins'
 * `# Schemas`), each heading one level down that is a type name opens that type's definition; a
 * heading that names a type (`## The Customer object`) opens one where a table or attribute list
 * follows it. The headings below a definition (`### Properties`, `### Attributes`) are part of it,
 * and its attribute lists are tables.
 *
 *     # Schemas                           ## The Customer object    → type-definition `Customer`
 *     ## Pet     → type-definition `Pet`  ### Attributes            → (in Customer's definition)
 *     ### Properties                      - **id** string           → Customer's properties
 *     | Name | Type | Required | … |
 */
function markDefinitions(
  nodes: readonly RootContent[],
  page: string | undefined,
  columnNames: Readonly<Record<string, string>> | undefined,
  noOperation: boolean,
  pageTitle?: string,
): RootContent[] {
  const subheadings = new Set<Heading>();
  // Hugo's entity pages: `title: Note` in the front matter, no `#` title, its `## Attributes` (Properties, Fields) the type's.
  let frontModel =
    noOperation &&
    pageTitle !== undefined &&
    MODEL_NAME.test(pageTitle) &&
    !nodes.some((node) => node.type === 'heading' && node.depth === 1)
      ? pageTitle
      : undefined;
  // Each list converted once: `tableFollows` looks ahead at the lists the walk then places.
  const converted = new Map<List, Table | undefined>();
  const tableOf = (list: List): Table | undefined => {
    if (page === undefined) return undefined;
    if (!converted.has(list)) converted.set(list, tableOfAttributeList(list, page));
    return converted.get(list);
  };
  const lists = new Map<List, Table>();
  let types: number | undefined;
  let entries: number | undefined;
  let inType: number | undefined;
  // The titled type whose definition the walk is in (`## Shelf properties`), and the sub-types its section defines.
  let owner: { name: string; index: number } | undefined;
  const subTypes: Array<{ owner: number; sub: SubType }> = [];
  const typed = typedRows(nodes);
  // A type's page (`# user resource type` … `## Properties` ⏎ its table): where its type is defined.
  let titled: (PageType & { title: number }) | undefined;
  // prmd's resource (`## Shelf` ⏎ `### Attributes`), whose links (`### Shelf Info`) answer with it.
  let resource: { title: string; name: string; depth: number } | undefined;
  nodes.forEach((node, index) => {
    if (node.type === 'list' && inType !== undefined) {
      const table = tableOf(node);
      if (table) lists.set(node, markOrigin(table, 'bullet list'));
    }
    // `| position? | integer | … |`: a type's table that marks only its optional rows (optional-markers.ts).
    if (node.type === 'table' && inType !== undefined) markTypeTable(node, columnNames);
    if (node.type === 'heading' && resource && node.depth <= resource.depth) resource = undefined;
    if (node.type !== 'heading' || node.data?.section !== 'aside') {
      if (node.type === 'heading') types = inType = owner = undefined;
      if (node.type === 'heading' && resource && node.data?.section === 'operation') markResourceLink(node, resource);
      return;
    }
    const title = headingText(node).trim();
    if (types !== undefined && node.depth <= types) types = undefined;
    if (inType !== undefined && node.depth <= inType) inType = owner = undefined;
    // openapi-generator's model pages: `# Book` over `## Properties` and its table.
    const model = node.depth === 1 && types === undefined ? modelName(nodes, index, title) : undefined;
    if (frontModel && node.depth === 2 && types === undefined && MODEL_PARTS.test(title) && tableFollows(nodes, index, tableOf)) {
      node.data = { section: 'type-definition', name: frontModel };
      inType = node.depth;
      owner = { name: frontModel, index };
      frontModel = undefined;
      return;
    }
    if (model && tableFollows(nodes, index, tableOf)) {
      node.data = { section: 'type-definition', name: model };
      inType = node.depth;
      return;
    }
    const prmd = types === undefined && inType === undefined ? resourceName(nodes, index, title) : undefined;
    if (prmd && tableFollows(nodes, index, tableOf)) {
      node.data = { section: 'type-definition', name: prmd };
      inType = node.depth;
      resource = { title, name: prmd, depth: node.depth };
      return;
    }
    // A page of no operation titled by its type (`# user resource type`): its properties table defines it.
    if (noOperation && node.depth === 1 && types === undefined && inType === undefined) {
      const found = pageType(nodes, index, columnNames);
      titled = found && { ...found, title: index };
    }
    if (titled?.heading === node) {
      node.data = { section: 'type-definition', name: titled.name };
      inType = node.depth;
      owner = { name: titled.name, index };
      return;
    }
    // openapi-generator's `## Enum: StatusEnum` under a model: the enum its properties link to.
    // (Discord's `###### Shelf Types` ⏎ `| Type | ID | Description |`, which a field links to: enum-tables.ts.)
    const enumName =
      (inType !== undefined && node.depth > inType ? modelEnum(nodes, index) : undefined) ?? tabulatedEnum(nodes, index, typed);
    if (enumName) {
      node.data = { section: 'enum-definition', name: enumName };
      return;
    }
    // `Guild Member Object`: the type `GuildMember`; `## Shelf data` an operation's body links to: `ShelfData`.
    // (One a body links to is that type's, under a `## Objects` heading too, and so is one right under it: `# Objects` ⏎ `## Shelf object`.)
    const bound = linkedTypeName(node);
    // Help-desk references' `### JSON format` ⏎ "Shelves are represented as JSON objects …": `Shelf`.
    const named = bound ?? titledTypeName(node) ?? jsonFormatName(nodes, index);
    const free = types === undefined || bound !== undefined || node.depth === entries;
    if (named && free && tableFollows(nodes, index, tableOf)) {
      node.data = { section: 'type-definition', name: named };
      inType = node.depth;
      owner = { name: named, index };
      return;
    }
    // `### Shelf - Label set properties` in Shelf's section: the sub-type `ShelfLabelSet` (sub-types.ts).
    const sub = owner && subTypeOf(node, owner.name);
    if (owner && sub && tableFollows(nodes, index, tableOf)) {
      node.data = { section: 'type-definition', name: sub.name };
      subTypes.push({ owner: owner.index, sub });
      return;
    }
    if (types === undefined && inType === undefined) {
      if (isTypesTitle(title)) {
        types = node.depth;
        // The types' headings: one level down, or the first level the section uses (Telegram's `##` over `####`).
        const next = nodes.slice(index + 1).find((other): other is Heading => other.type === 'heading');
        entries = next && next.depth > types ? next.depth : types + 1;
      }
      return;
    }
    if (types !== undefined && node.depth === entries) {
      // swagger-markdown's `### Schemas` ⏎ `#### Pet Schema`: the type `Pet`.
      const name = /\sschema$/i.test(title.slice(-7)) ? title.slice(0, -6).trimEnd() : title;
      inType = TYPE_NAME.test(name) ? node.depth : undefined;
      if (inType !== undefined) node.data = { section: 'type-definition', name };
    } else if (inType !== undefined) subheadings.add(node);
  });
  for (const { owner: at, sub } of subTypes) {
    const table = ownerTable(nodes, at, lists);
    if (table) typeSubField(table, sub);
  }
  // Graph's `## Relationships` table on a type's page: its navigation properties, rows of the type's table (relationships.ts).
  const pageTable = titled && ownerTable(nodes, nodes.indexOf(titled.heading), lists);
  if (titled && pageTable) joinRelationships(nodes, titled.title, pageTable, columnNames);
  // JSON:API's `## Relationships` table of cardinalities: the relationships of its type's resource (relationships.ts).
  markResourceRelationships(nodes, columnNames);
  // `### Properties` of a type: a label inside its definition, not a section of its own.
  return nodes.map((node): RootContent => {
    if (node.type === 'heading' && subheadings.has(node))
      return { type: 'paragraph', children: node.children, ...(node.position ? { position: node.position } : {}) };
    return (node.type === 'list' && lists.get(node)) || node;
  });
}

/** The first table (or attribute list made one) under the type's heading at `index`, before its next heading. */
function ownerTable(nodes: readonly RootContent[], index: number, lists: ReadonlyMap<List, Table>): Table | undefined {
  for (const node of nodes.slice(index + 1)) {
    if (node.type === 'heading') return undefined;
    if (node.type === 'table') return node;
    if (node.type === 'list' && lists.has(node)) return lists.get(node);
  }
  return undefined;
}

/** The type a page's title names when the next heading is its `Properties` (`# Book` ⏎ `## Properties`). */
function modelName(nodes: readonly RootContent[], index: number, title: string): string | undefined {
  const name = title.replace(/\*+/g, '').trim();
  if (!MODEL_NAME.test(name)) return undefined;
  const next = nodes.slice(index + 1).find((node) => node.type === 'heading');
  return next?.type === 'heading' && next.depth === 2 && MODEL_PARTS.test(plainText(next).trim()) ? name : undefined;
}

/** A prmd resource's title: words as a type's name is written (`Shelf`, `Shelf Label`). */
const RESOURCE_TITLE = /^[A-Z][A-Za-z0-9]*(?:[ \t]+[A-Za-z][A-Za-z0-9]*){0,3}$/;
/** The links `prmd init` writes, each answering with the resource (a list of it for `List`). */
const RESOURCE_LINK = /^(?:Create|Info|List|Update|Delete)$/;

/**
 * prmd's resource heading (`## Shelf`): its next heading, one level down, titles its attributes
 * (`### Attributes` over their table), and the next at that level opens an operation titled by the
 * resource (`### Shelf Create`). The resource's type is named after the heading.
 *
 *     ## Shelf               → type-definition `Shelf`
 *     ### Attributes         → (in Shelf's definition)
 *     | Name | Type | … |
 *     ### Shelf Create       → an operation answering with a Shelf where its samples fit it
 */
function resourceName(nodes: readonly RootContent[], index: number, title: string): string | undefined {
  const heading = nodes[index] as Heading;
  if (heading.depth < 2 || !RESOURCE_TITLE.test(title)) return undefined;
  const parts = nextHeading(nodes, index + 1, 6);
  if (parts?.node.depth !== heading.depth + 1 || !MODEL_PARTS.test(plainText(parts.node).trim())) return undefined;
  const next = nextHeading(nodes, parts.index + 1, heading.depth + 1)?.node;
  const opens = next?.depth === heading.depth + 1 && next.data?.section === 'operation' && headingText(next).trim().startsWith(`${title} `);
  return opens ? typeNameOf(title) : undefined;
}

/** The first heading from `from` on of depth `depth` or less, and where it is. */
function nextHeading(nodes: readonly RootContent[], from: number, depth: number): { node: Heading; index: number } | undefined {
  for (let index = from; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type === 'heading' && node.depth <= depth) return { node, index };
  }
  return undefined;
}

/**
 * A link of the resource's (`### Shelf Info`): where it is one of prmd's standard links, its answer
 * is the resource, a list of it for `List`, where its samples fit it (merge/named-types.ts); the
 * title states no more than that, so a success its samples do not show stays as it is.
 */
function markResourceLink(node: Heading, resource: { title: string; name: string; depth: number }): void {
  const title = headingText(node).trim();
  if (node.depth !== resource.depth + 1 || !title.startsWith(`${resource.title} `)) return;
  const link = title.slice(resource.title.length + 1).trim();
  if (RESOURCE_LINK.test(link)) node.data = { ...node.data, namedReturn: { words: resource.name, list: link === 'List', sampled: true } };
}

/** Whether a table or an attribute list comes under the heading at `index` before a heading as high as it. */
function tableFollows(nodes: readonly RootContent[], index: number, tableOf: (list: List) => Table | undefined): boolean {
  const depth = (nodes[index] as Heading).depth;
  for (const node of nodes.slice(index + 1)) {
    // A heading as high, or one that opens an operation or its parts, ends the type.
    if (node.type === 'heading' && (node.depth <= depth || node.data?.section !== 'aside')) return false;
    if (node.type === 'table') return true;
    if (node.type === 'list' && tableOf(node)) return true;
  }
  return false;
}

/** A page's word that its request parameters are required unless it says otherwise where they are listed. */
const ALL_REQUIRED =
  /\ball\s+(?:request\s+)?(?:parameters|params|arguments|fields)\s+are\s+(?:required|mandatory),?\s+unless\s+(?:otherwise\s+(?:specified|noted|stated|indicated|mentioned)|(?:specified|noted|stated|indicated|marked)\s+(?:otherwise|as\s+optional|optional))\b/i;

/** Headings inside lists and quotes are prose too. */
function markNestedHeadings(root: Root): void {
  const visit = (node: Nodes, top: boolean): void => {
    if (node.type === 'heading' && !top && !node.data?.section) node.data = { ...node.data, section: 'aside' };
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child, node.type === 'root');
  };
  visit(root, false);
}

function pageMeta(nodes: readonly RootContent[]): PageMeta {
  const title = nodes.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  return title ? { title: plainText(title).trim() } : {};
}

export const markdownReader: Reader = { id: 'markdown', detect, read };
