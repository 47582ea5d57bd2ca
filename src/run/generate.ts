/**
 * The only place that knows the order of the stages:
 * files → detect dialect → reader → normalised document → extract → merge → IR → emit.
 * Writing to disk is `write/`'s job; `generate` never touches the output folder.
 */
import path from 'node:path';
import type { DiagnosticSeverities, EmitConfig } from '../config/config-schema.js';
import { emitConflict } from '../config/emit-check.js';
import { DEFAULT_LIMITS, type Limits } from '../config/limits.js';
import { type Diagnostic, DiagnosticBag, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { NamingOptions } from '../emit/shared/naming.js';
import { type LoadedFile, loadFiles } from '../input/load-files.js';
import type { ApiDocument, Operation, PageFragment } from '../ir/types.js';
import { mergeFragments } from '../merge/index.js';
import { applySpecDocuments } from '../merge/spec-documents.js';
import type { Vocabulary } from '../readers/markdown/vocabulary.js';
import type { DialectId, ReadOptions } from '../readers/types.js';
import { hashText, PageCache } from './cache/page-cache.js';
import type { CachedSpec } from './cache/spec-imports.js';
import type { PageResult } from './read-page.js';
import type { FileReport, GenerateResult, GenerateStats, OutputFile } from './result.js';
import { applySeverities } from './severities.js';

export interface GenerateOptions {
  /** A docs folder or a single page. */
  input: string;
  /** Read every page with this dialect instead of detecting it. */
  dialect?: DialectId;
  /** Per-file overrides: glob (relative to `input`) → dialect; the first match wins. */
  dialects?: Record<string, DialectId>;
  /** Which outputs to build (default: openapi.json, types.ts, schemas.ts; `ir: true` adds ir.json). */
  emit?: Partial<EmitConfig>;
  /** API title for the OpenAPI `info` (default `API`). */
  title?: string;
  /** API version for the OpenAPI `info` (default `1.0.0`). */
  version?: string;
  /** Per-rule severity overrides; `off` drops the rule's diagnostics. */
  diagnostics?: DiagnosticSeverities;
  /** Folder of the incremental cache, or `false` (the default) for none. */
  cache?: string | false;
  /** Worker threads for parsing (default: 1 for small folders, the cores for large ones). */
  workers?: number;
  /** How docs names become identifiers in types.ts and schemas.ts. */
  naming?: NamingOptions;
  /** Fetch remote `$ref`s of OpenAPI inputs (default: refuse them with a diagnostic). */
  allowRemoteRefs?: boolean;
  /** Input limits (page and spec sizes, spec documents, nesting); `DEFAULT_LIMITS` for those not given. */
  limits?: Partial<Limits>;
  /** The user's words for the general reader (column names, section titles, type words). */
  vocabulary?: Vocabulary;
  /** A run over a non-empty input that finds no operation succeeds (default: the `no-operations` error). */
  allowEmpty?: boolean;
  /** Called as pages are parsed (not for cached ones): for progress displays. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs the whole pipeline in memory. Never throws for bad input: problems come back as diagnostics.
 * Throws a TypeError for options that contradict each other (`emit: { zod: false, helpers: true }`).
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const conflict = emitConflict(options.emit);
  if (conflict) throw new TypeError(`specdown: emit: ${conflict}`);
  const bag = new DiagnosticBag();
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const cache = options.cache
    ? await PageCache.open(
        options.cache,
        JSON.stringify([path.resolve(options.input), options.dialect, options.dialects, limits.nesting, options.vocabulary]),
      )
    : undefined;
  const input = await loadFiles(options.input, bag, { ...cache?.loadOptions(), limits, allowEmpty: options.allowEmpty ?? false });
  const files = input.files.filter((file) => file.kind === 'page');
  const specFiles = input.files.filter((file) => file.kind === 'spec');
  const hashes = files.map((file) => file.hash ?? hashText(file.file, file.text ?? ''));
  for (const file of specFiles) cache?.noteFile(file.file, { size: file.size, mtimeMs: file.mtimeMs, kind: 'spec' });
  for (const [index, file] of files.entries()) cache?.noteFile(file.file, { ...file, hash: hashes[index]! });
  const specSettings = JSON.stringify([options.allowRemoteRefs ?? false, limits.specFiles, limits.specSize]);
  const specKeys = await Promise.all(specFiles.map((file) => cache?.specKey(file.file, specSettings)));
  // Everything the outputs depend on: settings, what loading reported (a run must not replay the
  // warning of a file that has since been deleted or fixed), every page's and spec's content.
  const loaded = JSON.stringify(bag.items);
  const inputKey = hashText(JSON.stringify(runSettings(options, limits)), loaded, ...hashes);
  const runKey = (keys: ReadonlyArray<string | undefined>) =>
    keys.every((key) => key !== undefined) ? hashText(inputKey, ...(keys as string[])) : undefined;
  // The same without the pages: a run whose base is the last run's differs from it in pages only.
  const baseKey = (keys: ReadonlyArray<string | undefined>) =>
    keys.every((key) => key !== undefined)
      ? hashText(JSON.stringify(runSettings(options, limits)), loaded, ...(keys as string[]))
      : undefined;
  const stats: GenerateStats = {
    pages: input.files.length,
    parsed: 0,
    bytes: input.files.reduce((sum, f) => sum + f.size, 0),
    workers: 1,
    reusedRun: false,
    patchedRun: false,
    operations: 0,
    schemas: 0,
  };

  const lastKey = runKey(specKeys);
  const cached = lastKey === undefined ? undefined : cache?.getRun(lastKey);
  if (cache && cached) {
    cache.setRun(cached);
    await cache.save();
    Object.assign(stats, { reusedRun: true, operations: cached.operations, schemas: cached.schemas });
    const document = () => mergeCached(files, hashes, specFiles, specKeys, cache, options);
    return finish(document, cache.runOutputs(cached), cached.diagnostics, options, stats, cached.files ?? []);
  }

  // Loaded only now: a reused run needs no reader, importer or emitter (stages.ts).
  const stages = await import('./stages.js');
  const { dialectChooser, emitOutputs, fileReports, importSpecs, lastOutputs, layoutToJson, loadIndex, newFormatReads } = stages;
  const { patchLastRun, prepareItems, readAllPages, reportNoOperations, saveMerged, storedFormatReads } = stages;
  const dialectOf = await dialectChooser(options.dialect, options.dialects);
  const read: ReadOptions = { maxNesting: limits.nesting, ...(options.vocabulary ? { vocabulary: options.vocabulary } : {}) };
  const base = baseKey(specKeys);
  const patched =
    cache && lastKey !== undefined && base !== undefined
      ? await patchLastRun({ cache, pages: files, hashes, base, key: lastKey, dialectOf, readOptions: read, stats })
      : undefined;
  if (cache && patched) {
    await cache.save();
    Object.assign(stats, { patchedRun: true, operations: patched.operations, schemas: patched.schemas });
    const document = () => mergeCached(files, hashes, specFiles, specKeys, cache, options);
    return finish(document, patched.outputs, patched.diagnostics, options, stats, patched.files);
  }

  const results = await readAllPages(files, hashes, cache, { ...options, dialectOf, read }, stats);
  const fragments: PageFragment[] = [];
  for (const result of results) {
    bag.push(...result.diagnostics);
    if (result.fragment) fragments.push(result.fragment);
  }
  const imported = await importSpecs(
    specFiles,
    specKeys,
    {
      rootDir: input.rootDir,
      allowRemoteRefs: options.allowRemoteRefs ?? false,
      maxFiles: limits.specFiles,
      maxBytes: limits.specSize,
      settings: specSettings,
    },
    bag,
    cache,
  );
  const specs = imported.map(({ spec }) => spec).filter((spec) => spec !== undefined);
  fragments.push(...specs.map((spec) => spec.fragment));
  const reports = fileReports(results, specs);
  stats.parsed += imported.filter(({ parsed }) => parsed).length;
  // The fragments are this run's own (read or parsed from the cache's JSON just now): merged in place.
  const sameRoute = new Set<Operation>();
  const reads = cache ? newFormatReads() : undefined;
  const merged = mergeFragments(
    fragments,
    bag,
    { title: options.title, version: options.version ?? '1.0.0' },
    { owned: true, sameRoute, ...(reads ? { reads } : {}) },
  );
  // The quoted formats' rows, found while the merged nodes are the ones sample inference read.
  const formats = reads && storedFormatReads(reads, merged);
  const document = applySpecDocuments(merged, specs, options);
  stats.operations = document.operations.length;
  stats.schemas = document.schemas.length;
  // A spec states what it holds (components only, webhooks only): only docs pages can fail to be read
  // (a page of webhooks alone documents what the API sends),
  // and saved viewer pages that hold no spec (they load it from a URL).
  const unreadViewers = specFiles.filter((file, index) => /\.html?$/i.test(file.file) && !imported[index]!.spec);
  if (
    files.length + unreadViewers.length > 0 &&
    specFiles.length === unreadViewers.length &&
    document.operations.length === 0 &&
    !document.webhooks?.length &&
    !options.allowEmpty
  )
    reportNoOperations([...reports, ...unreadViewers.map(({ file }) => ({ file, operations: 0 }))], options.input, bag);
  const severe = applySeverities(bag.items, options.diagnostics).some((d) => d.severity === 'error');
  // With a last run to reuse pieces from, the merged items' JSON and hashes are made before emitting.
  const lastRun = cache?.lastRun();
  const index = cache && lastRun ? await loadIndex(cache.merged) : undefined;
  let prepared = lastRun ? prepareItems(document, index?.run === lastRun.key ? index : undefined) : undefined;
  const last = cache && prepared ? await lastOutputs(cache, prepared, index) : undefined;
  const emitted = severe ? undefined : await emitOutputs(document, options, bag, last);
  const outputs = emitted?.outputs ?? [];
  if (cache) {
    await cache.pages.retain(new Set(files.map((f) => f.file)));
    await cache.specs.retain(new Set(specFiles.map((f) => f.file)));
    const key = runKey(imported.map(({ key }) => key));
    const runBase = baseKey(imported.map(({ key }) => key));
    if (key !== undefined && outputs.length > 0) {
      cache.setRun(
        {
          key,
          outputs: outputs.map((o) => o.path),
          diagnostics: bag.items,
          operations: stats.operations,
          schemas: stats.schemas,
          files: reports,
          ...(runBase === undefined ? {} : { base: runBase }),
        },
        outputs.map((o) => o.bytes ?? o.contents),
        emitted && layoutToJson(emitted.layout),
      );
      prepared ??= prepareItems(document);
      await saveMerged(cache.merged, prepared, key, sameRoute, lastRun?.key, index, formats);
      // Set in place: a spread would decode outputs held as bytes.
      for (const output of outputs) output.stamp = key;
    }
    await cache.save();
  }
  return finish(() => document, outputs, bag.items, options, stats, reports);
}

/** The IR of a reused run, merged again from the cached pages and specs (only if a caller asks for it). */
function mergeCached(
  files: readonly LoadedFile[],
  hashes: readonly string[],
  specFiles: readonly LoadedFile[],
  specKeys: ReadonlyArray<string | undefined>,
  cache: PageCache,
  options: GenerateOptions,
): ApiDocument {
  const bag = new DiagnosticBag();
  const fragments = files.flatMap((file, index) => cache.pages.getSync<PageResult>(file.file, hashes[index]!)?.fragment ?? []);
  const specs = specFiles.flatMap((file, index) => cache.specs.getSync<CachedSpec>(file.file, specKeys[index]!)?.spec ?? []);
  fragments.push(...specs.map((spec) => spec.fragment));
  const merged = mergeFragments(fragments, bag, { title: options.title, version: options.version ?? '1.0.0' }, { owned: true });
  return applySpecDocuments(merged, specs, options);
}

/** `document` is a thunk so that a reused run reads the cached IR only if a caller looks at it. */
function finish(
  document: () => ApiDocument,
  outputs: OutputFile[],
  raw: readonly Diagnostic[],
  options: GenerateOptions,
  stats: GenerateStats,
  files: FileReport[],
): GenerateResult {
  const diagnostics = sortDiagnostics(applySeverities(raw, options.diagnostics));
  const failed = diagnostics.some((d) => d.severity === 'error');
  const result = { outputs: failed ? [] : outputs, diagnostics, failed, stats, files } as Omit<GenerateResult, 'document'>;
  let value: ApiDocument | undefined;
  return Object.defineProperty(result, 'document', { enumerable: true, get: () => (value ??= document()) }) as GenerateResult;
}

/** Everything besides the pages that decides the outputs: part of the cached run's key. */
function runSettings(options: GenerateOptions, limits: Limits): unknown {
  return [
    options.emit,
    options.title,
    options.version,
    options.dialect,
    options.dialects,
    options.diagnostics,
    options.naming,
    limits,
    options.vocabulary,
    options.allowEmpty,
  ];
}
