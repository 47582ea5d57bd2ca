/**
 * The only place that knows the order of the stages:
 * files → detect dialect → reader → normalised document → extract → merge → IR → emit.
 * Writing to disk is `write/`'s job; `generate` never touches the output folder.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lastOutputs } from './cache/last-outputs.js';
import { prepareItems, saveMerged } from './cache/merged-store.js';
import { layoutToJson } from './cache/output-layout.js';
import { hashText, PageCache } from './cache/page-cache.js';
import { patchLastRun } from './cache/patch-run.js';
import { type CachedSpec, importSpecs } from './cache/spec-imports.js';
import type { DiagnosticSeverities, EmitConfig } from './config/config-schema.js';
import { emitConflict } from './config/emit-check.js';
import { DEFAULT_LIMITS, type Limits } from './config/limits.js';
import { type Diagnostic, DiagnosticBag, sortDiagnostics } from './diagnostics/diagnostic.js';
import { emitOutputs } from './emit/outputs.js';
import type { NamingOptions } from './emit/shared/naming.js';
import type { ImportedSpec } from './import/openapi/index.js';
import { type LoadedFile, loadFiles } from './input/load-files.js';
import { compareText } from './ir/order.js';
import { sourceOf } from './ir/source.js';
import type { ApiDocument, Operation, PageFragment } from './ir/types.js';
import { mergeFragments } from './merge/index.js';
import { applySpecDocuments } from './merge/spec-documents.js';
import type { PageResult } from './read-page.js';
import type { Vocabulary } from './readers/markdown/vocabulary.js';
import type { DialectId, ReadOptions } from './readers/types.js';
import { defaultWorkerCount, type ReadJob, readPages } from './workers/read-pool.js';

/** Real TypeScript files copied as-is into the output folder (they import nothing from src/). */
const TEMPLATES = { validate: new URL('../templates/validate.ts', import.meta.url) };

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

export interface OutputFile {
  /** Relative to the output folder. */
  path: string;
  contents: string;
  /** The same text as UTF-8, when the run has it so (from the cache): writers use it rather than encoding `contents`. */
  bytes?: Uint8Array;
  /**
   * With a cache: names this text (the run that made it), so that a later check of the output
   * folder can trust a file's size and modification time instead of reading it.
   */
  stamp?: string;
}

export interface GenerateStats {
  pages: number;
  /** Pages parsed this run (the rest came from the cache). */
  parsed: number;
  bytes: number;
  workers: number;
  /** True when nothing changed since the cached run, so merge and emit were skipped. */
  reusedRun: boolean;
  /** True when pages changed only in positions and operation prose, so the cached run was patched (cache/patch-run.ts). */
  patchedRun: boolean;
  operations: number;
  schemas: number;
}

/** Which reader read a file, why, and what it found (`generate --format json` reports it). */
export interface FileReport {
  file: string;
  /** The dialect reader, or `openapi` for a spec; absent for a page that could not be read. */
  reader?: string;
  reason?: string;
  operations: number;
}

export interface GenerateResult {
  document: ApiDocument;
  /** Per input file, sorted by file. Empty when the whole run came from the cache. */
  files: FileReport[];
  /** Sorted by path. Empty when errors prevented emitting. */
  outputs: OutputFile[];
  /** Sorted deterministically. */
  diagnostics: Diagnostic[];
  /** True when an error-severity diagnostic was reported. */
  failed: boolean;
  stats: GenerateStats;
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
  const input = await loadFiles(options.input, bag, { ...cache?.loadOptions(), limits });
  const files = input.files.filter((file) => file.kind === 'page');
  const specFiles = input.files.filter((file) => file.kind === 'spec');
  const dialectOf = await dialectChooser(options);
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

  const base = baseKey(specKeys);
  const patched =
    cache && lastKey !== undefined && base !== undefined
      ? await patchLastRun({ cache, pages: files, hashes, base, key: lastKey, dialectOf, readOptions: readOptions({ ...options, limits }) })
      : undefined;
  if (cache && patched) {
    await cache.save();
    Object.assign(stats, { parsed: patched.parsed, patchedRun: true, operations: patched.operations, schemas: patched.schemas });
    const document = () => mergeCached(files, hashes, specFiles, specKeys, cache, options);
    return finish(document, patched.outputs, patched.diagnostics, options, stats, patched.files);
  }

