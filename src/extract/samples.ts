/**
 * Sample sections → examples on the request body and the matching responses.
 *
 *     ```http                                 ← HTTP message: start line, headers, blank line, body
 *     HTTP/1.1 200 OK
 *     Content-Type: application/json; charset=utf-8
 *
 *     { "EjMessageId": 651, … }
 *     ```
 *
 * A ```json / ```xml block is a bare body (a ```json block's first line may be the request line it
 * is sent with: `PUT /my-index`, the console syntax of search engines' references). JSON bodies are parsed (bad JSON → `invalid-sample` at the
 * error's place in the file); other bodies are kept raw. A `null` body means "no content".
 * Samples never change schemas here: inference from them is a later stage's job.
 */
import type { Code } from 'mdast';
import { statedContentType } from '../document/content-type.js';
import { plainText } from '../document/plain-text.js';
import { yamlSample } from '../document/yaml-samples.js';
import type { Point, Source } from '../ir/source.js';
import { statusText } from '../ir/status-text.js';
import { type Content, type Example, type JsonValue, METHOD_WORDS, type Operation, type Response, type Schema } from '../ir/types.js';
import { type ExtractContext, sourceIn } from './context.js';
import { jsonErrorOffset, type Unclosed, unclosedAt } from './json-error.js';
import { wholeFractions } from './json-fractions.js';
import { hasUnstatedStatus, stateStatus } from './responses.js';
import {
  adoptSampleType,
  adoptTextType,
  adoptYamlType,
  impliedSampleType,
  markImpliedType,
  statedJsonType,
  titledSampleType,
  YAML_TYPE,
  yamlSampleType,
} from './sample-media-types.js';
import type { Section } from './sections.js';

interface Sample {
  status?: string;
  mediaType?: string;
  /** The media type is the fence's language's (```` ```json ````): JSON, not which JSON type. */
  implied?: boolean;
  /** The media type is a ```` ```yaml ```` fence's: YAML, the body's structure written so (its JSON type where the page states one). */
  yamlFence?: boolean;
  example: Example;
  /** The body is not used (cut short, bad JSON: `invalid-sample`); the status line over it still states its status. */
  unread?: true;
}

/**
 * `sends`: the media types the page states the body is sent as (its `Content-Type` rows, JSON
 * first); where only samples show the body and the page states it sent as JSON and as a form (a
 * call of each, "as form data or JSON"), each sample of its fields is an example of both.
 * `stated`: the media types the page states the call sends and answers in (`Content-Type` and
 * `Accept` rows): a fence's JSON of a body no table documents is of the one JSON type stated.
 */
