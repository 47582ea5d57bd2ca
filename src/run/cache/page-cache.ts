import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { KnownFile, LoadOptions, StatedFile } from '../../input/load-files.js';
import { BUILD_ID as VERSION } from '../../version.js';
import { nodeCrypto } from '../node-crypto.js';
import type { FileReport, OutputFile } from '../result.js';
import { type FileContents, writeFileAtomic } from '../write/atomic-file.js';
import { isRacy } from '../write/output-stamps.js';
import { encodeListing, sameListing } from './input-listing.js';
import { MERGED_APART } from './merged-apart.js';
import { PageStore } from './page-store.js';
import { findSharedRefs } from './shared-refs.js';

/** A finished run: what a run over unchanged inputs and settings gives again without parsing, merging or emitting. */
export interface CachedRun {
  key: string;
  /** Output paths; their contents are kept beside the manifest and read only if asked for. */
  outputs: string[];
  diagnostics: Diagnostic[];
  operations: number;
  schemas: number;
  /** Which reader read each file, and why. */
  files?: FileReport[];
  /** What besides the pages the outputs depended on (settings, what loading reported, the specs' keys). */
  base?: string;
}

/**
 * A finished run as the manifest keeps it: its diagnostics and file reports are in a file of their
 * own beside its outputs, read only by a run that needs them (`runReports`); how many diagnostics
 * of each code and severity it gave is here, so a run the cache answers can count them unread.
 */
export interface RunRecord extends Omit<CachedRun, 'diagnostics' | 'files'> {
  /** Diagnostics by `severity code` (`warning body-on-no-content`): how many. */
  tally: Record<string, number>;
  /** The reports file's size and SHA-256: it is read only if it still has both. */
  reports: { size: number; sha256: string };
}

/** A run's diagnostics and file reports, each parsed when first asked for. */
export interface RunReports {
  readonly diagnostics: Diagnostic[];
  readonly files: FileReport[];
}

/** An input file as last seen: its size and modification time vouch for its content hash. */
interface FileRecord {
  size: number;
  mtimeMs: number;
  kind: KnownFile['kind'];
  /** Content hash (pages and specs). */
  hash?: string;
  /** When the content was hashed. */
  checkedAt: number;
}

/** What the manifest records of each input file and spec: parsed only by a run the listing does not vouch for. */
interface ManifestRecords {
  /** Input files by input-relative name. */
  files: Record<string, FileRecord>;
  /** Every document the last import of each spec read or tried (absolute paths; URLs make it uncacheable). */
  specs: Record<string, string[]>;
  /** Those documents: absent from disk is `null`. */
  documents: Record<string, FileRecord | null>;
}

/**
 * What vouches for every input file at once: the input's listing (`ListedInput.stated`: names,
 * sizes and times, as input-listing.ts keeps them) when the last run was made, and what else
 * decided it (`fingerprint`: the settings and what loading reported). Kept only when every file
 * listed had a record that vouches for it (none too new for its time to, none that could not be
 * read) and no input was a spec (a spec's key is the content of every file it reads, in the input
 * or not).
 */
interface ListingRecord {
  /** The listing's length in bytes: the listing follows the manifest's first line. */
  bytes: number;
  /** How many files it lists. */
  files: number;
  fingerprint: string;
  /** How many pages, and how many bytes of them, the run read (`GenerateStats`). */
  pages: number;
  pageBytes: number;
}

/** The manifest's first line: what a run the listing vouches for reads, and nothing else. */
interface ManifestHead {
  version: string;
  /** The cache's key (`PageCache.open`): the folder is named by a hash of it, which may collide. */
  key: string;
  run?: RunRecord;
  listing?: ListingRecord;
}

/** A run the listing vouched for, as `unchangedRun` gives it. */
export interface UnchangedRun {
  run: RunRecord;
  pages: number;
  pageBytes: number;
}

/** The last manifest: its first line parsed, its listing as bytes, its records parsed when first asked for. */
class LastManifest {
  #records: ManifestRecords | undefined;

