import { isUtf8 } from 'node:buffer';
import { type Dirent, readdirSync, type Stats, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_LIMITS, formatSize, type Limits } from '../config/limits.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { compareText } from '../ir/order.js';
import { sourceOf } from '../ir/source.js';
import { isSpecFile } from './detect-spec.js';
import { holdsOpenapiFragments, MARKDOWN_PAGE } from './openapi-fences.js';
import { readsAsSpec } from './viewer-pages.js';

/** A page or spec as found on disk. */
export interface LoadedFile {
  /** Relative to the input root, `/`-separated (the name used in every diagnostic and `source`). */
  file: string;
  absolutePath: string;
  /** The content; absent when `known` vouched for the file, which was then not read. */
  text?: string;
  /** The content hash `known` gave, when it vouched for the file. */
  hash?: string;
  /** A documentation page, or an OpenAPI/Swagger document (or a saved viewer page of one: viewer-pages.ts). */
  kind: 'page' | 'spec';
  size: number;
  mtimeMs: number;
}

/** What an earlier run learned of a file whose size and modification time have not changed since. */
export interface KnownFile {
  /** `none`: a `.json`/`.yaml` file that is not a spec. */
  kind: 'page' | 'spec' | 'none';
  /** Its content hash, if the caller keeps one. */
  hash?: string;
}

export interface LoadOptions {
  /**
   * Asked for every file with its size and modification time, before reading it: a file the
   * caller knows (an incremental cache) is not read, only classified as it was.
   */
  known?: (file: string, size: number, mtimeMs: number) => KnownFile | undefined;
  /** Called with every `.json`/`.yaml` file found not to be a spec (so a cache can remember that). */
  onNotSpec?: (file: string, size: number, mtimeMs: number) => void;
  /** Page and spec size limits (`DEFAULT_LIMITS` when absent). */
  limits?: SizeLimits;
  /** An input without pages or specs is then a warning, not the `input-empty` error. */
  allowEmpty?: boolean;
}

/** What `loadFiles` found, and the folder every `file` is relative to. */
export interface LoadedInput {
  rootDir: string;
  files: LoadedFile[];
}

/** Extensions of documentation pages. */
const PAGE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.mdx', '.apib', '.txt', '.text', '.html', '.htm'];

/** Extensions of files that may be OpenAPI/Swagger documents (only those with a top-level `openapi`/`swagger` key are). */
const SPEC_EXTENSIONS: readonly string[] = ['.json', '.yaml', '.yml'];

/** Pages that may be saved viewer pages (viewer-pages.ts), which hold a spec: they may be as large as a spec. */
const HTML_PAGE = /\.html?$/i;

/** What a file of this name may be, by its extension: which size limit applies; undefined: not an input. */
type Candidate = 'page' | 'html' | 'spec';

const CANDIDATES: ReadonlyMap<string, Candidate> = new Map([
  ...PAGE_EXTENSIONS.map((extension) => [extension, HTML_PAGE.test(extension) ? 'html' : 'page'] as const),
  ...SPEC_EXTENSIONS.map((extension) => [extension, 'spec'] as const),
]);

const candidateOf = (name: string): Candidate | undefined => CANDIDATES.get(path.extname(name).toLowerCase());

/** Whether a file of this name is a page of docs, never a spec: markdown or text (an HTML page may be a viewer page holding a spec). */
export const isDocsPageName = (name: string): boolean => candidateOf(name) === 'page';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const READ_CONCURRENCY = 32;

/** The size limits `loadFiles` applies (`config/limits.ts`). */
type SizeLimits = Pick<Limits, 'pageSize' | 'specSize'>;

/** A candidate file stat'ed, not read yet. */
export interface StatedFile {
  absolutePath: string;
  /** Relative to the input root, `/`-separated. */
  file: string;
  size: number;
  mtimeMs: number;
}

/**
 * The input listed and stat'ed, nothing read (`listInput`): what `loadListed` reads from, and the
 * listing a cache compares with the last run's.
 */
export interface ListedInput {
  /** The input as given, and resolved. */
  input: string;
  root: string;
  /** The folder every `file` is relative to. */
  rootDir: string;
  /** False when `input` is one file. */
  isDirectory: boolean;
  /** True when `input` does not exist (reported). */
  missing?: true;
  /**
   * Candidates that could be stat'ed and are within their size limit, in the order they were
   * listed (each folder's entries as it lists them, a subfolder's where it is listed): the same
   * folder with the same names, sizes and times gives the same list, which a cache compares with
   * the last run's (`run/cache/input-listing.ts`).
   */
  stated: StatedFile[];
}

