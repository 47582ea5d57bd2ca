/**
 * Saved pages of OpenAPI viewers: where such a page holds its OpenAPI document, or the URL it
 * loads it from. The conventions read (each found only inside its `<script>` or as its element):
 *
 * - Redoc bundles (`redoc-cli bundle`, `redocly build-docs`): `const __redoc_state = {…,"spec":{"data":{…}}}`;
 * - Scalar: `<script id="api-reference" type="application/json">{…}</script>`, its
 *   `data-configuration='{"spec":{"content":{…}}}'` (or `data-url`), `Scalar.createApiReference('#app', { content: {…} })`,
 *   each of their `sources`;
 * - Swagger UI: `SwaggerUIBundle({ spec: {…} })`, `SwaggerUIBundle({ url: "openapi.json" })`;
 * - RapiDoc: `element.loadSpec({…})` or `loadSpec('openapi.json')`;
 * - a spec or options object given by a variable the script declares once with it;
 * - Stoplight Elements: `<elements-api apiDescriptionDocument="…" apiDescriptionUrl="…">`;
 * - links only: `<redoc spec-url>`, `<rapi-doc spec-url>`, `Redoc.init('openapi.json')`.
 *
 * Nothing is fetched. A page without one of a few marker strings costs a handful of `includes`;
 * one with a marker is parsed (HTML by hast-util-from-html, scripts by acorn: viewer-finds.ts),
 * those loaded only then.
 */
import type { ViewerFind } from './viewer-finds.js';

export type { ViewerFind } from './viewer-finds.js';

const MARKERS = ['__redoc_state', 'api-reference', 'createApiReference', 'SwaggerUI', '<elements-api', '<redoc', 'Redoc.init', '<rapi-doc'];

/** Whether `page` may be a viewer page (a plain string test: every other page stops here). */
export function mayBeViewerPage(page: string): boolean {
  for (const marker of MARKERS) if (page.includes(marker)) return true;
  return false;
}

/** A URL with a scheme (`https:`) or a host (`//cdn…`): never fetched. */
export const REMOTE_URL = /^[a-z][a-z\d+.-]*:|^\/\//i;

/** What is said of a viewer's spec at a URL that is not fetched. */
export function remoteLinkMessage(find: { viewer: string; url: string }): string {
  return `This ${find.viewer} page loads its spec from ${find.url}; specdown fetches nothing: download the spec into the input to read it.`;
}

/** The last page read and what it says: the loader and the spec importer both ask of each viewer page. */
let last: { page: string; finds: ViewerFind[]; ownText: number } | undefined;

async function reading(page: string): Promise<{ finds: ViewerFind[]; ownText: number } | undefined> {
  if (!mayBeViewerPage(page)) return undefined;
  if (last?.page !== page) {
    const { readViewerFinds } = await import('./viewer-finds.js');
    last = { page, ...readViewerFinds(page) };
  }
  return last;
}

/** What `page` says of its spec, in page order; empty for a page that is no viewer's. */
export async function findViewerSpecs(page: string): Promise<ViewerFind[]> {
  return (await reading(page))?.finds ?? [];
}

/**
 * Whether `page` is read as the spec its viewer holds or names, not as docs: it holds one (or one
 * that cannot be read), or it names one by URL and has no words of its own besides (a saved
 * Swagger UI or Redoc shell). A page written by hand around a "Try it" viewer that loads its spec
 * by URL is read as docs, and its links are reported where it documents no operation (viewer-links.ts).
 */
export async function readsAsSpec(page: string): Promise<boolean> {
  const read = await reading(page);
  if (!read || read.finds.length === 0) return false;
  return read.ownText === 0 || read.finds.some((find) => find.kind !== 'link');
}
