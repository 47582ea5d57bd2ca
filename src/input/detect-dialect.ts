import { READERS } from '../readers/index.js';
import type { Detection, PageInput } from '../readers/types.js';

/**
 * Which dialect `page` is written in: the first reader (in priority order) that recognises it,
 * with its reason. `undefined` when none does — the caller reports `unknown-dialect`; never a guess.
 */
export function detectDialect(page: PageInput): Detection | undefined {
  for (const reader of READERS) {
    const reason = reader.detect(page);
    if (reason !== undefined) return { id: reader.id, reason };
  }
  return undefined;
}
