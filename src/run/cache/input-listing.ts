/**
 * The input's listing as the cache's manifest keeps it (`ListedInput.stated`: every file's name,
 * size and modification time, in the order the folders list them), and its comparison with this
 * run's. Kept as numbers and names apart: every file's size and time as two float64s, then every
 * name in UTF-8, each followed by a NUL (a file name holds none). A no-change run compares each
 * file's numbers and name where they are, building no text per file (a listing as one string per
 * run, 265 KB at 3,262 pages, was a tenth of such a run's CPU, with the garbage it left).
 */
import type { StatedFile } from '../../input/load-files.js';

/** `files` as the manifest keeps them. */
export function encodeListing(files: readonly StatedFile[]): Buffer {
  const numbers = new Float64Array(files.length * 2);
  for (const [index, { size, mtimeMs }] of files.entries()) {
    numbers[index * 2] = size;
    numbers[index * 2 + 1] = mtimeMs;
  }
  let names = '';
  for (const { file } of files) names += `${file}\0`;
  return Buffer.concat([new Uint8Array(numbers.buffer), Buffer.from(names)]);
}

/** Whether `bytes` (`encodeListing`) lists `files`: the same names, sizes and times in the same order. */
export function sameListing(bytes: Uint8Array, files: readonly StatedFile[]): boolean {
  const numbersLength = files.length * 16;
  if (bytes.length < numbersLength) return false;
  // Copied out, so that the float64s are aligned whatever the offset of the listing in the manifest.
  const numbers = new Float64Array(files.length * 2);
  new Uint8Array(numbers.buffer).set(bytes.subarray(0, numbersLength));
  const names = Buffer.from(bytes.buffer, bytes.byteOffset + numbersLength, bytes.length - numbersLength).toString('utf8');
  let at = 0;
  for (let index = 0; index < files.length; index++) {
    const { file, size, mtimeMs } = files[index]!;
    if (numbers[index * 2] !== size || numbers[index * 2 + 1] !== mtimeMs) return false;
    if (!names.startsWith(file, at) || names.charCodeAt(at + file.length) !== 0) return false;
    at += file.length + 1;
  }
  return at === names.length;
}
