/**
 * Saved pages of OpenAPI viewers: where such a page holds its OpenAPI document, or the URL it
 * loads it from. The conventions read (each found only inside its `<script>` or as its element):
 *
 * - Redoc bundles (`redoc-cli bundle`, `redocly build-docs`): `const __redoc_state = {…,"spec":{"data":{…}}}`;
 * - Scalar: `<script id="api-reference" type="application/json">{…}</script>`, its
 *   `data-configuration='{"spec":{"content":{…}}}'` (or `data-url`), `Scalar.createApiReference('#app', { content: {…} })`;
 * - Swagger UI: `SwaggerUIBundle({ spec: {…} })`, `SwaggerUIBundle({ url: "openapi.json" })`;
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
function mayBeViewerPage(page: string): boolean {
  for (const marker of MARKERS) if (page.includes(marker)) return true;
  return false;
}

/** The last page read and what it says: the loader and the spec importer both ask of each viewer page. */
let last: { page: string; finds: ViewerFind[] } | undefined;

/** What `page` says of its spec, in page order; empty for a page that is no viewer's. */
export async function findViewerSpecs(page: string): Promise<ViewerFind[]> {
  if (!mayBeViewerPage(page)) return [];
  if (last?.page !== page) {
    const { readViewerFinds } = await import('./viewer-finds.js');
    last = { page, finds: readViewerFinds(page) };
  }
  return last.finds;
}
