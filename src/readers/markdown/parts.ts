/**
 * The nodes of one operation region → the normalised document's sections: real headings get the
 * section their title names, and where the page labels a part with a paragraph (`Example
 * response:`), a table or a list (an attribute table under no heading), a synthetic heading (no
 * position: it is not in the page) opens the section.
 *
 *     ## Create a commit                   → operation (the region's heading)
 *     ```POST /projects/:id/commits```     → dropped; a ```http request line is put first instead
 *     | Attribute | Type | Required | …    → [attributes] + the table
 *     | `actions[]` Attribute | …         → [attributes, name actions[]] + the table
 *     ```bash curl -X POST … -d '{…}'```   → [sample-request] + the data as a ```json block
 *     Example response:                    → [sample-response]
 *     ```json {…}```
 *
 * This module walks the region; each paragraph, table and code block is placed by its own module
 * (`paragraph-parts.ts`, `table-parts.ts`, `code-parts.ts`), sharing the walk's state
 * (`part-state.ts`); the summary's block is chosen in `operation-summary.ts`.
 */
import type { Code, Heading, HeadingData, List, ListItem, Paragraph, RootContent, Table } from 'mdast';
import type { Position } from 'unist';
import { MEDIA_TYPE_ALONE } from '../../document/content-type.js';
import { plainText } from '../../document/plain-text.js';
import type { SectionKind } from '../../document/types.js';
import { versionHeading } from '../../document/version-notes.js';
import { queryKeys } from '../shared/query-string.js';
import { labelParts } from '../shared/trim.js';
import { annotationsTable } from './annotated-samples.js';
import { announcedSample, isResponseProse, plainTextAnswer, titlesMember } from './announced-samples.js';
import { tableOfAttributeList, tableOfStatusList } from './attribute-lists.js';
import { curlBaseUrl } from './base-urls.js';
import { noteCall } from './call-places.js';
import { callOf } from './client-calls.js';
import { placeCode, placeDeclared, sketchTable } from './code-parts.js';
import { answerFollows } from './cued-requests.js';
import { type CurlRequest, isCurlCommand } from './curl.js';
import { callsAnother } from './curl-samples.js';
import { answerHeadersTable, conditionLabel, contentCaption, dataLabel, headerNames, headersCaption } from './data-labels.js';
import { isDeprecationMark, laterMark } from './deprecated-operations.js';
import { leadWithDescription, untitledDescription } from './description-sections.js';
import { isExampleAlone } from './example-answers.js';
import { ANY_METHOD, documentedNames, exampleQueryTable, exampleUrls, proseNames, requestLineQueries } from './example-queries.js';
import { markOrigin } from './findings.js';
import { FORM_MEDIA, FormEvidence, messageFormType } from './form-bodies.js';
import { type HeaderLine, headerTable, mediaTypeHeaderLines } from './header-lines.js';
import { leadingSampleKind } from './leading-samples.js';
import { linkedBodyTypeText } from './linked-bodies.js';
import { type LinkedBody, linkedBodyType, titledLinks } from './linked-sections.js';
import { BODY_METHODS, linkedTable } from './linked-tables.js';
import { returnsTrue } from './literal-returns.js';
import { markedBodyType, markedTitle } from './marked-titles.js';
import { requestBodyTable, titledMediaType } from './media-type-cells.js';
import { giveMediaTypes, readMediaTypeLabel, type StatedMediaTypes } from './media-type-labels.js';
import { mediaTypeSentences } from './media-type-sentences.js';
import { labelledMember } from './member-tables.js';
import { messageSketch } from './message-sketches.js';
import { isLabelledReturn, markNamedReturn } from './named-returns.js';
import { firstProse, isAdmonition, isApidocTitle, isFactsParagraph, isLabelOnly, isStatusOnly } from './operation-summary.js';
import { describeOutcome, describesOutcome, isOutcomeHeading } from './outcome-headings.js';
import { codeReturnType, placeParagraph } from './paragraph-parts.js';
import { parameterLinesTable } from './parameter-lines.js';
import { inlineSamples, labelledItems, leadingStatuses, sampleFieldList } from './part-lists.js';
import {
  BODILESS,
  cuedStatus,
  ERRORS_TITLE,
  isResponseCue,
  isSampleCall,
  isUrlTitle,
  LABEL,
  PARAMETER_SECTIONS,
  type PartOptions,
  REQUEST_PARTS,
  RESPONSE_KINDS,
  type State,
  synthetic,
  TABLE_KINDS,
} from './part-state.js';
import { callsRoute, parseSignature, placeholderNames } from './paths.js';
import { answerPointsAtSample } from './pointed-samples.js';
import { postedForms } from './posted-forms.js';
import { proseFormFieldTable } from './prose-form-fields.js';
import { proseParameterTable } from './prose-parameters.js';
import { answerSamples, errorStatusList, proseStatuses, statusesTable, statusTable, unstatedSuccessTable } from './prose-statuses.js';
import { isReasonAlone } from './reasoned-status-lines.js';
import { isLabel, type Region, SAMPLE_KINDS } from './regions.js';
import { returnedType } from './returned-links.js';
import { routeNameList } from './route-name-lists.js';
import { routeSubtitle } from './route-subtitles.js';
import { normaliseTitle, sectionOfTitle, statusOfTitle, type TitledSection } from './section-titles.js';
import { laterCommandOf } from './shell-transcripts.js';
import {
  headingTitle,
  isRequestMessage,
  requestMessageSends,
  type Signature,
  sentMediaType,
  signaturesIn,
  stepMediaTypes,
} from './signatures.js';
import { placeholderQuery } from './stated-queries.js';
import { describeStatusHeadings, headingStatusTable, isHeadedSection, markHeadedSection } from './status-heading-prose.js';
import { statedStatus, statusMessage } from './status-messages.js';
import { LETTERS_REASON, reasonOf, STATUS_CODE } from './status-words.js';
import { placeTable } from './table-parts.js';
import { tidyJson } from './tidy-json.js';

