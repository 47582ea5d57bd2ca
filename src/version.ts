import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The package version; part of every cache key and of the generated files' header. */
export const VERSION: string = (require('../package.json') as { version: string }).version;
