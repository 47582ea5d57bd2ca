/**
 * A paragraph of an operation region, placed: a label that opens a part (`Example response:`,
 * `**Parameters**`, "You can pass the following optional GET parameters:"), a sentence that states
 * the statuses or the type of the answer ("Returns a 200 OK if successful", "Returns the Customer
 * object"), or that the call sends no body, or prose of the section it is in.
 */
import type { HeadingData, Paragraph, Table } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import type { SectionKind } from '../../document/types.js';
import { withoutColon } from '../shared/trim.js';
import { titlesMember } from './announced-samples.js';
import { erbStatuses } from './erb-statuses.js';
import { isExampleAlone } from './example-answers.js';
import { labelledMediaTypes } from './form-bodies.js';
import { readRequestInstance } from './instance-bodies.js';
import { typeNameOf } from './linked-returns.js';
import { titledMediaType } from './media-type-cells.js';
import {
  cuedStatus,
  ERRORS_TITLE,
  isErrorCue,
  isResponseCue,
  isUrlTitle,
  LABEL,
  type Open,
  oneSuccess,
  type PartOptions,
  REQUEST_PARTS,
  type State,
  TABLE_KINDS,
  wrappedCue,
} from './part-state.js';
import {
  labelledStatuses,
  proseStatuses,
  returnedStatuses,
  statedStatuses,
  statusesTable,
  unstatedSuccessTable,
} from './prose-statuses.js';
import { reasonedStatusLine, stackedStatusLine } from './reasoned-status-lines.js';
import { isLabel, SAMPLE_KINDS } from './regions.js';
import { expectedStatusLine, responseCodeLine } from './response-code-lines.js';
import { isCallbackTitle, normaliseTitle, sectionOfTitle, statusOfTitle } from './section-titles.js';
import { restatesHeadedStatus } from './status-heading-prose.js';
import { HTTP_VERSION, LINE_REASON, STATUS_CODE } from './status-words.js';

const STATUS_LINE = new RegExp(
  String.raw`^\s*(?:${HTTP_VERSION}\s+|(?:status|status code|response code|response)\s*:?\s*\`?)(${STATUS_CODE})\b`,
  'i',
);

/** A status line with its protocol and nothing else: `HTTP/1.1 201 Created`. */
const HTTP_STATUS_ALONE = new RegExp(String.raw`^${HTTP_VERSION}[ \t]+${STATUS_CODE}(?:[ \t]+${LINE_REASON})?$`);

/** A label that names a part's shape and not which part: `Schema`. */
const SCHEMA_LABEL = /^schema$/;

/**
 * A part's whole content saying it has none: `None`, `N/A`, `No parameters.`; in Chinese or
 * Japanese `无`, `暂无`, `无参数`, `なし`, `無し`, `ありません` (a full stop `。` after it too); Korean `없음`, `없습니다`, `해당 없음`.
 */
const NONE_STATED =
  /^(?:none|n\/a|no\s+(?:parameters|arguments|fields)|无|暂无|无参数|没有|なし|無し|ありません|없음|없습니다|해당 없음|파라미터 없음)[.。]?$/i;

/**
 * A request part's bold label with its value on its line saying the part has none (`**Parameters:**
 * none`, `**Request body:** None`, `**Body:** N/A`, `**请求参数：** 无`, `**요청 파라미터:** 없음`), the
 * colon in the bold or after it, ASCII or full-width.
 */
function noneBesideLabel(node: Paragraph, options: PartOptions): boolean {
  const [first, ...rest] = node.children;
  if (first?.type !== 'strong' || rest.length === 0 || !rest.every((child) => child.type === 'text')) return false;
  const label = plainText(first).trim();
  const after = rest.map(plainText).join('');
  const value = /[:：]$/.test(label) ? after : /^[ \t]*[:：]([^\n]*)$/.exec(after)?.[1];
  if (value === undefined || !NONE_STATED.test(value.trim())) return false;
  const kind = sectionOfTitle(label, options.titles)?.kind;
  return kind !== undefined && kind !== 'signature' && REQUEST_PARTS.has(kind);
}

/** "Do not supply a request body for this method." */
const NO_BODY =
  /\b(?:do not|don't|doesn't|does not|never)\s+(?:supply|send|include|provide|need|require)\s+(?:a|any)\s+request\s+body\b|\bno\s+request\s+body\b|\brequest\s+body\s+must\s+be\s+empty\b/i;

/** `None required.`, `None.` (Salesforce's, under a method's body title): the method sends no body. */
const NONE_REQUIRED = /^none(?:\s+required)?\.?$/i;

/**
 * Google's API reference (and the references written like it): "If successful, the response body
 * is empty." / "… contains an instance of `Shelf`." (a create's "… a newly created instance of") /
 * "… contains data with the following structure:" (the fields table below). The status is a
 * success the page does not number.
 */
