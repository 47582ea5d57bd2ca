import { statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The package version; part of every cache key and of the generated files' header. */
export const VERSION: string = (require('../package.json') as { version: string }).version;

/**
 * The version plus the time of the build (the compiler's build-info file beside the built code):
 * part of the cache key, so that a rebuilt specdown never reuses what an older build made, even
 * before the version changes (as in development).
 */
export const BUILD_ID: string = `${VERSION}+${buildTime()}`;

function buildTime(): string {
  try {
    return String(statSync(new URL('./.tsbuildinfo', import.meta.url)).mtimeMs);
  } catch {
    return 'source';
  }
}
