/**
 * What the output folders held when a run last wrote or checked them: per file, the stamp of its
 * text (`OutputFile.stamp`: the cached run that made it), its size and its modification time. A
 * later run whose output has the same stamp, over a file of the same size and time, knows the
 * file is up to date without reading it — a no-change run reads no output. Kept in the cache
 * folder (`outputs.json`), never in the output folder.
 */
import { readFileSync } from 'node:fs';
import { BUILD_ID } from '../../version.js';
import { writeFileAtomic } from './atomic-file.js';

/**
 * A stamp as recorded: the run's key with the build that made its text. A run's key is its
 * settings' and inputs' (the same for every build), so without the build another specdown's
 * output (an upgrade's, a rebuilt one's) would vouch for this one's.
 */
function recorded(stamp: string): string {
  return `${BUILD_ID}\u0000${stamp}`;
}

interface Stamp {
  stamp: string;
  size: number;
  mtimeMs: number;
  checkedAt: number;
}

/**
 * A file modified this close to when it was looked at may change again without its modification
 * time moving (within the file system's timestamp granularity: whole seconds on some, a few
 * milliseconds on Linux), so its record vouches for nothing (git's "racy clean" rule).
 */
export function isRacy(mtimeMs: number, checkedAt: number): boolean {
  const granularity = Number.isInteger(mtimeMs / 1000) ? 2000 : 100;
  return checkedAt - mtimeMs < granularity;
}

export class OutputStamps {
  #dirty = false;

  private constructor(
    private readonly file: string,
    private readonly stamps: Record<string, Stamp>,
  ) {}

  static async open(file: string): Promise<OutputStamps> {
    try {
      // Synchronous: a few kilobytes the run waits for, and nothing else to do meanwhile.
      const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (data !== null && typeof data === 'object' && !Array.isArray(data)) return new OutputStamps(file, data as Record<string, Stamp>);
    } catch {
      // Missing or damaged: nothing is vouched for.
    }
    return new OutputStamps(file, {});
  }

  /** Whether `target` (absolute) is known to hold the text stamped `stamp`, by its size and time. */
  vouches(target: string, stamp: string, size: number, mtimeMs: number): boolean {
    const known = this.stamps[target];
    return known?.stamp === recorded(stamp) && known.size === size && known.mtimeMs === mtimeMs && !isRacy(mtimeMs, known.checkedAt);
  }

  /** Records that `target` holds the text stamped `stamp` (just written, or read and compared). */
  record(target: string, stamp: string, size: number, mtimeMs: number): void {
    const known = this.stamps[target];
    if (known?.stamp === recorded(stamp) && known.size === size && known.mtimeMs === mtimeMs && !isRacy(mtimeMs, known.checkedAt)) return;
    this.stamps[target] = { stamp: recorded(stamp), size, mtimeMs, checkedAt: Date.now() };
    this.#dirty = true;
  }

  /** A failure to save never fails the run: the stamps are an optimisation. */
  async save(): Promise<void> {
    if (!this.#dirty) return;
    await writeFileAtomic(this.file, JSON.stringify(this.stamps)).catch(() => undefined);
    this.#dirty = false;
  }
}