  const results = await readAll(files, hashes, dialectOf, cache, { ...options, limits }, stats);
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
  const merged = mergeFragments(fragments, bag, { title: options.title, version: options.version ?? '1.0.0' }, { owned: true, sameRoute });
  const document = applySpecDocuments(merged, specs, options);
  stats.operations = document.operations.length;
  stats.schemas = document.schemas.length;
  // A spec states what it holds (components only, webhooks only): only docs pages can fail to be read.
  if (files.length > 0 && specFiles.length === 0 && document.operations.length === 0 && !options.allowEmpty)
    reportNoOperations(reports, options, bag);
  const severe = applySeverities(bag.items, options.diagnostics).some((d) => d.severity === 'error');
  // With a last run to reuse pieces from, the merged items' JSON and hashes are made before emitting.
  let prepared = cache?.lastRun() ? prepareItems(document) : undefined;
  const last = cache && prepared ? await lastOutputs(cache, prepared) : undefined;
  const emitted = severe ? undefined : await emitOutputs(document, { ...options, validateTemplate: TEMPLATES.validate }, bag, last);
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
      await saveMerged(cache.merged, prepared, key, sameRoute);
      // Set in place: a spread would decode outputs held as bytes.
      for (const output of outputs) output.stamp = key;
    }
    await cache.save();
  }
  return finish(() => document, outputs, bag.items, options, stats, reports);
}

function fileReports(results: readonly PageResult[], specs: readonly ImportedSpec[]): FileReport[] {
  const reports: FileReport[] = results.map((result) => ({
    file: result.file,
    ...(result.reader ? { reader: result.reader.id, reason: result.reader.reason } : {}),
    operations: result.fragment?.operations.length ?? 0,
  }));
  for (const spec of specs)
    reports.push({
      file: spec.fragment.file,
      reader: 'openapi',
      reason: 'an OpenAPI/Swagger document',
      operations: spec.fragment.operations.length,
    });
  return reports.sort((a, b) => compareText(a.file, b.file));
}

/**
 * Pages were read but none documents an operation: as a prebuild step this would silently replace
 * an API's types with nothing. The message says what the readers made of the pages.
 */
function reportNoOperations(reports: readonly FileReport[], options: GenerateOptions, bag: DiagnosticBag): void {
  const byReader = new Map<string, number>();
  for (const report of reports) byReader.set(report.reader ?? 'unread', (byReader.get(report.reader ?? 'unread') ?? 0) + 1);
  const read = [...byReader].map(([reader, count]) => `${count} by ${reader}`).join(', ');
  bag.report(
    'no-operations',
    sourceOf(options.input, undefined),
    `no operation found in ${reports.length} file${reports.length === 1 ? '' : 's'} (${read}); pass --allow-empty (allowEmpty in the config) if that is intended`,
  );
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

async function readAll(
  files: readonly LoadedFile[],
  hashes: readonly string[],
  dialectOf: (file: string) => DialectId | undefined,
  cache: PageCache | undefined,
  options: GenerateOptions,
  stats: GenerateStats,
): Promise<PageResult[]> {
  const results: Array<PageResult | undefined> = cache
    ? await Promise.all(files.map((file, index) => cache.pages.get<PageResult>(file.file, hashes[index]!)))
    : files.map(() => undefined);
  const missing = files.map((_, index) => index).filter((index) => results[index] === undefined);
  const jobs: ReadJob[] = [];
  for (const index of missing) {
    const file = files[index]!;
    const page = { file: file.file, text: file.text ?? (await readText(file)) };
    // The job holds the text now: the run keeps no page text once its page is read.
    delete file.text;
    const dialect = dialectOf(page.file);
    const job: ReadJob = dialect ? { page, dialect } : { page };
    job.options = readOptions(options);
    jobs.push(job);
  }
  stats.parsed = jobs.length;
  stats.workers = options.workers ?? defaultWorkerCount(jobs.length);
  const read = jobs.length > 0 ? await readPages(jobs, stats.workers, options.onProgress, cache !== undefined) : [];
  for (const [i, { result, json }] of read.entries()) {
    const index = missing[i]!;
    results[index] = result;
    await cache?.pages.set(result.file, json ? { hash: hashes[index]!, ...json } : PageCache.entry(hashes[index]!, result));
  }
  return results as PageResult[];
}

function readOptions(options: GenerateOptions): ReadOptions {
  const read: ReadOptions = { maxNesting: options.limits?.nesting ?? DEFAULT_LIMITS.nesting };
  if (options.vocabulary) read.vocabulary = options.vocabulary;
  return read;
}

/** A page the cache vouched for by its stat, but whose parse it no longer holds (a damaged store). */
async function readText(file: LoadedFile): Promise<string> {
  const text = await readFile(file.absolutePath, 'utf8').catch(() => '');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function dialectChooser(options: GenerateOptions): Promise<(file: string) => DialectId | undefined> {
  if (options.dialect) return () => options.dialect;
  const globs = Object.entries(options.dialects ?? {});
  if (globs.length === 0) return () => undefined;
  // picomatch is loaded only by runs that have dialect globs.
  const { default: picomatch } = await import('picomatch');
  const rules = globs.map(([glob, id]) => ({ test: picomatch(glob, { dot: true }), id }));
  return (file) => rules.find((rule) => rule.test(file))?.id;
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

function applySeverities(diagnostics: readonly Diagnostic[], severities: DiagnosticSeverities | undefined): Diagnostic[] {
  if (!severities) return [...diagnostics];
  const out: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const override = severities[diagnostic.code];
    if (override === 'off') continue;
    out.push(override ? { ...diagnostic, severity: override } : diagnostic);
  }
  return out;
}
