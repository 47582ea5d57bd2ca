/**
 * A curl command in an operation's stretch of the page → what it says of the request:
 *
 *     curl -X POST https://h/things -d '{"name": "x"}'     → a request sample: the JSON data
 *     curl https://h/things -d "name=x&note=a%20b"         → a request sample {"name": "x", "note": "a b"}
 *                                                             (values are the strings they are on the
 *                                                             wire), when no table documents the fields
 *
 * The media type a form command sends (`-F`, url-encoded data) is read by form-bodies.ts; a
 * url-encoded sample carries it (its fence's meta) where the command states it in its
 * `Content-Type`, so it is that form's example (else a JSON one, as before). Where a
 * table documents the fields, form data gives no sample: its types say more than form text. A
 * command whose method is none of the operation's is another call (`curl --request POST` under a
 * GET), and so is one whose path is none of the operation's routes on a page of several
 * (`curl … /batch` under `POST /capture`).
 */
import type { Code } from 'mdast';
import { decodeFormValue, queryKeys, splitQuery } from '../shared/query-string.js';
import { callOf } from './client-calls.js';
import { markOrigin } from './findings.js';
import { curlFormType, FORM_DATA } from './form-bodies.js';
import { callsAnyRoute, signatureOf } from './paths.js';
import type { Signature } from './signatures.js';
import { jsonScalar, tidyJson } from './tidy-json.js';

/** What a curl command is checked against: the operation's signatures and the names its tables document. */
export interface CurlContext {
  signatures: readonly Signature[];
  documented: ReadonlySet<string>;
  /** The page states routes besides the operation's. */
  several?: boolean;
  /** The operation's stretch holds a curl command: other clients' calls (tabs beside it) give no sample of their own. */
  curled?: boolean;
}

/** A request sample, with the section it opens; undefined: nothing. */
export interface CurlFinding {
  section: 'sample-request';
  node: Code;
}

