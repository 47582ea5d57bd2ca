/**
 * Where a page says the request body is a form, the media type it states or its syntax implies:
 *
 *     curl … -F "name=Rex" / --form                          → multipart/form-data
 *     curl … -d "name=Rex&age=3" / --data-urlencode "q=a b"   → application/x-www-form-urlencoded
 *     curl … -H "Content-Type: multipart/form-data" …        → that type
 *     --data-urlencode "q=<query>" (a fence of options alone) → url-encoded, the page's statement
 *     POST /pets HTTP/1.1 ⏎ Content-Type: multipart/form-data → that type (a request message or line)
 *     "The body is sent as `multipart/form-data`."            → that type
 *     "use `multipart/form-data` …, instead of JSON."         → that type (JSON set aside after it)
 *     "Parameters are sent as form data."                    → a form, its encoding unstated
 *     ###### JSON/Form Params                                → multipart/form-data and JSON
 *     ### Body formdata / ### Body urlencoded                → multipart/form-data / url-encoded
 *     ### Request body (multipart/form-data)                 → that type (any the title states: `(application/xml)`)
 *
 * A stated type becomes a `Content-Type` header row (the extractor's way of reading a body's media
 * types); a form whose encoding is unstated marks the operation (`HeadingData.form`), and the
 * extractor picks the encoding a form of its fields takes. JSON data (`-d '{…}'`, `--json`), a
 * `-G` query, a curl whose method is not the operation's and a sentence that negates, speaks of
 * the response or names JSON too say nothing.
 */
import type { Code, Table } from 'mdast';
import type { Position } from 'unist';
import { MEDIA_TYPE_ALONE } from '../../document/content-type.js';
import { plainText } from '../../document/plain-text.js';
import { withoutColon } from '../shared/trim.js';
import { type CurlRequest, parseCurl } from './curl.js';
import { headerTable } from './header-lines.js';
import { titledMediaType } from './media-type-cells.js';
import { normaliseTitle } from './section-titles.js';
import type { Signature } from './signatures.js';