const IF_SUCCESSFUL =
  /^if successful,?\s+the\s+response\s+body\s+(?:(is\s+empty)|contains\s+an?\s+(?:newly\s+created\s+)?instance\s+of\s+`?\[?`?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)`?\]?`?|contains\s+data\s+with\s+the\s+following\s+structure)/i;

/**
 * "If successful, this method returns a `200 OK` response code and a [user] object in the response
 * body": the status (and the body's type) the prose of a response section states.
 */
const RETURNS_STATUS = new RegExp(
  String.raw`\breturns?\s+(?:an?\s+)?\`?(${STATUS_CODE})((?:\s+[A-Z][A-Za-z-]*)*)\`?\s+(?:response\s+code|status(?:\s+code)?)(?:\s+and\s+(?:an?\s+)?(collection\s+of\s+)?\`?([A-Za-z_][\w.]*)\`?(?:\s+objects?\b|(?=\s+in\s+the\s+response\s+body\b)))?`,
  'i',
);

/** "Returns a 200 OK if successful, …": the statuses after the verb. */
const RETURNS_LIST = /^(?:returns?|responds\s+with)\s+(.+)$/i;

/** "Returns the Customer object …", "Returns a list of `Charge` objects": the response's type, named (capitalised) as a type. */
export const RETURNS_OBJECT =
  /^[Rr]eturns\s+(?:an?|the)\s+(list\s+of\s+|array\s+of\s+)?[`[]?([A-Z][\w.]*)[`\]]?(?:\([^)]*\))?\s+objects?\b/;

/**
 * "Returns `Project`." / "Returns: `Project[]`." / "Returns `list[Project]`." (SDK references):
 * the type alone in code, capitalised as a type, alone or a list of one, then the sentence ends.
 */
const RETURNS_WORD = /^[Rr]eturns:?\s+$/;
const CODE_TYPE = /^(?:([A-Z][\w.]*)(\[\])?|(?:[Ll]ist|Array|Sequence|Iterable)\s*(?:\[([A-Z][\w.]*)\]|<([A-Z][\w.]*)>))$/;

/** The type "Returns `Project`." names in code (`array of Project` for a list of it), if the paragraph is so. */
export function codeReturnType(node: Paragraph): string | undefined {
  const [verb, code, rest] = node.children;
  if (verb?.type !== 'text' || !RETURNS_WORD.test(verb.value) || code?.type !== 'inlineCode') return undefined;
  if (rest && (rest.type !== 'text' || !/^\s*(?:[.;]|$)/.test(rest.value))) return undefined;
  const type = CODE_TYPE.exec(code.value.trim());
  if (!type) return undefined;
  const item = type[1] ?? type[3] ?? type[4]!;
  return `${type[2] || !type[1] ? 'array of ' : ''}${item}`;
}

/**
 * The statuses a paragraph states, as the table of the `responses` part it opens (kept among the
 * prose's tables); `resume` is the part that goes on after it.
 */
function statedPart(
  state: State,
  open: Open,
  statuses: ReadonlyArray<readonly [string, string, true?]>,
  position: Position,
  resume: NonNullable<State['resume']>,
): Table {
  state.resume = resume;
  open('responses');
  const table = statusesTable(statuses, position);
  state.proseTables.add(table);
  return table;
}

/** The sections whose prose states the response's statuses ("responds with `201 Created`"). */
const RESPONSE_PROSE: ReadonlySet<SectionKind> = new Set(['response-body', 'responses', 'sample-response']);

/** A cue's opening condition on a query parameter: "When using the `?keys` query parameter", "If `?raw` is set". */
const QUERY_VARIANT = /^(?:when|if|with)\b[^,?]{0,60}\?[A-Za-z_][\w.-]{0,40}\b/i;

/** A word alone that offers another sample instead (`OR`, `or:`, `— or —`, `Alternatively:`). */
const ALTERNATIVE = /^[-–—*_ ]{0,4}(?:or|alternatively)[-–—*_ :.]{0,5}$/i;

