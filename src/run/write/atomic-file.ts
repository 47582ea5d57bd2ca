/** Files written atomically: in full to a temporary file beside the target, then renamed onto it. */
import { copyFile, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { nodeCrypto } from '../node-crypto.js';
import { type SplicedFile, writeSpliced } from './spliced-file.js';

/** What a file is written with: text, bytes, or another file's bytes with ranges replaced (spliced-file.ts). */
export type FileContents = string | Uint8Array | SplicedFile;

/**
 * Writes `contents` in full, flushed, to a new temporary file beside `target` (creating its folder)
 * and returns that file's path; renaming it onto `target` is the caller's atomic step. On failure
 * the temporary file is removed.
 */
export async function stageFile(target: string, contents: FileContents, durable = true): Promise<string> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.specdown-${process.pid}-${nodeCrypto().randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    // A whole copy is the file system's to make (no byte passes through this process).
    const copy = typeof contents === 'object' && 'edits' in contents && contents.edits.length === 0;
    if (copy) await copyFile(contents.file, temp);
    const handle = await open(temp, copy ? 'r+' : 'w');
    try {
      if (typeof contents === 'string') {
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        for (const chunk of chunks(contents)) await handle.write(buffer, 0, buffer.write(chunk));
      } else if ('edits' in contents) {
        if (!copy) await writeSpliced(handle, contents);
      } else await handle.writeFile(contents);
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

/** Text is written and compared a million code units at a time: a whole output's UTF-8 copy would sit in memory beside it. */
const CHUNK = 1024 * 1024;
/** What a chunk takes as UTF-8, at most. */
export const CHUNK_BYTES = CHUNK * 3;

export function* chunks(text: string): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + CHUNK);
    // Never between the two halves of a surrogate pair.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    yield text.slice(start, end);
    start = end;
  }
}

/**
 * One file, atomically: staged beside it, then renamed into place. `durable: false` skips the
 * flush to disk, for files whose loss or damage is noticed and costs only time (cache stores).
 */
export async function writeFileAtomic(target: string, contents: FileContents, { durable = true } = {}): Promise<void> {
  const temp = await stageFile(target, contents, durable);
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
