/**
 * Response headers a page states for all its operations: a `Response headers` heading outside
 * every operation's stretch (before the first operation, or after the last at the operations'
 * own level where their parts stand below it; `regions.ts` ends an operation there) over a table.
 *
 *     # Notes API
 *     ## Response headers                              → every operation of the page:
 *     | X-Request-Id | string | The request's id. |       its success response sends `X-Request-Id`
 *     ## List notes ⏎ `GET /v1/notes` …
 *     ## Create a note ⏎ `POST /v1/notes` …
 *
 * A qualified title (`## Common response headers`) is one too, and where the words under it say
 * every response sends them ("Every response carries these headers."), they go on each response
 * the operation states, not its success alone. The tables stay asides where they stand; the
 * extractor places their rows (`extract/response-headers.ts`).
 */
import type { Heading, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import type { Region } from './regions.js';
import { sectionOfTitle, type TitleVocabulary } from './section-titles.js';

/** A page-wide title's qualifier (`## Common response headers`): the title without it is the part's. */
const QUALIFIER = /^(?:common|standard|global|shared|general|http)\s+/i;
/** Words that say the headers come with every response, not only a success. */
const EVERY_RESPONSE = /\b(?:every|all|each)\s+(?:(?:api|http)\s+)?responses?\b/i;

/**
 * The tables under the page's own response-headers headings (their start offsets), and whether the
 * words between the heading and the table say every response sends them ("Every response carries
 * these headers.").
 */
export function pageHeaderTables(
  nodes: readonly RootContent[],
  regions: readonly Region[],
  titles: TitleVocabulary,
): Array<{ table: number; every?: true }> {
  if (regions.length === 0) return [];
  const inRegion = (index: number) => regions.some((region) => index >= region.start && index < region.end);
  const found: Array<{ table: number; every?: true }> = [];
  let under: { heading: Heading; every: boolean } | undefined;
  nodes.forEach((node, index) => {
    if (inRegion(index)) {
      under = undefined;
      return;
    }
    if (node.type === 'heading') {
      const title = plainText(node).trim().replace(QUALIFIER, '');
      under = sectionOfTitle(title, titles)?.kind === 'response-headers' ? { heading: node, every: false } : undefined;
      return;
    }
    if (!under) return;
    if (node.type === 'paragraph' && EVERY_RESPONSE.test(plainText(node))) under.every = true;
    const offset = node.position?.start.offset;
    if (node.type === 'table' && offset !== undefined) found.push({ table: offset, ...(under.every ? { every: true as const } : {}) });
  });
  return found;
}
