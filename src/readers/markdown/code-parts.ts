/**
 * A code block of an operation region, placed: a curl command or a request message is the sample
 * request (its data the body's sample), a JSON fence a sample of the section it is in or of the
 * part its place tells (after a curl command, a status line, an unlabelled answer), a type sketch
 * (`{ id: integer, … }`) the fields of a body, other code prose.
 */
import type { Code, RootContent, Table } from 'mdast';
import type { SectionKind } from '../../document/types.js';
import { yamlSampleValue } from '../../document/yaml-samples.js';
import { METHOD_WORDS } from '../../ir/types.js';
import { callOf } from './client-calls.js';
import { type CurlContext, curlSample } from './curl-samples.js';
import { markOrigin } from './findings.js';
import { madeTable, textRow } from './made-tables.js';
import { BODILESS, isSampleCall, type Open, PARAMETER_SECTIONS, RESPONSE_KINDS, type State } from './part-state.js';
import { isJson, typeSketch } from './pseudo-json.js';
import { querySketchTable } from './query-sketches.js';
import { isRequestMessage, requestMessageText, type Signature } from './signatures.js';
import { jsonScalar, tidyJson, tidyMessage } from './tidy-json.js';
import type { DeclarationFence } from './ts-declarations.js';

/** The sections whose title over a type sketch makes it the request body's. */
const REQUEST_SKETCH_KINDS: ReadonlySet<SectionKind> = new Set(['sample-request', 'request-body', 'attributes', 'parameters']);

/**
 * A fence that sketches a body's shape with type words for values (`{ "pages": Integer, "tags":
 * [String] }`, `"id": "<integer>"`) under a request's or response's title → the table of that
 * body's fields (a list's items' under a response's title); a request's only where the call sends one.
 */
