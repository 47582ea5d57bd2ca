import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from '../pipeline.js';
import type { OutputStamps } from './output-stamps.js';

export type FileStatus = 'unchanged' | 'changed' | 'new';

export interface PlannedFile {
  /** Relative to the output folder. */
  path: string;
  status: FileStatus;
}

export interface WriteReport {
  files: PlannedFile[];
  /** Paths (relative to the output folder) that were, or in check mode would be, written. */
  stale: string[];
}

/**
 * Compares each output with what is on disk; writes nothing. With `stamps`, a file whose size and
 * modification time vouch that it holds the output's stamped text is not read.
 */
export async function planOutputs(outDir: string, outputs: readonly OutputFile[], stamps?: OutputStamps): Promise<WriteReport> {
  const files = await Promise.all(
    outputs.map(async (output): Promise<PlannedFile> => {
      const target = path.resolve(outDir, output.path);
      const info = output.stamp && stamps ? await stat(target).catch(() => undefined) : undefined;
      if (info && stamps?.vouches(target, output.stamp!, info.size, info.mtimeMs)) return { path: output.path, status: 'unchanged' };
      // Of another size: changed, without reading it.
      if (info && output.bytes && info.size !== output.bytes.length) return { path: output.path, status: 'changed' };
      const status: FileStatus = output.bytes ? await compareBytes(target, output.bytes) : await compareText(target, output.contents);
      if (info && status === 'unchanged') stamps?.record(target, output.stamp!, info.size, info.mtimeMs);
      return { path: output.path, status };
    }),
  );
  return { files, stale: files.filter((f) => f.status !== 'unchanged').map((f) => f.path) };
}

async function compareText(target: string, contents: string): Promise<FileStatus> {
  const existing = await readFile(target, 'utf8').catch(() => undefined);
  return existing === undefined ? 'new' : existing === contents ? 'unchanged' : 'changed';
}

async function compareBytes(target: string, bytes: Uint8Array): Promise<FileStatus> {
  const existing = await readFile(target).catch(() => undefined);
  return existing === undefined ? 'new' : existing.equals(bytes) ? 'unchanged' : 'changed';
}

/**
 * Writes the outputs that changed, in two phases: every changed file is first written in full
 * (and flushed) to a temporary file beside its target, and only when all of them are written are
 * they renamed into place. A failure or a kill before the renames leaves every previous file as it
 * was; each rename is atomic, so no file is ever seen half-written. Unchanged files are not
 * touched (their modification times stay, so watchers and build tools see no change). With
 * `stamps`, what was written is recorded there.
 */
export async function writeOutputs(outDir: string, outputs: readonly OutputFile[], stamps?: OutputStamps): Promise<WriteReport> {
  const report = await planOutputs(outDir, outputs, stamps);
  const toWrite = outputs.filter((output) => report.stale.includes(output.path));
  if (toWrite.length === 0) return report;
  // Staged side by side, so the flushes overlap; the renames only once every file is staged.
  const results = await Promise.allSettled(
    toWrite.map(async (output) => {
      const target = path.join(outDir, output.path);
      return { temp: await stageFile(target, output.bytes ?? output.contents), target };
    }),
  );
  const staged = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  try {
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    for (const { temp, target } of staged) await rename(temp, target);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const output of toWrite) {
    if (!output.stamp || !stamps) continue;
    const target = path.resolve(outDir, output.path);
    const info = await stat(target).catch(() => undefined);
    if (info) stamps.record(target, output.stamp, info.size, info.mtimeMs);
  }
  return report;
}

/**
 * Writes `contents` in full, flushed, to a new temporary file beside `target` (creating its folder)
 * and returns that file's path; renaming it onto `target` is the caller's atomic step. On failure
 * the temporary file is removed.
 */
async function stageFile(target: string, contents: string | Uint8Array, durable = true): Promise<string> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.specdown-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(contents);
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return temp;
}

/**
 * One file, atomically: staged beside it, then renamed into place. `durable: false` skips the
 * flush to disk, for files whose loss or damage is noticed and costs only time (cache stores).
 */
export async function writeFileAtomic(target: string, contents: string | Uint8Array, { durable = true } = {}): Promise<void> {
  const temp = await stageFile(target, contents, durable);
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
