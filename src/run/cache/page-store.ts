/**
 * What reading each input file gave, by file and content hash, stored as JSON (plus the places
 * it shares objects, shared-refs.ts) in a fixed number of shard files. A one-page change rewrites
 * the one shard that page falls in, not the whole store; a run that reuses its whole last run
 * never opens the store.
 *
 * A shard is one line per file: `["file","hash",sharedRefs]` TAB `json`. JSON escapes tabs and
 * line breaks inside strings, so neither can occur inside a field. A damaged line is skipped.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../write/atomic-file.js';
import { restoreSharedRefs, type SharedRefs } from './shared-refs.js';

const SHARDS = 32;

export interface StoredValue {
  hash: string;
  json: string;
  shared: SharedRefs;
}

export class PageStore {
  #shards: Promise<Array<Map<string, StoredValue>>> | undefined;
  #loaded: Array<Map<string, StoredValue>> | undefined;
  readonly #dirty = new Set<number>();

  /** Shards are `<dir>/<prefix>-<n>.jsonl`. */
  constructor(
    private readonly dir: string,
    private readonly prefix: string,
  ) {}

  /** The value stored for `file` if its hash is `hash`, parsed with its sharing restored. */
  async get<T>(file: string, hash: string): Promise<T | undefined> {
    return parseEntry<T>((await this.#load())[shardOf(file)]!.get(file), hash);
  }

  /** `get`, reading the store synchronously if it is not loaded yet (for lazy getters). */
  getSync<T>(file: string, hash: string): T | undefined {
    this.#loaded ??= Array.from({ length: SHARDS }, (_, shard) => parseShard(readText(this.#shardFile(shard))));
    this.#shards ??= Promise.resolve(this.#loaded);
    return parseEntry<T>(this.#loaded[shardOf(file)]!.get(file), hash);
  }

  async set(file: string, value: StoredValue): Promise<void> {
    const shard = shardOf(file);
    (await this.#load())[shard]!.set(file, value);
    this.#dirty.add(shard);
  }

  /** Drops the entries of files not in `files`. */
  async retain(files: ReadonlySet<string>): Promise<void> {
    const shards = await this.#load();
    shards.forEach((entries, shard) => {
      for (const file of entries.keys()) {
        if (files.has(file)) continue;
        entries.delete(file);
        this.#dirty.add(shard);
      }
    });
  }

  /** Rewrites the shards that changed, each atomically. */
  async save(): Promise<void> {
    if (this.#dirty.size === 0 || !this.#shards) return;
    const shards = await this.#shards;
    for (const shard of [...this.#dirty].sort((a, b) => a - b)) {
      const entries = shards[shard]!;
      const file = this.#shardFile(shard);
      if (entries.size === 0) {
        await rm(file, { force: true });
        continue;
      }
      let text = '';
      for (const [name, entry] of entries) text += `${JSON.stringify([name, entry.hash, entry.shared])}\t${entry.json}\n`;
      await writeFileAtomic(file, text);
    }
    this.#dirty.clear();
  }

  #load(): Promise<Array<Map<string, StoredValue>>> {
    this.#shards ??= Promise.all(
      Array.from({ length: SHARDS }, async (_, shard) => parseShard(await readFile(this.#shardFile(shard), 'utf8').catch(() => ''))),
    ).then((shards) => (this.#loaded ??= shards));
    return this.#shards;
  }

  #shardFile(shard: number): string {
    return path.join(this.dir, `${this.prefix}-${shard}.jsonl`);
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

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function shardOf(file: string): number {
  return createHash('sha1').update(file).digest().readUInt32BE(0) % SHARDS;
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
