/**
 * Section titles of general markdown references → the section they open. Headings and label
 * paragraphs (`Example response:`, `**Parameters**`) are matched after normalising: lower case,
 * markup, trailing colons, anchors and `(optional)` notes dropped.
 *
 *     ## Query parameters        → query-parameters       ## Body parameters      → request-body
 *     ## Parameters / Attributes → attributes (rows placed by route and method)
 *     ## Response fields         → response-body          ## Status codes         → responses
 *     Example request:           → sample-request         Example response:       → sample-response
 *     ## Change log              → aside (not used)
 *
 * The user's vocabulary (`vocabulary.sections` in the config) adds titles in front of these. A
 * title no title names is read again with its misspelt words as meant (`Path Paramters`, `Respone`).
 */
import { meantWord } from '../../document/slips.js';
import type { SectionKind } from '../../document/types.js';
import { statusOfReason } from '../../ir/status-text.js';
import { withoutClosing } from '../shared/trim.js';
import { cjkTitleTypeName } from './cjk-object-titles.js';
import { CODE_IN_TEXT } from './status-words.js';
import { englishTitle } from './translated-titles.js';

export type TitleKind = SectionKind | 'signature';

/** The sections a user's title may name (`vocabulary.sections` in the config). */
export const VOCABULARY_SECTIONS = [
  'path-parameters',
  'query-parameters',
  'request-headers',
  'request-cookies',
  'attributes',
  'parameters',
  'request-body',
  'responses',
  'response-body',
  'sample-request',
  'sample-response',
  'notes',
  'aside',
  'signature',
] as const satisfies readonly TitleKind[];

const TITLES: ReadonlyArray<[TitleKind, string[]]> = [
  [
    'path-parameters',
    [
      'path parameters',
      'path params',
      'path variables',
      'path variable',
      'url variables',
      'uri parameters',
      'url parameters',
      'route parameters',
      'request path parameters',
      'path',
    ],
  ],
  [
    'query-parameters',
    [
      'query parameters',
      'url query parameters',
      'query params',
      'query string parameters',
      'query string',
      'querystring parameters',
      'request querystring parameters',
      'optional query parameters',
      'request query parameters',
      'query',
      'filters',
      'available filters',
    ],
  ],
  ['request-headers', ['headers', 'request headers', 'header parameters', 'request header parameters', 'http headers', 'request header']],
  ['request-cookies', ['cookies', 'cookie parameters', 'cookie params', 'request cookies']],
  [
    'attributes',
    [
      'parameters',
      'params',
      'attributes',
      'arguments',
      'request parameters',
      'input parameters',
      // LibreNMS' `Input:` / `Input (JSON):` over its `- name: words` list, beside the `Output:` it answers with.
      'input',
      'options',
      'supported attributes',
      'fields',
      'available fields',
      'available parameters',
      'uri request parameters',
    ],
  ],
  [
    'request-body',
    [
      'request body',
      'body',
      'body formdata',
      'body urlencoded',
      'body parameters',
      'body params',
      'payload',
      // The plural is no slip of the word (GitHub's `### Payloads`): the same title, no `misspelt-title`.
      'payloads',
      'payload parameters',
      'request payload',
      'json payload',
      'form parameters',
      'form params',
      'form data',
      'form-data',
      'form data parameters',
      'form data params',
      'form-data parameters',
      'form fields',
      'form body',
      'request fields',
      'request body parameters',
      'request body fields',
      'request properties',
      'body fields',
      'json parameters',
      'json params',
      'json body',
      'json body parameters',
      // `Body JSON parameters` (Plausible's `Post body JSON parameters`): the values' format after the part's word.
      'body json parameters',
      'body json params',
      'body json fields',
      'json body schema',
      'body schema',
      'request body schema',
      'json fields',
      'json/form params',
      'json/form parameters',
      'data params',
      'data parameters',
      'data constraints',
    ],
  ],
  [
    'responses',
    [
      'responses',
      'all responses',
      'status codes',
      'response codes',
      'http status codes',
      'response status codes',
      'http response codes',
      'http response status codes',
      'return codes',
      'status code',
      'http status code',
      'returns http status code',
      'returns http status codes',
    ],
  ],
  [
    'response-body',
    [
      'response body',
      'response fields',
      'response properties',
      'response elements',
      'response parameters',
      'response data',
      'response attributes',
      'response schema',
      'schema',
      'response spec',
      'response specification',
      'response object',
      'returns',
      'return value',
      'return type',
      'response',
      'output',
    ],
  ],
  [
    'sample-request',
    [
      'example request',
      'sample request',
      'request example',
      'request sample',
      'request samples',
      'example call',
      'example calls',
      'sample call',
      'example usage',
      'sample usage',
      'example payload',
      // The words the other way round, as RabbitMQ's reference writes them (`Payload example:`).
      'payload example',
      'payload sample',
      'example request body',
      'example body',
      'data example',
      'request',
      'curl example',
      'code samples',
      'code sample',
      'body parameter',
      'example',
      'examples',
      'usage',
    ],
  ],
  [
    'sample-response',
    [
      'example response',
      'sample response',
      'response example',
      'response sample',
      'example result',
      'example results',
      'example output',
      'result',
      'results',
      'success',
      'success response',
      'successful response',
      'response body example',
      'response syntax',
    ],
  ],
  [
    'response-headers',
    [
      'response headers',
      'response header',
      'response http headers',
      // What the server tells of the pages and the limits: headers of its answers.
      'pagination headers',
      'paging headers',
      'rate limit headers',
      'rate-limit headers',
      'rate limiting headers',
      'ratelimit headers',
    ],
  ],
  [
    'signature',
    [
      'http request',
      'definition',
      'endpoint',
      'endpoints',
      'url',
      'request url',
      'http method',
      'resource url',
      'route',
      'facts',
      // `## Path and HTTP methods` over a fence of the routes (OpenSearch's pages): the request lines' title.
      'path and http methods',
      'paths and http methods',
      'path and method',
      'method and path',
      'http method and path',
      // "The API is:" over the request line (Synapse's admin API pages): the line's title, no summary of the call.
      'the api is',
      'this api is',
      'the endpoint is',
      'the url is',
    ],
  ],
  ['notes', ['notes', 'note', 'remarks', 'description', 'details']],
  [
    'aside',
    [
      'change log',
      'changelog',
      'errors',
      'error',
      'error response',
      'error responses',
      // The API's errors listed by their codes or names (`- invalid-lamp: The lamp does not exist.`): no fields of the call.
      'error codes',
      'error code',
      'possible errors',
      'possible error codes',
      'common errors',
      'error messages',
      'permissions',
      'see also',
      'history',
      'version history',
      'authentication',
    ],
  ],
];