  constructor(
    readonly head: ManifestHead,
    readonly listing: Buffer,
    private readonly rest: Buffer,
  ) {}

  get records(): ManifestRecords {
    this.#records ??= parseRecords(this.rest);
    return this.#records;
  }
}

const emptyRecords = (): ManifestRecords => ({ files: {}, specs: {}, documents: {} });

/** SHA-256 of the parts, each followed by a NUL (given to the hash at once: a run's key has a part per page). */
export function hashText(...parts: string[]): string {
  return nodeCrypto()
    .createHash('sha256')
    .update(`${parts.join('\0')}\0`)
    .digest('hex');
}

/**
 * A folder name for `text`: its 64-bit FNV-1a hash, in hex. Not node's SHA-256, whose module a run
 * the cache answers does not load (node-crypto.ts); two keys of one name only miss each other's
 * cache, as the manifest keeps the whole key.
 */
function folderName(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}

/** `node_modules/.cache/specdown` of the nearest folder (from `cwd` up) that has a package.json. */
export function defaultCacheDir(cwd: string): string {
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'node_modules', '.cache', 'specdown');
    const parent = path.dirname(dir);
    if (parent === dir) return path.join(path.resolve(cwd), 'node_modules', '.cache', 'specdown');
    dir = parent;
  }
}

/**
 * The incremental cache of one input with one set of settings, in a folder named by a key that
 * includes specdown's build (an upgrade or a settings change starts afresh):
 * - `manifest`: a first line of JSON, the last run (its key, output paths, how many diagnostics of
 *   each code and severity) and what vouches for every input file at once (`ListingRecord`); then
 *   the input's listing as it was (names, sizes, times); then, in JSON, every input file's size,
 *   modification time and content hash, and the documents each spec read. A run first lists and
 *   stats the input: when the listing and the settings are the last run's, the last run is the
 *   answer, and nothing but the first line is parsed. Otherwise files whose size and time match
 *   their record are not read, and when every hash and the settings match, the last run is the
 *   answer: nothing else is parsed or written;
 * - `output-<run>-reports.json`: that run's diagnostics and per-file reports (a line of JSON each),
 *   checked against the size and SHA-256 the manifest keeps, parsed only if a caller asks for them;
 * - `pages-*.jsonl`, `specs-*.jsonl` (page-store.ts): what reading each page and importing each
 *   spec gave, by content hash, for runs where something changed;
 * - `output-<run>-<n>`: the last run's outputs, read only if a caller asks for their text.
 * Safe to delete at any time; a damaged file is treated as missing.
 */
export class PageCache {
  readonly pages: PageStore;
  readonly specs: PageStore;
  /** The last run's merged document, item by item (merged-store.ts). */
  readonly merged: PageStore;
  readonly #next: ManifestRecords & { run?: RunRecord } = emptyRecords();
  /** The listing and fingerprint of this run's input (`noteListing`). */
  #listing: { files: readonly StatedFile[]; fingerprint: string; pages: number; pageBytes: number } | undefined;
  /** Set when the listing vouched for every input file: the manifest stays as it is. */
  #unchanged = false;
  #outputs: RunFiles | undefined;

  private constructor(
    private readonly dir: string,
    private readonly key: string,
    private readonly last: LastManifest,
  ) {
    this.pages = new PageStore(dir, 'pages');
    this.specs = new PageStore(dir, 'specs');
    // Smaller shards: a patched run rewrites one per item it patches.
    this.merged = new PageStore(dir, 'merged', 256, MERGED_APART);
  }

  static async open(cacheDir: string, key: string): Promise<PageCache> {
    const dir = path.join(cacheDir, folderName(`${VERSION}\0${key}`));
    const manifest = readManifest(path.join(dir, MANIFEST), key);
    return new PageCache(dir, key, manifest ?? new LastManifest({ version: VERSION, key }, Buffer.alloc(0), Buffer.from('{}')));
  }

