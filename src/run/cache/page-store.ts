/**
 * What reading each input file gave, by file and content hash, stored as JSON (plus the places
 * it shares objects, shared-refs.ts) in a fixed number of shard files. A one-page change rewrites
 * the one shard that page falls in, not the whole store; a run that reuses its whole last run
 * never opens the store.
 *
 * A shard is one line per file: `["file","hash",sharedRefs]` TAB `json`. JSON escapes tabs and
 * line breaks inside strings, so neither can occur inside a field. A damaged line is skipped.
 * Large entries few runs read (the merged store's reads: merged-store.ts) can be kept apart, each
 * in a shard of its own (`<prefix>-<name>.jsonl`): a run that changes an item in the shard such an
 * entry would fall in then neither reads nor rewrites the entry (the required folds are 1.1 MB at
 * 3,262 pages, a merged shard 0.2 MB).
 */
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { nodeCrypto } from '../node-crypto.js';
import { writeFileAtomic } from '../write/atomic-file.js';
import { restoreSharedRefs, type SharedRefs } from './shared-refs.js';

/** Shards of a store: a one-page change reads and rewrites one of them (and the merged store one per item it patches). */
const SHARDS = 64;

export interface StoredValue {
  hash: string;
  json: string;
  shared: SharedRefs;
}

export class PageStore {
  /** Each shard, loaded on first use: a one-page change reads the one shard that page falls in. */
  readonly #shards: Array<Promise<Map<string, StoredValue>> | undefined>;
  readonly #loaded: Array<Map<string, StoredValue> | undefined>;
  readonly #dirty = new Set<number>();
  /** The files in each shard that `getMany` read without loading it: what `retain` checks before loading one. */
  readonly #names: Array<string[] | undefined>;

  /** Shards are `<dir>/<prefix>-<n>.jsonl`, and `<dir>/<prefix>-<name>.jsonl` for each of the names kept `apart`. */
  constructor(
    private readonly dir: string,
    private readonly prefix: string,
    private readonly count = SHARDS,
    private readonly apart: readonly string[] = [],
  ) {
    const shards = count + apart.length;
    this.#shards = Array.from({ length: shards });
    this.#loaded = Array.from({ length: shards });
    this.#names = Array.from({ length: shards });
  }

