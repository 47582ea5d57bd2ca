/**
 * What a run needs only when the cache cannot give the last run again: reading pages (and their
 * workers), importing specs, patching the last run, merging, emitting, and keeping the merged document.
 * `generate.ts` imports this module only then, so a no-change run loads none of it: not the
 * emitters, the readers' pool, the spec importer or the patcher (a tenth of a warm run's time
 * went to loading them).
 */
export { newFormatReads } from '../infer/format-reads.js';
export { mergeFragments } from '../merge/index.js';
export { applySpecDocuments } from '../merge/spec-documents.js';
export { lastOutputs } from './cache/last-outputs.js';
export { loadIndex, prepareItems, saveMerged, storedFormatReads } from './cache/merged-store.js';
export { layoutToJson } from './cache/output-layout.js';
export { patchLastRun } from './cache/patch-run.js';
export { importSpecs } from './cache/spec-imports.js';
export { emitOutputs } from './emit-outputs.js';
export { fileReports, reportNoOperations } from './file-reports.js';
export { dialectChooser, readAllPages } from './read-pages.js';
