import { statSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from '../result.js';
import { CHUNK_BYTES, chunks, stageFile } from './atomic-file.js';
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
      // Synchronous: a no-change run stats its outputs and reads none.
      const info = statSync(target, { throwIfNoEntry: false });
      if (info && output.stamp && stamps?.vouches(target, output.stamp, info.size, info.mtimeMs))
        return { path: output.path, status: 'unchanged' };
      // Of another size: changed, without reading it.
      if (info && info.size !== (await outputSize(output))) return { path: output.path, status: 'changed' };
      const status: FileStatus = output.cachedFile
        ? await compareFiles(target, output.cachedFile)
        : output.bytes
          ? await compareBytes(target, output.bytes)
          : await compareText(target, output.contents);
      if (info && output.stamp && status === 'unchanged') stamps?.record(target, output.stamp, info.size, info.mtimeMs);
      return { path: output.path, status };
    }),
  );
  return { files, stale: files.filter((f) => f.status !== 'unchanged').map((f) => f.path) };
}

/** The output's size in bytes: a cached copy's is stat'ed, not read. */
async function outputSize(output: OutputFile): Promise<number> {
  if (output.cachedFile) return (await stat(output.cachedFile)).size;
  return output.bytes?.length ?? Buffer.byteLength(output.contents);
}

/** `target` against the file `expected`, a few megabytes at a time. */
async function compareFiles(target: string, expected: string): Promise<FileStatus> {
  const handle = await open(target, 'r').catch(() => undefined);
  if (!handle) return 'new';
  try {
    const copy = await open(expected, 'r');
    try {
      const actual = Buffer.allocUnsafe(CHUNK_BYTES);
      const wanted = Buffer.allocUnsafe(CHUNK_BYTES);
      for (let position = 0; ; position += CHUNK_BYTES) {
        const [got, want] = await Promise.all([handle.read(actual, 0, CHUNK_BYTES, position), copy.read(wanted, 0, CHUNK_BYTES, position)]);
        if (got.bytesRead !== want.bytesRead || !actual.subarray(0, got.bytesRead).equals(wanted.subarray(0, want.bytesRead)))
          return 'changed';
        if (got.bytesRead === 0) return 'unchanged';
      }
    } finally {
      await copy.close();
    }
  } finally {
    await handle.close();
  }
}

/** `target` against `contents`, a few megabytes at a time (a whole output read as text would sit in memory beside it). */
async function compareText(target: string, contents: string): Promise<FileStatus> {
  const handle = await open(target, 'r').catch(() => undefined);
  if (!handle) return 'new';
  try {
    const expected = Buffer.allocUnsafe(CHUNK_BYTES);
    const actual = Buffer.allocUnsafe(CHUNK_BYTES);
    let position = 0;
    for (const chunk of chunks(contents)) {
      const length = expected.write(chunk);
      const { bytesRead } = await handle.read(actual, 0, length, position);
      if (bytesRead !== length || !actual.subarray(0, length).equals(expected.subarray(0, length))) return 'changed';
      position += length;
    }
    const { bytesRead } = await handle.read(actual, 0, 1, position);
    return bytesRead === 0 ? 'unchanged' : 'changed';
  } finally {
    await handle.close();
  }
}

/** `target` against `bytes`, a few megabytes at a time. */
async function compareBytes(target: string, bytes: Uint8Array): Promise<FileStatus> {
  const handle = await open(target, 'r').catch(() => undefined);
  if (!handle) return 'new';
  try {
    const actual = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let position = 0; ; position += CHUNK_BYTES) {
      const { bytesRead } = await handle.read(actual, 0, CHUNK_BYTES, position);
      const expected = bytes.subarray(position, position + CHUNK_BYTES);
      if (bytesRead !== expected.length || !actual.subarray(0, bytesRead).equals(expected)) return 'changed';
      if (bytesRead === 0) return 'unchanged';
    }
  } finally {
    await handle.close();
  }
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
      const contents = output.cachedFile ? { file: output.cachedFile, edits: [] } : (output.bytes ?? output.contents);
      return { temp: await stageFile(target, contents), target };
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