  /**
   * The last run, when the input's listing and fingerprint are the ones it was made from (and
   * kept, `ListingRecord`): every file is as it was then, so the run is the answer, and no file's
   * record is looked at. The manifest is then left as it is.
   */
  unchangedRun(files: readonly StatedFile[], fingerprint: string): UnchangedRun | undefined {
    const { listing: record } = this.last.head;
    const run = this.lastRun();
    if (!record || !run || record.fingerprint !== fingerprint || record.files !== files.length) return undefined;
    if (record.bytes !== this.last.listing.length || !sameListing(this.last.listing, files)) return undefined;
    return { run, pages: record.pages, pageBytes: record.pageBytes };
  }

  /** Keeps the last run (`unchangedRun` gave it) and the manifest as they are. */
  keepUnchanged(run: RunRecord): void {
    this.keepRun(run);
    this.#unchanged = true;
  }

  /**
   * Records the input's listing (`files`, as listed) and fingerprint for the next run, with the
   * pages and bytes read: kept if every file listed is recorded and vouched for (`save`).
   */
  noteListing(files: readonly StatedFile[], fingerprint: string, pages: number, pageBytes: number): void {
    this.#listing = { files, fingerprint, pages, pageBytes };
  }

  /** Loading options that let the cache vouch for files whose size and modification time it knows (stat first). */
  loadOptions(): LoadOptions {
    return {
      known: (file, size, mtimeMs) => {
        const known = this.known(file, size, mtimeMs);
        if (known?.kind === 'none') this.noteFile(file, { size, mtimeMs, kind: 'none' });
        return known;
      },
      onNotSpec: (file, size, mtimeMs) => this.noteFile(file, { size, mtimeMs, kind: 'none' }),
    };
  }

  /** What the last run learned of `file`, if its size and modification time vouch that it is unchanged. */
  known(file: string, size: number, mtimeMs: number): (KnownFile & { hash?: string }) | undefined {
    const record = this.last.records.files[file];
    if (!record || !vouches(record, size, mtimeMs)) return undefined;
    return record.hash === undefined ? { kind: record.kind } : { kind: record.kind, hash: record.hash };
  }

  /** Records `file` for the next run (every input file, every run). */
  noteFile(file: string, { size, mtimeMs, kind, hash }: { size: number; mtimeMs: number; kind: KnownFile['kind']; hash?: string }): void {
    const last = this.last.records.files[file];
    const reused = last && last.hash === hash && vouches(last, size, mtimeMs);
    this.#next.files[file] = reused ? last : { size, mtimeMs, kind, ...(hash === undefined ? {} : { hash }), checkedAt: Date.now() };
  }

  /**
   * The key of `file`'s import: the content hashes of every document its last import read (stat
   * first, as for input files). Undefined when there is no record or a document was remote.
   */
  async specKey(file: string, settings: string): Promise<string | undefined> {
    const documents = this.last.records.specs[file];
    if (!documents) return undefined;
    const key = await this.#specKey(file, documents, settings, this.last.records.documents);
    if (key !== undefined) this.#next.specs[file] = documents;
    return key;
  }

  /** Records the documents `file`'s import read; returns its key (undefined: not cacheable). */
  async noteSpec(file: string, documents: readonly string[], settings: string): Promise<string | undefined> {
    const key = await this.#specKey(file, documents, settings, {});
    if (key !== undefined) this.#next.specs[file] = [...documents];
    return key;
  }