export function attachSamples(
  operation: Operation,
  sections: readonly Section[],
  context: ExtractContext,
  sends: readonly string[] = [],
  stated: { accepts: readonly string[]; answers: readonly string[] } = { accepts: [], answers: [] },
): void {
  // Whether the page documents the responses in tables: then a sample never adds a response.
  // (A body documented without a status states no statuses.)
  const tables = operation.responses.some((response) => !hasUnstatedStatus(response));
  for (const section of sections) {
    if (section.kind !== 'sample-request' && section.kind !== 'sample-response') continue;
    // A sample of another method's call (one region documenting several routes).
    if (section.method && section.method !== operation.method) continue;
    let shown = false;
    for (const node of section.nodes) {
      if (node.type !== 'code') continue;
      // `GET my-garden/_search` ⏎ `{…}` among the examples of `GET /{garden}/_count`: another route's call, not this one's sample.
      if (section.kind === 'sample-request' && callsAnotherRoute(node, operation.path)) continue;
      const sample = readSample(node, context);
      if (!sample) continue;
      if (sample.unread) {
        // `HTTP/1.1 200 OK` over a body cut short: the response of that status, its body unread.
        // (Its source where the status is stated: the status line's fence, or the title over it.)
        const status = sample.status ?? section.status;
        const source = sample.status || !section.heading ? sample.example.source : sourceIn(context, section.heading);
        if (section.kind === 'sample-response' && status) stateUnreadResponse(operation, status, source, tables);
        continue;
      }
      shown = true;
      if (section.status && !sample.status) sample.status = section.status;
      // `#### 200 OK (application/hal+json)` over a ```` ```json ```` fence: the title states the sample's type.
      const titled = titledSampleType(sample.example, sample.mediaType, section.mediaType);
      if (titled !== sample.mediaType) Object.assign(sample, { mediaType: titled, implied: false });
      // A fence's JSON of a body no table documents: of the one JSON type the page states for it.
      const body = section.kind === 'sample-request' ? operation.requestBody : undefined;
      if (sample.implied && sample.mediaType && (section.kind === 'sample-request' ? !body : !tables))
        sample.mediaType = statedJsonType(section.kind === 'sample-request' ? stated.accepts : stated.answers, sample.mediaType);
      // A ```` ```yaml ```` fence on a page that states the body JSON (`Content-Type: application/json`): that JSON body's sample.
      if (sample.yamlFence && sample.mediaType)
        sample.mediaType = yamlSampleType(
          section.kind === 'sample-request' ? stated.accepts : stated.answers,
          sample.mediaType,
          section.kind === 'sample-request' ? body?.content : undefined,
        );
      if (section.kind === 'sample-request') attachRequest(operation, sample, sends);
      else attachResponse(operation, sample, tables, context);
    }
    if (
      section.kind === 'sample-response' &&
      section.status &&
      !shown &&
      section.heading !== undefined &&
      RESPONSE_TITLE.test(plainText(section.heading))
    )
      stateEmptyResponse(operation, section, tables, context);
  }
}

/** The target of the request line opening a request's sample (`GET my-garden/_search`, `POST https://host/v1/lamps HTTP/1.1`). */
const SAMPLE_CALL = new RegExp(String.raw`^[ \t]*(?:${METHOD_WORDS})[ \t]+([^\s{["]\S*)`);

/**
 * Whether the request line opening a request's sample (an `http` message, or a `json` fence in
 * search engines' console syntax) calls another route than `path`: read from the start and from
 * the end, a literal segment of the route the call's segment at that place is not, both ways
 * (`_search` where the route says `_count`; a parameter's segment matches any value, the call's
 * placeholders any segment; `GET my-index/_count` of `/{target}/_count/{id}` lacks the last
 * segment only, and `/api/v4/projects/5` has a base path before `/projects/{id}`: the route's).
 */
