/**
 * A response's title that states a status, over prose alone → that status's response, its
 * description the first paragraph, no body (the page shows none: none is invented):
 *
 *     ### Response 404                                  → 404, "The board does not exist or you cannot see it."
 *     The board does not exist or you cannot see it.
 *     Check the id.
 *
 *     **Response 409** ⏎ The board is already closed.    → 409, "The board is already closed."
 *     ### Response (404) ⏎ No such card.                 → 404, "No such card."
 *
 * The section is the sample's or the body's the title opened (`sample-response`, `response-body`
 * with its status); "prose alone" is paragraphs only, the first no title of something below
 * (`Example:`). A response of that status already read keeps its description unless it is only the
 * status's words (`Not Found`, as a title alone gives it). A success where a body is documented
 * without a status (`2XX`) is left to that body: which success it is, the samples say.
 */
import type { Paragraph } from 'mdast';
import { plainText } from '../document/plain-text.js';
import { isStatusKey, statusText } from '../ir/status-text.js';
import type { Operation } from '../ir/types.js';
import { type ExtractContext, headingSource } from './context.js';
import { hasUnstatedStatus } from './responses.js';
import type { Section } from './sections.js';
import { blockSource } from './text.js';

export function describeTitledStatuses(operation: Operation, sections: readonly Section[], context: ExtractContext): void {
  for (const section of sections) {
    if (section.kind !== 'sample-response' && section.kind !== 'response-body') continue;
    if (section.method && section.method !== operation.method) continue;
    const status = section.status;
    const first = proseAlone(section);
    if (!status || !first || !isStatusKey(status)) continue;
    const description = blockSource([first], context);
    if (!description) continue;
    const response = operation.responses.find((r) => r.status === status);
    if (response) {
      if (response.description === statusText(status)) response.description = description;
      continue;
    }
    if (/^2/.test(status) && operation.responses.some(hasUnstatedStatus)) continue;
    operation.responses.push({ status, description, headers: [], content: [], source: headingSource(context, section.heading) });
  }
}

/** The first paragraph of a section of paragraphs only, where it says something rather than titles what follows. */
function proseAlone(section: Section): Paragraph | undefined {
  if (section.nodes.length === 0 || section.nodes.some((node) => node.type !== 'paragraph')) return undefined;
  const first = section.nodes[0] as Paragraph;
  const text = plainText(first).replace(/\s+/g, ' ').trim();
  return text && !text.endsWith(':') ? first : undefined;
}