  async #specKey(
    file: string,
    documents: readonly string[],
    settings: string,
    known: Record<string, FileRecord | null>,
  ): Promise<string | undefined> {
    if (documents.some((id) => /^[a-z][a-z0-9+.-]+:\/\//i.test(id))) return undefined;
    const hashes: string[] = [];
    for (const id of [...documents].sort()) {
      const record = this.#next.documents[id] ?? (await documentRecord(id, known[id]));
      this.#next.documents[id] = record;
      hashes.push(id, record?.hash ?? 'missing');
    }
    return hashText('spec', file, settings, ...hashes);
  }

  /** The last run, whatever its key. */
  lastRun(): RunRecord | undefined {
    const run = this.last.head.run;
    return run && Array.isArray(run.outputs) && typeof run.tally === 'object' && typeof run.reports === 'object' ? run : undefined;
  }

  /** The pages the last run read, with their content hashes. */
  lastPages(): Map<string, string> {
    const pages = new Map<string, string>();
    for (const [file, record] of Object.entries(this.last.records.files))
      if (record.kind === 'page' && record.hash) pages.set(file, record.hash);
    return pages;
  }

  /** The last run, if its key is `key`. */
  getRun(key: string): RunRecord | undefined {
    const run = this.lastRun();
    return run?.key === key ? run : undefined;
  }

  /**
   * `run`'s diagnostics and file reports, each parsed when first asked for; undefined when their
   * file is missing, or not of the size and SHA-256 the manifest keeps (damaged, or half there).
   */
  runReports(run: RunRecord): RunReports | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.#reportsFile(run.key));
    } catch {
      return undefined;
    }
    if (bytes.length !== run.reports.size || sha256(bytes) !== run.reports.sha256) return undefined;
    const end = bytes.indexOf(0x0a);
    return end < 0 ? undefined : parsedLater(bytes, end);
  }

  /** Keeps `run` for the next run as it is: it was given again. */
  keepRun(run: RunRecord): void {
    this.#next.run = run;
    this.#outputs = undefined;
  }

  /**
   * Keeps `run` for the next: its reports are written beside its outputs (`contents`, if given;
   * `layout`, JSON, says where their pieces are), the manifest keeps their counts.
   */
  setRun(run: CachedRun, contents?: readonly FileContents[], layout?: string): void {
    const { diagnostics, files, ...kept } = run;
    const reports = Buffer.from(`${JSON.stringify(diagnostics)}\n${JSON.stringify(files ?? [])}`);
    this.#next.run = { ...kept, tally: tallyOf(diagnostics), reports: { size: reports.length, sha256: sha256(reports) } };
    this.#outputs = { key: run.key, contents: contents ? [...contents] : [], reports, ...(layout === undefined ? {} : { layout }) };
  }

  /**
   * Writes the outputs `setRun` was given now rather than in `save`: a patched run's outputs are
   * those files (`runOutputs`), so it must know they are there. False when they could not be written.
   */
  async writeRunOutputs(): Promise<boolean> {
    const outputs = this.#outputs;
    if (!outputs) return false;
    try {
      await this.#writeOutputs(outputs);
      outputs.written = true;
      return true;
    } catch {
      return false;
    }
  }

  /** The layout (JSON) of a cached run's outputs, if it was kept. */
  async runLayout(run: Pick<RunRecord, 'key'>): Promise<string | undefined> {
    return readFile(this.#layoutFile(run.key), 'utf8').catch(() => undefined);
  }

  /**
   * The outputs of a cached run, stamped with its key; each one's text (and its UTF-8 bytes) is
   * read only if a caller asks for it, and writers copy the file that holds it (`cachedFile`).
   */
  runOutputs(run: Pick<RunRecord, 'key' | 'outputs'>): OutputFile[] {
    return run.outputs.map((file, index) => {
      let bytes: Buffer | undefined;
      let contents: string | undefined;
      const cachedFile = this.#outputFile(run.key, index);
      const read = () => (bytes ??= readFileSync(cachedFile));
      const output = { path: file, stamp: run.key } as OutputFile;
      Object.defineProperty(output, 'cachedFile', { enumerable: false, value: cachedFile });
      Object.defineProperty(output, 'bytes', { enumerable: false, get: read });
      return Object.defineProperty(output, 'contents', { enumerable: true, get: () => (contents ??= read().toString('utf8')) });
    });
  }

  /** Serialises `value` for a store: JSON plus the places it shares objects. */
  static entry(hash: string, value: unknown): { hash: string; json: string; shared: ReturnType<typeof findSharedRefs> } {
    return { hash, json: JSON.stringify(value), shared: findSharedRefs(value) };
  }

  /**
   * Writes what changed, each file atomically, the manifest last (it must never name a run whose
   * outputs are not there). A failure to cache never fails the run.
   */
  async save(): Promise<void> {
    try {
      await this.pages.save();
      await this.specs.save();
      if (this.#outputs && !this.#outputs.written) await this.#writeOutputs(this.#outputs);
      await this.merged.save();
      if (this.#unchanged) return;
      const listing = this.#listingRecord();
      if (!this.#changed(listing)) return;
      const { run, ...records } = this.#next;
      const head: ManifestHead = {
        version: VERSION,
        key: this.key,
        ...(run ? { run } : {}),
        ...(listing ? { listing: listing.record } : {}),
      };
      // The first line, the listing, the records: a run the listing vouches for parses the first line only.
      await writeFileAtomic(
        path.join(this.dir, MANIFEST),
        Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), listing?.bytes ?? Buffer.alloc(0), Buffer.from(JSON.stringify(records))]),
      );
      // Outputs of runs the manifest no longer names.
      const keep = this.#next.run ? `output-${this.#next.run.key.slice(0, 24)}-` : undefined;
      for (const name of await readdir(this.dir)) {
        if (name.startsWith('output-') && (!keep || !name.startsWith(keep))) await rm(path.join(this.dir, name), { force: true });
      }
    } catch {
      // The cache is an optimisation only.
    }
  }

  async #writeOutputs(outputs: RunFiles): Promise<void> {
    for (const [index, contents] of outputs.contents.entries()) await writeFileAtomic(this.#outputFile(outputs.key, index), contents);
    // Checked against the outputs (the layout) or the manifest (the reports) before every use: no flush to disk.
    if (outputs.layout !== undefined) await writeFileAtomic(this.#layoutFile(outputs.key), outputs.layout, { durable: false });
    await writeFileAtomic(this.#reportsFile(outputs.key), outputs.reports, { durable: false });
  }

  /**
   * The listing to keep (`ListingRecord`), if it vouches for every file: there was a run, every
   * file listed has a record that vouches for it by its size and time, and none is a spec.
   */
  #listingRecord(): { record: ListingRecord; bytes: Buffer } | undefined {
    const listing = this.#listing;
    if (!listing || !this.#next.run || listing.pages === 0 || Object.keys(this.#next.specs).length > 0) return undefined;
    const records = Object.values(this.#next.files);
    if (records.length !== listing.files.length) return undefined;
    if (records.some((record) => record.kind === 'spec' || isRacy(record.mtimeMs, record.checkedAt))) return undefined;
    const bytes = encodeListing(listing.files);
    const { fingerprint, pages, pageBytes } = listing;
    return { record: { bytes: bytes.length, files: listing.files.length, fingerprint, pages, pageBytes }, bytes };
  }

  /** Whether the next manifest differs from the last (records are reused as the same objects when unchanged). */
  #changed(listing: { record: ListingRecord; bytes: Buffer } | undefined): boolean {
    const next = this.#next;
    const last = this.last.records;
    const kept = this.last.head.listing;
    const keptListing = listing
      ? kept?.fingerprint === listing.record.fingerprint &&
        kept.files === listing.record.files &&
        kept.pages === listing.record.pages &&
        kept.pageBytes === listing.record.pageBytes &&
        listing.bytes.equals(this.last.listing)
      : kept === undefined;
    if (!keptListing) return true;
    const same = <T>(a: Record<string, T>, b: Record<string, T>, equal: (x: T, y: T) => boolean) => {
      const keys = Object.keys(a);
      return keys.length === Object.keys(b).length && keys.every((key) => key in b && equal(a[key]!, b[key]!));
    };
    return !(
      same(next.files, last.files, (a, b) => a === b) &&
      same(next.specs, last.specs, (a, b) => a.join('\0') === b.join('\0')) &&
      same(next.documents, last.documents, (a, b) => a === b) &&
      next.run?.key === this.last.head.run?.key
    );
  }

  #outputFile(key: string, index: number): string {
    return path.join(this.dir, `output-${key.slice(0, 24)}-${index}`);
  }

  #layoutFile(key: string): string {
    return path.join(this.dir, `output-${key.slice(0, 24)}-layout.json`);
  }

  #reportsFile(key: string): string {
    return path.join(this.dir, `output-${key.slice(0, 24)}-reports.json`);
  }
}