function callsAnotherRoute(node: Code, path: string): boolean {
  const lang = node.lang?.toLowerCase();
  if (lang !== 'http' && lang !== 'json') return false;
  const newline = node.value.indexOf('\n');
  const target = SAMPLE_CALL.exec(newline < 0 ? node.value : node.value.slice(0, newline))?.[1];
  if (!target) return false;
  const called = target
    .replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '')
    .replace(/[?#].*$/, '')
    .split('/')
    .filter(Boolean);
  const route = path.split('/').filter(Boolean);
  return differs(called, route) && differs(called.toReversed(), route.toReversed());
}

/** Whether, segment by segment from the first, a literal segment of the route is not the call's there. */
function differs(called: readonly string[], route: readonly string[]): boolean {
  for (let at = 0; at < Math.min(called.length, route.length); at++) {
    const segment = route[at]!;
    const shown = called[at]!;
    if (segment.includes('{') || /[{}<>:[\]$]/.test(shown)) continue;
    if (segment.toLowerCase() !== safeDecode(shown).toLowerCase()) return true;
  }
  return false;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A response's title that states its status: `Response: 204`, `Response 204`. */
const RESPONSE_TITLE = /^\s*response\s*:?\s*[1-5]\d\d\b/i;

/**
 * `### Response: 204` over no sample, or over `null` (no content): where no table documents the
 * responses, the status the title states, a response with no content.
 */
function stateEmptyResponse(operation: Operation, section: Section, tables: boolean, context: ExtractContext): void {
  const status = section.status!;
  if (tables || operation.responses.some((response) => response.status === status || hasUnstatedStatus(response))) return;
  const response: Response = { status, description: reasonOf(status), headers: [], content: [] };
  const source = section.heading ? sourceIn(context, section.heading) : undefined;
  if (source) response.source = source;
  operation.responses.push(response);
}

/**
 * A sample response whose body is not used, under a status it states (`HTTP/1.1 200 OK` ⏎ `{"id": 3,`
 * cut short): where no table documents the responses, that status's response with no content; a
 * body documented without a status (a success) takes the status, as a read sample's would give it.
 */
function stateUnreadResponse(operation: Operation, status: string, source: Source | undefined, tables: boolean): void {
  if (operation.responses.some((response) => response.status === status)) return;
  const unstated = operation.responses.find(hasUnstatedStatus);
  if (unstated) {
    if (/^2\d\d$/.test(status)) stateStatus(unstated, status);
    return;
  }
  if (tables) return;
  const response: Response = { status, description: reasonOf(status), headers: [], content: [] };
  if (source) response.source = source;
  operation.responses.push(response);
}

function attachRequest(operation: Operation, sample: Sample, sends: readonly string[]): void {
  if (sample.implied && sample.mediaType && operation.requestBody)
    sample.mediaType = impliedSampleType(operation.requestBody.content, sample.mediaType);
  const mediaType = sample.mediaType ?? 'application/json';
  const fields = sends.filter((type) => FIELD_TYPES.test(type));
  const shared = FIELD_TYPES.test(mediaType) && fields.length > 1 && fields.includes('application/json');
  if (!operation.requestBody) {
    // No table documents the body: its schema is open, for the samples to fill (infer/); one for
    // each way the page sends the fields, where it states two (JSON and a form). Not required: a
    // sample shows one call with a body, it does not say that every call must send one.
    operation.requestBody = { required: false, content: [], ...(sample.example.source ? { source: sample.example.source } : {}) };
    for (const type of shared ? fields : [mediaType])
      addExample(operation.requestBody.content, type, { ...sample.example }).schema = openSchema(type);
    return;
  }
  adoptYamlType(operation.requestBody.content, sample.mediaType);
  adoptTextType(operation.requestBody.content, sample.mediaType);
  const open = operation.requestBody.content.every((content) => content.schema?.kind === 'unknown');
  if (shared && open) {
    for (const type of fields) addExample(operation.requestBody.content, type, { ...sample.example }).schema ??= openSchema(type);
    return;
  }
  adoptSampleType(operation.requestBody.content, sample.mediaType);
  // A media type the tables did not name (`-F image=@…` documented, a JSON command shown too):
  // its schema is open, for the samples sent so to fill.
  addExample(operation.requestBody.content, mediaType, sample.example).schema ??= openSchema(mediaType);
}

function attachResponse(operation: Operation, sample: Sample, tables: boolean, context: ExtractContext): void {
  const status = sample.status ?? operation.responses.find((r) => r.status.startsWith('2'))?.status;
  let response = operation.responses.find((r) => r.status === status);
  const unstated = operation.responses.find(hasUnstatedStatus);
  if (!response && unstated && status?.startsWith('2')) {
    // The documented body's success, whose status only this sample states.
    stateStatus(unstated, status);
    response = unstated;
  }
  // Statuses documented, none a success (`**Errors**` ⏎ `* 404 Not found`), and a sample that states
  // none, or a success (apipie's recorded `201`): the sample is the success's, as where no status is documented.
  const errorsOnly =
    tables && (status === undefined || /^2\d\d$/.test(status)) && !operation.responses.some((r) => /^[123]/.test(r.status));
  // An error the sample states (`HTTP/1.1 401 Not Authenticated` under apiDoc's `Error response
  // example`) beside tables of the other statuses: that error's response, as the page shows it
  // (a success the tables do not list is a mismatch).
  const statedError = tables && sample.status !== undefined && /^[45]\d\d$/.test(sample.status);
  if (!response && (!tables || errorsOnly || statedError)) {
    // No status table: the sample is what the page says of the response. Its status when the page
    // states one (`HTTP/1.1 201 Created`), else `2XX`: a success whose exact code the page does not give.
    response = { status: sample.status ?? '2XX', description: reasonOf(sample.status), headers: [], content: [] };
    if (sample.example.source) response.source = sample.example.source;
    operation.responses.push(response);
    // Its schema is open, for the samples to fill (infer/).
    const mediaType = sample.mediaType ?? 'application/json';
    addExample(response.content, mediaType, sample.example).schema ??= openSchema(mediaType);
    return;
  }
  if (!response) {
    context.diagnostics.report(
      'sample-mismatch',
      sample.example.source!,
      `sample response status ${status ?? '(none)'} is not among the documented responses`,
    );
    return;
  }
  const documented = response.content.some((content) => content.schema !== undefined);
  if (sample.implied && sample.mediaType) sample.mediaType = impliedSampleType(response.content, sample.mediaType);
  adoptSampleType(response.content, sample.mediaType);
  adoptYamlType(response.content, sample.mediaType);
  const content = addExample(response.content, sample.mediaType ?? response.content[0]?.mediaType ?? 'application/json', sample.example);
  // A status the page lists without a body (`Status: 201 Created`, a status table row): the
  // sample is all it says of the body, whose schema is open for the samples to fill (infer/).
  if (!documented) content.schema ??= openSchema(content.mediaType);
}

/**
 * The schema of a body only samples show: open, for them to fill (infer/), except a text one
 * (`Content-Type: text/plain` over `893`, OData's `$count`): a text body is a string.
 */
function openSchema(mediaType: string): Schema {
  return /^text\//i.test(mediaType) ? { kind: 'string' } : { kind: 'unknown' };
}

function reasonOf(status: string | undefined): string {
  if (status === undefined) return 'Success';
  return statusText(status);
}

function addExample(contents: Content[], mediaType: string, example: Example): Content {
  let content = contents.find((c) => c.mediaType === mediaType);
  if (!content) {
    content = { mediaType, examples: [] };
    contents.push(content);
  }
  example.name = content.examples.length === 0 ? 'sample' : `sample${content.examples.length + 1}`;
  content.examples.push(example);
  return content;
}

/** The media types a body of fields is sent as: JSON, or a form. */
const FIELD_TYPES = /^(?:application\/json|application\/x-www-form-urlencoded|multipart\/form-data)$/;

/** A request line opening a JSON fence (`GET /_cat/indices`, `PUT my-index`). */
const CONSOLE_REQUEST = new RegExp(String.raw`^\s*(?:${METHOD_WORDS})\s+[^\s{["]\S*\s*$`);

/** A sample that says the answer has no body. */
const EMPTY_BODY = /^[[<]empty response[\]>]$/i;
/** `POST /lamps/l1/label HTTP/1.1`: a request message's first line. */
const REQUEST_LINE = /^\s*[A-Z]+[ \t]+\S+[ \t]+HTTP\/[\d.]+\s*$/;
/**
 * A body of words (`Porch light`): it opens with a letter, is no JSON literal, no form's pairs
 * (`name=Rex`) and no headers (`Name: value`).
 */
const TEXT_BODY = /^\s*(?!(?:true|false|null)\s*$)[A-Za-z][^\n=:]*(?:\n|$)/;

function readSample(node: Code, context: ExtractContext): Sample | undefined {
  const lang = node.lang?.toLowerCase() ?? '';
  const lines = node.value.split('\n');
  let bodyStart = 0;
  const sample: Omit<Sample, 'example'> = {};
  if (lang === 'http') {
    const status = /^HTTP\/[\d.]+\s+(\d{3})\b/i.exec(lines[0] ?? '');
    if (status) sample.status = status[1]!;
    let index = 1;
    // The headers end at a blank line, or where the JSON body starts right after them (written without one).
    for (; index < lines.length && lines[index]!.trim() !== '' && !/^\s*[[{]/.test(lines[index]!); index++) {
      // A placeholder (`Content-Type: <media type of manifest>`) states no media type.
      const mediaType = statedContentType(lines[index]!);
      if (mediaType) sample.mediaType = mediaType;
    }
    bodyStart = lines[index]?.trim() === '' ? index + 1 : Math.min(index, lines.length);
    // `POST /lamps/l1/label HTTP/1.1` ⏎ ⏎ `Porch light`: a request's body of words, no type stated, is text as sent.
    if (!sample.mediaType && REQUEST_LINE.test(lines[0] ?? '') && TEXT_BODY.test(lines.slice(bodyStart).join('\n')))
      sample.mediaType = 'text/plain';
  } else if (lang === 'json' || lang === 'xml' || ((lang === 'javascript' || lang === 'js') && /^\s*[[{]/.test(node.value))) {
    // A `javascript` block is a sample when it is an object or array literal, not a program (`const url = …`).
    sample.mediaType = lang === 'xml' ? 'application/xml' : 'application/json';
    const meta = node.meta?.split(/[\s,]+/).find((word) => /^[\w.+-]+\/[\w.+-]+$/.test(word));
    if (meta) sample.mediaType = meta.toLowerCase();
    else if (lang !== 'xml') sample.implied = true;
    // The console syntax of search engines' references: `PUT /my-index` over the JSON body it sends.
    if (lang === 'json' && CONSOLE_REQUEST.test(lines[0] ?? '')) bodyStart = 1;
  } else if (lang === 'yaml' || lang === 'yml') {
    // A body's sample written in YAML (the reader placed it so): YAML, unless its info string states another type.
    const meta = node.meta?.split(/[\s,]+/).find((word) => /^[\w.+-]+\/[\w.+-]+$/.test(word));
    sample.mediaType = meta?.toLowerCase() ?? 'application/yaml';
    if (!meta) sample.yamlFence = true;
  } else if (/^(?:text|plaintext|plain|txt)$/.test(lang) && /^text\/[\w.+-]+$/i.test(node.meta?.trim() ?? '')) {
    // A text fence whose info string states its media type (```` ```text text/plain ````, as the
    // general reader marks the fence a sentence says is a plain-text answer): that body, raw.
    sample.mediaType = node.meta!.trim().toLowerCase();
  } else return undefined;
  const body = lines.slice(bodyStart).join('\n');
  if (!body.trim() || body.trim() === 'null') return undefined;
  // Scribe's `[Empty response]` (`<Empty response>` in its markdown): the status's answer, no body.
  if (EMPTY_BODY.test(body.trim())) return { ...sample, example: { name: 'sample', source: sourceIn(context, node) }, unread: true };
  // JSON Lines (```` ```json lines ````, or a `json` fence of one object a line) is no JSON document:
  // no sample (the media type it travels as is the page's to state), and no warning.
  if (lang === 'json' && (/(?:^|\s)lines(?:\s|$)/i.test(node.meta ?? '') || isJsonLines(body))) return undefined;
  const bodySource = bodySourceOf(node, bodyStart, context);
  const example: Example = { name: 'sample', source: sourceIn(context, node) };
  // A form's fields written as JSON (a url-encoded curl's data, as the reader gives it) are that form's example.
  const formFields = lang === 'json' && /^(?:multipart\/form-data|application\/x-www-form-urlencoded)$/.test(sample.mediaType ?? '');
  if (sample.mediaType && YAML_TYPE.test(sample.mediaType)) {
    // `name: Porch` ⏎ `brightness: 40`: its JSON value, as a JSON sample's (raw where it is no mapping or sequence).
    const yaml = yamlSample(body);
    if (yaml === undefined) example.raw = body;
    else example.value = yaml.value;
    // `fade: 2.0`: a number the parse made whole, as a JSON sample's.
    if (yaml && yaml.fractions.length > 0) example.fractions = yaml.fractions;
  } else if (!sample.mediaType || (/json/.test(sample.mediaType) && !JSON_LINES_TYPE.test(sample.mediaType)) || formFields) {
    const parsed = parseJson(body, bodySource, context);
    if (parsed === undefined) return { ...sample, example, unread: true };
    example.value = parsed.value;
    // `"price": 13.0`: a number the parse made whole, which inference reads as the number the sample states.
    const fractions = wholeFractions(parsed.text);
    if (fractions.length > 0) example.fractions = fractions;
  } else {
    example.raw = body;
  }
  if (sample.implied) markImpliedType(example);
  return { ...sample, example };
}

/**
 * A stated media type of JSON Lines (`application/x-ndjson`, `application/jsonl`,
 * `application/jsonlines`, `application/json-seq`): a stream of JSON values, one a line, no JSON
 * document; its body is the sample as written.
 */
const JSON_LINES_TYPE = /^application\/(?:x-)?(?:nd-?json|jsonl|json-?lines|json-seq)$/i;

/** Two or more lines, each a JSON object (or array) of its own: `{"id": 1}` ⏎ `{"id": 2}`. */
function isJsonLines(body: string): boolean {
  if (!/[}\]][ \t]*\r?\n\s*[{[]/.test(body)) return false;
  const lines = body.split(/\r?\n/).filter((line) => line.trim() !== '');
  return (
    lines.length > 1 &&
    lines.every((line) => {
      const text = line.trim();
      if (!/^(?:\{.*\}|\[.*\])$/.test(text)) return false;
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    })
  );
}

/**
 * Where line `bodyStart` of the code's value begins in the file (fenced code: one line after the
 * fence; a sample a reader took from code in a line, `` * `{"id": 1}` ``, on its own line).
 */
function bodySourceOf(node: Code, bodyStart: number, context: ExtractContext): Source {
  const start = sourceIn(context, node);
  const markdown = context.markdown;
  const fence = markdown === undefined || /^(?:`{3}|~{3})/.test(markdown.slice(start.start.offset, start.start.offset + 3)) ? 1 : 0;
  const line = start.start.line + fence + bodyStart;
  let offset = start.start.offset;
  if (markdown !== undefined) {
    for (let seen = 0; seen < fence + bodyStart && offset < markdown.length; offset++) if (markdown[offset] === '\n') seen++;
  }
  return { file: start.file, start: { line, column: start.start.column, offset }, end: start.end };
}

/** Samples nested deeper than this are not used: no docs sample is, and deep values break structuredClone and JSON.stringify. */
const MAX_SAMPLE_DEPTH = 64;

/** The sample's value, and the JSON text it was parsed from (the body, or the body with its quotes repaired). */
function parseJson(body: string, at: Source, context: ExtractContext): { value: JsonValue; text: string } | undefined {
  const depth = nestingDepth(body);
  if (depth.depth > MAX_SAMPLE_DEPTH) {
    context.diagnostics.report(
      'invalid-sample',
      { file: at.file, start: pointAt(body, depth.at, at.start), end: at.end },
      `sample body is nested more than ${MAX_SAMPLE_DEPTH} levels deep; not used`,
    );
    return undefined;
  }
  try {
    return { value: JSON.parse(body) as JsonValue, text: body };
  } catch (error) {
    const repaired = repairedJson(body);
    if (repaired) {
      context.diagnostics.report(
        'repaired-sample',
        { file: at.file, start: pointAt(body, repaired.at, at.start), end: at.end },
        `sample body is written with ${repaired.what}; read with plain JSON quotes`,
      );
      return { value: repaired.value, text: repaired.text };
    }
    // Text in a fence marked JSON (a console's plain-text table, `alias | index | filter`): no JSON to point into.
    const text = textBody(body);
    if (text) {
      const start = body.length - body.trimStart().length;
      context.diagnostics.report(
        'invalid-sample',
        { file: at.file, start: pointAt(body, start, at.start), end: at.end },
        `${text}; not used`,
      );
      return undefined;
    }
    const message = error instanceof Error ? error.message : String(error);
    const position = jsonErrorOffset(body);
    const unclosed = unclosedAt(body, position);
    // A sample cut short goes wrong where it ends.
    const fault = unclosed?.ended ? body.trimEnd().length : position;
    context.diagnostics.report(
      'invalid-sample',
      { file: at.file, start: pointAt(body, fault, at.start), end: at.end },
      `sample body is not valid JSON: ${unclosed ? unclosedReason(unclosed, pointAt(body, unclosed.at, at.start)) : message.split('\n')[0]}; not used`,
    );
    return undefined;
  }
}

/** How a JSON value opens: an object, an array, a string, a number, or a literal. */
const JSON_OPENING = /^(?:[[{"\d-]|(?:true|false|null)\b)/;

/**
 * What a body that opens with no JSON value is, for the warning: a plain-text table (a first line
 * of columns between pipes, `alias | index | filter`), else text, quoting its first line; none
 * for a body that opens as JSON does (its fault is told where the parse meets it).
 */
function textBody(body: string): string | undefined {
  const trimmed = body.trimStart();
  if (trimmed === '' || JSON_OPENING.test(trimmed)) return undefined;
  const line = trimmed.split('\n', 1)[0]!.trim();
  const quoted = line.length > 40 ? `${line.slice(0, 40)}…` : line;
  const table = (line.match(/\|/g) ?? []).length >= 2;
  return `sample body is text, not JSON (${table ? 'a plain-text table' : 'its first line'}: \`${quoted}\`)`;
}

/** Typographic double quotes (a word processor's: `“sku”: “A1”`) and HTML-escaped ones (`&quot;sku&quot;`). */
const CURLY_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
const ESCAPED_QUOTES = /&(?:quot|#34|#x22);/gi;
const ESCAPED = /&(?:quot|#34|#x22|amp|lt|gt|apos|#39);/gi;
const ENTITIES: Readonly<Record<string, string>> = {
  quot: '"',
  '#34': '"',
  '#x22': '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  '#39': "'",
};

/**
 * A sample that is JSON once its quotes are plain: written with a word processor's typographic
 * quotes, or HTML-escaped (copied from a page's source). Only where the text does not parse as it
 * stands, and only where it parses once repaired.
 */
function repairedJson(body: string): { value: JsonValue; text: string; what: string; at: number } | undefined {
  const curly = body.search(CURLY_QUOTES);
  const escaped = curly < 0 ? body.search(ESCAPED_QUOTES) : -1;
  if (curly < 0 && escaped < 0) return undefined;
  const text =
    curly >= 0 ? body.replace(CURLY_QUOTES, '"') : body.replace(ESCAPED, (entity) => ENTITIES[entity.slice(1, -1).toLowerCase()] ?? entity);
  try {
    return {
      value: JSON.parse(text) as JsonValue,
      text,
      what: curly >= 0 ? 'typographic quotes (“ ”)' : 'HTML-escaped quotes (`&quot;`)',
      at: curly >= 0 ? curly : escaped,
    };
  } catch {
    return undefined;
  }
}

/** The deepest `[`/`{` nesting of a JSON text (strings skipped), and where it first passes the limit. */
function nestingDepth(text: string): { depth: number; at: number } {
  let depth = 0;
  let deepest = 0;
  let at = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (depth === MAX_SAMPLE_DEPTH + 1) at = i;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return { depth: deepest, at };
}

/**
 * `it ends before the object opened at line 16, column 1 is closed: \`}\` is missing` (a sample cut
 * short); `` `]` closes the object opened at …: `}` is missing before it `` (a bracket left out).
 */
function unclosedReason(unclosed: Unclosed, opened: Point): string {
  const what = `the ${unclosed.kind} opened at line ${opened.line}, column ${opened.column}`;
  if (!unclosed.ended) return `\`${unclosed.missing === '}' ? ']' : '}'}\` closes ${what}: \`${unclosed.missing}\` is missing before it`;
  const more = unclosed.missing.length - 1;
  const around = more > 0 ? ` and ${more} more around it are` : ' is';
  return `it ends before ${what}${around} closed: \`${unclosed.missing}\` is missing`;
}

function pointAt(text: string, position: number, start: Point): Point {
  const before = text.slice(0, position).split('\n');
  const line = start.line + before.length - 1;
  const column = before.length === 1 ? start.column + before[0]!.length : before[before.length - 1]!.length + 1;
  return { line, column, offset: start.offset + position };
}