/**
 * Every documentation page and OpenAPI/Swagger document under `input` (a folder, walked
 * recursively, or one file), sorted by relative path so that discovery order never shows in the
 * output. `.json`/`.yaml` files that are not specs (a manifest, a file another spec `$ref`s) are
 * left out. Unreadable, binary and oversized files (past `limits`: a docs page is tens of
 * kilobytes, so a larger one is far more likely an accident than documentation) become
 * diagnostics; this never throws for bad input.
 */
export async function loadFiles(input: string, diagnostics: DiagnosticBag, options: LoadOptions = {}): Promise<LoadedInput> {
  return loadListed(listInput(input, diagnostics, options), diagnostics, options);
}

/**
 * The first half of `loadFiles`: lists `input` and stats every candidate, reading none, in one
 * synchronous pass (a promise per file cost more than the stat). Reports what cannot be listed or
 * stat'ed and what is over its size limit.
 */
export function listInput(input: string, diagnostics: DiagnosticBag, options: Pick<LoadOptions, 'limits'> = {}): ListedInput {
  const root = path.resolve(input);
  let info: Stats;
  try {
    info = statSync(root);
  } catch {
    diagnostics.report('input-not-found', sourceOf(input, undefined), `input ${input} does not exist`);
    return { input, root, rootDir: root, isDirectory: false, missing: true, stated: [] };
  }
  const isDirectory = info.isDirectory();
  const baseDir = isDirectory ? root : path.dirname(root);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const stated: StatedFile[] = [];
  if (isDirectory) listPages(root, '', { diagnostics, limits, stated });
  else {
    const file = relativeName(baseDir, root);
    const found = statPage(root, file, candidateOf(root) ?? 'page', diagnostics, limits);
    if (found) stated.push(found);
  }
  return { input, root, rootDir: baseDir, isDirectory, stated };
}

/**
 * The second half of `loadFiles`: every file listed is classified as `known` says (a cache that
 * vouches for it by its size and time), the others are read, READ_CONCURRENCY at a time.
 */
export async function loadListed(listed: ListedInput, diagnostics: DiagnosticBag, options: LoadOptions = {}): Promise<LoadedInput> {
  const { input, root, rootDir: baseDir } = listed;
  if (listed.missing) return { rootDir: baseDir, files: [] };
  const files: LoadedFile[] = [];
  const unknown: StatedFile[] = [];
  for (const entry of listed.stated) {
    const { file, absolutePath, size, mtimeMs } = entry;
    const known = options.known?.(file, size, mtimeMs);
    if (known?.kind === 'none') continue;
    if (known)
      files.push({ file, absolutePath, kind: known.kind, size, mtimeMs, ...(known.hash === undefined ? {} : { hash: known.hash }) });
    else unknown.push(entry);
  }
  for (let start = 0; start < unknown.length; start += READ_CONCURRENCY) {
    const batch = unknown.slice(start, start + READ_CONCURRENCY);
    for (const loaded of await Promise.all(batch.map((entry) => readPage(entry, diagnostics, options)))) if (loaded) files.push(loaded);
  }
  if (files.length === 0 && diagnostics.errorCount === 0) {
    // As a prebuild step an empty result would silently replace an API's types with nothing.
    const notSpec = !listed.isDirectory && SPEC_EXTENSIONS.includes(path.extname(root).toLowerCase());
    diagnostics.report(
      'input-empty',
      sourceOf(relativeName(baseDir, root) || input, undefined),
      (notSpec
        ? `${input} is not an OpenAPI or Swagger document (it has no top-level openapi or swagger key)`
        : `no documentation pages (${PAGE_EXTENSIONS.join(', ')}) or OpenAPI documents found in ${input}`) +
        (options.allowEmpty ? '' : '; pass --allow-empty (allowEmpty in the config) if an empty result is intended'),
      options.allowEmpty ? { severity: 'warning' } : {},
    );
  }
  return { rootDir: baseDir, files: files.sort((a, b) => compareText(a.file, b.file)) };
}

/** Where `listPages` reports and what it adds to. */
interface Listing {
  diagnostics: DiagnosticBag;
  limits: SizeLimits;
  stated: StatedFile[];
}

/**
 * The candidate files under `directory` (`relative` to the input root, `/`-separated, ending in
 * `/` unless empty), stat'ed as they are listed and appended to `listing.stated`. Synchronous: a
 * no-change run of a few thousand pages in a hundred folders spent more time in the promise API
 * than in the listing. Each name is looked at once (its extension says what it may be and which
 * limit applies), and its relative name is the folder's plus the name (path.relative was a tenth
 * of a no-change run).
 */