/** What `setRun` was given to write beside the manifest. */
interface RunFiles {
  key: string;
  contents: FileContents[];
  layout?: string;
  /** The diagnostics' JSON, a line break, the file reports' JSON. */
  reports: Buffer;
  written?: boolean;
}

function sha256(bytes: Uint8Array): string {
  return nodeCrypto().createHash('sha256').update(bytes).digest('hex');
}

/** Diagnostics by `severity code`: how many. */
function tallyOf(diagnostics: readonly Diagnostic[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const { severity, code } of diagnostics) tally[`${severity} ${code}`] = (tally[`${severity} ${code}`] ?? 0) + 1;
  return tally;
}

/** The reports in `bytes` (checked), the diagnostics before `end`, the file reports after it: each parsed once, when asked for. */
function parsedLater(bytes: Buffer, end: number): RunReports {
  let diagnostics: Diagnostic[] | undefined;
  let files: FileReport[] | undefined;
  return {
    get diagnostics() {
      diagnostics ??= JSON.parse(bytes.toString('utf8', 0, end)) as Diagnostic[];
      return diagnostics;
    },
    get files() {
      files ??= JSON.parse(bytes.toString('utf8', end + 1)) as FileReport[];
      return files;
    },
  };
}

function vouches(record: FileRecord, size: number, mtimeMs: number): boolean {
  return record.size === size && record.mtimeMs === mtimeMs && !isRacy(mtimeMs, record.checkedAt);
}

