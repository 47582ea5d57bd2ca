/**
 * Read a spec as it is at a git ref (`git show <ref>:<path>`), for `specdown diff --base <ref>`.
 * Files its `$ref`s name are read at the same ref.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { DiffInputError, type SpecInput } from './types.js';

function gitShow(ref: string, pathInRepo: string, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['show', `${ref}:${pathInRepo}`], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return reject(new DiffInputError('git is not installed or not on PATH'));
      const why = stderr.trim().split('\n')[0] ?? error.message;
      if (/not a git repository/i.test(why)) return reject(new DiffInputError(`${cwd} is not inside a git repository`));
      if (/invalid object name|unknown revision|bad revision/i.test(why))
        return reject(new DiffInputError(`unknown git ref \`${ref}\` (try \`git fetch\`): ${why}`));
      if (/does not exist|exists on disk, but not in/i.test(why))
        return reject(new DiffInputError(`${pathInRepo} does not exist at ${ref}`));
      reject(new DiffInputError(`git show ${ref}:${pathInRepo} failed: ${why}`));
    });
  });
}

/** Refuses anything that is not plainly a ref (a leading `-` would be read by git as an option). */
export function assertGitRef(ref: string): void {
  if (!/^[\w./@^~{}-]+$/.test(ref) || ref.startsWith('-')) throw new DiffInputError(`not a valid git ref: \`${ref}\``);
}

/** `pathInRepo` is relative to the repository root, or `./`-prefixed to mean relative to `cwd`. */
export async function loadSpecAtGitRef(ref: string, pathInRepo: string, cwd: string): Promise<SpecInput> {
  assertGitRef(ref);
  const file = pathInRepo.replace(/\\/g, '/');
  const text = await gitShow(ref, file, cwd);
  return {
    kind: 'text',
    text,
    label: `${ref}:${file}`,
    path: file,
    readFile: (other) => gitShow(ref, path.posix.normalize(other), cwd),
  };
}