export function sketchTable(node: Code, state: State, open: Open, signatures: readonly Signature[]): Table | undefined {
  const lang = (node.lang ?? '').toLowerCase();
  if (!node.position || !/^(?:json|json5|jsonc|javascript|js|text|plaintext|)$/.test(lang) || !/^\s*[[{]/.test(node.value))
    return undefined;
  const side = bodySide(state, signatures);
  if (!side) return undefined;
  const request = side === 'request';
  const sketch = typeSketch(node.value);
  if (!sketch || (request && sketch.list)) return undefined;
  const at = node.position;
  const rows = sketch.fields.map((field) =>
    textRow(
      [field.name, field.type, field.flag === undefined ? '' : field.flag === 'required' ? 'yes' : 'no', field.description ?? ''],
      at,
    ),
  );
  const table = markOrigin(madeTable(['Name', 'Type', 'Required', 'Description'], rows, at, ['Required', 'Description']), 'type sketch');
  if (request) {
    if (state.kind !== 'request-body') open('request-body');
    return table;
  }
  const status =
    state.status ?? (state.kind === 'sample-response' || state.kind === 'response-body' ? state.section?.data?.status : undefined);
  state.status = undefined;
  // Under the body's own title (`### Response`), its section: the extractor reads a page's first untitled body.
  const data = state.kind === 'response-body' ? state.section?.data : undefined;
  if (data && data.status === status && data.typeText === undefined) {
    if (sketch.list) data.typeText = 'array';
  } else open('response-body', { ...(status ? { status } : {}), ...(sketch.list ? { typeText: 'array' } : {}) });
  return table;
}

/**
 * Whose body a fence stating one's shape is, by where it stands: a response's under a response's
 * title, sample or status; the request's under a request's (or parameters') title where the call sends one.
 */
function bodySide(state: State, signatures: readonly Signature[]): 'request' | 'response' | undefined {
  const response =
    state.kind === 'sample-response' ||
    state.kind === 'response-body' ||
    state.kind === 'responses' ||
    state.status !== undefined ||
    (state.kind === 'notes' && state.responseTitled === true);
  if (response) return 'response';
  if (!REQUEST_SKETCH_KINDS.has(state.kind)) return undefined;
  return signatures.length === 0 || signatures.some((signature) => BODILESS.has(signature.method)) ? undefined : 'request';
}

/**
 * A fence of TypeScript declarations (ts-declarations.ts) where a body's title stands over it: that
 * body is of its root's type (the request's where the call sends one; a response's, of the status
 * the page states). The declarations define their types wherever the fence stands.
 */
export function placeDeclared(fence: DeclarationFence, state: State, open: Open, signatures: readonly Signature[]): void {
  const side = bodySide(state, signatures);
  const typeText = fence.root;
  if (!side || typeText === undefined) return;
  if (side === 'request') {
    const data = state.kind === 'request-body' ? state.section?.data : undefined;
    if (!data) open('request-body', { typeText });
    else data.typeText ??= typeText;
    return;
  }
  const status =
    state.status ?? (state.kind === 'sample-response' || state.kind === 'response-body' ? state.section?.data?.status : undefined);
  state.status = undefined;
  const data = state.kind === 'response-body' ? state.section?.data : undefined;
  if (data && data.status === status) data.typeText ??= typeText;
  else open('response-body', { ...(status ? { status } : {}), typeText });
}

/** The sections an unlabelled JSON fence of a GET may follow: the operation's prose, notes, its parameters. */
const UNLABELLED_KINDS: ReadonlySet<SectionKind> = new Set([
  'operation',
  'notes',
  'attributes',
  'path-parameters',
  'query-parameters',
  'request-headers',
  'request-cookies',
  'parameters',
]);

/** The sections whose title makes a YAML fence under it a body's sample. */
const YAML_BODY_KINDS: ReadonlySet<SectionKind> = new Set(['sample-request', 'request-body', ...RESPONSE_KINDS]);

/** A request line alone on the first line, then JSON: the JSON. */
const ANSWERED_CALL = new RegExp(String.raw`^(?:${METHOD_WORDS})[ \t]+\/\S*[ \t]*\r?\n\s*([[{][\s\S]*)$`);

/** A code block's place: a sample (returned, maybe rewritten) or prose (returned as is); `undefined` drops it. */
export function placeCode(node: Code, state: State, open: Open, curl: CurlContext, titled = false): RootContent | undefined {
  const value = node.value.trim();
  const lang = (node.lang ?? '').toLowerCase();
  if (isSampleCall(node)) {
    const found = curlSample(node, curl);
    // One call shown in several clients' tabs (curl, Python, JavaScript): its sample once.
    if (found && repeatsSample(found.node, node, state)) return undefined;
    if (found && state.kind !== found.section) open(found.section);
    return found?.node;
  }
  if (/^HTTP\/[\d.]+\s+\d{3}/i.test(value)) {
    if (state.kind !== 'sample-response') open('sample-response');
    return { ...node, lang: 'http', value: tidyMessage(node.value) };
  }
  // A whole request message (`PATCH https://…`, headers, a blank line or none, the body) in a request sample.
  if (state.kind === 'sample-request' && /^[A-Z]+\s+\S+[^\n]*\n/.test(value) && /\n\s*[[{]/.test(value))
    return { ...node, lang: 'http', value: tidyMessage(requestMessageText(node)) };
  // One with its protocol (`POST /items HTTP/1.1`, headers, the body) is a sample wherever it stands,
  // and so is one written by hand (`POST /items` ⏎ `# Body` ⏎ `{…}`); under a title naming the call
  // (`HTTP request`, Spring REST Docs' `http-request` snippet), one that sends a body.
  const called = state.signatureTitled === true && /\n\s*[[{]/.test(value);
  if ((UNLABELLED_KINDS.has(state.kind) || called) && isRequestMessage(node)) {
    open('sample-request');
    return { ...node, lang: 'http', value: tidyMessage(requestMessageText(node)) };
  }
  // Under a response's sample title, the call's request line over its answer (`**Sample Output**:` ⏎
  // ```` ``` ```` ⏎ `GET /api/storage/fruit/apples` ⏎ `{…}`, as JFrog's references write it): the answer.
  const answer = RESPONSE_KINDS.has(state.kind) ? ANSWERED_CALL.exec(value)?.[1] : undefined;
  if (answer !== undefined && isJson(tidyJson(answer))) return placeCode({ ...node, value: answer }, state, open, curl, titled);
  // A response's JSON in a shell fence (`**Response**` over ```` ```shell ```` ⏎ `{…}`), where it is JSON.
  const answering = RESPONSE_KINDS.has(state.kind) || state.curled;
  const shown = answering && /^(?:shell|bash|sh|console|zsh)$/.test(lang) && /^[[{]/.test(value);
  // A fence its info string names a call's result (Elasticsearch's `console-result`, `json-response`, `shell-output`): JSON there is the answer.
  const result = /^[a-z\d]+-(?:result|response|output)$/.test(lang) && /^[[{]/.test(value);
  // A body's sample written in YAML, under a request's or response's title (```` ```yaml ```` ⏎ `name: Porch` under
  // `### Request body`, `**Example response**`): a sample as JSON there is; YAML elsewhere (a config in prose) is not.
  const yaml =
    /^ya?ml$/.test(lang) && (YAML_BODY_KINDS.has(state.kind) || state.status !== undefined) && yamlSampleValue(value) !== undefined;
  const json =
    yaml ||
    (/^(?:json|json5|jsonc|javascript|js|text|plaintext|)$/.test(lang) && /^[[{]/.test(value)) ||
    ((shown || result) && isJson(tidyJson(value)));
  // A request body that is one JSON string or number (```` ```json ```` ⏎ `"new value"`) under the body's title: its sample
  // (under a sample's title it is one already).
  if (
    !json &&
    lang === 'json' &&
    !state.status &&
    state.kind === 'request-body' &&
    !curl.signatures.some((signature) => BODILESS.has(signature.method)) &&
    jsonScalar(value) !== undefined
  ) {
    open('sample-request');
    return { ...node, lang: 'json', value };
  }
  // `ok` alone in a fence declared json, under a response: no JSON, the answer's text (as a plain-text answer's fence is);
  // so in a text fence (```` ```text ```` ⏎ `ok` under `**Sample response**`, Umami's answer to a DELETE), or one of no info string.
  if (!json && /^(?:json|text|plaintext|txt|)$/.test(lang) && isWordAnswer(value, state)) {
    if (state.kind !== 'sample-response' || state.status) open('sample-response', state.status ? { status: state.status } : {});
    state.status = undefined;
    return { ...node, lang: 'text', meta: 'text/plain', value };
  }
  // An XML body under a response's title (Rundeck's `**Response:**` over ```` ```xml ````): the response's sample, as JSON there is.
  if (!json && lang === 'xml' && value.startsWith('<') && (state.kind === 'response-body' || state.kind === 'responses')) {
    open('sample-response', state.status ? { status: state.status } : {});
    state.status = undefined;
    return node;
  }
  if (!json) return node;
  const sample: Code = yaml ? node : { ...node, lang: lang === 'javascript' || lang === 'js' ? lang : 'json', value: tidyJson(node.value) };
  // JSON right under a parameters title (`* **Parameters**:` over `{"name": "x"}`) shows the
  // parameters the call sends: the request's sample where it sends a body, never an answer.
  if (titled && PARAMETER_SECTIONS.has(state.kind) && !state.curled) {
    const sends = curl.signatures.length > 0 && curl.signatures.every((s) => !BODILESS.has(s.method));
    // A GET's sends none: the members of its JSON object are its parameters, in its URL (query-sketches.ts).
    const gets = curl.signatures.length > 0 && curl.signatures.every((s) => s.method === 'get');
    if (gets && (state.kind === 'attributes' || state.kind === 'parameters')) return querySketchTable(node) ?? node;
    if (!sends || (state.kind !== 'attributes' && state.kind !== 'parameters')) return node;
    open('sample-request');
    return sample;
  }
  // `curl …` then its answer, with no label between (Stripe's and many references' way).
  if (state.curled && state.kind !== 'sample-response') {
    open('sample-response', state.status ? { status: state.status } : {});
    state.status = undefined;
    return sample;
  }
  // A whole request message (`POST /notes/remove HTTP/1.1` ⏎ headers ⏎ its JSON, `POST /notes/remove -d '` ⏎ its data ⏎ `'`),
  // then JSON with no label between: no more of the body it sent, its answer (as after a curl command).
  if (state.messaged && state.kind === 'sample-request') {
    open('sample-response', state.status ? { status: state.status } : {});
    state.status = undefined;
    return sample;
  }
  // A request message, then its answer's status line (`HTTP/1.1 200 OK`) over the JSON: the answer's sample, not the request's.
  if (state.kind === 'sample-request' && state.status) {
    open('sample-response', { status: state.status });
    state.status = undefined;
    return sample;
  }
  // A GET sends no body: JSON under its example call shows the parameters, no request body.
  if (
    state.kind === 'sample-request' &&
    curl.signatures.length > 0 &&
    curl.signatures.every((s) => s.method === 'get' || s.method === 'head')
  ) {
    // Right under `Example` alone, no call nor words between: what the call returns (example-answers.ts).
    if (titled && state.exampleTitled && !state.sampled && curl.signatures.every((s) => s.method === 'get')) {
      open('sample-response');
      return sample;
    }
    open('notes');
    return node;
  }
  if (state.kind === 'sample-response' || state.kind === 'sample-request') {
    if (state.kind === 'sample-response' && state.status) open('sample-response', { status: state.status });
    state.status = undefined;
    return sample;
  }
  // A status the page just stated (`**Response** \`201 Created\``) says the sample is a response's, under any section.
  if (state.kind === 'request-body' && !state.status) {
    open('sample-request');
    return sample;
  }
  // `**Response:**`, its prose, then "If `verbose` is `true`:" over the JSON: the response's samples.
  if (state.kind === 'response-body' || state.kind === 'responses' || state.status || (state.kind === 'notes' && state.responseTitled)) {
    // The media type the body's title states (`**Response: application/hal+json**`) is its sample's (a JSON one, for a JSON fence).
    const titled = state.kind === 'response-body' ? state.section?.data?.mediaType : undefined;
    // Under a status's body (`#### 403 response` ⏎ its fields' table ⏎ the JSON): that status's sample.
    const status = state.status ?? (state.kind === 'response-body' ? state.section?.data?.status : undefined);
    open('sample-response', { ...(status ? { status } : {}), ...(titled ? { mediaType: titled } : {}) });
    state.status = undefined;
    return sample;
  }
  // JSON in a GET's (or DELETE's: Slate's column beside `## Cancel an order`) own prose or after its
  // parameters, with no label: the call sends none, so it is what the call returns.
  if (
    UNLABELLED_KINDS.has(state.kind) &&
    curl.signatures.length > 0 &&
    curl.signatures.every((s) => s.method === 'get' || s.method === 'delete')
  ) {
    open('sample-response');
    return sample;
  }
  return node;
}

/** Whether another client's call gives a sample a call of the region gave already (a curl command's repeats stay, as before). */
function repeatsSample(sample: Code, node: Code, state: State): boolean {
  let value = sample.value;
  try {
    value = JSON.stringify(JSON.parse(value));
  } catch {
    // As written: the same text is the same sample.
  }
  const key = `${sample.meta ?? ''}\n${value}`;
  state.callSamples ??= new Set();
  const seen = state.callSamples;
  const again = seen.has(key);
  seen.add(key);
  return again && callOf(node)?.tool !== undefined;
}

/** One word, no JSON (`ok`, `Success`; `"OK"`, `true` and `42` are JSON). */
const BARE_WORD = /^[A-Za-z][A-Za-z_-]*$/;

/** A bare word where the call's answer stands: under a response's title or sample, a status, or right after a curl command. */
function isWordAnswer(value: string, state: State): boolean {
  if (!BARE_WORD.test(value) || /^(?:true|false|null)$/.test(value)) return false;
  return (
    RESPONSE_KINDS.has(state.kind) ||
    state.curled === true ||
    state.status !== undefined ||
    (state.kind === 'notes' && state.responseTitled === true)
  );
}
