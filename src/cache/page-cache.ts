import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ApiDocument } from '../ir/types.js';
import type { PageResult } from '../read-page.js';
import { VERSION } from '../version.js';

/** A finished run, kept so that a run over unchanged inputs can skip merge and emit. */
export interface CachedRun {
  key: string;
  document: ApiDocument;
  outputs: Array<{ path: string; contents: string }>;
  diagnostics: Diagnostic[];
}

interface CacheFile {
  version: string;
  /** Input-relative file → content hash and what reading it gave. */
  pages: Record<string, { hash: string; result: PageResult }>;
  run?: CachedRun;
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
 * Per input file: content hash → its parsed result. One JSON file per (input folder, settings),
 * named by a key that includes specdown's version, so an upgrade or a config change starts
 * afresh. Safe to delete at any time; a damaged file is treated as empty.
 */
export class PageCache {
  private constructor(
    private readonly file: string,
    private readonly data: CacheFile,
    private dirty = false,
  ) {}

  static async open(cacheDir: string, key: string): Promise<PageCache> {
    const file = path.join(cacheDir, `pages-${hashText(VERSION, key).slice(0, 24)}.json`);
    let data: CacheFile = { version: VERSION, pages: {} };
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
      if (parsed && parsed.version === VERSION && typeof parsed.pages === 'object') data = parsed;
    } catch {
      // missing or damaged: start empty
    }
    return new PageCache(file, data);
  }

  get(file: string, hash: string): PageResult | undefined {
    const entry = this.data.pages[file];
    return entry && entry.hash === hash ? entry.result : undefined;
  }

  set(file: string, hash: string, result: PageResult): void {
    this.data.pages[file] = { hash, result };
    this.dirty = true;
  }

  /** Drops entries of files no longer in the input. */
  retain(files: ReadonlySet<string>): void {
    for (const file of Object.keys(this.data.pages)) {
      if (!files.has(file)) {
        delete this.data.pages[file];
        this.dirty = true;
      }
    }
  }

  getRun(key: string): CachedRun | undefined {
    return this.data.run?.key === key ? this.data.run : undefined;
  }

  setRun(run: CachedRun): void {
    this.data.run = run;
    this.dirty = true;
  }

  /** Writes the cache atomically (temp file + rename); a failure to cache never fails the run. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const temp = `${this.file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(temp, JSON.stringify(this.data));
      await rename(temp, this.file);
      this.dirty = false;
    } catch {
      await rm(temp, { force: true }).catch(() => undefined);
    }
  }
}