/** Places a paragraph; returns the status table its words state, if they state one, or `LABEL`. */
export function placeParagraph(
  node: Paragraph,
  state: State,
  open: Open,
  options: PartOptions,
  titled = false,
): Table | typeof LABEL | undefined {
  const text = plainText(node).trim();
  // `OR` alone between two samples (Garage's request bodies): the next is another sample of the same part, no prose.
  if (state.sampled && SAMPLE_KINDS.has(state.kind) && text.length <= 20 && ALTERNATIVE.test(text)) return LABEL;
  // `**Parameters:** none`, `**Request body:** None`, `**请求参数：** 无`: the part has none; no words, no type named `None`.
  if (noneBesideLabel(node, options)) {
    open('notes');
    return LABEL;
  }
  if (state.kind === 'request-body' && state.heading && (NO_BODY.test(text) || NONE_REQUIRED.test(text))) {
    // The page says the operation takes no body: the section is prose, not a body.
    state.heading.data = { section: 'aside' };
    state.kind = 'aside';
    return undefined;
  }
  // `### Response` ⏎ "An array of:" (or "Array of objects with the following fields:") over the table: the body is an array of its objects.
  if (
    (state.kind === 'response-body' || state.kind === 'request-body') &&
    state.section &&
    !state.section.data?.typeText &&
    ARRAY_CUE.test(text)
  ) {
    state.section.data = { ...state.section.data, typeText: 'array' };
    return LABEL;
  }
  // "The request body contains an instance of [Shelf]." (Google's): the body is that type.
  if (state.kind === 'request-body' && readRequestInstance(text, state.section)) return undefined;
  // `<%= headers 200, … %>` ⏎ `<%= json(:issue) %>` (ERB under a response title): the status; the sample it names is not on the page.
  const erb = RESPONSE_PROSE.has(state.kind) && node.position ? erbStatuses(text) : [];
  if (erb.length > 0 && node.position) {
    open('responses');
    return statusesTable(
      erb.map((status) => [status, '']),
      node.position,
    );
  }
  const returns = (state.kind === 'response-body' || state.kind === 'responses') && node.position ? RETURNS_STATUS.exec(text) : null;
  if (returns && node.position) {
    const typeText = returns[4] ? `${returns[3] ? 'Collection of ' : ''}${returns[4]} object` : undefined;
    // Every status the paragraph states beside it ("… or a `204 No Content` response code").
    const stated = returnedStatuses(node, returns[1]!, returns[2]!.trim(), typeText, node.position);
    open('responses', stated.typeText ? { typeText: stated.typeText } : {});
    return stated.table;
  }
  // "Returns a 200 OK if successful, or a 404 Not Found if the model does not exist."
  const listed = (state.kind === 'response-body' || state.kind === 'responses') && node.position ? RETURNS_LIST.exec(text) : null;
  const statuses = listed ? statedStatuses(listed[1]!) : undefined;
  if (statuses && node.position) {
    open('responses');
    return statusesTable(statuses, node.position);
  }
  // "The server responds with `201 Created`.", "… returns a `404 Not Found` if …" under a response title.
  // (`**Response**` ⏎ `200 OK – the locker.`: the words after the dash are the status's, not its reason.)
  // `### Responses` ⏎ `200 OK` ⏎ `Returned if …` in one paragraph (Atlassian's): the status and its words.
  const stacked = RESPONSE_PROSE.has(state.kind) && node.position ? stackedStatusLine(node) : undefined;
  if (stacked && node.position) {
    return statedPart(state, open, [stacked], node.position, { kind: 'sample-response', data: { status: stacked[0] } });
  }
  const stated = RESPONSE_PROSE.has(state.kind) && node.position ? (reasonedLines(node) ?? proseStatuses(node, titled)) : undefined;
  // `##### 403 Forbidden` ⏎ "A 403 response is returned when …": the heading's description (status-heading-prose.ts).
  if (stated && restatesHeadedStatus(state.section, stated)) return undefined;
  // "A status code of `404` is returned with the following response body:" after another status's
  // sample, or under a response's title of no status: the sample it announces is the status its own
  // sentence states (under the title, an error: the title's body is the success's).
  const announced = stated && RESPONSE_PROSE.has(state.kind) && isResponseCue(text) ? cuedStatus(stated, text) : undefined;
  if (
    announced?.status &&
    node.position &&
    (state.kind === 'sample-response' || (!state.section?.data?.status && /^[45]/.test(announced.status)))
  )
    return statedPart(state, open, stated!, node.position, { kind: 'sample-response', data: announced });
  if (stated && node.position) {
    // The body the section documents is the one success the sentence states, where the title states none.
    const successes = stated.filter(([code]) => code.startsWith('2'));
    const status = state.section?.data?.status ?? (successes.length === 1 ? successes[0]![0] : undefined);
    // (A `Responses` title's statuses are its table's: no one status is the section's.)
    const carried = status && state.kind !== 'responses' ? { status } : {};
    return statedPart(state, open, stated, node.position, { kind: state.kind, data: carried });
  }
  const successful = state.kind === 'response-body' || state.kind === 'responses' ? IF_SUCCESSFUL.exec(text) : null;
  if (successful && node.position) {
    if (successful[1] || successful[2]) {
      open('responses', successful[2] ? { typeText: successful[2] } : {});
      return unstatedSuccessTable('', node.position);
    }
    return undefined;
  }
  // "Returns the Customer object after successful customer creation." under a Returns heading: a
  // success (whose code the page does not give) with a body of that type.
  const object = state.kind === 'response-body' && !state.heading?.data?.typeText ? RETURNS_OBJECT.exec(text) : null;
  if (object && node.position) {
    // "Returns a JSON object …" names the format, no type.
    open('responses', /^(?:JSON|XML)$/.test(object[2]!) ? {} : { typeText: `${object[1] ? 'array of ' : ''}${object[2]!}` });
    return unstatedSuccessTable(text, node.position);
  }
  // "Returns `Project`." under a Returns heading: the success's body is that type (a list of it, as written).
  const typed = state.kind === 'response-body' && !state.heading?.data?.typeText ? codeReturnType(node) : undefined;
  if (typed && node.position) {
    open('responses', { typeText: typed });
    return unstatedSuccessTable('', node.position);
  }
  // `**Response 200**`, `**Response: 200 OK**`, `Response 201:`: a label that titles that status's
  // response, as `### Response 200` does (the part below is its body or its sample), wherever it stands.
  // `**Response 404** Not found.`, `**Response 200:** The user.`: the label opens its status's words;
  // what follows (a sample, a table of fields) is that status's, as under the label alone.
  const lead = node.position ? boldStatusLead(node, options.titles) : undefined;
  const responseTitle = isLabel(node) && !lead ? sectionOfTitle(text, options.titles) : undefined;
  const statusTitle =
    (responseTitle?.kind === 'sample-response' || responseTitle?.kind === 'response-body') && statusOfTitle(text) !== undefined;
  if (lead && node.position) {
    return statedPart(state, open, [[lead.code, lead.words]], node.position, { kind: lead.kind, data: { status: lead.code } });
  }
  // `Response: 200 and no content.`: the label, and under it the statuses its words state.
  const labelled = node.position && !statusTitle ? labelledStatuses(node) : undefined;
  if (labelled && node.position) {
    // "Response: 201 and the shelf:" announces the sample below; else the operation's prose goes on.
    return statedPart(
      state,
      open,
      labelled,
      node.position,
      /:\s*$/.test(text) ? { kind: 'sample-response', data: oneSuccess(labelled) } : { kind: 'notes', data: {} },
    );
  }
  // `#### Response` ⏎ `` `Expected Response Code: 200` `` (Mautic's): the status the call answers with; the
  // response's part goes on under its title, its table or sample that status's (its prose no words of the status).
  const expected = node.position ? expectedStatusLine(node) : undefined;
  if (expected && node.position) {
    const resume = RESPONSE_PROSE.has(state.kind)
      ? { kind: state.kind, data: { ...state.section?.data }, ...(state.heading ? { heading: state.heading } : {}) }
      : { kind: 'notes' as const, data: {} };
    const table = statedPart(state, open, [expected], node.position, resume);
    if (RESPONSE_PROSE.has(resume.kind)) state.status = expected[0];
    return table;
  }
  // `Normal response codes: 200` ⏎ `Error response codes: badRequest(400), …` (OpenStack's): the statuses, no prose.
  const coded = node.position ? responseCodeLine(node) : undefined;
  if (coded && node.position) {
    return statedPart(state, open, coded, node.position, { kind: 'notes', data: {} });
  }
  // `200 OK – the locker.` (a specification document's line a status): that status, the sample below its answer.
  const reasoned = node.position ? reasonedStatusLine(node) : undefined;
  if (reasoned && node.position) {
    return statedPart(state, open, [reasoned], node.position, { kind: 'sample-response', data: { status: reasoned[0] } });
  }
  const status = STATUS_LINE.exec(text)?.[1];
  if (status && !statusTitle) {
    state.status = status;
    // `HTTP/1.1 201 Created` alone over the sample: the answer's status line, no words of the operation's.
    return HTTP_STATUS_ALONE.test(text.trim()) ? LABEL : undefined;
  }
  const title = isLabel(node) ? sectionOfTitle(text, options.titles) : undefined;
  // `**Definition**`, `**Endpoint**` over the request line (Typesense's): its caption, no prose.
  if (title?.kind === 'signature') return LABEL;
  // `Encoding type: application/x-www-form-urlencoded` under a body's title: its media type (form-bodies.ts), no words of it.
  if (state.kind === 'request-body' && labelledMediaTypes(text)) return LABEL;
  // `### Request body parameters` ⏎ `Schema` ⏎ the table (Twilio's): the body's schema, no response's.
  if (title && state.kind === 'request-body' && SCHEMA_LABEL.test(normaliseTitle(text))) return LABEL;
  if (title && title.kind !== 'notes') {
    const data: HeadingData = {};
    // The section's heading is made: the label is where its words (a type's, a status's) stand.
    if (title.typeText && node.position) data.at = node.position;
    if (title.typeText) data.typeText = title.typeText;
    if (title.form) data.form = true;
    const labelStatus = title.kind === 'sample-response' || title.kind === 'response-body' ? statusOfTitle(text) : undefined;
    if (labelStatus) data.status = labelStatus;
    // `**Response (application/xml)**`: the response's media type, as a heading's (parts.ts).
    const mediaType = title.kind === 'sample-response' || title.kind === 'response-body' ? titledMediaType(text) : undefined;
    if (mediaType) data.mediaType = mediaType;
    const setAside = state.setAside === true;
    open(title.kind, data);
    // "We send a `POST` to your `callback_url`:" (BigBlueButton's, under `### Callback`): a label of
    // the callback's, or any aside's under a section set aside, keeps what follows set aside.
    if (title.kind === 'aside' && (setAside || isCallbackTitle(text))) state.setAside = true;
    if (title.required) state.required = true;
    if (title.kind === 'aside' && ERRORS_TITLE.test(normaliseTitle(text))) state.errorsTitled = true;
    if (isUrlTitle(text)) state.urlTitled = true;
    if (title.kind === 'sample-request' && isExampleAlone(text)) state.exampleTitled = true;
    // `Response (201)`: the sample below is that status's.
    if (title.kind === 'response-body') state.status = statusOfTitle(text);
    state.titled = true;
    if (title.kind === 'response-body') state.responseTitled = true;
    return LABEL;
  }
  // "The following headers will be returned with the response:": the response's headers, no
  // parameters; "The following headers should be sent:" the request's; "Send these cookies:" its cookies.
  const cued = HEADERS_CUE.exec(text);
  if (cued) {
    const kind = /^cookies$/i.test(cued[1]!) ? 'request-cookies' : 'request-headers';
    if (/\b(?:returned|returns?|response|responds?)\b/i.test(text)) {
      open('aside');
      state.setAside = true;
    } else if (state.kind !== kind) open(kind);
    return LABEL;
  }
  // "The `message` object has the following fields:" (a list under it): the fields of the object it
  // names, a type of that name (`Message`), none of the part's it stands in.
  // (Its lines joined: "The "web" hook ⏎ takes these fields in the `config`:".)
  const named = FIELDS_CUE.test(text.replace(/\s+/g, ' ')) ? namedObjectCue(node) : undefined;
  if (named) {
    const within = { kind: state.kind, data: state.section?.data ?? {}, synthetic: state.synthetic };
    const heading = state.heading;
    open('type-definition', { name: typeNameOf(named.replace(/_+/g, ' ')) });
    state.definedWithin = heading ? { ...within, heading } : within;
    return LABEL;
  }
  // "Fields available in the report:" (Kong's, under a GET): the fields of what the call answers with.
  if (ANSWER_FIELDS_CUE.test(text)) {
    if (state.kind !== 'response-body') open('response-body');
    return LABEL;
  }
  // "The request body must be a JSON object with the following fields:" (a request's sentence,
  // however long, that ends so): the body's fields, as a fields cue's, no sample's title.
  const requestFields = FIELDS_ENDING.test(text) && sentRequest(text);
  // "The following parameters can also be used to narrow down the result set." right over its list
  // (Rundeck's): a cue as one ending in a colon is.
  const listCue = state.overList === true && FIELDS_SENTENCE.test(text.replace(/\s+/g, ' '));
  if (FIELDS_CUE.test(text) || requestFields || listCue) {
    const kind = requestFields
      ? 'request-body'
      : /\b(?:returned|returns?|response|responds?)\b/i.test(text)
        ? 'response-body'
        : /\bbody\b/i.test(text)
          ? 'request-body'
          : // "You can pass the following optional GET parameters:", "The endpoint accepts the following
            // query parameters in the URL:": the URL's query, whatever the method.
            GET_PARAMETERS.test(text) || QUERY_CUE.test(text)
            ? 'query-parameters'
            : 'attributes';
    // Under a title of the same part (`**Response**` ⏎ "The following fields are returned …:"), the part goes on.
    if (state.kind !== kind) open(kind);
    // "The following fields are required:": its rows are required, as under `Required fields:`.
    if (REQUIRED_CUE.test(text)) state.required = true;
    return LABEL;
  }
  // "Here is an example with request-level errors:" under a response's part, no status stated: an
  // error's sample whose status the page does not give, set aside (no success's sample).
  if (RESPONSE_PROSE.has(state.kind) && isErrorCue(text) && !(node.position && proseStatuses(node))) {
    open('aside');
    state.setAside = true;
    return undefined;
  }
  // "When using the `?keys` query parameter, the response … may return:" (Consul's): the answer of
  // that variant of the call, no sample of the call as documented; set aside.
  if (isResponseCue(text) && QUERY_VARIANT.test(text)) {
    open('aside');
    state.setAside = true;
    return undefined;
  }
  // "The `data` section of the query result has the following format:" titles one member's shape, no sample of the answer (parts.ts).
  if (isResponseCue(text) && !titlesMember(node)) {
    // "Returns a 201 on success with the following schema:": that status, and the sample below its answer.
    const stated = node.position ? proseStatuses(node) : undefined;
    if (stated && node.position) {
      return statedPart(state, open, stated, node.position, { kind: 'sample-response', data: cuedStatus(stated, text) });
    }
    if (state.kind !== 'sample-response') open('sample-response');
    return undefined;
  }
  if (sentRequest(text)) {
    // "Updates a state. Expects a JSON object …:" as the operation's first words: its prose (the
    // summary), the sample after it the request's.
    if (state.kind === 'operation' && SENTENCE_BEFORE.test(text)) state.resume = { kind: 'sample-request', data: {} };
    else if (state.kind !== 'sample-request') open('sample-request');
    return undefined;
  }
  // `**Parameters:**` ⏎ `None`: the part says it has none; no words of the operation's.
  if (state.synthetic && TABLE_KINDS.has(state.kind) && NONE_STATED.test(text)) return LABEL;
  // A sample's title in bold opening a sentence (`**Data example** All fields must be sent.`): that sample follows.
  const leading = leadingTitle(node, options);
  if (leading) {
    open(leading);
    return undefined;
  }
  // `#### Response` ⏎ the body's table ⏎ `**Bulb Properties**` ⏎ a table: the second titled table is the
  // fields of the object its title names (a member's), neither the body's nor the call's parameters.
  const member = state.kind === 'response-body' && state.section && state.tabled === state.section ? objectFieldsTitle(node) : undefined;
  if (member) {
    open('type-definition', { name: typeNameOf(member) });
    return LABEL;
  }
  // Prose after a table, or after the sample a label announced: the operation's description again.
  // Right under a body's label, before its table or sample (`**Data constraints**` ⏎ "Provide the
  // name." ⏎ the JSON), it is the body's words, and the body goes on.
  if (state.synthetic && TABLE_KINDS.has(state.kind) && !(titled && state.kind === 'request-body')) open('notes');
  else if (state.synthetic && state.sampled && SAMPLE_KINDS.has(state.kind) && !/:\s*$/.test(text)) open('notes');
  return undefined;
}