export function curlSample(command: Code, { signatures, documented, several, curled }: CurlContext): CurlFinding | undefined {
  const request = callOf(command);
  if (!request || (request.tool && curled)) return undefined;
  if (signatures.length > 0 && !signatures.some((s) => s.method.toUpperCase() === request.method)) return undefined;
  // `curl … https://h/batch/` under `POST /capture`, on a page of several routes: another call of
  // the same method (a page of one route shows its call, whatever slip its URL has).
  const called = several ? signatureOf(request.method, request.url.replace(/\s[\s\S]*$/, '').replace(/\\+$/, '')) : undefined;
  if (called && signatures.length > 0 && !callsAnyRoute(called.path, signatures)) return undefined;
  const data = request.data?.trim();
  const origin = request.tool ? 'client call' : 'curl';
  if (!data) return formSample(command, request.formFields, documented, curlFormType(request, signatures), origin);
  const type = request.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  const text = textSample(data, type);
  if (text) {
    if (command.position) text.position = command.position;
    return { section: 'sample-request', node: markOrigin(text, origin) };
  }
  if (type && !/json|x-www-form-urlencoded/i.test(type)) return undefined;
  // Url-encoded data under a JSON content type is a slip of the page's: no sample.
  const json = /^[[{]/.test(data)
    ? tidyJson(data)
    : type && /json/i.test(type)
      ? jsonScalar(data)
      : !type || /x-www-form-urlencoded/i.test(type)
        ? formFields(data, documented)
        : undefined;
  if (json === undefined) return undefined;
  // Url-encoded data under a form's Content-Type the command states is that form's sample, its
  // fields as they are sent. Without one, the data shows one way of sending the fields (curl's
  // default), not the only one: their sample, as the page's other bodies are JSON.
  const form = /^[[{]/.test(data) || !type ? undefined : curlFormType(request, signatures);
  // JSON data under another JSON type the command states (`-H 'Content-Type: application/hal+json'`): the sample's type.
  const suffixed = type
    ?.replace(/;[\s\S]*$/, '')
    .trim()
    .toLowerCase();
  const stated = suffixed && SUFFIXED_JSON.test(suffixed) ? suffixed : undefined;
  const sample: Code = { type: 'code', lang: 'json', meta: form ?? stated ?? null, value: json };
  if (command.position) sample.position = command.position;
  const queryNames = namesInQuery(request.url);
  if (queryNames.length > 0) sample.data = { queryNames };
  return { section: 'sample-request', node: markOrigin(sample, origin) };
}

/** A text or XML media type a command states (`text/csv`, `application/xml`, `application/atom+xml`). */
const TEXT_TYPE = /^(?:text\/[\w.+-]+|application\/(?:[\w.-]+\+)?xml)$/;

/**
 * Data that is no JSON and no form (`--data-binary 'lamp,room=hall level=3'`) → the sample of the
 * text or XML type the command states (`-H 'Content-Type: text/csv'`), else of `text/plain`, as
 * written: curl sends the bytes, the page states no JSON. A file (`@lamps.csv`), a placeholder
 * (`'<readings>'`, `"$BODY"`), markup of no stated type or a JSON scalar (`42`) is no sample, and
 * a JSON object or array under a text type (a copied client's `text/plain`) no text one.
 */
function textSample(data: string, stated: string | undefined): Code | undefined {
  const type = stated
    ?.replace(/;[\s\S]*$/, '')
    .trim()
    .toLowerCase();
  if (/^[[{]/.test(data) || (type ? !TEXT_TYPE.test(type) : /^"/.test(data) || FORM_DATA.test(data) || jsonScalar(data) !== undefined))
    return undefined;
  if (data.startsWith('@') || (!type && /^</.test(data)) || /^(?:<[^<>]*>|\$\{?\w+\}?)$/.test(data)) return undefined;
  const xml = type !== undefined && /xml$/.test(type);
  return { type: 'code', lang: xml ? 'xml' : 'text', meta: type ?? 'text/plain', value: data };
}

/** The names a call's URL sends in its query (`…/lamps?name=desk&force=1#top` → `name`, `force`), decoded. */
export function namesInQuery(url: string): string[] {
  const at = url.indexOf('?');
  if (at < 0) return [];
  return queryKeys(url.slice(at + 1).replace(/\s[\s\S]*$/, ''));
}

/**
 * `-F 'data=@/path/to/file.jpg' -F 'props={"title":"x"}'` → the multipart form's sample, each
 * field as sent (a file part's value its `@path`); none where the operation's tables document a
 * field of it, or where the form type is another's (a `Content-Type` the command states).
 */
function formSample(
  command: Code,
  fields: ReadonlyArray<[string, string]>,
  documented: ReadonlySet<string>,
  type: string | undefined,
  origin: 'curl' | 'client call',
): CurlFinding | undefined {
  if (fields.length === 0 || type !== MULTIPART || fields.some(([name]) => documented.has(name))) return undefined;
  const sample: Record<string, string> = {};
  for (const [name, value] of fields) if (!Object.hasOwn(sample, name)) Object.defineProperty(sample, name, { value, enumerable: true });
  const node: Code = { type: 'code', lang: 'json', meta: MULTIPART, value: JSON.stringify(sample, null, 2) };
  if (command.position) node.position = command.position;
  return { section: 'sample-request', node: markOrigin(node, origin) };
}

const MULTIPART = 'multipart/form-data';

/** A JSON media type of a `+json` suffix: `application/hal+json`, `application/vnd.api+json`. */
const SUFFIXED_JSON = /^application\/[\w.-]+\+json$/;

/**
 * `_id=SeZ&name=F%C3%A9rias` → `{"_id": "SeZ", "name": "Férias"}`; undefined when it is not form
 * data, or when the operation's tables document its fields.
 */
function formFields(data: string, documented: ReadonlySet<string>): string | undefined {
  if (!FORM_DATA.test(data)) return undefined;
  const fields: Record<string, string> = {};
  for (const { key: name, value = '' } of splitQuery(data)) {
    if (documented.has(name) || documented.has(name.replace(/\[\]$/, ''))) return undefined;
    if (!Object.hasOwn(fields, name)) Object.defineProperty(fields, name, { value: decodeFormValue(value), enumerable: true });
  }
  return JSON.stringify(fields, null, 2);
}

/**
 * Whether a command calls none of the operation's routes (another method, or another path): a
 * transcript's later call (`$ curl …/shelves` after the login) whose answer is no answer of the login.
 */
export function callsAnother(command: Code, signatures: readonly Signature[]): boolean {
  const request = callOf(command);
  if (!request || signatures.length === 0) return false;
  if (!signatures.some((s) => s.method.toUpperCase() === request.method)) return true;
  const called = signatureOf(request.method, request.url.replace(/\s[\s\S]*$/, '').replace(/\\+$/, ''));
  return called !== undefined && !callsAnyRoute(called.path, signatures);
}