/** Authentication and one word of its scheme (`bearer`, `basic`, `apikey`, `oauth2`), after an emoji or none. */
const AUTHENTICATION_TITLE = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?authentication(?: [a-z0-9]+)?$/u;

/**
 * A title naming the events a call sends (`event types`, `event stream type: checkresult`, `event
 * payload: bulbblown`, `events types`): their tables are what the stream carries. Each blank one
 * character (titles are normalised), the name after the colon one run of non-blanks or words.
 */
const EVENT_TITLE = /^events?(?: streams?)? (?:types?|payloads?)(?::(?: [^ ]+)+)?$/;

/**
 * A title naming a callback, the request the server sends to an address the caller gave (`Callback`,
 * `Recording ready callback URL`, `Closed callback URL`, `Callback request`): what it sends and the
 * codes the caller's endpoint answers with are no part of the call's request or responses. Titles are
 * normalised (one blank between words), so the words are matched one by one from the end.
 */
const CALLBACK_TITLE = /(?:^| )callbacks?(?: (?:url|urls|uri|address|request|requests|response|responses|payload|body))?$/;

/**
 * Whether a title or a label names a callback (`Recording ready callback URL`, "We send a `POST` to
 * your `callback_url`:"): what the API sends to an address the caller gave, no part of the call.
 */
export function isCallbackTitle(text: string): boolean {
  return CALLBACK_TITLE.test(normaliseTitle(text));
}

/** A body's title that says it is sent as a form (`Form params`, `Form data parameters`): its encoding unstated. */
const FORM_TITLE = /^form\b/;