  /**
   * `get` for many files at once (every page of a run): each shard not loaded yet is read into one
   * buffer reused for all of them and only the wanted entries are decoded and parsed, one at a
   * time. Loading a shard keeps its whole text (87 MB at 3,262 pages), each a fresh large string
   * whose memory the system must map: that was most of the time a run which merges every page
   * spent reading the store. A shard read so is loaded again only if the run changes it.
   */
  getMany<T>(wanted: ReadonlyArray<{ file: string; hash: string }>): Array<T | undefined> {
    const byShard = new Map<number, Map<string, number[]>>();
    for (const [index, { file }] of wanted.entries()) {
      const shard = this.#shardOf(file);
      const files = byShard.get(shard) ?? new Map<string, number[]>();
      byShard.set(shard, files);
      files.set(file, [...(files.get(file) ?? []), index]);
    }
    const out: Array<T | undefined> = wanted.map(() => undefined);
    const reader = new ShardReader();
    for (const [shard, files] of [...byShard].sort(([a], [b]) => a - b)) {
      const entries = this.#loaded[shard];
      if (entries) {
        for (const [file, indexes] of files)
          for (const index of indexes) out[index] = parseEntry<T>(entries.get(file), wanted[index]!.hash);
        continue;
      }
      const names: string[] = [];
      reader.read(this.#shardFile(shard), (name, hash, shared, json) => {
        names.push(name);
        for (const index of files.get(name) ?? [])
          if (wanted[index]!.hash === hash) out[index] = parseEntry<T>({ hash, shared, json: json() }, hash);
      });
      this.#names[shard] = names;
    }
    return out;
  }

  /** The value stored for `file` if its hash is `hash`, parsed with its sharing restored. */
  async get<T>(file: string, hash: string): Promise<T | undefined> {
    return parseEntry<T>((await this.#load(this.#shardOf(file))).get(file), hash);
  }

  /** `get`, reading the store synchronously if it is not loaded yet (for lazy getters). */
  getSync<T>(file: string, hash: string): T | undefined {
    const shard = this.#shardOf(file);
    let entries = this.#loaded[shard];
    if (!entries) {
      entries = parseShard(readText(this.#shardFile(shard)));
      this.#loaded[shard] = entries;
      this.#shards[shard] ??= Promise.resolve(entries);
    }
    return parseEntry<T>(entries.get(file), hash);
  }

  /** What is stored for `file` (its JSON unparsed), whatever its hash. */
  async stored(file: string): Promise<StoredValue | undefined> {
    return (await this.#load(this.#shardOf(file))).get(file);
  }

  async set(file: string, value: StoredValue): Promise<void> {
    const shard = this.#shardOf(file);
    (await this.#load(shard)).set(file, value);
    this.#dirty.add(shard);
  }

  async delete(file: string): Promise<void> {
    const shard = this.#shardOf(file);
    if ((await this.#load(shard)).delete(file)) this.#dirty.add(shard);
  }

  /** Forgets every entry without reading the store (it is about to be written anew). */
  clear(): void {
    for (let shard = 0; shard < this.#shards.length; shard++) {
      const entries = new Map<string, StoredValue>();
      this.#loaded[shard] = entries;
      this.#shards[shard] = Promise.resolve(entries);
      this.#dirty.add(shard);
    }
  }

  /** Drops the entries of files not in `files`. */
  async retain(files: ReadonlySet<string>): Promise<void> {
    for (let shard = 0; shard < this.#shards.length; shard++) {
      const names = this.#loaded[shard] ? undefined : this.#names[shard];
      if (names?.every((name) => files.has(name))) continue;
      const entries = await this.#load(shard);
      for (const file of entries.keys()) {
        if (files.has(file)) continue;
        entries.delete(file);
        this.#dirty.add(shard);
      }
    }
  }

  /** Rewrites the shards that changed, each atomically. */
  async save(): Promise<void> {
    for (const shard of [...this.#dirty].sort((a, b) => a - b)) {
      const entries = await this.#load(shard);
      const file = this.#shardFile(shard);
      if (entries.size === 0) {
        await rm(file, { force: true });
        continue;
      }
      const lines: string[] = [];
      for (const [name, entry] of entries) lines.push(`${JSON.stringify([name, entry.hash, entry.shared])}\t${entry.json}\n`);
      // A damaged or lost shard only means pages read again: no flush to disk.
      await writeFileAtomic(file, lines.join(''), { durable: false });
    }
    this.#dirty.clear();
  }

  #load(shard: number): Promise<Map<string, StoredValue>> {
    this.#shards[shard] ??= Promise.resolve().then(() => (this.#loaded[shard] ??= parseShard(readText(this.#shardFile(shard)))));
    return this.#shards[shard];
  }

  #shardOf(file: string): number {
    const apart = this.apart.indexOf(file);
    if (apart >= 0) return this.count + apart;
    return nodeCrypto().createHash('sha1').update(file).digest().readUInt32BE(0) % this.count;
  }

  #shardFile(shard: number): string {
    return path.join(this.dir, `${this.prefix}-${shard < this.count ? shard : this.apart[shard - this.count]}.jsonl`);
  }
}

function parseEntry<T>(entry: StoredValue | undefined, hash: string): T | undefined {
  if (!entry || entry.hash !== hash) return undefined;
  try {
    const value = JSON.parse(entry.json) as T;
    restoreSharedRefs(value, entry.shared);
    return value;
  } catch {
    return undefined;
  }
}

/**
 * A shard's text, read at once (fs/promises reads a file in chunks, each a trip through the event
 * loop: 3–5× the time for the 87 MB of a 3,262-page store) and decoded as Latin-1 where it is
 * all ASCII, as stored JSON mostly is (the same string, made 2–4× faster than by UTF-8 decoding).
 */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return '';
  }
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * Reads shards one after another into one buffer, grown as needed, and hands each line's entry on
 * with its JSON decoded only if asked for. Tabs and line breaks never occur inside a UTF-8
 * sequence, so lines and fields are found in the bytes.
 */
class ShardReader {
  #buffer = Buffer.allocUnsafe(0);

  read(file: string, each: (name: string, hash: string, shared: SharedRefs, json: () => string) => void): void {
    let size: number;
    try {
      const fd = openSync(file, 'r');
      try {
        size = fstatSync(fd).size;
        if (size > this.#buffer.length) this.#buffer = Buffer.allocUnsafe(size + (size >> 2));
        for (let done = 0; done < size; ) {
          const read = readSync(fd, this.#buffer, done, size - done, done);
          if (read === 0) size = done;
          done += read;
        }
      } finally {
        closeSync(fd);
      }
    } catch {
      return;
    }
    const bytes = this.#buffer.subarray(0, size);
    const decode = isAscii(bytes)
      ? (start: number, end: number) => bytes.toString('latin1', start, end)
      : (start: number, end: number) => bytes.toString('utf8', start, end);
    for (let start = 0; start < size; ) {
      let end = bytes.indexOf(0x0a, start);
      if (end === -1) end = size;
      const tab = bytes.indexOf(0x09, start);
      if (tab !== -1 && tab < end) {
        try {
          const [name, hash, shared] = JSON.parse(decode(start, tab)) as [unknown, unknown, unknown];
          if (typeof name === 'string' && typeof hash === 'string' && Array.isArray(shared))
            each(name, hash, shared as SharedRefs, () => decode(tab + 1, end));
        } catch {
          // A damaged line: that file is read again.
        }
      }
      start = end + 1;
    }
  }
}

function parseShard(text: string): Map<string, StoredValue> {
  const entries = new Map<string, StoredValue>();
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab !== -1 && tab < end) {
      try {
        const [name, hash, shared] = JSON.parse(text.slice(start, tab)) as [unknown, unknown, unknown];
        if (typeof name === 'string' && typeof hash === 'string' && Array.isArray(shared))
          entries.set(name, { hash, shared: shared as SharedRefs, json: text.slice(tab + 1, end) });
      } catch {
        // A damaged line: that file is read again.
      }
    }
    start = end + 1;
  }
  return entries;
}
