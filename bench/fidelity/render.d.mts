/** Types for render.mjs (the bench is plain ESM JS; tests import it from TypeScript). */
export type Rendering = 'html' | 'text';

/** The renderings `--render` accepts, and the extension each rendered page gets. */
export const RENDERINGS: Record<Rendering, string>;

/** Renders every markdown page under `docsDir` into `outDir` (same tree); other files are copied. Returns the pages rendered. */
export function renderCorpus(docsDir: string, outDir: string, rendering: Rendering): number;
