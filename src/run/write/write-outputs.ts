import { readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from '../result.js';
import { stageFile } from './atomic-file.js';
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
      const existing = await readFile(target, 'utf8').catch(() => undefined);
      const status: FileStatus = existing === undefined ? 'new' : existing === output.contents ? 'unchanged' : 'changed';
      if (info && status === 'unchanged') stamps?.record(target, output.stamp!, info.size, info.mtimeMs);
      return { path: output.path, status };
    }),
  );
  return { files, stale: files.filter((f) => f.status !== 'unchanged').map((f) => f.path) };
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
      return { temp: await stageFile(target, output.contents), target };
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