const MULTIPART = 'multipart/form-data';
const URLENCODED = 'application/x-www-form-urlencoded';
/** A form's media type named. */
export const FORM_MEDIA = /\b(?:multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/** `JSON/Form Params`, `JSON/Form Parameters` (normalised). */
const JSON_OR_FORM_TITLE = /^json\s*\/\s*form (?:params|parameters)$/;

/** A body's title naming a Postman request's body mode (`Body formdata`, postman-to-markdown's): that form. */
const BODY_MODE_TITLE = /^body (formdata|urlencoded)$/;

/** `name=Rex&age=3`: url-encoded pairs (not JSON, not `@file`). */
export const FORM_DATA = /^[\w.[\]-]+=[^&]*(?:&[\w.[\]-]+=[^&]*)*$/;

/** The form media type a curl command sends, where it sends a form; undefined otherwise. */
export function curlFormType(request: CurlRequest, signatures: readonly Signature[]): string | undefined {
  if (signatures.length > 0 && !signatures.some((s) => s.method.toUpperCase() === request.method)) return undefined;
  const type = request.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  if (type) return FORM_MEDIA.exec(type)?.[0].toLowerCase();
  if (request.form) return MULTIPART;
  if (request.json) return undefined;
  if (request.urlencoded) return URLENCODED;
  const data = request.data?.trim();
  return data && FORM_DATA.test(data) ? URLENCODED : undefined;
}

/**
 * A call that sends JSON by the operation's method: a curl command's JSON data (`-d '{…}'`,
 * `--json`, a JSON `Content-Type`), a request message's JSON `Content-Type`.
 */
function sendsJson(node: Code, signatures: readonly Signature[], curl: boolean): boolean {
  if (!curl) return /\bjson\b/i.test(messageContentType(node) ?? '');
  if (!/\s(?:-d|--data[\w-]*|--json)\b/.test(node.value)) return false;
  const request = parseCurl(node.value);
  if (!request?.data || (signatures.length > 0 && !signatures.some((s) => s.method.toUpperCase() === request.method))) return false;
  const type = request.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  return type ? /\bjson\b/i.test(type) : request.json || /^\s*[[{]/.test(request.data);
}

/**
 * A request message or request line (`POST /pets HTTP/1.1` ⏎ `Content-Type: multipart/form-data`):
 * the form type its header states; docgen's endpoint fence of a Postman request (`Method: POST` ⏎
 * `Type: URLENCODED` ⏎ `URL: …`) the form its body mode names (`FORMDATA`: multipart; `RAW`, none).
 */
export function messageFormType(node: Code): string | undefined {
  const type = messageContentType(node);
  if (type) return FORM_MEDIA.exec(type)?.[0].toLowerCase();
  const mode = /^Method:[ \t]*[A-Z]+[ \t]*\r?\nType:[ \t]*(URLENCODED|FORMDATA)[ \t]*\r?\nURL:/m.exec(node.value.trim())?.[1];
  return mode === 'URLENCODED' ? URLENCODED : mode === 'FORMDATA' ? MULTIPART : undefined;
}

/** The `Content-Type` a request message's or request line's headers state. */
function messageContentType(node: Code): string | undefined {
  if (!/content-type/i.test(node.value)) return undefined;
  const lines = node.value.split(/\r?\n/);
  if (!/^\s*[A-Z]+\s+\S/.test(lines[0] ?? '')) return undefined;
  for (const line of lines.slice(1, 64)) {
    if (line.trim() === '') break;
    const header = /^\s*content-type\s*:\s*([^;\s]+)/i.exec(line);
    if (header) return header[1];
  }
  return undefined;
}

/**
 * The form a code block states: a request message's type, or a curl command's — the way one call
 * sends the fields (`byCall`), which a file it uploads makes the only way (`upload`).
 */
function codeForm(
  node: Code,
  signatures: readonly Signature[],
  curl: boolean,
): { type: string; byCall: boolean; upload: boolean } | undefined {
  if (!curl) {
    const type = messageFormType(node) ?? optionsFormType(node.value);
    return type ? { type, byCall: false, upload: false } : undefined;
  }
  if (!/\s(?:-F|--form|-d|--data[\w-]*|-H|--header)\b/.test(node.value)) return undefined;
  const request = parseCurl(node.value);
  const type = request && curlFormType(request, signatures);
  return type ? { type, byCall: true, upload: request!.upload } : undefined;
}

/** A fence of curl's body options alone, no command: `--data-urlencode "q=<query>"`, `-F 'file=@<path>'`. */
const BODY_OPTIONS = /^\s*(?:-F|--form|--data-urlencode|-d|--data(?:-raw|-binary|-ascii)?)[\s=]/;

/**
 * A fence that states how the body is sent by curl's options alone (a body's section of a
 * reference that calls its API with curl: `#### Request body` ⏎ `--data-urlencode "q=<query>"`):
 * the form they send (`--data-urlencode` or `-d name=…` url-encoded, `-F` multipart), as the page's
 * statement, no mere call. Other data (`--data-binary '<points>'`) states no form.
 */
function optionsFormType(text: string): string | undefined {
  if (!BODY_OPTIONS.test(text)) return undefined;
  const request = parseCurl(`curl http://localhost/ ${text.trim()}`);
  return request && curlFormType(request, []);
}

/** Words that take a sentence's statement back, or make it the response's. */
const NOT_THE_REQUEST = /\b(?:not|n't|never|instead of|rather than|unlike|no longer|responses?|returns?|returned|json)\b/i;

const SENT_AS_FORM =
  /\b(?:sent|send|sends|submitted|submit|posted|post|passed|pass|encoded|provided|supplied|accepts?|expects?|takes?|requires?|uses?)\b[^.;:!?]{0,60}?\b(?:as|in|via|using|with|of)\s+(?:an?\s+|the\s+)?((?:html\s+|url-?\s?encoded\s+|multipart\s+)?)form(?:[\s-]?data|\s+(?:parameters|params|fields|body|encoding|values))\b/i;

/** `instead of JSON`, `rather than as a JSON body`, `not JSON`: JSON set aside for what came before. */
const JSON_CONTRAST = /\b(?:instead of|rather than|not)\s+(?:as\s+|in\s+)?(?:an?\s+)?json\b(?:\s+(?:body|payload|data|object|encoding))?/i;

/**
 * A sentence whose form comes before JSON set aside ("use `multipart/form-data` as the encoding
 * type, instead of JSON"), without that contrast: it states the form. JSON set aside before the
 * form ("not JSON but …") or a form set aside ("JSON instead of form data") is left as written.
 */
function withoutJsonContrast(sentence: string): string {
  const contrast = JSON_CONTRAST.exec(sentence);
  if (!contrast) return sentence;
  const before = sentence.slice(0, contrast.index);
  if (!/form/i.test(before) || /json/i.test(before)) return sentence;
  return before + sentence.slice(contrast.index + contrast[0].length);
}

/**
 * A sentence of the operation's prose that says its body is a form: the media type it names
 * (`multipart/form-data`, "URL-encoded form data"), `form` where it names none ("sent as form data").
 */
function sentenceFormType(text: string): string | undefined {
  if (!/form/i.test(text)) return undefined;
  for (const written of text.split(/(?<=[.!?])\s+/)) {
    const sentence = withoutJsonContrast(written);
    if (!/form/i.test(sentence) || NOT_THE_REQUEST.test(sentence)) continue;
    const named = FORM_MEDIA.exec(sentence)?.[0];
    if (
      named &&
      /\b(?:request|body|send|sent|submit|submitted|post|posted|upload|uploaded|encoded|content-type|accepts?|expects?|must be|as)\b/i.test(
        sentence,
      )
    )
      return named.toLowerCase();
    const said = SENT_AS_FORM.exec(sentence);
    if (!said) continue;
    const how = said[1]!.toLowerCase();
    return how.startsWith('multipart') ? MULTIPART : /url/.test(how) ? URLENCODED : 'form';
  }
  return undefined;
}

/** `Accepted content types: …`, `Encoding type: …` (Slack's, Twilio's): a label over the media types the body is sent as. */
const MEDIA_LABEL = /^(?:(?:accepted|supported|request)\s+)?(?:content[\s-]types?|encoding\s+types?|media\s+types?)\s*:\s*(.+)$/i;

/** The media types a label lists (`application/x-www-form-urlencoded, application/json`); undefined where it lists other words. */
export function labelledMediaTypes(text: string): string[] | undefined {
  const listed = MEDIA_LABEL.exec(text.trim())?.[1];
  const types = listed
    // (Split at the comma or word alone, then trimmed: a split by `\s*,\s*` scans a run of blanks from each of its places.)
    ?.split(/,|(?<=\s)(?:or|and)(?=\s)/)
    .map((type) => type.trim().replace(/\.$/, ''))
    .filter((type) => type.length > 0);
  return types && types.length > 0 && types.every((type) => MEDIA_TYPE_ALONE.test(type))
    ? types.map((type) => type.toLowerCase())
    : undefined;
}

/** Words that take a sentence's statement back, or make it the response's (JSON may be its other way). */
const NOT_SENT = /\b(?:not|n't|never|instead of|rather than|unlike|no longer|responses?|returns?|returned)\b/i;

/** "as form data or JSON", "as JSON or as a url-encoded form": the form's encoding words, where a sentence offers both. */
const FORM_OR_JSON =
  /\b(?:as|in|via|using|with)\s+(?:an?\s+|the\s+)?(?:((?:html\s+|url-?\s?encoded\s+|multipart\s+)?)form(?:[\s-]?data|[\s-]encoded|\s+(?:parameters|params|fields|body|encoding|values))?\s+or\s+(?:as\s+|in\s+)?(?:an?\s+)?JSON|JSON(?:\s+(?:body|object|payload|data))?\s+or\s+(?:as\s+|in\s+)?(?:an?\s+|the\s+)?((?:html\s+|url-?\s?encoded\s+|multipart\s+)?)form(?:[\s-]?data|[\s-]encoded|\s+(?:parameters|params|fields|body|encoding|values))?)\b/i;
const SENDS = /\b(?:sent|send|sends|submitted|submit|posted|post|passed|pass|encoded|provided|supplied|accepts?|expects?|takes?|uses?)\b/i;

/**
 * A sentence of the operation's prose that offers the fields as a form or as JSON ("Send the
 * username and password as form data or JSON"): the form's type (`form` where it names no
 * encoding); undefined where no sentence does.
 */
function formOrJsonType(text: string): string | undefined {
  if (!/form/i.test(text) || !/json/i.test(text)) return undefined;
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const said = FORM_OR_JSON.exec(sentence);
    if (!said || !SENDS.test(sentence) || NOT_SENT.test(sentence)) continue;
    const how = (said[1] ?? said[2] ?? '').toLowerCase();
    return how.startsWith('multipart') ? MULTIPART : /url/.test(how) ? URLENCODED : 'form';
  }
  return undefined;
}

/**
 * What an operation's stretch of the page says of the form its body is sent as, gathered as the
 * reader walks it: the forms titles, sentences and headers state, the ones its calls send, and
 * the call that sends JSON.
 */
export class FormEvidence {
  /** The `Content-Type` rows of the forms stated or sent. */
  private readonly rows: Table[] = [];
  /** The prose says "form" without its encoding ("Parameters are sent as form data."). */
  unstated = false;
  /** A title, sentence, header or an upload states a form: the calls' forms are no mere way of sending. */
  private stated = false;
  private jsonCall: Code | undefined;
  /** A sentence offers the fields as a form or as JSON. */
  private jsonStated: Position | undefined;
  /** The page states the fields sent as a form and as JSON (a call of each, a sentence offering both): set by `contentTypes`. */
  both = false;
  /** A call that sends the fields as a form, no file among them. */
  private formCall: Code | undefined;

  /** Whether a form was stated or sent so far (a page's words on every call's media type yield to it). */
  get shown(): boolean {
    return this.unstated || this.rows.length > 0;
  }

  /** A form type the page states ('form' where it names no encoding). */
  state(type: string | undefined, position: Position | undefined): void {
    if (type === 'form') this.unstated = true;
    else if (type && position) this.rows.push(headerTable('Content-Type', type, position));
    if (type) this.stated = true;
  }

  /**
   * A body's title that says it is sent as JSON or as a form (Discord's `JSON/Form Params`): the
   * fields documented for both, the form `multipart/form-data` (the one a form of files takes too).
   */
  title(text: string, position: Position | undefined): void {
    const title = normaliseTitle(text);
    const mode = BODY_MODE_TITLE.exec(title)?.[1];
    if (position && mode) this.state(mode === 'formdata' ? MULTIPART : URLENCODED, position);
    // `Request body (multipart/form-data)`: the type the title states.
    const stated = titledMediaType(text);
    if (position && stated) this.state(stated, position);
    if (!position || !JSON_OR_FORM_TITLE.test(title)) return;
    this.state(MULTIPART, position);
    this.jsonStated ??= position;
  }

  /** A sentence of the prose: the form it says the body is sent as, JSON too where it offers both. */
  sentence(text: string, position: Position | undefined): void {
    const listed = labelledMediaTypes(text);
    if (listed) {
      this.listed(listed, position);
      return;
    }
    const either = formOrJsonType(text);
    if (either) this.jsonStated ??= position;
    this.state(either ?? sentenceFormType(text), position);
  }

  /** A table of facts, a label and its value a row: the media types its `Accepted content types` row lists (its label's colon its own, `**Accepted content types:**`). */
  facts(table: Table): void {
    for (const row of table.children) {
      const [label, value, ...rest] = row.children;
      const words = label && withoutColon(plainText(label).trim());
      const listed = words && value && rest.length === 0 ? labelledMediaTypes(`${words}: ${plainText(value)}`) : undefined;
      if (listed) this.listed(listed, row.position);
    }
  }

  /** Media types a label lists: the forms stated, and JSON beside a form the fields' other way. */
  private listed(types: readonly string[], position: Position | undefined): void {
    const forms = types.filter((type) => FORM_MEDIA.test(type));
    for (const type of forms) this.state(type, position);
    if (forms.length > 0 && types.some((type) => /[/+]json$/.test(type))) this.jsonStated ??= position;
  }

  /** A code block: the form a request message states, or the form or JSON a curl command sends. */
  code(node: Code, signatures: readonly Signature[], curl: boolean): void {
    const form = codeForm(node, signatures, curl);
    if (form?.byCall && node.position) {
      this.rows.push(headerTable('Content-Type', form.type, node.position));
      if (form.upload) this.stated = true;
      else this.formCall ??= node;
    } else this.state(form?.type, node.position);
    if (!this.jsonCall && sendsJson(node, signatures, curl)) this.jsonCall = node;
  }

  /** The `Content-Type` rows the body's media types come from; `formTitled`: a title of the stretch says "form". */
  contentTypes(formTitled: boolean): Table[] {
    const rows = [...this.rows];
    // The same fields as a form or as JSON (a call of each): the body is documented for both. (A
    // multipart upload's file travels in no JSON: a JSON call beside it shows a body of its own.)
    if (
      this.jsonCall?.position &&
      (this.unstated || rows.some((table) => plainText(table).includes('x-www-form-urlencoded')) || formTitled)
    ) {
      rows.push(headerTable('Content-Type', 'application/json', this.jsonCall.position));
      this.both = true;
    }
    // "Send the fields as form data or JSON": the body is documented for both.
    else if (this.jsonStated) {
      rows.push(headerTable('Content-Type', 'application/json', this.jsonStated));
      this.both = true;
    }
    // A call shows one way of sending the fields, not the only one: where only calls send a form (no
    // title, sentence or header of the page states it, no file among the fields), the fields are
    // documented as the page's other bodies are, as JSON, and as that form.
    else if (!this.jsonCall && this.formCall?.position && !this.stated && !formTitled)
      rows.push(headerTable('Content-Type', 'application/json', this.formCall.position));
    return rows;
  }
}