/** The sections whose rows a `Required …` / `Optional …` title speaks of. */
const PARAMETER_KINDS: ReadonlySet<TitleKind> = new Set([
  'path-parameters',
  'query-parameters',
  'request-headers',
  'request-cookies',
  'attributes',
  'request-body',
]);

/** The parts whose entries are fields or parameters: those and a response's body. */
export const FIELD_PARTS: ReadonlySet<string> = new Set([...PARAMETER_KINDS, 'response-body']);

const DEFAULT_TITLES = new Map<string, TitleKind>(
  TITLES.flatMap(([kind, titles]) => titles.map((title): [string, TitleKind] => [title, kind])),
);

/** A numbered title's number (`1. Create shelf`, docgen's `I. Example Response: Created`): no part of what it titles. */
export const TITLE_NUMBER = /^(?:\d{1,3}|[IVX]{1,4}|[ivx]{1,4})[.)] +(?=\S)/;

/**
 * A specification document's section number (`3.1 Get order status`, `3.1.2. Request parameters`):
 * no part of an operation's title, nor of a section's where the title after it is one
 * (`2.5 release` stays a title of its own). Word's HTML spaces the number with `&nbsp;`.
 */
export const OUTLINE_NUMBER = /^\d{1,3}(?:\.\d{1,3}){1,4}\.?[ \u00a0]+(?=\S)/;

/**
 * `Response: application/json`: the media type after a colon at a title's end (`media-type-cells.ts`), no part of what it titles.
 * Its top-level types named, unlike content-type.ts' `MEDIA_TYPE_ALONE`: after a colon in a title, `a/b` may be a path or a ratio.
 */
const COLON_MEDIA_TYPE = /:[ \t]*(?:application|text|multipart|image|audio|video|font|model)\/[\w.+-]+[ \t]*$/i;

/** The titles last normalised: the passes ask for the same heading's title again and again. */
const normalisedTitles = new Map<string, string>();
const TITLE_MEMO_SIZE = 4096;
const TITLE_MEMO_LENGTH = 200;

/**
 * `## Example Response&#x20; <a id="x"></a>` → `example response`; a heading id or attribute list
 * after the title (`{#path-params}`, `{: .label}`, `[get-index-path-params]`) is no part of it, and
 * a title that is a doc site's substitution (`{{api-path-parms-title}}`, `{api-query-parms-title}`)
 * reads as its name's words (`path parameters`).
 */
export function normaliseTitle(text: string): string {
  if (text.length > TITLE_MEMO_LENGTH) return normalised(text);
  let title = normalisedTitles.get(text);
  if (title === undefined) {
    if (normalisedTitles.size >= TITLE_MEMO_SIZE) normalisedTitles.clear();
    title = normalised(text);
    normalisedTitles.set(text, title);
  }
  return title;
}

/**
 * Pictographs that open or close a title (Notion's exports, docs that mark their headings so:
 * `### ✅ Response`, `## 🔎 Query parameters`): no words of it.
 */
const PICTOGRAPH = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0F|\u200D|\s)$/u;

/** `text` without the pictographs (and spaces) at its ends, a character at a time: linear in the text. */
function withoutEdgePictographs(text: string): string {
  // ASCII has no pictographs, and its spaces at the ends are trimmed after.
  if (!/[\u0080-\uFFFF]/.test(text)) return text;
  const characters = [...text];
  let from = 0;
  let to = characters.length;
  while (from < to && PICTOGRAPH.test(characters[from]!)) from++;
  while (to > from && PICTOGRAPH.test(characters[to - 1]!)) to--;
  return from === 0 && to === characters.length ? text : characters.slice(from, to).join('');
}

/**
 * `text` with each parenthesised part (`(optional)`, `（可选）`) a blank, as
 * `/\([^)]*\)|（[^（）]*）/g` replaces them, in one pass: that regex scans from every `(` to the
 * text's end when no `)` follows, which is quadratic on a title of many `(`.
 */
function withoutParenthesised(text: string): string {
  if (!text.includes('(') && !text.includes('（')) return text;
  let out = '';
  let from = 0;
  let closes = true;
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    let end = -1;
    if (c === '(' && closes) {
      end = text.indexOf(')', at + 1);
      // No `)` after this `(`: none after any later one either.
      if (end < 0) closes = false;
    } else if (c === '（') {
      let next = at + 1;
      while (next < text.length && text[next] !== '（' && text[next] !== '）') next++;
      if (text[next] === '）') end = next;
    }
    if (end < 0) continue;
    out += `${text.slice(from, at)} `;
    from = end + 1;
    at = end;
  }
  return out + text.slice(from);
}

