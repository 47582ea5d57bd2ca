import type { Evidence } from '../../src/readers/types.js';

/** The reason of a reader's detection (a bare reason or weighed evidence). */
export function reasonOf(found: Evidence | string | undefined): string | undefined {
  return typeof found === 'object' ? found.reason : found;
}
