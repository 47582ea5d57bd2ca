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
import { type ListedInput, listInput, loadListed } from '../input/load-files.js';
import type { ApiDocument, Operation, PageFragment } from '../ir/types.js';
import type { Vocabulary } from '../readers/markdown/vocabulary.js';
import type { DialectId, ReadOptions } from '../readers/types.js';
import { hashText, PageCache, type RunRecord, type RunReports } from './cache/page-cache.js';
import type { CachedInputs } from './cached-document.js';
import type { FileReport, GenerateResult, GenerateStats, OutputFile, RunResult } from './result.js';
import { applySeverities, countSeverities, tallySeverities } from './severities.js';

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
  /**
   * Called once when the run has work the cache cannot answer (pages to read, specs to import,
   * outputs to emit or patch), before any of it; not for a run the cache answers. The command line
   * tunes V8 for its own process there (commands/inlining-budget.ts).
   */
  onWork?: () => void | Promise<void>;
  /**
   * What of the run's diagnostics and file reports the caller reads (default: all of both). Asked
   * for errors only and no file reports (`generate --quiet`), a run the cache answers reads none
   * of the last run's (a run with errors is never kept): its `diagnostics` and `files` are empty.
   */
  reports?: { diagnostics: 'all' | 'errors'; files: boolean };
}

/**
 * Runs the whole pipeline in memory. Never throws for bad input: problems come back as diagnostics.
 * Throws a TypeError for options that contradict each other (`emit: { zod: false, helpers: true }`).
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const { result, document } = await run(options);
  // The IR of a run the cache answered or patched is merged again, and only if a caller asks for it.
  const merge = 'merged' in document ? undefined : (await import('./cached-document.js')).mergeCached;
  let value: ApiDocument | undefined;
  const inputs = 'merged' in document ? undefined : await document.cached();
  const get = () => (value ??= 'merged' in document ? document.merged : merge!(inputs!));
  return Object.defineProperty(result, 'document', { enumerable: true, configurable: true, get }) as GenerateResult;
}

/**
 * `generate` without the IR: what `specdown generate` writes and prints. A run the cache answers
 * then loads no merge, and a full run's IR is not held once the outputs are emitted.
 */
export async function generateOutputs(options: GenerateOptions): Promise<RunResult> {
  return (await run(options)).result;
}

/** A run's IR: the one it merged, or what to merge it from again (the cache's pages and specs). */
type DocumentSource = { merged: ApiDocument } | { cached: () => Promise<CachedInputs> };