/**
 * A line that announces the fields or parameters listed below it: "The following fields are
 * returned in the JSON response body:", "The following parameters should be set in the URL:",
 * "These fields can be sent in the body:" (the response's fields, the body's, else parameters);
 * also a sentence that ends so, "The response is a JSON object containing the following fields".
 */
/**
 * A paragraph that opens with a response's label in bold and goes on with its words: `**Response
 * 404** Not found.`, `**Response 200:** The user.`, `**Response 409** - The shelf is locked.` The
 * label must title a status's response alone (`sectionOfTitle`), and words must follow it.
 */
function boldStatusLead(node: Paragraph, titles: PartOptions['titles']): { code: string; words: string; kind: SectionKind } | undefined {
  const [first, ...rest] = node.children;
  // Words only: a link or code after the label names the body's type (`**Response 200:** [User](#user)`).
  if (first?.type !== 'strong' || rest.length === 0 || !rest.every((child) => child.type === 'text' || child.type === 'emphasis'))
    return undefined;
  const label = withoutColon(plainText(first).trim());
  // A response's label (`Response 404`, `Response (201)`): a bold number among words (`**200 pages** at most …`) is prose.
  if (!/^responses?\b/i.test(label)) return undefined;
  const title = sectionOfTitle(label, titles);
  if (title?.kind !== 'sample-response' && title?.kind !== 'response-body') return undefined;
  const code = statusOfTitle(label);
  if (code === undefined || code === 'default') return undefined;
  const words = rest
    .map(plainText)
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?::|[-–—])\s*/, '')
    .trim();
  // `**Response 200**: an array of` announces what follows: the label's, as before.
  return words && !/:$/.test(words) ? { code, words, kind: title.kind } : undefined;
}

