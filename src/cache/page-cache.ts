import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ApiDocument } from '../ir/types.js';
import type { FileReport } from '../pipeline.js';
import type { PageResult } from '../read-page.js';
import { BUILD_ID as VERSION } from '../version.js';
import { writeFileAtomic } from '../write/write-outputs.js';

/** A finished run, kept so that a run over unchanged inputs can skip parsing, merge and emit. */
export interface CachedRun {
  key: string;
  outputs: Array<{ path: string; contents: string }>;
  diagnostics: Diagnostic[];
  operations: number;
  schemas: number;
  /** Which reader read each file, and why. */
  files?: FileReport[];
}

interface PagesFile {
  version: string;
  /** Input-relative file → content hash and what reading it gave. */
  pages: Record<string, { hash: string; result: PageResult }>;
}

export function hashText(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
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
 * The incremental cache of one input folder with one set of settings, in three files named by a
 * key that includes specdown's version (an upgrade or a settings change starts afresh):
 * - `pages-…json`: per input file, its content hash and what reading it gave;
 * - `run-…json`: the last run's outputs and diagnostics, reused whole when nothing changed;
 * - `document-…json`: that run's IR, read only if a caller asks for it.
 * A run over unchanged inputs reads only the small run file. Safe to delete at any time; a damaged
 * file is treated as missing.
 */
export class PageCache {
  /** Loaded once, on first use; concurrent callers share the one read. */
  #pages: Promise<PagesFile> | undefined;
  #pagesDirty = false;
  #run: { run: CachedRun; document: ApiDocument } | undefined;

  private constructor(private readonly base: string) {}

  static open(cacheDir: string, key: string): PageCache {
    return new PageCache(path.join(cacheDir, hashText(VERSION, key).slice(0, 24)));
  }

  /** The cached run with this key, and a lazy loader of its IR; undefined when there is none. */
  async getRun(key: string): Promise<{ run: CachedRun; document: () => ApiDocument } | undefined> {
    const run = await readJson<CachedRun & { version?: string }>(`${this.base}-run.json`);
    if (!run || run.version !== VERSION || run.key !== key) return undefined;
    const documentFile = `${this.base}-document.json`;
    let document: ApiDocument | undefined;
    return {
      run,
      document: () => (document ??= JSON.parse(readFileSync(documentFile, 'utf8')) as ApiDocument),
    };
  }

  setRun(run: CachedRun, document: ApiDocument): void {
    this.#run = { run, document };
  }

  async get(file: string, hash: string): Promise<PageResult | undefined> {
    const entry = (await this.#loadPages()).pages[file];
    return entry && entry.hash === hash ? entry.result : undefined;
  }

  async set(file: string, hash: string, result: PageResult): Promise<void> {
    (await this.#loadPages()).pages[file] = { hash, result };
    this.#pagesDirty = true;
  }

  /** Drops entries of files no longer in the input. */
  async retain(files: ReadonlySet<string>): Promise<void> {
    const data = await this.#loadPages();
    for (const file of Object.keys(data.pages)) {
      if (!files.has(file)) {
        delete data.pages[file];
        this.#pagesDirty = true;
      }
    }
  }

  /** Writes what changed, each file atomically (write/'s temp + rename); a failure to cache never fails the run. */
  async save(): Promise<void> {
    try {
      if (this.#pagesDirty && this.#pages) await writeFileAtomic(`${this.base}-pages.json`, JSON.stringify(await this.#pages));
      this.#pagesDirty = false;
      if (this.#run) {
        // The document first: a run file must never name a document that is not there.
        await writeFileAtomic(`${this.base}-document.json`, JSON.stringify(this.#run.document));
        await writeFileAtomic(`${this.base}-run.json`, JSON.stringify({ version: VERSION, ...this.#run.run }));
        this.#run = undefined;
      }
    } catch {
      // The cache is an optimisation only.
    }
  }

  #loadPages(): Promise<PagesFile> {
    this.#pages ??= readJson<PagesFile>(`${this.base}-pages.json`).then((data) =>
      data && data.version === VERSION && typeof data.pages === 'object' && data.pages !== null ? data : { version: VERSION, pages: {} },
    );
    return this.#pages;
  }
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