export function layoutRegion(nodes: readonly RootContent[], region: Region, options: PartOptions): RootContent[] {
  const out: RootContent[] = [];
  const depth = Math.min(6, region.depth + 1) as State['depth'];
  const head = nodes[region.start]!;
  if (region.headed && head.type === 'heading') {
    head.data = { section: 'operation', ...(head.data?.tag ? { tag: head.data.tag } : {}) };
    out.push(head);
  } else
    out.push(synthetic(depth, { section: 'operation' }, region.signatures.map((s) => `${s.method.toUpperCase()} ${s.path}`).join(', ')));
  const lines: Code[] = [];
  // A region of several calls each its own route (a page of curl commands only): each call's request line, by the call's place.
  const callLines = new Map<number, string>();
  for (const signature of region.signatures) {
    // (A webhook's host is the reader's server, no server of the API.)
    if (signature.host && !signature.webhook && /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(signature.host)) options.baseUrls?.add(signature.host);
    const line: Code = { type: 'code', lang: 'http', meta: null, value: `${signature.method.toUpperCase()} ${signature.path}` };
    if (signature.position) line.position = signature.position;
    // (So too one row of an index of routes no section states again: its words, not the page's title, summarise it.)
    if (signature.title && (region.signatures.length > 1 || signature.listed)) line.data = { summary: signature.title };
    // A route's row in a table of rate limits: no summary from the heading or words over the table; its cell's words at most its description.
    else if (signature.limits)
      line.data = { limitsRow: true, ...(signature.limits.described ? { description: signature.limits.described } : {}) };
    // `{id:int}` may be ASP.NET's (32 bits) or Starlette's and Flask's (unbounded): an integer, no width.
    if (/\{[^{}]*:(?:int|float)\b/.test(signature.path)) line.data = { ...line.data, neutralConverters: true };
    if (signature.mediaTypes) line.data = { ...line.data, mediaTypes: signature.mediaTypes };
    if (signature.webhook) line.data = { ...line.data, webhook: signature.webhook };
    // A route only a sample call states (`curl -X PUT …/lamps/desk/…`): the merge may fold it into the template it calls.
    if (signature.kind === 'curl') line.data = { ...line.data, called: true };
    // `GET /v2/lamp?id=<lamp id>` in a section of its own beside `GET /v2/lamp`: its keys the route's optional parameters.
    if (signature.variant && signature.query !== undefined) line.data = { ...line.data, variantKeys: queryKeys(signature.query) };
    const at = signature.position?.start.offset;
    if (signature.kind === 'curl' && region.signatures.length > 1 && at !== undefined) callLines.set(at, line.value);
    out.push(line);
    lines.push(line);
  }
  // (The region's request lines, which its sample calls tell of: call-places.ts.)
  const requestLines: readonly Code[] = lines;
  const state: State = {
    kind: 'operation',
    synthetic: false,
    depth,
    severalMethods: new Set(region.signatures.map((signature) => signature.method)).size > 1,
    methods: new Set(region.signatures.map((signature) => signature.method.toUpperCase())),
    counted: region.signatures.some((signature) => COUNT_SEGMENT.test(signature.path)),
    routeNames: new Set(region.signatures.flatMap((signature) => placeholderNames(signature.path))),
    proseTables: new Set(),
  };
  const documented = documentedNames(nodes.slice(region.start, region.end));
  // `?pretty=1` in an example URL, `pretty` a global parameter the page lists for every call: no parameter of this one alone.
  const globals = options.globalParameters;
  const queried = globals ? { has: (name: string) => documented.has(name) || globals.has(name) } : documented;
  // A curl command in the region: the call's sample, which other clients' tabs beside it show again (perhaps shortened).
  const regionCurled = nodes.slice(region.start, region.end).some((node) => node.type === 'code' && isCurlCommand(node));
  const exampleQueries: Table[] = [];
  // `GET /teams/search?perpage=50&sort=name-desc` (and an alternative line of the same route after
  // "or"): the request line's own query keys, with sample values, are parameters as an example
  // call's are; keys a table or list documents keep their rows.
  for (const line of requestLineQueries(nodes.slice(region.start, region.end), [...region.signatures, ...queryForms(nodes, region)])) {
    const queries = exampleQueryTable(line.text, line.position, region.signatures, queried, ANY_METHOD);
    if (!queries) continue;
    exampleQueries.push(markOrigin(queries, 'example URL'));
    for (const row of queries.children.slice(1)) documented.add(plainText(row.children[0]!));
  }
  const forms = new FormEvidence();
  // The `Content-Type` / `Accept` rows of media-type lines (`Content-Type: application/vnd.api+json`).
  const headerRows: Table[] = [];
  /**
   * A paragraph of media-type header lines (header-lines.ts): the request's `Content-Type` the
   * body's media type, as a headers table's row is (a form's the form's evidence), `Accept` the
   * answer's; a `Content-Type` under a response's title that response's (the answers' under
   * `Responses` or the response's headers). No prose; under a status heading the line stays
   * its sample's (status-heading-prose.ts), in a section no part of the call (`Errors`) prose.
   */
  const placeHeaderLines = (node: Paragraph): boolean => {
    const lines = node.position && !state.setAside && !OTHER_KINDS.has(state.kind) ? mediaTypeHeaderLines(node) : undefined;
    if (!lines || !node.position || isHeadedSection(state.section)) return false;
    const answer = RESPONSE_KINDS.has(state.kind) || state.kind === 'response-headers';
    const section = state.kind === 'response-body' || state.kind === 'sample-response' ? state.section?.data : undefined;
    for (const { name, mediaType } of lines) {
      if (name === 'Content-Type' && section) section.mediaType ??= mediaType;
      else if (name === 'Content-Type' && answer) headerRows.push(headerTable('Accept', mediaType, node.position));
      else if (name === 'Content-Type' && FORM_MEDIA.test(mediaType)) forms.state(mediaType, node.position);
      else headerRows.push(headerTable(name, mediaType, node.position));
    }
    return true;
  };
  /**
   * A sentence that states the requests' or the answers' media type (media-type-sentences.ts:
   * "Requests must be sent with the `application/vnd.api+json` content type."): what a header line
   * states, the sentence prose still. None in a section no part of the call, or under a status heading.
   */
  const placeMediaSentences = (node: Paragraph): void => {
    if (!node.position || state.setAside || OTHER_KINDS.has(state.kind) || isHeadedSection(state.section)) return;
    for (const { name, mediaType } of mediaTypeSentences(node) ?? []) placeStated(name, mediaType, node.position);
  };
  const placeStated = (name: HeaderLine['name'], mediaType: string, position: Position): void => {
    if (name === 'Content-Type' && FORM_MEDIA.test(mediaType)) forms.state(mediaType, position);
    else headerRows.push(headerTable(name, mediaType, position));
  };
  const named: Array<{ table: Table; location: 'query' | 'path' }> = [];
  // The node placed is right over a table (`place` reads it for "Returns `Board`." over the type's fields).
  let overTable = false;
  const formFields: Table[] = [];
  const statedTypes: StatedMediaTypes = {};
  const readProse = (node: RootContent) => {
    // "POST a multipart form …, where the form field `image` contains …": a field of the body.
    const fields = proseFormFieldTable(node, region.signatures, documented);
    if (fields) {
      formFields.push(markOrigin(fields, 'prose'));
      // Fields of a form: the body is one, its encoding unstated where nothing else states it.
      forms.state('form', node.position);
      for (const row of fields.children.slice(1)) documented.add(plainText(row.children[0]!));
    }
    const found = proseParameterTable(node, region.signatures, documented);
    if (!found) return;
    named.push({ ...found, table: markOrigin(found.table, 'prose') });
    for (const row of found.table.children.slice(1)) documented.add(plainText(row.children[0]!));
  };
  const sendsBody = region.signatures.length > 0 && region.signatures.every((signature) => !BODILESS.has(signature.method));
  // Every request line of the region a webhook's (webhook-deliveries.ts).
  const delivered = region.signatures.length > 0 && region.signatures.every((signature) => signature.webhook !== undefined);
  const leading: Code[] = [];
  const open = (kind: SectionKind, data: HeadingData = {}) => {
    // `**Sample Usage:**` ⏎ `PUT <host>/…/team/4` ⏎ `**Payload:**` ⏎ its JSON ⏎ `**Response:**` ⏎ its JSON: the labelled
    // body and answer after a sample's request line are that call's samples, another method's calls taking neither.
    const method = state.sampleMethod && (kind === 'sample-response' || kind === 'sample-request') ? { method: state.sampleMethod } : {};
    if (!SAMPLE_KINDS.has(kind) && !CALL_BODIES.has(kind)) delete state.sampleMethod;
    const other = kind === 'sample-response' && state.otherCall === true;
    if (kind !== 'sample-response') delete state.otherCall;
    // The answer to a call that asked for one JSON type (`Accept: application/vnd.api+json`): of that type.
    const accepted = kind === 'sample-response' && state.accepted && !data.mediaType ? { mediaType: state.accepted } : {};
    const heading = synthetic(depth, { ...data, ...method, ...accepted, section: other ? 'aside' : kind }, kind);
    out.push(heading);
    state.section = heading;
    state.kind = kind;
    state.synthetic = true;
    delete state.heading;
    delete state.sampled;
    delete state.curled;
    delete state.messaged;
    delete state.setAside;
    delete state.required;
    delete state.errorsTitled;
    // (A sample a cue announces under a response's title, `#### Response` ⏎ "A stream of objects is returned:", is still under it.)
    if (kind !== 'notes' && kind !== 'response-body' && kind !== 'responses' && kind !== 'sample-response') delete state.responseTitled;
    delete state.urlTitled;
    delete state.signatureTitled;
    delete state.exampleTitled;
  };
  /**
   * "On success, the server returns HTTP 201." in the operation's prose: its statuses, the words
   * staying its prose (`push`: the paragraph is not in the output yet). True when it states any.
   */
  const placeProseStatuses = (node: Paragraph, push = true): boolean => {
    const stated = (state.kind === 'operation' || state.kind === 'notes') && node.position ? proseStatuses(node) : undefined;
    if (!stated || !node.position) return false;
    if (push) out.push(node);
    open('responses');
    const table = statusesTable(stated, node.position);
    state.proseTables.add(table);
    out.push(table);
    // "If successful, returns 201, … and the following response:": the sample below is that success's.
    if (isResponseCue(plainText(node).trim())) {
      open('sample-response', cuedStatus(stated, plainText(node).trim()));
      return true;
    }
    // The prose goes on: what follows is the operation's again (its tables placed by their columns).
    open('notes');
    return true;
  };
  /**
   * "Returns a list of [emoji](#…/emoji-object) objects" in the operation's prose: a success (whose
   * code the page does not give) with a body of that type, the sentence staying its prose ("Returns
   * *True* on success.": a boolean, literal-returns.ts).
   */
  const placeLinkedReturn = (node: Paragraph): boolean => {
    if (!RETURNS_PROSE.has(state.kind) || !node.position) return false;
    if (!node.children.some((child) => child.type === 'link') && !returnsTrue(node)) return false;
    const returned = returnedType(node, options.sections);
    if (!returned) return false;
    returned.bind?.();
    const prose = state.kind === 'operation' || state.kind === 'notes';
    out.push(node);
    open('responses', { typeText: returned.typeText });
    out.push(unstatedSuccessTable('', node.position));
    if (prose) open('notes');
    return true;
  };
  /**
   * "Provide a [lamp object](#the-lamp-object) as the body of your request." in the operation's
   * prose: the request's body is that object (linked-bodies.ts), the sentence staying its prose.
   */
  const placeLinkedBody = (node: Paragraph): boolean => {
    if (state.setAside || !LINKED_BODY_PROSE.has(state.kind) || !sendsBody || !node.position) return false;
    const typeText = linkedBodyTypeText(node);
    if (!typeText) return false;
    const prose = state.kind !== 'request-body';
    out.push(node);
    open('request-body', { typeText });
    if (prose) open('notes');
    return true;
  };
  /**
   * Bodies documented by links to the sections that tabulate them (`- Data:` ⏎ `See [Shelf
   * data](#shelf-data)`): each of the linked section's type, the section that type's definition.
   */
  const placeLinkedBodies = (bodies: readonly LinkedBody[] | undefined): boolean => {
    for (const body of bodies ?? []) {
      body.bind();
      const status = body.kind === 'response-body' ? (state.section?.data?.status ?? state.status) : undefined;
      open(body.kind, { typeText: body.typeText, ...(status ? { status } : {}) });
    }
    return bodies !== undefined;
  };
  const titledLinkBodies = (blocks: ReadonlyArray<readonly RootContent[]>): LinkedBody[] | undefined =>
    options.sections
      ? titledLinks(blocks, {
          sections: options.sections,
          titles: options.titles,
          inResponse: state.kind === 'responses' || state.kind === 'response-body' || state.responseTitled === true,
          sendsBody: region.signatures.every((signature) => BODY_METHODS.has(signature.method)),
        })
      : undefined;
  /**
   * A list of the operation's notes (or right after a sample) whose items state statuses as its
   * sentences do (`- The body is your file.` ⏎ `- Returns `201 Created` if imported successfully.`):
   * the list stays its prose, and each item's statuses are the operation's. True when any does.
   */
  const placeListedStatuses = (node: List): boolean => {
    const sample = SAMPLE_KINDS.has(state.kind);
    if (state.kind !== 'operation' && state.kind !== 'notes' && !sample) return false;
    const items = node.children.flatMap((item) => (item.children[0]?.type === 'paragraph' ? [item.children[0]] : []));
    if (!items.some((item) => item.position && proseStatuses(item))) return false;
    // After a sample (`Request:` ⏎ its fence ⏎ the list), the list is the operation's notes again.
    if (sample) open('notes');
    out.push(node);
    for (const item of items) placeProseStatuses(item, false);
    return true;
  };
  /** The headers the current status's answer carries (`**Headers** : …`): a table of them, then its other parts again. */
  const placeAnswerHeaders = (names: readonly string[], position: Position): void => {
    const status = state.status!;
    if (names.length > 0) {
      open('response-headers');
      out.push(answerHeadersTable(names, status, position));
      open('responses');
      state.status = status;
    }
  };
  /**
   * The status a response's label states (`**Response:** `204 No Content``), where it titles that
   * status's answer; a label of other words (`200: OK` under `#### Notes`, a fence's `404 Not Found`) states none here.
   */
  const labelledStatus = (text: string, titles: PartOptions['titles']): string | undefined => {
    if (!/^responses?\b/i.test(text)) return undefined;
    const kind = sectionOfTitle(text, titles)?.kind;
    return kind === 'sample-response' || kind === 'response-body' ? statusOfTitle(text) : undefined;
  };
  /** Whether the page writes the label where it stands (a label made from a fence's title, `Response 404`, is not). */
  const writtenResponseLabel = (node: Paragraph): boolean => {
    const [from, to] = [node.position?.start.offset, node.position?.end.offset];
    return from !== undefined && to !== undefined && /^[*_\s]*responses?\b/i.test(options.page.slice(from, Math.min(to, from + 40)));
  };
  // The status table of a fence under an outcome's heading, whose prose after it describes it (outcome-headings.ts).
  let outcome: Table | undefined;
  let headedOutcome = false;
  const place = (node: RootContent): void => {
    // After the fields of the object a cue named (`The `message` object has …:` ⏎ its list), the part it stood in goes on.
    const within = node.type === 'list' || node.type === 'table' ? undefined : state.definedWithin;
    if (within) {
      delete state.definedWithin;
      if (node.type !== 'heading' && state.kind === 'type-definition') {
        // (Under the operation's own words, its notes: a heading of the operation's is no part's.)
        if (within.kind === 'operation') open('notes');
        else open(within.kind, within.data);
        state.synthetic = within.synthetic;
        if (within.heading) state.heading = within.heading;
      }
    }
    const titled = state.titled;
    delete state.titled;
    // `**Example Requests:**` ⏎ `- http://host/api/join?meetingID=test01&fullName=John`: the URLs a
    // browser GETs, their query keys a GET's parameters as a curl command's are (example-queries.ts).
    if (state.kind === 'sample-request' && node.position)
      for (const url of exampleUrls(node)) {
        const queries = exampleQueryTable(`GET ${url} HTTP/1.1`, node.position, region.signatures, queried);
        if (!queries) continue;
        exampleQueries.push(markOrigin(queries, 'example URL'));
        for (const row of queries.children.slice(1)) documented.add(plainText(row.children[0]!));
      }
    const headersCaptioned = state.headersCaption;
    delete state.headersCaption;
    // `##### Summary:` right after the signature (swagger-markdown): the prose under it is the operation's own.
    if (node.type === 'heading' && state.kind === 'operation' && /^summary$/.test(normaliseTitle(plainText(node)))) return;
    if (node.type === 'heading') {
      placeHeading(node, state, options);
      if (state.kind === 'request-body') forms.title(plainText(node), node.position);
      // `##### 403 Forbidden` (nothing under it but prose, or nothing at all): the operation answers so.
      const stated = STATUS_HEADING.exec(plainText(node).trim());
      if (stated && node.position) {
        out.push(node);
        open('responses');
        // `#### 200 response` (a status's part under `### Responses`): the word is no reason phrase.
        out.push(headingStatusTable(stated[1]!, /^responses?$/i.test(stated[2] ?? '') ? '' : (stated[2] ?? ''), node.position));
        // Its sample and prose stay under it (the prose its description, status-heading-prose.ts).
        open('sample-response', { status: stated[1]! });
        markHeadedSection(state.section);
        state.statusHeading = { depth: node.depth, status: stated[1]! };
        return;
      }
    } else if (node.type === 'paragraph') {
      // `###### On Failure: Authentication Required` ⏎ its message ⏎ "The client is not
      // authenticated.": what that answer means, its status's description (outcome-headings.ts).
      const told = outcome;
      outcome = undefined;
      if (told && describesOutcome(node)) return void describeOutcome(told, node);
      // `**200 OK**`, `**400**` alone under a responses title (Trello's, Notion's) ⏎ its prose ⏎ its
      // sample: the status, as a status heading is (its prose its description, status-heading-prose.ts).
      // Under an error title (`**Possible errors**` ⏎ `**400 Bad Request**` ⏎ its codes), an error status so too.
      const bold =
        STATUS_PARTS.has(state.kind) || state.errorsTitled
          ? boldStatus(node, STATUS_PARTS.has(state.kind) && overWords(node, options.page))
          : undefined;
      if (bold && node.position && (!state.errorsTitled || /^[45]/.test(bold[0]))) {
        open('responses');
        out.push(headingStatusTable(bold[0], bold[1], node.position));
        open('sample-response', { status: bold[0] });
        markHeadedSection(state.section);
        return;
      }
      // `Returns: `Shelf` — the created shelf.` after the parameters' table under their title: the
      // operation's words again, which name its answer (named-returns.ts), no part of the parameters'.
      // "Returns `Board`." right over a table, in the operation's words or after its parameters (SDK
      // references): the answer's title, as a Returns heading is (paragraph-parts.ts types the answer,
      // and the table under it defines the type), not parameters of it.
      if (
        (REQUEST_PARTS.has(state.kind) || state.kind === 'operation' || state.kind === 'notes') &&
        !state.setAside &&
        overTable &&
        codeReturnType(node)
      )
        open('response-body');
      else if (REQUEST_PARTS.has(state.kind) && !state.setAside && isLabelledReturn(node)) open('notes');
      tagSampleMethod(node, state);
      // `**Produces**: application/json` (JFrog's): the media types answered or accepted, no prose (media-type-labels.ts).
      if (readMediaTypeLabel(node, statedTypes)) return;
      // `Content-Type: application/vnd.api+json` ⏎ `Accept: …` (JSON:API's): the media types, no prose.
      if (placeHeaderLines(node)) return;
      placeMediaSentences(node);
      readProse(node);
      if (FORM_PROSE.has(state.kind)) forms.sentence(plainText(node), node.position);
      markNamedReturn(node, state.kind, state.heading?.data?.typeText !== undefined);
      if (placeLinkedReturn(node)) return;
      if (placeLinkedBody(node)) return;
      // "See [Shelf data](#shelf-data)" alone under a body's title: that body is the linked section's type.
      const kind = titled && (state.kind === 'response-body' || state.kind === 'request-body') ? state.kind : undefined;
      const linked = kind && options.sections ? linkedBodyType(node.children, options.sections) : undefined;
      if (placeLinkedBodies(titledLinkBodies([[node]]) ?? (kind && linked ? [{ ...linked, kind }] : undefined))) return;
      if (placeProseStatuses(node)) return;
      // `**Code** : `200 OK`` (the API-docs template's Success / Error Response): the operation
      // answers so, and the sample that follows is that answer.
      const labelled = isStatusLabel(node) ? STATUS_LABEL_LINE.exec(plainText(node).trim()) : null;
      if (labelled && node.position) {
        // `**Condition** : If …` right before it: the answer's description, as the template pairs them.
        const previous = out.at(-1);
        const condition = previous?.type === 'paragraph' ? conditionLabel(previous) : undefined;
        open('responses');
        out.push(statusTable(labelled[1]!, condition ?? reasonOf(labelled[1]!, labelled[2]!.trim()), node.position));
        state.status = labelled[1]!;
        return;
      }
      // `**Data content** : [`Word`](word.md)` after it: that status's body is the linked type;
      // `**Data type**: [`User`](user.md)` before any response: the request's body is.
      const data = dataLabel(node);
      if (data && state.status && state.kind === 'responses') {
        open('response-body', { typeText: data.typeText, status: state.status });
        state.status = undefined;
        return;
      }
      if (data?.label === 'type' && !RESPONSE_KINDS.has(state.kind) && !state.setAside) {
        open('request-body', { typeText: data.typeText });
        return;
      }
      // `**Content example**` after it: the caption of that status's sample, no prose; `**Content** : `{}``: its empty body.
      const caption = state.status && state.kind === 'responses' ? contentCaption(node) : undefined;
      if (caption === 'sample') return void open('sample-response', { status: state.status! });
      if (caption === 'empty') return;
      // `**Headers** : `Location: …`` after it: that status's headers; `**Headers**` alone: the fence below states them.
      const headers = state.status && state.kind === 'responses' ? headersCaption(node) : undefined;
      if (headers === 'fence') {
        state.headersCaption = true;
        return;
      }
      if (headers && node.position) return void placeAnswerHeaders(headers, node.position);
      // `**Response:** `204 No Content``, `**Response 200**`: a label titling a status's answer states it, nothing under it or not.
      const titledStatus = isLabel(node) && writtenResponseLabel(node) ? labelledStatus(plainText(node).trim(), options.titles) : undefined;
      if (titledStatus && node.position) {
        open('responses');
        out.push(statusTable(titledStatus, '', node.position));
      }
      const placed = placeParagraph(node, state, open, options, titled === true);
      // A label that opened a section is its title, as a heading's text is: no prose of it.
      if (placed !== LABEL) out.push(node);
      if (placed !== LABEL && isResponseProse(node, state)) node.data = { ...node.data, answer: true };
      if (placed && placed !== LABEL) out.push(placed);
      // A sentence that ended a sample's or a table's section is the operation's prose again:
      // "Returns `204 No Content` on success." after a curl command or a parameters list.
      if (!placed && out.at(-1) === node && placeProseStatuses(node, false)) return;
      // After the statuses a response's prose states, the section it stood in goes on.
      const resume = state.resume;
      delete state.resume;
      if (resume) open(resume.kind, resume.data);
      if (resume?.heading) {
        state.synthetic = false;
        state.heading = resume.heading;
      }
      return;
    } else if (node.type === 'table') {
      // swagger-markdown's `| Required | Schema |` under `#### Request Body`: the body's type, not its fields.
      const body = state.kind === 'request-body' && state.heading?.data ? requestBodyTable(node) : undefined;
      if (body) {
        for (const mediaType of body.mediaTypes) forms.state(mediaType, node.position);
        const { mediaTypes, ...data } = body;
        return void Object.assign(state.heading!.data!, data);
      }
      // A facts table's `Accepted content types` row: the body's media types.
      forms.facts(node);
      placeTable(node, state, open, options);
      // `**sourceItems parameters:**` over the table, payloads sending `"sourceItems": [{…}]`: that member's fields (member-tables.ts).
      const section = state.kind === 'attributes' && state.synthetic ? state.section : undefined;
      const member = section ? labelledMember(out[out.indexOf(section) - 1], node, nodes.slice(region.start, region.end)) : undefined;
      if (section && member) section.data = { ...section.data, name: member };
      state.tabled = state.section;
    } else if (node.type === 'blockquote') {
      // A label in a quote: Slate's `> The above command returns JSON structured like this:`,
      // Widdershins' `> Code samples`, `> Body parameter`, `> 200 Response` before their samples.
      const [inner, ...rest] = node.children;
      const label = inner?.type === 'paragraph' && rest.length === 0 && (isLabel(inner) || isResponseCue(plainText(inner).trim()));
      const placed = label ? placeParagraph(inner, state, open, options) : undefined;
      if (placed !== LABEL) out.push(node);
      if (placed && placed !== LABEL) out.push(placed);
      return;
    } else if (node.type === 'list') {
      // Items that title a body over a link (`* Data: see [Shelf data](#shelf-data)`): those bodies, the items around them lists as before.
      const linkedItems = node.children.map((item) => titledLinkBodies([item.children]));
      if (linkedItems.some((bodies) => bodies !== undefined)) {
        let run: ListItem[] = [];
        const flush = () => {
          const [first, last] = [run[0]?.position, run.at(-1)?.position];
          if (run.length > 0)
            place({ ...node, children: run, ...(first && last ? { position: { start: first.start, end: last.end } } : {}) });
          run = [];
        };
        node.children.forEach((item, index) => {
          if (linkedItems[index]) {
            flush();
            placeLinkedBodies(linkedItems[index]);
          } else run.push(item);
        });
        flush();
        return;
      }
      // `*Example returns:*` over `` * `{code: 0, …}` `` items: each item's JSON a sample under that title.
      const samples = SAMPLE_KINDS.has(state.kind) ? inlineSamples(node) : undefined;
      if (samples) {
        for (const sample of samples) place(sample);
        return;
      }
      // Items that are labels (`* **Parameters**:`, `* Example response:`) title what follows them.
      const parts = labelledItems(node, options.titles, options.page);
      if (parts) {
        for (const part of parts) place(part);
        return;
      }
      // `**Errors**` over `* 404 Library not found.` items: the error answers the operation gives.
      const errors = titled && state.errorsTitled ? errorStatusList(node) : undefined;
      if (errors) {
        open('responses', { errors: true });
        out.push(errors);
        return;
      }
      // Statuses listed under a title, then other items (`* **HTTP 404**: If …` ⏎ `* **Returns**: nothing`).
      const leading = state.kind === 'responses' ? leadingStatuses(node, options.page) : undefined;
      if (leading) {
        for (const part of leading) place(part);
        return;
      }
      // `* repo-id` ⏎ `* path` right under the request line, no title: the route's names are its path parameters.
      const routeNames = state.kind === 'operation' ? routeNameList(node, state.routeNames) : undefined;
      if (routeNames) {
        markOrigin(routeNames.table, 'bullet list');
        placeTable(routeNames.table, state, open, options);
        out.push(routeNames.table);
        // `- note is the note to add` beside `- id is the alert id`: words the page places nowhere, the operation's.
        if (routeNames.rest.length > 0) {
          open('notes');
          out.push(...routeNames.rest);
        }
        return;
      }
      // `Returns:` over statuses alone (`* 200 (OK) with …`, `` * `404 Not Found` ``): the operation's statuses.
      const statuses = state.kind === 'response-body' ? tableOfStatusList(node, options.page) : undefined;
      if (statuses) open('responses');
      const table =
        statuses ??
        (state.kind === 'responses'
          ? (tableOfStatusList(node, options.page) ?? tableOfAttributeList(node, options.page))
          : TABLE_KINDS.has(state.kind) || state.kind === 'operation' || state.kind === 'notes'
            ? tableOfAttributeList(node, options.page, TABLE_KINDS.has(state.kind))
            : undefined);
      if (table) {
        markOrigin(table, 'bullet list');
        placeTable(table, state, open, options);
        out.push(table);
        // `Input:` ⏎ `- state: Filter by state` ⏎ … `curl …/alerts?state=1`: the list documents the call's key (a
        // name in plain words, which the names gathered before the walk miss), no second row of it.
        if (PARAMETER_SECTIONS.has(state.kind)) for (const name of documentedNames([table])) documented.add(name);
        return;
      }
      // `Body:` ⏎ its JSON ⏎ `` - `name` (string, required) ``: the fields of the body the sample
      // shows, as a table standing there is read (every item read so, as untitled lists are).
      const fields = state.kind === 'sample-request' && state.sampled && sendsBody ? tableOfAttributeList(node, options.page) : undefined;
      if (fields) {
        markOrigin(fields, 'bullet list');
        placeTable(fields, state, open, options);
        out.push(fields);
        return;
      }
      // `### Sample Response` ⏎ its JSON ⏎ `` - `ID` - the ID of the created session `` (HashiCorp): the sample's fields, described.
      const described = state.kind === 'sample-response' && state.sampled ? sampleFieldList(node, out, options.page) : undefined;
      if (described) {
        markOrigin(described, 'bullet list');
        // The sample's status, or none stated: a success whose code the page does not give, as the sample's is.
        open('response-body', { status: state.section?.data?.status ?? '2XX' });
        out.push(described);
        return;
      }
      // `- Returns `201 Created` if imported successfully.` among the operation's notes: its statuses, the list its prose.
      if (placeListedStatuses(node)) return;
      // `Input:` ⏎ `-`: a dash alone under a part's title (or the route), nothing there (no words of the operation's).
      if ((TABLE_KINDS.has(state.kind) || state.kind === 'operation') && node.children.every((item) => item.children.length === 0)) return;
      readProse(node);
      if (state.synthetic && TABLE_KINDS.has(state.kind)) open('notes');
    } else if (node.type === 'code') {
      // `**Headers**` ⏎ a fence of `Name: value` lines, after a `**Code**` label: that status's headers, no sample.
      const named = headersCaptioned && state.status && state.kind === 'responses' && node.value.length <= 10_000;
      const lines = named ? headerNames(node.value.split('\n').filter((line) => line.trim() !== '')) : undefined;
      if (lines && node.position) return void placeAnswerHeaders(lines, node.position);
      // What a transcript's later command printed, where that command calls another route: its answer, none of this operation's.
      const printer = laterCommandOf(node);
      if (printer && callsAnother(printer, region.signatures)) {
        state.curled = false;
        return;
      }
      // A fence that only states the status (`Status: 201 Created`, `HTTP 204 No Content`): the
      // operation answers so, and the sample that follows is that answer.
      const stated = statedStatus(node.value);
      if (stated && node.position) {
        const { status } = stated;
        // A status the operation's prose already states (`HTTP/1.1 204 No Content` under "… or a
        // `204 No Content` response code"): the answer shown, no second row of it.
        if (!proseStates(out, status)) {
          open('responses');
          const table = statusTable(status, stated.reason, node.position);
          out.push(table);
          if (headedOutcome) outcome = table;
        }
        state.status = status;
        // `Status: 200 OK` ⏎ `Link: …` ⏎ `X-RateLimit-Limit: 5000`: the headers that answer carries.
        const names = stated.headers ? headerNames(stated.headers) : undefined;
        if (names && state.kind === 'responses') placeAnswerHeaders(names, node.position);
        return;
      }
      // An answer's message whose body is a sketch of placeholders (`200 OK` ⏎ headers ⏎ `{"name": <name>}`): its fields, no sample.
      const sketched = messageSketch(node, state, open, region.signatures);
      if (sketched) {
        out.push(sketched);
        state.curled = false;
        return;
      }
      // `404 Not Found` / `Status 200 OK` over headers (and a body): the answer's message, written without its protocol.
      const bare = statusMessage(node.value);
      if (bare && node.position) {
        // A status the operation's statuses already list: the answer shown, no second row of it.
        if (!proseStates(out, bare.status)) {
          open('responses');
          const table = statusTable(bare.status, bare.reason, node.position);
          out.push(table);
          if (headedOutcome) outcome = table;
        }
        open('sample-response', { status: bare.status });
        out.push({ ...node, lang: 'http', value: bare.http });
        state.sampled = true;
        return;
      }
      const base = options.baseUrls ? curlBaseUrl(node.value, region.signatures) : undefined;
      if (base) options.baseUrls?.add(base);
      const queries = node.position ? exampleQueryTable(node.value, node.position, region.signatures, queried) : undefined;
      if (queries) {
        exampleQueries.push(markOrigin(queries, 'example URL'));
        for (const row of queries.children.slice(1)) documented.add(plainText(row.children[0]!));
      }
      // `Parameters:` over a fence of `name: notes` lines: a parameter a line.
      const listed = titled && PARAMETER_SECTIONS.has(state.kind) ? parameterLinesTable(node) : undefined;
      if (listed) {
        markOrigin(listed, 'fenced list');
        placeTable(listed, state, open, options);
        out.push(listed);
        return;
      }
      // TypeScript declarations (`interface User { … }`): the types the page defines (ts-declarations.ts), and
      // under a body's title that body, of the fence's root type; no prose, no sample.
      const declared = node.position?.start.offset === undefined ? undefined : options.declarations?.get(node.position.start.offset);
      if (declared) {
        placeDeclared(declared, state, open, region.signatures);
        state.curled = false;
        return;
      }
      // A type sketch (`"pages": Integer`) under a body's title: that body's fields, no sample.
      const sketch = sketchTable(node, state, open, region.signatures);
      if (sketch) {
        out.push(sketch);
        state.curled = false;
        return;
      }
      forms.code(node, region.signatures, isSampleCall(node));
      if (isSampleCall(node)) {
        state.accepted = acceptedJsonType(callOf(node));
        // Its URL's query names and a file it sends, on its request line (call-places.ts).
        noteCall(node, requestLines, region.signatures);
      }
      // `### Response` ⏎ `#### Response headers` ⏎ their table ⏎ the JSON: the answer's sample, no part of the headers.
      if (state.kind === 'response-headers' && /^(?:json|json5|jsonc|)$/i.test(node.lang ?? '') && /^[[{]/.test(node.value.trim()))
        open('sample-response', state.status ? { status: state.status } : {});
      // "Returns a message if successful." right above the JSON: the answer's sample; "You can pass
      // an optional JSON object …" the request's (a call that sends a body). The sentence stays prose.
      // (The paragraph's statuses, "The return code is 200 if …", placed after it: the paragraph is still the one above.)
      const bareJson = /^(?:json|json5|jsonc|)$/i.test(node.lang ?? '') && /^[[{]/.test(node.value.trim());
      const prose = state.kind === 'operation' || state.kind === 'notes';
      // (Under a response's title, `#### Response` ⏎ "Returns … as plain text.", only the plain-text answer is read.)
      const answerPart = state.kind === 'response-body' || state.kind === 'sample-response';
      // (Under the call's arguments, `### Arguments` ⏎ "The request body must be a single flow object.", only the request's sample.)
      const argumentPart = state.kind === 'attributes';
      const before =
        (prose || answerPart || argumentPart) && !state.curled && !isSampleCall(node)
          ? out.findLast((block) => block.position !== undefined && !(block.type === 'table' && state.proseTables.has(block)))
          : undefined;
      if (before?.type === 'paragraph') {
        // "The `data` section of the query result has the following format:": one member's shape, no sample of the answer.
        if (bareJson && prose && titlesMember(before)) {
          out.push(node);
          state.curled = false;
          return;
        }
        const announced = bareJson && (prose || argumentPart) ? announcedSample(before) : undefined;
        if ((announced === 'sample-response' && prose) || (announced === 'sample-request' && sendsBody)) open(announced);
        // "Returns the rendered template in plain text." over a text fence: the answer's sample, as text/plain.
        if (!argumentPart && TEXT_FENCE.test(node.lang ?? '') && !node.meta && plainTextAnswer(before)) {
          const status = state.status ?? (state.kind === 'response-body' ? state.section?.data?.status : undefined);
          if (state.kind !== 'sample-response') open('sample-response', status ? { status } : {});
          state.status = undefined;
          out.push({ ...node, meta: 'text/plain' });
          state.sampled = true;
          state.curled = false;
          return;
        }
      }
      // A webhook's JSON with no label is what the API sends, its payload (the reader's answer is no sample the page shows).
      if (delivered && bareJson && !SAMPLE_KINDS.has(state.kind) && !RESPONSE_KINDS.has(state.kind)) open('sample-request');
      const unlabelled = (state.kind === 'operation' || state.kind === 'notes') && !state.curled;
      const sample = placeCode(
        node,
        state,
        open,
        { signatures: region.signatures, documented, several: options.several === true, curled: regionCurled },
        titled === true,
      );
      tagSampleMethod(node, state);
      // `"name": "Porch", // Required. The lamp's name.`: the comments' words on the sample's members.
      if (sample?.type === 'code' && SAMPLE_KINDS.has(state.kind) && node.position) {
        const notes = annotationsTable(node.value, node.position);
        if (notes) sample.data = { ...sample.data, notes };
      }
      // JSON with no label in a call that sends a body: whose sample, the tables below may tell (leading-samples.ts).
      if (unlabelled && sample === node && sendsBody && bareJson) leading.push(node);
      // The sample of a call that is one of the region's request lines: that line's operation's alone.
      const calls =
        sample?.type === 'code' && state.kind === 'sample-request' ? callLines.get(node.position?.start.offset ?? -1) : undefined;
      if (calls !== undefined && sample?.type === 'code') sample.data = { ...sample.data, calls };
      if (sample) out.push(sample);
      if (sample && SAMPLE_KINDS.has(state.kind)) state.sampled = true;
      state.curled = isSampleCall(node);
      state.messaged = state.kind === 'sample-request' && sample?.type === 'code' && isRequestMessage(node) && requestMessageSends(node);
      return;
    }
    out.push(node);
  };
  // The form a sentence telling the request says it sends: its body's media type, fields documented or not.
  let sends: string | undefined;
  for (let index = region.start + (region.headed ? 1 : 0); index < region.end; index++) {
    const node = nodes[index]!;
    // A status fence right under `###### On Success: Created`: the prose after it describes that status.
    headedOutcome = index > 0 && isOutcomeHeading(nodes[index - 1]!);
    if (node.type !== 'paragraph') outcome = undefined;
    // A request message or a curl command that states the signature is the operation's request
    // sample too (the curl's data the request's sample, the JSON after it its answer).
    if (region.signatureNodes.has(index) && !isRequestMessage(node) && !(node.type === 'code' && isSampleCall(node))) {
      // `POST /pets` ⏎ `Content-Type: multipart/form-data`: the signature, and the form it sends.
      if (node.type === 'code') forms.state(messageFormType(node), node.position);
      // "POST a multipart form to this endpoint": the body's media type.
      const sent = sentMediaType(node);
      forms.state(sent, node.position);
      sends ??= sent;
      if (sent) readProse(node);
      continue;
    }
    // A step of a list that tells this request (`1. POST a multipart form to `/api/documents/``): the form it sends.
    if (node.type === 'list')
      for (const step of stepMediaTypes(node))
        if (region.signatures.some((s) => s.method === step.signature.method && s.path === step.signature.path)) {
          forms.state(step.mediaType, step.node.position);
          sends ??= step.mediaType;
        }
    overTable = nodes[index + 1]?.type === 'table' && index + 1 < region.end;
    // A note right after a table of parameters or headers (`| `id` | … |` ⏎ `:::note` ⏎ … ⏎ `:::`,
    // `<aside>`, `> [!NOTE]`): the operation's, kept in its description as its other notes are (a
    // body's part keeps its words, the body's description).
    if (isAdmonition(node) && NOTED_PARTS.has(state.kind) && nodes[index - 1]?.type === 'table') open('notes');
    state.overSignature = node.type === 'heading' && region.signatureNodes.has(index + 1);
    state.overList = node.type === 'paragraph' && nodes[index + 1]?.type === 'list' && index + 1 < region.end;
    place(node);
    delete state.overSignature;
    delete state.overList;
    // "For example, `GET /v1/lampcheck/rooms/1` returns:": the answer below is that other call's, no sample of this one.
    if (node.type === 'paragraph' && cuesOtherCall(node, region.signatures)) {
      state.otherCall = true;
      open('sample-response');
    }
  }
  for (const node of leading) {
    // Where the tables do not tell, the first one with the answer after it is what is sent (cued-requests.ts).
    // Where the response's part points at the example ("See JSON code example."), the first one is the answer (pointed-samples.ts).
    const kind =
      leadingSampleKind(node, out) ??
      (node === leading[0] && answerFollows(node, out) ? 'sample-request' : undefined) ??
      (node === leading[0] && answerPointsAtSample(out) ? 'sample-response' : undefined);
    const at = out.indexOf(node);
    if (!kind || at < 0) continue;
    const next = out[at + 1];
    // The prose after it is the operation's again.
    const resumed = next && next.type !== 'heading' ? [synthetic(depth, { section: 'notes' }, 'notes')] : [];
    out.splice(at, 1, synthetic(depth, { section: kind }, kind), { ...node, lang: 'json', value: tidyJson(node.value) }, ...resumed);
  }
  giveMediaTypes(lines, statedTypes);
  // The page's words before its operations ("Requests must be sent with … content type."): each call's, where its own words state none.
  for (const { name, mediaType, position, methods } of options.pageMediaTypes ?? []) {
    // "For POST and PUT endpoints, …": those methods' calls only.
    if (methods && !region.signatures.some((signature) => methods.includes(signature.method.toLowerCase()))) continue;
    const own = headerRows.some((table) => plainText(table.children[1]!.children[0]!) === name);
    if (!own && !(name === 'Content-Type' && forms.shown)) placeStated(name, mediaType, position);
  }
  // A GET's query list a sentence says the POST of the route sends in its body: the POST's body (posted-forms.ts), its form the form stated.
  postedForms(out, region.signatures);
  const contentTypes = forms.contentTypes(out.some((node) => node.type === 'heading' && node.data?.form === true));
  if (contentTypes.length > 0 || headerRows.length > 0) {
    open('request-headers');
    out.push(...contentTypes, ...headerRows);
  }
  if (forms.unstated && out[0]?.type === 'heading') out[0].data = { ...out[0].data, form: true };
  if (forms.both && out[0]?.type === 'heading') out[0].data = { ...out[0].data, formAndJson: true };
  if (sends && out[0]?.type === 'heading') out[0].data = { ...out[0].data, sends };
  for (const table of exampleQueries) {
    open('query-parameters');
    out.push(table);
  }
  // Fields of the body beside those a table or list documents (rows of no location: the body's, by the method).
  for (const table of formFields) {
    open('attributes');
    out.push(table);
  }
  for (const { table, location } of named) {
    open(location === 'path' ? 'path-parameters' : 'query-parameters');
    out.push(table);
  }
  if (state.proseTables.size > 0) answerSamples(out, state.proseTables);
  describeStatusHeadings(out);
  const linked = linkedTable(nodes, region, options.columnNames);
  if (linked) {
    open('attributes');
    out.push(linked);
  }
  // The heading's title is the summary where it states the signature beside it (`### POST
  // /widgets - Create a widget`: the prose below is the description), and where no prose
  // summarises the operation (its section's first block besides tables is no paragraph, a
  // paragraph of facts, or one that only states the answer's status: `Returns "201 Created".`),
  // and where the page is apiDoc's (its title is the `@api` line's, its paragraphs the description).
  const after = 1 + region.signatures.length;
  const headTitle = region.title ?? (region.headed && head.type === 'heading' ? headingTitle(head) : undefined);
  // `## /garden/get` ⏎ `#### Retrieve a garden`: the heading under a route alone names the call (route-subtitles.ts).
  if (region.headed && headTitle === undefined) routeSubtitle(out, after, head);
  // A page of one operation under no heading (Mintlify's MDX, its request line in front matter):
  // its front matter's `title:` (else `sidebar_label:`) names the call where no prose does, and
  // where the front matter states a `description:`, which then leads the operation's words (the
  // prose follows it, as a `### Description` section's words lead them under a heading).
  const single = !region.headed && !options.several;
  const stated = single && region.signatures.length === 1 ? options.pageDescription : undefined;
  const paged = single && (stated !== undefined || !out.some((node) => node.type === 'paragraph')) ? options.pageTitle : undefined;
  // (Words the page's prose repeats, as generators write them twice, are there already.)
  const repeated = out.some((node) => node.type === 'paragraph' && plainText(node).trim() === stated);
  if (stated !== undefined && !repeated) out.splice(after, 0, { type: 'paragraph', children: [{ type: 'text', value: stated }] });
  // `### HTTP Request` over the request line (Bybit's pages): a part's title, not the call's
  // name; the page's own title is, where the page documents one route.
  const title =
    paged ??
    (headTitle && sectionOfTitle(headTitle, options.titles)?.kind === 'signature'
      ? options.several
        ? undefined
        : options.pageTitle
      : headTitle);
  // `### Description` under the heading: its words lead the description, the title is the summary (description-sections.ts).
  const described = title !== undefined && leadWithDescription(out, after, title);
  if (title === undefined) untitledDescription(out, after);
  const first = firstProse(out.slice(after));
  // `**Deprecated.** Use the v2 endpoint.` first: the mark (deprecated-operations.ts), no summary of the call; its words the description's.
  const marked = first?.type === 'paragraph' && isDeprecationMark(first);
  if (marked) first.data = { ...first.data, deprecationMark: true };
  // (A route a table of routes put in the heading, `# add_title` over its index row, is no part of what the heading states.)
  const beside = title !== undefined && signaturesIn(head).some((signature) => signature.kind === 'heading');
  const titled =
    title &&
    (paged !== undefined ||
      described ||
      beside ||
      isApidocTitle(head, options.page) ||
      first?.type !== 'paragraph' ||
      isFactsParagraph(first) ||
      isLabelOnly(first) ||
      isStatusOnly(first) ||
      marked);
  // `Rakes the hedge. Deprecated: use the v2 rake instead.` summarising the call: the words before the mark
  // summarise, the mark on (a paragraph of its own, where it stands) the description's.
  const later = !titled && !marked && first?.type === 'paragraph' ? laterMark(first) : undefined;
  if (later && first) {
    later.mark.data = { deprecationMark: true };
    out.splice(out.indexOf(first), 1, later.head, later.mark);
  }
  if (titled) out.splice(after, 0, { type: 'paragraph', children: [{ type: 'text', value: title }] });
  return out;
}

/** Whether a table of the operation's statuses placed so far states `status`. */
function proseStates(out: readonly RootContent[], status: string): boolean {
  let section: string | undefined;
  for (const node of out) {
    if (node.type === 'heading') section = node.data?.section;
    else if (
      node.type === 'table' &&
      section === 'responses' &&
      node.children.slice(1).some((row) => plainText(row.children[0]!).trim() === status)
    )
      return true;
  }
  return false;
}

/** OData's count segment: `GET /users/$count` answers the collection's count, in text. */
const COUNT_SEGMENT = /\/\$count$/;

/**
 * A sample request that states its call (`GET http://localhost/api/restaurants`, a curl command,
 * a request message) is that method's, and so is the sample response after it: where a region
 * documents operations of several methods (a table of routes over example sections), an operation
 * of another method takes neither. (Where it documents one, a sample's method that is not the
 * operation's is the page's slip, and its answer still the operation's.)
 */
function tagSampleMethod(node: RootContent, state: State): void {
  if (state.kind !== 'sample-request' || !state.section) return;
  // A sample of the collection's count (`GET …/users/$count` under `GET /users`) is another call's:
  // neither it nor the answer after it (`893`, in text) is this operation's sample.
  if (!state.counted && node.type === 'code' && signaturesIn(node).some((signature) => COUNT_SEGMENT.test(signature.path))) {
    state.section.data = { ...state.section.data, section: 'aside' };
    state.otherCall = true;
    return;
  }
  if (!state.severalMethods) return;
  // A curl command states its method with `-X` or a body; its default GET (a `-X POST` left out) says nothing.
  const curl = node.type === 'code' && isSampleCall(node) ? callOf(node) : undefined;
  // A call in console syntax over its JSON (```` ```json ```` ⏎ `GET my_shelf/_count` ⏎ `{…}`) shows the body the group's methods send.
  const lines = signaturesIn(node).filter((signature) => !signature.console);
  const stated = [...lines.map((signature) => signature.method), ...(curl?.methodStated ? [curl.method.toLowerCase()] : [])];
  const methods = new Set(stated);
  if (methods.size !== 1) return;
  const [method] = methods;
  state.section.data = { ...state.section.data, method: method! };
  state.sampleMethod = method!;
}

function placeHeading(node: Heading, state: State, options: PartOptions): void {
  state.heading = node;
  state.section = node;
  // A section a convention's pass names (marked-titles.ts): Twitter's POST `## Parameters` sent in the query.
  const marked = markedTitle(node);
  // `### Request body` ⏎ `#### GET` ⏎ `None required.` ⏎ `#### POST` ⏎ its table (Salesforce's): each method's body.
  const methodBody = methodBodyTitle(node, state);
  // `## Query` right over the request line (TheHive's pages): the request's title, its rows (`With:` ⏎ `` - `id`: … ``)
  // the route's parameters by name and the query's else, as under `URL parameters` (table-parts.ts).
  const queryTitle = state.overSignature === true && normaliseTitle(plainText(node)) === 'query';
  const title = marked
    ? { kind: marked }
    : queryTitle
      ? { kind: 'path-parameters' as const }
      : (methodBody ?? sectionOfTitle(plainText(node), options.titles));
  const under = state.responseDepth !== undefined && node.depth > state.responseDepth;
  // `### Result` ⏎ `#### Since [1.14.0](…)` (OpenSubsonic's): a release's heading under a response's title goes on with
  // that response; `#### Before [1.14.0](…)` titles an older answer, set aside (its table no parameters).
  const version = under && !title ? versionHeading(plainText(node)) : undefined;
  // `### Sample Response` ⏎ `#### Metadata Response` (Consul's): one answer of the response, named, still its part.
  const variant = under && !title && !version && state.responseKind !== undefined && VARIANT_TITLE.test(normaliseTitle(plainText(node)));
  // `### 200 Response` ⏎ `#### Body` (Oracle's reference): the body that status answers with.
  const statusHeading = state.statusHeading && node.depth > state.statusHeading.depth ? state.statusHeading : undefined;
  if (!statusHeading) delete state.statusHeading;
  // `### Response` ⏎ `#### Headers`: the headers the response sends, not the request's; its `#### Cookies` no parameters.
  const titled: SectionKind =
    under && title?.kind === 'request-headers' && normaliseTitle(plainText(node)) === 'headers'
      ? 'response-headers'
      : under && title?.kind === 'request-cookies'
        ? 'aside'
        : under && statusHeading && title?.kind === 'request-body' && normaliseTitle(plainText(node)) === 'body'
          ? 'response-body'
          : (version === 'since' || variant) && state.responseKind
            ? state.responseKind
            : !title || title.kind === 'signature'
              ? 'aside'
              : title.kind;
  // The answer to another call's sample request (a collection's count) is no sample of this operation.
  const answer = titled === 'sample-response' || titled === 'response-body';
  const kind: SectionKind = answer && state.otherCall ? 'aside' : titled;
  const data: HeadingData = { section: kind };
  if (title?.typeText) data.typeText = title.typeText;
  // A body whose type the page states by name below its title (`Root Schema : orders-item-post-request`, oracle-schemas.ts).
  const stated = kind === 'request-body' || kind === 'response-body' ? markedBodyType(node) : undefined;
  if (stated && !data.typeText) data.typeText = stated;
  if (title?.form) data.form = true;
  // (A method the region has: `POST request body` on a page of `PUT /x` names none of its bodies.)
  if (kind === 'request-body' && title?.method && state.methods.has(title.method.toUpperCase())) data.method = title.method.toLowerCase();
  state.bodyDepth = kind === 'request-body' ? (methodBody ? state.bodyDepth : node.depth) : undefined;
  // `### Response (201)`: the status of the samples below, or of the body its table documents.
  const status =
    kind === 'sample-response' || kind === 'response-body'
      ? (statusOfTitle(plainText(node)) ?? (titled !== title?.kind ? statusHeading?.status : undefined))
      : undefined;
  if (status) data.status = status;
  // `### Default Response`, `### Response (201)`: a `Body` title below it is that status's body too.
  if (status && titled === title?.kind) state.statusHeading = { depth: node.depth, status };
  const mediaType = answer
    ? (titledMediaType(plainText(node)) ?? title?.mediaType ?? (kind === 'sample-response' ? state.accepted : undefined))
    : undefined;
  if (mediaType) data.mediaType = mediaType;
  if (kind === 'sample-response' && state.sampleMethod) data.method = state.sampleMethod;
  if (!SAMPLE_KINDS.has(kind)) delete state.sampleMethod;
  if (!answer) delete state.otherCall;
  node.data = data;
  if (!version && !variant) {
    state.responseDepth = RESPONSE_KINDS.has(kind) ? node.depth : under ? state.responseDepth : undefined;
    state.responseKind = RESPONSE_KINDS.has(kind) ? kind : under ? state.responseKind : undefined;
  }
  Object.assign(state, {
    kind,
    synthetic: false,
    // `### Response (201)`: the sample below is that status's.
    status: kind === 'response-body' ? status : undefined,
    sampled: undefined,
    // A heading is a label: the JSON under it is no answer to the curl command above it.
    curled: undefined,
    messaged: undefined,
    setAside: title?.kind === 'aside' || version === 'before',
    errorsTitled: title?.kind === 'aside' && ERRORS_TITLE.test(normaliseTitle(plainText(node))),
    required: title?.required === true,
    titled: true,
    responseTitled: kind === 'response-body',
    urlTitled: queryTitle || isUrlTitle(plainText(node)),
    signatureTitled: title?.kind === 'signature',
    exampleTitled: title?.kind === 'sample-request' && isExampleAlone(plainText(node)),
  });
}

/**
 * Whether a paragraph ending in a colon names in code a call none of the region's routes is
 * (`` For example, `GET /v1/lampcheck/rooms/1` returns: `` under `GET /v1/lampcheck`); a sample id
 * in the route's place is the route's own (`` `GET /v1/lamps/7` returns: `` under `/v1/lamps/{id}`).
 */
function cuesOtherCall(node: Paragraph, routes: readonly { method: string; path: string }[]): boolean {
  const last = node.children.at(-1);
  if (last?.type !== 'text' || !last.value.trimEnd().endsWith(':')) return false;
  return node.children.some((child) => {
    const named = child.type === 'inlineCode' ? parseSignature(child.value) : undefined;
    return named !== undefined && !routes.some((route) => route.method === named.method && callsRoute(named.path, route.path));
  });
}

/** A heading of a method alone, in capitals (`#### POST`). */
const METHOD_ALONE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;

/** A heading of one of the region's methods alone under a request body's title: that method's body. */
function methodBodyTitle(node: Heading, state: State): TitledSection | undefined {
  if (state.bodyDepth === undefined || node.depth <= state.bodyDepth) return undefined;
  const method = METHOD_ALONE.exec(plainText(node).trim())?.[1];
  return method && state.methods.has(method) ? { kind: 'request-body', method } : undefined;
}

/** A heading that is a status and its reason: `200 Success`, `403 Forbidden`, `HTTP 404 Not Found`. */
const STATUS_HEADING = new RegExp(String.raw`^(?:HTTP\s+)?\`?(${STATUS_CODE})\`?(?:\s*[:–—-]?\s+(${LETTERS_REASON}))?$`);

/** The parts a bold status stands in as a status of the responses (a status's sample part, after the first). */
const STATUS_PARTS: ReadonlySet<string> = new Set(['responses', 'sample-response']);

/**
 * Whether the page's next line after a paragraph is words (`200 OK` ⏎ `Returned if …`): not another
 * status (a site's tab titles, `200 OK` ⏎ `404 Not Found` ⏎ the first tab's JSON), a fence or markup.
 */
function overWords(node: Paragraph, page: string): boolean {
  const end = node.position?.end.offset;
  if (end === undefined) return false;
  const line = page
    .slice(end, end + 500)
    .trimStart()
    .split('\n', 1)[0]!
    .trim();
  return /^\p{L}/u.test(line) && !isReasonAlone(line) && !MEDIA_TYPE_ALONE.test(line);
}

/** A paragraph that is a status alone in bold (`**200 OK**`, `**400**`, `` **`404`** ``), or under a responses title (`plain`) a code and its reason alone: the status and its reason, if any. */
function boldStatus(node: Paragraph, plain = false): [string, string] | undefined {
  const [only, ...rest] = node.children;
  // `200 OK` alone, not in bold (Atlassian's exported pages: `### Responses` ⏎ `200 OK` ⏎ `Returned if …`): only a code and its own reason.
  if (plain && only?.type === 'text' && rest.length === 0 && isReasonAlone(only.value)) {
    const text = only.value.trim();
    return [text.slice(0, 3), text.slice(3).trim()];
  }
  if (only?.type !== 'strong' || rest.length > 0) return undefined;
  const stated = STATUS_HEADING.exec(plainText(only).replace(/\s+/g, ' ').trim());
  return stated ? [stated[1]!, /^responses?$/i.test(stated[2] ?? '') ? '' : (stated[2] ?? '')] : undefined;
}

/**
 * A bold label of a status, then the status in code (`**Code** : `404 NOT FOUND``, `**Status**: `201 Created``);
 * the status line with its protocol too, its reason after a dash or none (`HTTP/1.1 402 - Request failed`).
 */
const STATUS_LABEL_LINE = new RegExp(
  String.raw`^(?:code|status(?:\s+code)?|http\s+status(?:\s+code)?|response\s+code)\s*:?\s*\`?(?:HTTP(?:\/\d(?:\.\d)?)?\s+)?(${STATUS_CODE})(?:\s+[-–—](?=\s))?((?:\s+[A-Za-z][A-Za-z'-]*)*)\s*\`?$`,
  'i',
);

/** A label of a status in plain words, its colon in them: `Response code: `, `Status code:`, `HTTP status: `. */
const PLAIN_STATUS_LABEL = /^[ \t]*(?:(?:http[ \t]+)?status(?:[ \t]+code)?|response[ \t]+code)[ \t]*:[ \t]*$/i;

/**
 * A paragraph of a label, then a code span alone (a colon between them): `**Code** : `200 OK``; the label
 * in plain words too, `Response code: `HTTP/1.1 200 OK`` (MkDocs references under a `??? success` block's title).
 */
function isStatusLabel(node: Paragraph): boolean {
  const [label, code, ...rest] = node.children;
  if (rest.length === 0 && label?.type === 'text' && code?.type === 'inlineCode' && PLAIN_STATUS_LABEL.test(label.value)) return true;
  const parts = labelParts(node.children);
  return parts.length === 2 && parts[0]!.type === 'strong' && parts[1]!.type === 'inlineCode';
}

/** A fence of text (```` ```text ````, ```` ```plaintext ````, ```` ```txt ````): no format of its own. */
const TEXT_FENCE = /^(?:text|plaintext|plain|txt)$/i;

/** The labelled body and answer a sample's request line is followed by: the method of the call stays theirs (`open`). */
const CALL_BODIES: ReadonlySet<SectionKind> = new Set(['request-body', 'response-body']);

/** The sections whose prose may say what the call returns ("Returns a list of [emoji](#…) objects"). */
const RETURNS_PROSE: ReadonlySet<SectionKind> = new Set(['operation', 'notes', 'response-body', 'responses']);
/** Where a sentence may say what the request's body is: the operation's prose, its request's sample section, its body's. */
const LINKED_BODY_PROSE: ReadonlySet<SectionKind> = new Set(['operation', 'notes', 'sample-request', 'request-body']);

/** The parts a note right after their table is the operation's: what a call sends but its body. */
const NOTED_PARTS: ReadonlySet<SectionKind> = new Set([...REQUEST_PARTS].filter((kind) => kind !== 'request-body'));

/** The sections whose prose may say how the body is sent ("Parameters are sent as form data."). */
const FORM_PROSE: ReadonlySet<SectionKind> = new Set(['operation', 'notes', 'request-body', 'attributes', 'parameters']);

/** A heading naming one answer of a response: a word or two, then `response` (`Metadata Response`, `Keys Response`). */
const VARIANT_TITLE = /^[a-z][\w-]{0,30}(?: [a-z][\w-]{0,30})? response$/;

/** Sections no part of the call (a type's, set aside, unplaced): a media-type line there states nothing of it. */
const OTHER_KINDS: ReadonlySet<SectionKind> = new Set(['type-definition', 'enum-definition', 'aside', 'unknown']);

/** The one JSON type other than `application/json` a call's `Accept` header asks for (`application/vnd.api+json`); undefined for several, a wildcard or none. */
function acceptedJsonType(call: CurlRequest | undefined): string | undefined {
  const accept = call?.headers
    .find(([name]) => name.toLowerCase() === 'accept')?.[1]
    ?.trim()
    .toLowerCase();
  return accept && /^application\/[\w.-]+\+json$/.test(accept) ? accept : undefined;
}

/**
 * The fences of the region whose request line is a query form of the route the region states plainly,
 * alone or over its sample data (`POST /v1/{shelf}/lamps?wait=done -d \\` ⏎
 * `'{…}'`, as Quickwit's reference writes a call's optional query): that call with its query, whose keys
 * `requestLineQueries` reads as the route's optional query parameters (a fence only, never prose), where
 * the region's prose names each key in code, alone or with a value (`` Add `wait=done` to the query ``);
 * a query of sample values the section says nothing of stays an example's.
 */
function queryForms(nodes: readonly RootContent[], region: Region): Signature[] {
  const routes = new Set(region.signatures.map((signature) => `${signature.method} ${signature.path}`));
  const seen = new Set(region.signatures.map((signature) => signature.position?.start.offset));
  const forms: Signature[] = [];
  let named: Set<string> | undefined;
  for (const node of nodes.slice(region.start, region.end)) {
    if (node.type === 'list') {
      // Drone's variants of a call, each item's words over a fence (`* … named branch:` ⏎ `POST /builds?branch={branch}`).
      for (const item of node.children)
        for (const fence of item.children)
          if (fence.type === 'code' && !seen.has(fence.position?.start.offset))
            for (const signature of signaturesIn(fence))
              if (signature.kind === 'fence' && routes.has(`${signature.method} ${signature.path}`) && placeholderQuery(signature.query))
                forms.push(signature);
      continue;
    }
    if (node.type !== 'code' || seen.has(node.position?.start.offset)) continue;
    for (const signature of signaturesIn(node)) {
      if (signature.kind !== 'fence' || signature.query === undefined || !routes.has(`${signature.method} ${signature.path}`)) continue;
      named ??= proseNames(nodes.slice(region.start, region.end));
      const keys = queryKeys(signature.query);
      if (keys.length > 0 && keys.every((key) => named!.has(key))) forms.push(signature);
    }
  }
  return forms;
}