/** The punctuation a title may close with (`Response:`, `Parameters.`, `返回参数：`, `Errors —`). */
const TITLE_CLOSINGS = ':.\u2013\u2014\uFF1A\u3002-';

function normalised(text: string): string {
  const shown = withoutEdgePictographs(
    withoutHeadingIds(text)
      .replace(/^\s*\{\{?\s*([\w-]+)\s*\}\}?\s*$/, (_, name: string) => substitutionWords(name))
      .replace(/<[^<>]*>/g, ' ')
      .replace(/[*_`#]+/g, ' '),
  );
  const words = withoutParenthesised(shown).replace(COLON_MEDIA_TYPE, '');
  const title = withoutClosing(words, TITLE_CLOSINGS).replace(/\s+/g, ' ').trim().toLowerCase().replace(TITLE_NUMBER, '');
  // `### 返回参数`, `## レスポンス`: the English title they mean (`translated-titles.ts`).
  return englishTitle(title);
}

/** A heading over the reference's types: `# Schemas`, `## Models`, `## Data types`, `## Definitions`, `### Available types` (Telegram's). */
const TYPES_TITLE =
  /^(?:schemas?|models?|definitions|data\s+(?:models?|types|structures|objects)|objects|(?:available\s+)?types|entities)$/i;
/** A heading that is one type's name (`### Pet`, `### WidgetProperties`). */
export const TYPE_NAME = /^[A-Za-z_][\w.]*$/;

export function isTypesTitle(text: string): boolean {
  return TYPES_TITLE.test(normaliseTitle(text));
}

/** A heading id or attribute list at the title's end. */
const HEADING_ID = /(?:\{[#:][^{}\n]*\}|\[[\w.:-]+\])$/;
/**
 * An attribute list after a space at a heading's end, as kramdown, Pandoc and Python-Markdown's
 * attr_list (MkDocs) write it: `{#create}`, `{: .label}`, `{ #create .wide }`, `{ id="create" }`.
 * The space before it keeps a route's own braces (`/items/{id}`, `/files{.format}`) out.
 */
const ATTRIBUTE_LIST = /\s\{[ \t]*(?:[#:.][^{}\n]*|[A-Za-z][\w-]*[ \t]*=[ \t]*(?:"[^"\n]*"|'[^'\n]*'|[^\s{}"']+)(?:[ \t]+[^{}\n]*)?)\}$/;

/** `Path parameters {#path} [path-params]` → `Path parameters` (trimmed and matched from the end: no scan per space). */
function withoutHeadingIds(text: string): string {
  let title = withoutAttributeLists(text);
  for (let count = 0, match = HEADING_ID.exec(title); match && count < 4; count++, match = HEADING_ID.exec(title))
    title = title.slice(0, match.index).trimEnd();
  return title;
}

/** `POST /files/archive { id="archive" }` → `POST /files/archive`: a heading's text without the attribute lists at its end. */
export function withoutAttributeLists(text: string): string {
  let title = text.trimEnd();
  for (let count = 0, match = ATTRIBUTE_LIST.exec(title); match && count < 4; count++, match = ATTRIBUTE_LIST.exec(title))
    title = title.slice(0, match.index).trimEnd();
  return title;
}

/** `api-path-parms-title` → `path parameters`. */
function substitutionWords(name: string): string {
  return name
    .replace(/^api-|-title$/gi, '')
    .replace(/-/g, ' ')
    .replace(/\bparms\b/gi, 'parameters')
    .replace(/\bprereq\b/gi, 'prerequisites');
}

export interface TitleVocabulary {
  /** Extra titles (normalised) → kind; they win over the defaults. */
  extra?: ReadonlyMap<string, TitleKind>;
}

/**
 * The section a title names, or `undefined`. `Request body: Widget` and `Returns Widget` give their
 * type words too; `Required arguments` / `Optional parameters` say whether the rows are required.
 */
export function sectionOfTitle(text: string, vocabulary: TitleVocabulary = {}): TitledSection | undefined {
  const titled = titledSection(text, vocabulary);
  if (titled || text.length > TITLE_MEMO_LENGTH) return titled;
  const meant = respelt(text);
  return meant === undefined ? undefined : titledSection(meant, vocabulary);
}

/**
 * The title a heading misspells (`Path Paramters`, `Respone`, `Reqest Body`), lower case, where
 * only the title as meant names a section; else `undefined`.
 */
export function misspeltTitle(text: string, vocabulary: TitleVocabulary = {}): string | undefined {
  if (text.length > TITLE_MEMO_LENGTH || titledSection(text, vocabulary)) return undefined;
  const meant = respelt(text);
  return meant !== undefined && titledSection(meant, vocabulary) ? normaliseTitle(meant) : undefined;
}

export type TitledSection = {
  kind: TitleKind;
  typeText?: string;
  required?: boolean;
  form?: true;
  /** The method whose body the title names (`POST request body`, `Request body for PATCH`). */
  method?: string;
  /** The media type a format's word states (`JSON response`: `application/json`). */
  mediaType?: string;
};

/** Title words vendors misspell (`slips.ts`). */
const TITLE_WORDS = [
  'parameters',
  'parameter',
  'response',
  'responses',
  'request',
  'requests',
  'attributes',
  'attribute',
  'arguments',
  'argument',
  'properties',
  'example',
  'examples',
  'variables',
  'payload',
  'returns',
];
const LONG_WORD = /[A-Za-z]{6,}/g;
const respeltTitles = new Map<string, string | null>();

/** `text` with its misspelt title words as meant (`Path Paramters` → `Path parameters`), or `undefined` where none is. */
function respelt(text: string): string | undefined {
  let meant = respeltTitles.get(text);
  if (meant === undefined) {
    if (respeltTitles.size >= TITLE_MEMO_SIZE) respeltTitles.clear();
    let changed = false;
    const read = text.replace(LONG_WORD, (word) => {
      const known = meantWord(word, TITLE_WORDS);
      if (known === undefined) return word;
      changed = true;
      return known;
    });
    meant = changed ? read : null;
    respeltTitles.set(text, meant);
  }
  return meant ?? undefined;
}

function titledSection(text: string, vocabulary: TitleVocabulary): TitledSection | undefined {
  const title = normaliseTitle(text);
  if (!title) return undefined;
  // `返回参数说明 (Order)`, `响应体：Order`: a body's title and its type's name, as `Response body: Order` (cjk-object-titles.ts).
  const cjkNamed = cjkTitleTypeName(text);
  const cjkPart = cjkNamed && titledSection(cjkNamed.title, vocabulary)?.kind;
  if (cjkNamed && (cjkPart === 'response-body' || cjkPart === 'request-body')) return { kind: cjkPart, typeText: cjkNamed.name };
  const outline = OUTLINE_NUMBER.exec(title);
  const numbered = outline ? sectionOfTitle(title.slice(outline[0].length), vocabulary) : undefined;
  if (numbered) return numbered;
  const known = vocabulary.extra?.get(title) ?? DEFAULT_TITLES.get(title);
  if (known) return known === 'request-body' && FORM_TITLE.test(title) ? { kind: known, form: true } : { kind: known };
  // `🔑 Authentication bearer` (postman-to-markdown's, the scheme after it): how to sign the call, no fields of it.
  if (AUTHENTICATION_TITLE.test(title)) return { kind: 'aside' };
  // `Event Stream Types`, `Event Type: LampLit`, `Event payload: BulbBlown` (Icinga's): the objects the call streams, no fields of its request.
  if (EVENT_TITLE.test(title)) return { kind: 'aside' };
  // `Recording ready callback URL` (BigBlueButton's older pages, under the call that takes the URL): its code table is the caller's endpoint's.
  if (CALLBACK_TITLE.test(title)) return { kind: 'aside' };
  // `Typical success response`, `Typical error response` (Slack's): the sample's title without its hedge.
  const typical = /^typical (.+)$/.exec(title)?.[1];
  const hedged = typical ? (vocabulary.extra?.get(typical) ?? DEFAULT_TITLES.get(typical)) : undefined;
  if (hedged === 'sample-response' || hedged === 'aside') return { kind: hedged };
  // `JSON response`, `XML response example` (QuestDB's `#### JSON response`): a response's title
  // naming the format its samples are written in, that format's media type.
  const format = /^(json|xml) (.+)$/.exec(title);
  const formatted = format ? (vocabulary.extra?.get(format[2]!) ?? DEFAULT_TITLES.get(format[2]!)) : undefined;
  if (format && (formatted === 'response-body' || formatted === 'sample-response'))
    return { kind: formatted, mediaType: `application/${format[1]!}` };
  const flagged = /^(required|mandatory|optional) (.+)$/.exec(title);
  const flaggedKind = flagged ? (vocabulary.extra?.get(flagged[2]!) ?? DEFAULT_TITLES.get(flagged[2]!)) : undefined;
  if (flagged && flaggedKind && PARAMETER_KINDS.has(flaggedKind))
    return {
      kind: flaggedKind,
      required: flagged[1] !== 'optional',
      ...(flaggedKind === 'request-body' && FORM_TITLE.test(flagged[2]!) ? { form: true as const } : {}),
    };
  // `Post body parameters`, `PUT parameters`, `GET parameters` (PHP's words): the method the values
  // travel with, then the part's title. A body sent with POST, PUT or PATCH; a GET's parameters the query's.
  const sent = /^(get|post|put|patch) (.+)$/.exec(title);
  const sentKind = sent ? (vocabulary.extra?.get(sent[2]!) ?? DEFAULT_TITLES.get(sent[2]!)) : undefined;
  if (sent && sentKind) {
    if (sent[1] !== 'get' && (sentKind === 'request-body' || sentKind === 'attributes'))
      return FORM_TITLE.test(sent[2]!)
        ? { kind: 'request-body', form: true, method: sent[1]! }
        : { kind: 'request-body', method: sent[1]! };
    if (sent[1] === 'get' && (sentKind === 'query-parameters' || sentKind === 'attributes')) return { kind: 'query-parameters' };
  }
  // `Parameters for "List organization repositories"`, `HTTP response status codes for "…"` (GitHub):
  // the part's title, then the operation it belongs to.
  const part = /^(.+?) for \S.*$/.exec(title)?.[1];
  const partKind = part ? (vocabulary.extra?.get(part) ?? DEFAULT_TITLES.get(part)) : undefined;
  // `Request body for PATCH`: that method's body.
  const forMethod = partKind === 'request-body' ? / for (post|put|patch|delete)$/.exec(title)?.[1] : undefined;
  if (partKind) return forMethod ? { kind: partKind, method: forMethod } : { kind: partKind };
  // `Responses — 200` (`Responses — 200: application/json`): that status's response, no list of statuses.
  if (/^responses [-–—] \d{3}$/.test(title)) return { kind: 'sample-response' };
  // `Error responses — 404`, `Errors - 409`: that error's response, as `Responses — 200` is (a 4xx or 5xx status only).
  if (/^(?:errors?|error responses?) [-–—] [45]\d{2}$/.test(title)) return { kind: 'sample-response' };
  // `Parameters - \`Parameter\``, `Success response - \`Success 200\`` (apidoc-markdown): the part's
  // title, then the group the generator names it by.
  const grouped = /^([^-–—]+?) [-–—] \S/.exec(title)?.[1];
  const groupedKind = grouped ? (vocabulary.extra?.get(grouped) ?? DEFAULT_TITLES.get(grouped)) : undefined;
  if (groupedKind && groupedKind !== 'signature') return { kind: groupedKind };
  // `Example response (201 Created)` is matched without its parenthesis; `Response 201` / `201 Created`.
  // `200: OK` (Mastodon) and `Response: 200 Ok` too.
  // `Response: HTTP 200`, `Response: HTTP/1.1 201` too: a status, no type's name.
  if (
    /^(?:example |sample )?response:? (?:http(?:\/[\d.]+)? )?\d{3}\b/.test(title) ||
    /^\d{3}:? [a-z ]+$/.test(title) ||
    title === 'default response'
  )
    return { kind: 'sample-response' };
  // `Response body: Widget`, `Returns Widget`, `Response: array of Widget`; `Body schema: OrderInput`,
  // `Request schema: OrderInput`, `Response schema: Order` (the schema's name).
  const typed =
    /^(returns|response body schema|response body|response schema|response|request body schema|request body|request schema|body schema)\s*[:\s]\s*(.+)$/i.exec(
      text.replace(/[*_`]+/g, '').trim(),
    );
  const request = typed !== null && /^(?:request|body)\b/i.test(typed[1]!);
  const typeWords = typed?.[2]?.trim() ?? '';
  // `Response: an array of objects`, `**Response**: an array of` (over the items' table), `Returns a list of Shelf objects`.
  const array = typed ? arrayWords(typeWords) : undefined;
  if (typed && array) return { kind: request ? 'request-body' : 'response-body', typeText: array };
  // A sentence is no type: "Returns a single pet.", "Returns the list of users."
  const sentence = /^(?:a|an|the|all|one|some|no|nothing)\b/i.test(typeWords) || typeWords.endsWith('.');
  // `Request body example`, `Response body example` (the Matrix specification's): the part's sample, no type named `example`.
  if (typed && /^(?:json )?(?:examples?|samples?)$/i.test(typeWords)) return { kind: request ? 'sample-request' : 'sample-response' };
  // `Response Structure`, `Response Object` (Discord): the response's shape, no type of that name; `Request body
  // format:` (Garage's label over its body's JSON) the request's, its colon no word of it.
  if (/^(?:structure|object|schema|shape|format|fields|attributes|properties):?$/i.test(typeWords))
    return { kind: request ? 'request-body' : 'response-body' };
  if (typed && !sentence && /^[\w.<>[\], ]+$/.test(typeWords) && typeWords.split(/\s+/).length <= 4) {
    return { kind: request ? 'request-body' : 'response-body', typeText: typed[2]!.trim() };
  }
  // `Sample Payload` (HashiCorp): the body the sample request sends (`--data @payload.json`).
  if (/^(?:example|sample) (?:curl |http |request )?(?:requests?|calls?|payloads?)\b/.test(title)) return { kind: 'sample-request' };
  if (/^(?:example|sample) (?:http |json )?(?:responses?|results?|outputs?)\b/.test(title)) return { kind: 'sample-response' };
  return undefined;
}

/** `an array of`, `a list of objects`, `array of items:`: an array of the objects the table below lists; `an array of Shelf objects`: of that type. */
const ARRAY_WORDS =
  /^(?:an?\s+)?(?:json\s+)?(?:array|list)\s+of(?:\s+(?:json\s+)?(?:objects|items|entries|elements|records)|\s+([A-Za-z_][\w.]*)(?:\s+objects?)?)?\s*:?$/i;

/** The type words a title's array words state (`array`, `array of Shelf`), if they are such; a name must be capitalised as a type's. */
function arrayWords(words: string): string | undefined {
  const found = ARRAY_WORDS.exec(words);
  if (!found) return undefined;
  const name = found[1];
  if (name === undefined) return 'array';
  return /^[A-Z]/.test(name) ? `array of ${name}` : undefined;
}

/** The status a title states (`Response 201`, `201 Created`, `Example response (201 Created)`, `default Response`). */
export function statusOfTitle(text: string): string | undefined {
  if (/^\W*default\s+response\b/i.test(text)) return 'default';
  return CODE_IN_TEXT.exec(text)?.[1] ?? reasonOfTitle(text);
}

/**
 * A response's title that names its status by the reason phrase alone, as HashiCorp's pages title
 * a second sample: `Sample Response for Conflict`, `Example response (Not Found)`.
 */
const REASON_TITLE = /^(?:(?:example|sample) )?responses? (?:for (?:an? |the )?([a-z][a-z' -]*)|\(([a-z][a-z' -]*)\))$/i;

/** The status whose reason phrase a response's title names (`Sample Response for Conflict` → `409`). */
function reasonOfTitle(text: string): string | undefined {
  if (text.length > 120) return undefined;
  const title = text.replace(/\s+/g, ' ').trim();
  const found = REASON_TITLE.exec(title);
  return found ? statusOfReason((found[1] ?? found[2])!.trim()) : undefined;
}