async function run(options: GenerateOptions): Promise<{ result: RunResult; document: DocumentSource }> {
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
  const settings = JSON.stringify(runSettings(options, limits));
  const listed = listInput(options.input, bag, { limits });
  // Every file as the last run found it, with the same settings: its run is the answer, and no
  // file's record is looked at (the manifest's records are not even parsed).
  const unchanged = cache?.unchangedRun(listed.stated, fingerprintOf(settings, bag));
  const unchangedReports = unchanged && cache && reportsOf(cache, unchanged.run, options);
  if (cache && unchanged && unchangedReports) {
    cache.keepUnchanged(unchanged.run);
    await cache.save();
    const { run: last, pages, pageBytes } = unchanged;
    const stats = { ...newStats(pages, pageBytes), reusedRun: true, operations: last.operations, schemas: last.schemas };
    const result = finishReused(cache.runOutputs(last), last, unchangedReports, options, stats);
    // The pages, for a caller of `generate` that asks for the IR, loaded as the long way loads them
    // (those the records vouch for; the others read and hashed).
    const inputs = async () => ({ ...(await loadInputs(listed, new DiagnosticBag(), cache, options, limits)), cache, options });
    return { result, document: { cached: inputs } };
  }
  const { input, files, specFiles, hashes, specKeys } = await loadInputs(listed, bag, cache, options, limits);
  const specSettings = specSettingsOf(options, limits);
  // Everything the outputs depend on: settings, what loading reported (a run must not replay the
  // warning of a file that has since been deleted or fixed), every page's and spec's content.
  const loaded = JSON.stringify(bag.items);
  const inputKey = hashText(settings, loaded, ...hashes);
  const runKey = (keys: ReadonlyArray<string | undefined>) =>
    keys.every((key) => key !== undefined) ? hashText(inputKey, ...(keys as string[])) : undefined;
  // The same without the pages: a run whose base is the last run's differs from it in pages only.
  const baseKey = (keys: ReadonlyArray<string | undefined>) =>
    keys.every((key) => key !== undefined) ? hashText(settings, loaded, ...(keys as string[])) : undefined;
  const stats = newStats(
    input.files.length,
    input.files.reduce((sum, f) => sum + f.size, 0),
  );
  // What lets the next run vouch for every file at once, if nothing changes (kept if this run is).
  cache?.noteListing(listed.stated, fingerprintOf(settings, bag), stats.pages, stats.bytes);
  const inputs = async () => ({ files, hashes, specFiles, specKeys, cache: cache!, options });

  const lastKey = runKey(specKeys);
  const cached = lastKey === undefined ? undefined : cache?.getRun(lastKey);
  // Its diagnostics and file reports are checked now, parsed only if asked for; without them, the long way.
  const lastReports = cached && cache && reportsOf(cache, cached, options);
  if (cache && cached && lastReports) {
    cache.keepRun(cached);
    await cache.save();
    Object.assign(stats, { reusedRun: true, operations: cached.operations, schemas: cached.schemas });
    const result = finishReused(cache.runOutputs(cached), cached, lastReports, options, stats);
    return { result, document: { cached: inputs } };
  }

  await options.onWork?.();
  // Loaded only now: a reused run needs no reader, importer or emitter (stages.ts).
  const stages = await import('./stages.js');
  const { applySpecDocuments, dialectChooser, emitOutputs, fileReports, importSpecs, lastOutputs, layoutToJson, loadIndex } = stages;
  const { mergeFragments, newFormatReads, patchLastRun, prepareItems, readAllPages, reportNoOperations, saveMerged } = stages;
  const { storedFormatReads } = stages;
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
    const result = finish(patched.outputs, patched.diagnostics, options, stats, patched.files);
    return { result, document: { cached: inputs } };
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
  // What the merge does not take of the pages' results (the copies of an entity other pages table too,
  // the readers' reports) is garbage from here on: a run that merges every page holds 3,262 of them.
  results.length = 0;
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
  fragments.length = 0;
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
  let outputs = emitted?.outputs ?? [];
  stats.reusedPieces = emitted?.reused ?? 0;
  if (cache) {
    await cache.pages.retain(new Set(files.map((f) => f.file)));
    await cache.specs.retain(new Set(specFiles.map((f) => f.file)));
    const key = runKey(imported.map(({ key }) => key));
    const runBase = baseKey(imported.map(({ key }) => key));
    if (key !== undefined && outputs.length > 0) {
      const run = {
        key,
        outputs: outputs.map((o) => o.path),
        diagnostics: bag.items,
        operations: stats.operations,
        schemas: stats.schemas,
        files: reports,
        ...(runBase === undefined ? {} : { base: runBase }),
      };
      cache.setRun(
        run,
        outputs.map((o) => o.spliced ?? o.bytes ?? o.contents),
        emitted && layoutToJson(emitted.layout),
      );
      // Outputs spliced from the last ones (emit/reuse.ts) are the cache's new copies, written now, while
      // the last ones are there: the run's outputs are those files, as a patched run's are.
      if (outputs.some((o) => o.spliced) && (await cache.writeRunOutputs())) outputs = cache.runOutputs(run);
      prepared ??= prepareItems(document);
      await saveMerged(cache.merged, prepared, key, sameRoute, lastRun?.key, index, formats);
      // Set in place: a spread would decode outputs held as bytes.
      for (const output of outputs) output.stamp = key;
    }
    // An output still spliced from a last one is read now: the cache may let the last ones go.
    for (const output of outputs) if (output.spliced) output.bytes;
    await cache.save();
  }
  return { result: finish(outputs, bag.items, options, stats, reports), document: { merged: document } };
}