/**
 * A fields cue that says the rows below are required, and nothing more: "The following fields are
 * required:", "These parameters are mandatory:", "Pass the following required fields:". One that
 * states a condition ("… are required when the lamp has a timer:") flags none.
 */
const REQUIRED_CUE =
  /(?:\b(?:the following|these)\s+(?:required|mandatory)\s+(?:fields|attributes|properties|keys|parameters|params|arguments)|\b(?:fields|attributes|properties|keys|parameters|params|arguments)\s+(?:are|is)\s+(?:(?:always|all)\s+)?(?:required|mandatory))\s*:\s*$/i;

const FIELDS_CUE =
  /^[^\n]{0,40}\b(?:the following|these)\s+(?:[\w-]+\s+){0,2}(?:fields|attributes|properties|keys|parameters|params|arguments)\b[^\n]{0,80}:\s*$|^[^\n]{0,60}\bthe following\s+(?:[\w-]+\s+){0,2}(?:fields|attributes|properties|keys|parameters|params|arguments)\s*$/i;

/**
 * A sentence of its own that opens on the fields or parameters it announces and ends in a full
 * stop: "The following parameters can also be used to narrow down the result set.", "These fields
 * are returned for each lamp." (a cue only right over its list).
 */
const FIELDS_SENTENCE =
  /^(?:the following|these)\s+(?:[\w-]+\s+){0,2}?(?:fields|attributes|properties|keys|parameters|params|arguments)\b[^\n.:;!?]{0,160}\.$/i;