function listPages(directory: string, relative: string, listing: Listing): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    listing.diagnostics.report(
      'input-unreadable',
      sourceOf(relative.slice(0, -1), undefined),
      `cannot read folder: ${(error as Error).message}`,
    );
    return;
  }
  // `directory` is resolved and a name holds no separator: joining is concatenating.
  const prefix = directory.endsWith(path.sep) ? directory : directory + path.sep;
  for (const entry of entries) {
    const { name } = entry;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(name) && !name.startsWith('.')) listPages(prefix + name, `${relative}${name}/`, listing);
      continue;
    }
    const candidate = entry.isFile() ? candidateOf(name) : undefined;
    if (candidate === undefined) continue;
    const found = statPage(prefix + name, relative + name, candidate, listing.diagnostics, listing.limits);
    if (found) listing.stated.push(found);
  }
}

/** `file` stat'ed; undefined (reported) when it cannot be stat'ed or is over its limit. */
function statPage(
  absolutePath: string,
  file: string,
  candidate: Candidate,
  diagnostics: DiagnosticBag,
  limits: SizeLimits,
): StatedFile | undefined {
  try {
    // Synchronous: a no-change run is mostly this stat per file, and statSync costs a quarter of
    // the promise API's time (3,262 pages: 30 ms instead of 100 ms).
    const { size, mtimeMs } = statSync(absolutePath);
    const limit =
      candidate === 'spec' ? limits.specSize : candidate === 'html' ? Math.max(limits.pageSize, limits.specSize) : limits.pageSize;
    if (size <= limit) return { absolutePath, file, size, mtimeMs };
    reportTooLarge(file, size, candidate === 'spec', limits, diagnostics);
  } catch (error) {
    diagnostics.report('input-unreadable', sourceOf(file, undefined), `cannot read ${file}: ${(error as Error).message}`);
  }
  return undefined;
}

function reportTooLarge(file: string, size: number, spec: boolean, limits: SizeLimits, diagnostics: DiagnosticBag): void {
  const setting = spec ? '--max-spec-size, or limits.specSize' : '--max-page-size, or limits.pageSize';
  diagnostics.report(
    'input-too-large',
    sourceOf(file, undefined),
    `${file} is ${size} bytes, over the ${formatSize(spec ? limits.specSize : limits.pageSize)} limit for a ${spec ? 'spec' : 'page'}; skipped (raise the limit: ${setting} in the config)`,
  );
}

/** A stat'ed file nothing vouched for, read: a page, a spec, or undefined (a JSON/YAML file that is not a spec, or reported). */
async function readPage(
  { absolutePath, file, size, mtimeMs }: { absolutePath: string; file: string; size: number; mtimeMs: number },
  diagnostics: DiagnosticBag,
  options: LoadOptions,
): Promise<LoadedFile | undefined> {
  try {
    const bytes = await readFile(absolutePath);
    if (isBinary(bytes)) {
      diagnostics.report('input-binary', sourceOf(file, undefined), `${file} is not text (it holds NUL bytes or is not UTF-8); skipped`);
      return undefined;
    }
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (SPEC_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
      if (isSpecFile(text, file)) return { file, absolutePath, text, kind: 'spec', size, mtimeMs };
      options.onNotSpec?.(file, size, mtimeMs);
      return undefined;
    }
    if (HTML_PAGE.test(file)) {
      // A saved viewer page is read as the spec it holds (or names), not as docs (viewer-pages.ts).
      if (await readsAsSpec(text)) return { file, absolutePath, text, kind: 'spec', size, mtimeMs };
      const limits = options.limits ?? DEFAULT_LIMITS;
      if (size > limits.pageSize) {
        reportTooLarge(file, size, false, limits, diagnostics);
        return undefined;
      }
    }
    // A markdown page of `openapi` fences is read as the document they make (page-fragments.ts).
    if (MARKDOWN_PAGE.test(file) && holdsOpenapiFragments(text)) return { file, absolutePath, text, kind: 'spec', size, mtimeMs };
    return { file, absolutePath, text, kind: 'page', size, mtimeMs };
  } catch (error) {
    diagnostics.report('input-unreadable', sourceOf(file, undefined), `cannot read ${file}: ${(error as Error).message}`);
    return undefined;
  }
}

/** NUL bytes or invalid UTF-8 mean binary. */
export function isBinary(bytes: Uint8Array): boolean {
  // Validated in place (Node's simdutf), not decoded: the text is decoded once, by the caller.
  return bytes.includes(0) || !isUtf8(bytes);
}

function relativeName(baseDir: string, absolutePath: string): string {
  // The walk joins names onto baseDir, so the common case is a slice (path.relative was a tenth of a no-change run).
  const prefix = baseDir.endsWith(path.sep) ? baseDir : baseDir + path.sep;
  const relative = absolutePath.startsWith(prefix) ? absolutePath.slice(prefix.length) : path.relative(baseDir, absolutePath);
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}