/** A spec document's record: the known one if its stat vouches for it, else hashed now (`null`: not on disk). */
async function documentRecord(id: string, known: FileRecord | null | undefined): Promise<FileRecord | null> {
  try {
    const { size, mtimeMs } = await stat(id);
    if (known && vouches(known, size, mtimeMs)) return known;
    const text = await readFile(id, 'utf8');
    return { size, mtimeMs, kind: 'none', hash: hashText(text), checkedAt: Date.now() };
  } catch {
    return null;
  }
}

/** The manifest's file: not JSON as a whole (`save`). */
const MANIFEST = 'manifest';

/** The last manifest, if it is whole and this build's; its records are parsed only when first asked for. */
function readManifest(file: string, key: string): LastManifest | undefined {
  try {
    // Synchronous: the run waits for it, and has nothing else to do meanwhile.
    const bytes = readFileSync(file);
    const end = bytes.indexOf(0x0a);
    if (end < 0) return undefined;
    const head = JSON.parse(bytes.toString('utf8', 0, end)) as ManifestHead;
    if (head === null || typeof head !== 'object' || head.version !== VERSION || head.key !== key) return undefined;
    const length = head.listing?.bytes ?? 0;
    if (!Number.isInteger(length) || length < 0 || end + 1 + length > bytes.length) return undefined;
    return new LastManifest(head, bytes.subarray(end + 1, end + 1 + length), bytes.subarray(end + 1 + length));
  } catch {
    return undefined;
  }
}

/** The records after the listing; damaged, none (every file is then read and hashed again). */
function parseRecords(bytes: Buffer): ManifestRecords {
  try {
    const data = JSON.parse(bytes.toString('utf8')) as ManifestRecords;
    if ([data.files, data.specs, data.documents].every((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) return data;
  } catch {
    // Damaged: as if absent.
  }
  return emptyRecords();
}