/**
 * A line that names the fields of the answer, with no `the following`: "Fields available in the
 * report:", "Fields in the response:", "Properties of the result:", "Keys returned in each result:".
 */
const ANSWER_FIELDS_CUE =
  /^(?:the\s+)?(?:fields|attributes|properties|keys)\s+(?:(?:available|returned|included|contained|listed)\s+)?(?:in|of)\s+(?:the|each|every)\s+(?:report|response|result|output|answer|reply)s?\s*:\s*$/i;

/**
 * The object a fields cue names as its subject, in code: "The `message` object has the following
 * fields:", "Each `tool_call` object contains these properties:" (`message`, `tool_call`). A cue
 * whose subject is the response, the body or a name not in code ("The response object has …")
 * names none.
 */
function namedObjectCue(node: Paragraph): string | undefined {
  const [article, name, rest, ...more] = node.children;
  if (more.length === 0 && article?.type === 'text' && name?.type === 'inlineCode' && rest?.type === 'text')
    if (/^\s*(?:the|each|every|an?)\s+$/i.test(article.value) && NAMED_OBJECT.test(name.value))
      return OBJECT_HAS.test(rest.value) ? name.value : undefined;
  return closingObjectCue(node);
}

/**
 * The object a fields cue names in code at its end: "the following fields are used by the
 * `config`:", "takes these fields in the `settings` object:" (`config`, `settings`): the fields of
 * that member, none of the part's. A part's own name there (`body`, `query`, `response`) is none.
 */
