/** Files written atomically: in full and flushed to a temporary file beside the target, then renamed onto it. */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `contents` in full, flushed, to a new temporary file beside `target` (creating its folder)
 * and returns that file's path; renaming it onto `target` is the caller's atomic step. On failure
 * the temporary file is removed.
 */
export async function stageFile(target: string, contents: string): Promise<string> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.specdown-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(contents, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return temp;
}

/** One file, atomically: staged beside it, then renamed into place. */
export async function writeFileAtomic(target: string, contents: string): Promise<void> {
  const temp = await stageFile(target, contents);
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
