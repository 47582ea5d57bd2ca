/**
 * The media type a `Content-Type` header line of a written HTTP message states, read alike by the
 * readers and the extractor: `Content-Type: application/json; charset=utf-8` → `application/json`.
 * A placeholder (`Content-Type: <media type of manifest>`) states none.
 */
const CONTENT_TYPE = /^\s*content-type\s*:\s*([\w.+-]+\/[\w.+*-]+)\s*(?:;|$)/i;

/**
 * A text that is one media type and nothing else (`application/json`, `text/csv`; no parameters, no
 * wildcard): a line alone under a copied page's status (copied-stacks.ts, copied-swagger-ui.ts), each
 * type a label lists (`Accepted content types: …`, `Produces: …`: form-bodies.ts, media-type-labels.ts).
 */
export const MEDIA_TYPE_ALONE = /^[a-z]+\/[\w.+-]+$/i;

/** The header line's media type, lower-cased; undefined for any other line or a placeholder. */
export function statedContentType(line: string): string | undefined {
  return CONTENT_TYPE.exec(line)?.[1]?.toLowerCase();
}
