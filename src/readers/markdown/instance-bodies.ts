/**
 * Google's API reference (and the references written like it): a request body section whose
 * words name the type sent, with no table or sample of its own.
 *
 *     ## Request body
 *     The request body contains an instance of [Shelf](shelves.md#Shelf).   → the body is a `Shelf`
 *
 * The response's sentences ("If successful, the response body contains an instance of `Shelf`.")
 * are paragraph-parts.ts' IF_SUCCESSFUL.
 */
import type { Heading } from 'mdast';

/** "The request body contains an instance of `Shelf`.", its type in code, a link, or both. */
const REQUEST_INSTANCE =
  /^the\s+request\s+body\s+contains\s+an?\s+instance\s+of\s+`?\[?`?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)`?\]?`?\s*\.?\s*$/i;

/**
 * Gives the request body section `section` the type the sentence `text` names; whether it named
 * one. A section whose title already states a type keeps it.
 */
export function readRequestInstance(text: string, section: Heading | undefined): boolean {
  const type = REQUEST_INSTANCE.exec(text)?.[1];
  if (!type || !section || section.data?.typeText) return false;
  section.data = { ...section.data, typeText: type };
  return true;
}
