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
 */
import type { Content } from '../ir/types.js';

/** Content entries whose media type is the default, no word of the page's. */
const DEFAULTED = new WeakSet<Content>();

export function markDefaultType(contents: readonly Content[]): void {
  for (const content of contents) DEFAULTED.add(content);
}

/** Another JSON media type: `application/hal+json`, `application/vnd.api+json`, `application/problem+json`. */
const SUFFIXED_JSON = /^application\/[\w.-]+\+json$/;

/**
 * Gives the documented body the media type the sample states, where the body's is the default
 * JSON and no sample has shown it yet (a ```` ```json ```` fence's is no statement either way).
 */
export function adoptSampleType(contents: readonly Content[], mediaType: string | undefined): void {
  if (mediaType === undefined || !SUFFIXED_JSON.test(mediaType) || contents.length !== 1) return;
  const [content] = contents;
  if (!content || !DEFAULTED.has(content) || content.mediaType !== 'application/json') return;
  if (content.schema === undefined || content.schema.kind === 'unknown' || content.examples.length > 0) return;
  content.mediaType = mediaType;
  DEFAULTED.delete(content);
}