function closingObjectCue(node: Paragraph): string | undefined {
  const [before, name, after] = node.children.slice(-3);
  if (before?.type !== 'text' || name?.type !== 'inlineCode' || after?.type !== 'text') return undefined;
  if (!CLOSING_OWNER.test(before.value) || !/^\s*(?:(?:object|hash|map|field|parameter|attribute|property)\s*)?:\s*$/i.test(after.value))
    return undefined;
  return NAMED_OBJECT.test(name.value) && !PART_NAME.test(name.value) ? name.value : undefined;
}

/** "… in the ", "… used by the ", "… of each " right before the member's name. */
const CLOSING_OWNER = /\b(?:in|of|for|inside|within|by|to)\s+(?:the|each|every|an?)\s+$/i;

/** Names of a request's or response's parts, never of a member. */
const PART_NAME = /^(?:body|payload|request|response|query|header|headers|path|url|form|cookies?)$/i;

/** A field's or type's name: `message`, `tool_call`, `ToolCall` (no dots, spaces or brackets). */
const NAMED_OBJECT = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** " object has the following fields:", " objects contain these properties:" after the name. */
const OBJECT_HAS =
  /^\s+objects?\s+(?:has|have|contains?|holds?|includes?|consists\s+of|is\s+made\s+of|supports?|accepts?|takes?)\s+(?:the\s+following|these)\s+(?:[\w-]+\s+){0,2}(?:fields|attributes|properties|keys|parameters)\s*:\s*$/i;

/**
 * A body's words that it is an array of the objects the table below lists: "An array of:", "A list
 * of objects:", "Array of objects with the following fields:", "The response is an array of
 * objects, each with these properties:".
 */
const ARRAY_CUE =
  /^(?:the\s+(?:response(?:\s+body)?|request\s+body|result|body)\s+is\s+)?(?:an?\s+)?(?:json\s+)?(?:array|list)\s+of(?:\s+(?:json\s+)?(?:objects|items|entries|elements|records))?(?:,?\s+(?:each\s+)?(?:with|having|containing)\s+(?:the\s+following|these)\s+(?:fields|properties|attributes|keys))?\s*[:.]?$/i;

/** Parameters a cue calls GET parameters: those the URL's query carries. */
const GET_PARAMETERS = /\bGET\s+(?:parameters|params|arguments)\b/;

/**
 * Parameters a cue places in the URL's query: "the following query parameters", "these query-string
 * arguments", "the following parameters in the query string" / "in the URL's query". A cue naming
 * the URL alone ("URL parameters") may mean the path's: none.
 */
