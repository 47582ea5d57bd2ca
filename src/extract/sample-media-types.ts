/**
 * A body a table documents under no media type the page states (`application/json`, the default)
 * and a sample shows as another JSON type → one body, of the type the sample states:
 *
 *     | Path | Type | Description |             ← the body's schema, its media type unstated
 *     HTTP/1.1 200 OK
 *     Content-Type: application/hal+json        ← stated: the body's media type (any `+json`)
 *
 * A page that states `application/json` for the table (a `Content-Type` or `Accept` row) keeps
 * both: the two types are then the page's word.
 *
 * A ```` ```json ```` fence states JSON, not which JSON type: its sample is the body's whichever
 * JSON type the page states, never a second entry of `application/json` beside it, before or
 * after the sample that states the type:
 *
 *     ```json                                   ← an example of the one body, `application/hal+json`
 *     {"id": 1}
 *     ```
 *     HTTP/1.1 200 OK ⏎ Content-Type: application/hal+json ⏎ ⏎ {"id": 1}
 *
 * A title that states a JSON type states the fence's under it (`titledSampleType`):
 *
 *     #### 200 OK (application/hal+json)        ← the sample's type: one entry, `application/hal+json`
 *     ```json
 *     {"id": 1}
 *     ```
 */
import type { Content, Example } from '../ir/types.js';

/** Content entries whose media type is the default, no word of the page's. */
const DEFAULTED = new WeakSet<Content>();

/** Content entries whose media type a cell of the page states (swagger-markdown's `**application/json**: Pet`). */
const STATED = new WeakSet<Content>();

export function markStatedType(contents: readonly Content[]): void {
  for (const content of contents) STATED.add(content);
}

export function markDefaultType(contents: readonly Content[]): void {
  for (const content of contents) if (!STATED.has(content)) DEFAULTED.add(content);
}

/** Examples from a fence whose media type is its language's (```` ```json ````), no word of the page's. */
const IMPLIED = new WeakSet<Example>();

export function markImpliedType(example: Example): void {
  IMPLIED.add(example);
}

/**
 * The media type of a sample under a title that states one (`#### 200 OK (application/hal+json)`):
 * a ```` ```json ```` fence's JSON is the title's JSON type, then the page's word; else the sample's own.
 */
export function titledSampleType(example: Example, mediaType: string | undefined, titled: string | undefined): string | undefined {
  if (!titled || !IMPLIED.has(example) || !(titled === 'application/json' || SUFFIXED_JSON.test(titled))) return mediaType;
  IMPLIED.delete(example);
  return titled;
}

/**
 * The media type a fence's JSON sample goes to: the body's one other JSON type (`application/hal+json`),
 * where the body has no `application/json` entry; else its own.
 */
export function impliedSampleType(contents: readonly Content[], mediaType: string): string {
  return statedJsonType(
    contents.map((content) => content.mediaType),
    mediaType,
  );
}

/**
 * The media type a fence's JSON sample of a body no table documents goes to: the one other JSON
 * type the page states the call sends or answers in (a `Content-Type` or `Accept` row or line,
 * `application/vnd.api+json`), where it states no `application/json`; else its own.
 */
export function statedJsonType(stated: readonly string[], mediaType: string): string {
  if (stated.includes('application/json')) return mediaType;
  const json = stated.filter((type) => SUFFIXED_JSON.test(type));
  return json.length === 1 ? json[0]! : mediaType;
}

/** Another JSON media type: `application/hal+json`, `application/vnd.api+json`, `application/problem+json`; AWS's `application/x-amz-json-1.1`. */
const SUFFIXED_JSON = /^application\/(?:[\w.-]+\+json|x-amz-json-\d+(?:\.\d+)?)$/;

/**
 * Gives the documented body the media type the sample states, where the body's is the default
 * JSON and no sample has shown it yet (but a ```` ```json ```` fence's, which states no type).
 */
export function adoptSampleType(contents: readonly Content[], mediaType: string | undefined): void {
  if (mediaType === undefined || !SUFFIXED_JSON.test(mediaType) || contents.length !== 1) return;
  const [content] = contents;
  if (!content || !DEFAULTED.has(content) || content.mediaType !== 'application/json') return;
  if (content.schema === undefined || content.schema.kind === 'unknown' || !content.examples.every((example) => IMPLIED.has(example)))
    return;
  content.mediaType = mediaType;
  DEFAULTED.delete(content);
}

/** The media types of YAML: `application/yaml`, `application/x-yaml`, `text/yaml`, `text/x-yaml`. */
export const YAML_TYPE = /^(?:application|text)\/(?:x-)?yaml$/i;

/**
 * Gives the body the YAML media type a sample is written in (```` ```yaml ```` under `### Request
 * body`), where its one entry is the default JSON, no word of the page's, and no sample has shown it yet.
 */
export function adoptYamlType(contents: readonly Content[], mediaType: string | undefined): void {
  if (mediaType === undefined || !YAML_TYPE.test(mediaType) || contents.length !== 1) return;
  const [content] = contents;
  if (!content || !DEFAULTED.has(content) || content.mediaType !== 'application/json' || content.examples.length > 0) return;
  content.mediaType = mediaType;
  DEFAULTED.delete(content);
}

/**
 * Gives the body the text or XML media type a sample is sent as (`curl … --data-binary 'lamp,room=hall
 * level=3'`: `text/plain`; `-H 'Content-Type: text/csv'`) where its one entry is the default JSON of
 * a title with no table or type (`#### Request body` ⏎ words), no word of the page's, and no sample
 * has shown it yet: nothing said it was JSON. A text body is a string.
 */
export function adoptTextType(contents: readonly Content[], mediaType: string | undefined): void {
  if (mediaType === undefined || !TEXT_OR_XML.test(mediaType) || contents.length !== 1) return;
  const [content] = contents;
  if (!content || !DEFAULTED.has(content) || content.mediaType !== 'application/json' || content.examples.length > 0) return;
  if (content.schema !== undefined && content.schema.kind !== 'unknown') return;
  content.mediaType = mediaType;
  if (/^text\//.test(mediaType)) content.schema = { ...content.schema, kind: 'string' };
  DEFAULTED.delete(content);
}

/** A text or XML media type: `text/plain`, `text/csv`, `application/xml`, `application/atom+xml`. */
const TEXT_OR_XML = /^(?:text\/[\w.+-]+|application\/(?:[\w.-]+\+)?xml)$/;

/**
 * The media type a ```` ```yaml ```` fence's sample goes to (its structure written in YAML, as a
 * ```` ```json ```` fence's in JSON): the one JSON type the page states for the body (`Content-Type:
 * application/json`, a row of the headers' table), where it states no YAML type; else YAML. Never a
 * YAML entry beside the stated JSON one left empty. `stated`: the types the page states, or the
 * body's entries (`contents`; a default JSON entry is no word of the page's).
 */
export function yamlSampleType(stated: readonly string[], mediaType: string, contents: readonly Content[] = []): string {
  const types = [...stated, ...contents.filter((content) => !DEFAULTED.has(content)).map((content) => content.mediaType)];
  if (types.some((type) => YAML_TYPE.test(type))) return mediaType;
  const json = [...new Set(types.filter((type) => type === 'application/json' || SUFFIXED_JSON.test(type)))];
  return json.length === 1 ? json[0]! : mediaType;
}