/** The result of a run: `raw` are its diagnostics before the config's severities. */
function finish(
  outputs: OutputFile[],
  raw: readonly Diagnostic[],
  options: GenerateOptions,
  stats: GenerateStats,
  files: FileReport[],
): RunResult {
  const diagnostics = sortDiagnostics(applySeverities(raw, options.diagnostics));
  const counts = countSeverities(diagnostics);
  const failed = counts.error > 0;
  return { outputs: failed ? [] : outputs, diagnostics, counts, failed, stats, files };
}

/**
 * The result of a run the cache answered: counted from the tally the manifest keeps; its
 * diagnostics and file reports (checked, `runReports`) are parsed when a caller first asks for them.
 */
function finishReused(
  outputs: OutputFile[],
  run: RunRecord,
  reports: RunReports,
  options: GenerateOptions,
  stats: GenerateStats,
): RunResult {
  const counts = tallySeverities(run.tally, options.diagnostics);
  const failed = counts.error > 0;
  const result = { outputs: failed ? [] : outputs, counts, failed, stats } as Omit<RunResult, 'diagnostics' | 'files'>;
  let diagnostics: Diagnostic[] | undefined;
  return Object.defineProperties(result, {
    diagnostics: {
      enumerable: true,
      configurable: true,
      get: () => (diagnostics ??= sortDiagnostics(applySeverities(reports.diagnostics, options.diagnostics))),
    },
    files: { enumerable: true, configurable: true, get: () => reports.files },
  }) as RunResult;
}

function newStats(pages: number, bytes: number): GenerateStats {
  return { pages, parsed: 0, bytes, workers: 1, reusedRun: false, patchedRun: false, reusedPieces: 0, operations: 0, schemas: 0 };
}

/** What besides the pages decided a run: its settings (`runSettings`, as JSON), and what loading the input reported. */
function fingerprintOf(settings: string, loaded: DiagnosticBag): string {
  return `${settings}\n${JSON.stringify(loaded.items)}`;
}

/**
 * The listed input loaded (`loadListed`: the files the cache vouches for are not read): its pages
 * with their content hashes, its specs with their keys (undefined: not cacheable), each recorded
 * in the cache for the next run.
 */
async function loadInputs(listed: ListedInput, bag: DiagnosticBag, cache: PageCache | undefined, options: GenerateOptions, limits: Limits) {
  const input = await loadListed(listed, bag, { ...cache?.loadOptions(), limits, allowEmpty: options.allowEmpty ?? false });
  const files = input.files.filter((file) => file.kind === 'page');
  const specFiles = input.files.filter((file) => file.kind === 'spec');
  const hashes = files.map((file) => file.hash ?? hashText(file.file, file.text ?? ''));
  for (const file of specFiles) cache?.noteFile(file.file, { size: file.size, mtimeMs: file.mtimeMs, kind: 'spec' });
  for (const [index, { file, size, mtimeMs, kind }] of files.entries())
    cache?.noteFile(file, { size, mtimeMs, kind, hash: hashes[index]! });
  const specKeys = await Promise.all(specFiles.map((file) => cache?.specKey(file.file, specSettingsOf(options, limits))));
  return { input, files, specFiles, hashes, specKeys };
}

/** What besides its documents decides a spec's import: part of its key. */
function specSettingsOf(options: GenerateOptions, limits: Limits): string {
  return JSON.stringify([options.allowRemoteRefs ?? false, limits.specFiles, limits.specSize]);
}

/**
 * The diagnostics and file reports of the cached `run` (undefined: damaged or missing), or, when
 * the caller reads errors only and no file reports and the run has no errors, none: its reports
 * file is then not read.
 */
function reportsOf(cache: PageCache, run: RunRecord, options: GenerateOptions): RunReports | undefined {
  const wanted = options.reports;
  if (wanted?.diagnostics === 'errors' && !wanted.files && tallySeverities(run.tally, options.diagnostics).error === 0)
    return { diagnostics: [], files: [] };
  return cache.runReports(run);
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
