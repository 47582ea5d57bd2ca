/**
 * Operations a page marks as requiring authentication without stating how (Scribe's markdown: the
 * `requires authentication` badge on each group's page, the scheme on its "Authenticating requests"
 * page; readers/markdown/scribe-security.ts), resolved where the pages meet: where the pages state
 * one scheme so (`PageFragment.authentication`), each marked operation takes it, and the document
 * states it. Where they state none, or several that differ, the marks say nothing of which one, and
 * the operations are left as they are (no scheme is guessed); a scheme no operation takes is not stated.
 */
import type { PageFragment, SecurityScheme } from '../ir/types.js';

/** The scheme the marked operations took, if any did. */
export function resolveAuthentication(pages: readonly PageFragment[]): SecurityScheme[] {
  if (!pages.some((page) => page.authenticated)) return [];
  const stated = new Map<string, SecurityScheme>();
  for (const page of pages) if (page.authentication) stated.set(JSON.stringify(page.authentication), page.authentication);
  const scheme = stated.size === 1 ? [...stated.values()][0]! : undefined;
  let taken = false;
  for (const page of pages) {
    for (const index of page.authenticated ?? []) {
      const operation = page.operations[index];
      if (!scheme || !operation || operation.security) continue;
      operation.security = [{ [scheme.name]: [] }];
      taken = true;
    }
  }
  return taken && scheme ? [{ ...scheme }] : [];
}
