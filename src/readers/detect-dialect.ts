import { READERS } from './index.js';
import type { Detection, Evidence, PageInput } from './types.js';

/**
 * Which dialect `page` is written in, by the weight of evidence: every reader says how strongly the
 * page carries its signature, and the strongest wins (ties: the earlier reader, most specific
 * first). One stray line is content, not a dialect: a scraped text page quoting a markdown
 * heading stays text. `undefined` when no reader recognises the page — the caller reports
 * `unknown-dialect`; never a guess.
 */
export function detectDialect(page: PageInput): Detection | undefined {
  let best: (Evidence & { id: Detection['id'] }) | undefined;
  for (const reader of READERS) {
    const found = reader.detect(page);
    if (found === undefined) continue;
    const evidence = typeof found === 'string' ? { reason: found, weight: 1 } : found;
    if (!best || evidence.weight > best.weight) best = { ...evidence, id: reader.id };
  }
  return best && { id: best.id, reason: best.reason };
}
