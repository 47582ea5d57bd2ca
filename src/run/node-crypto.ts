/**
 * `node:crypto`, loaded when first used: a run the cache answers from the input's listing hashes
 * nothing, and loading it (with node's streams, which its hashes are) took 8–10 ms of CPU in a
 * fresh process. Imported statically, every run loads it as the code loads.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
let loaded: typeof import('node:crypto') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  loaded ??= load('node:crypto') as typeof import('node:crypto');
  return loaded;
}