const QUERY_CUE =
  /\bquery[\s-]+(?:string\s+)?(?:parameters|params|arguments)\b|\b(?:parameters|params|arguments)\s+(?:[\w-]+\s+){0,3}?in\s+the\s+(?:url'?s\s+)?query(?:[\s-]+string)?\b/i;

/** The same for headers: "The following headers will be returned on the response:"; and cookies, "Send these cookies:". */
const HEADERS_CUE = /^[^\n]{0,40}\b(?:the following|these)\s+(?:[\w-]+\s+){0,2}(headers|cookies)\b[^\n]{0,80}:\s*$/i;

/** A sentence ended before the paragraph's last one (the next one may open in parentheses: "Dusts a shelf. (This is …)"). */
const SENTENCE_BEFORE = /[a-z)][.!?][ \t\n]+[A-Z(]/;

/**
 * The same for the body a call sends: "Expects a JSON object that has at least a state attribute:",
 * "Send a payload like this:"; `post` and `pass` are that verb before an article, as RabbitMQ's
 * reference writes it ("You should post a body looking like:", "Pass an object like this:"; "Every
 * post office …" names none).
 */
const REQUEST_CUE =
  /^(?!.*\b(?:returns?|responds?|response|result)\b)[^\n]{0,100}\b(?:expects?|accepts?|sends?|takes|(?:post|pass)(?= (?:an?|the|your|this) ))\b[^\n]{0,60}\b(?:json|body|object|payload)\b[^\n]*:\s*$/i;

/**
 * "The request should include the following JSON object:", "The request body must contain a JSON
 * object like this:" (the request the subject, what it holds the verb; its last sentence, perhaps
 * over several lines): the sample below is the request's.
 */
const REQUEST_HOLDS =
  /^(?!.*\b(?:returns?|responds?|response|result)\b)(?:[^:]{0,160}[.!?] )?(?:the|a|your|each) request(?: body)? (?:(?:should|must|shall|will|may|can) )?(?:includes?|contains?|holds?|be|looks? like|has)\b[^.:]{0,60}\b(?:json|body|object|payload)\b[^.:]*:\s*$/i;

/** Whether a paragraph's words say what the request sends or holds (`REQUEST_CUE`, `REQUEST_HOLDS`). */
function sentRequest(text: string): boolean {
  return (
    REQUEST_CUE.test(text) || (text.includes('\n') && REQUEST_CUE.test(wrappedCue(text))) || REQUEST_HOLDS.test(text.replace(/\s+/g, ' '))
  );
}

/** A line's closing words that announce fields below it: "… with the following fields:", "… these properties:". */
const FIELDS_ENDING =
  /\b(?:the following|these)\s+(?:[\w-]+\s+){0,2}(?:fields|attributes|properties|keys|parameters|params|arguments)\s*:\s*$/i;

/** The sample a bold title opening a sentence names (`**Data example** All fields must be sent.`): its kind. */
function leadingTitle(node: Paragraph, options: PartOptions): 'sample-request' | 'sample-response' | undefined {
  const first = node.children[0];
  if (first?.type !== 'strong' || node.children.length < 2) return undefined;
  const kind = sectionOfTitle(plainText(first), options.titles)?.kind;
  return kind === 'sample-request' || kind === 'sample-response' ? kind : undefined;
}

/** A bold title of an object's fields: `**Bulb Properties**`, `**Segment Filter Fields**` (the object `Bulb`, `Segment Filter`). */
const OBJECT_FIELDS_TITLE = /^([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}) (?:properties|fields|attributes)$/i;

/** Words that say which of the body's own fields a title lists, or whose they are, and name no object: `**Optional fields**`, `**Response Fields**`. */
const FIELDS_QUALIFIER =
  /^(?:required|optional|additional|other|more|extra|common|nested|returned|all|main|standard|custom|response|request|body|result|output|payload|data)\b/i;

/** The object a paragraph of one bold title of its fields names, if it is one. */
function objectFieldsTitle(node: Paragraph): string | undefined {
  const [only, ...rest] = node.children;
  if (only?.type !== 'strong' || rest.length > 0) return undefined;
  const text = plainText(only).replace(/\s+/g, ' ').trim();
  const name = text.length <= 80 ? OBJECT_FIELDS_TITLE.exec(text)?.[1] : undefined;
  return name && !FIELDS_QUALIFIER.test(name) ? name : undefined;
}

/** The one status a paragraph `200 OK – the locker.` states, as prose statuses. */
function reasonedLines(node: Paragraph): Array<[string, string]> | undefined {
  const reasoned = reasonedStatusLine(node);
  return reasoned ? [reasoned] : undefined;
}
