/**
 * The words an operation's prose says it returns by (`ParagraphData.namedReturn`: "Returns a list
 * of shelf objects."), for the merge to type its response by where a page defines the type they
 * name (merge/named-types.ts): the first such paragraph of the operation's sections.
 */
import type { Paragraph } from 'mdast';
import type { NamedReturn, Operation } from '../ir/types.js';
import { type ExtractContext, sourceIn } from './context.js';
import type { Section } from './sections.js';

export function namedReturnOf(
  operation: Operation,
  sections: readonly Section[],
  context: ExtractContext,
): Omit<NamedReturn, 'operation'> | undefined {
  for (const section of sections) {
    if (section.method && section.method !== operation.method) continue;
    for (const node of section.nodes) {
      if (node.type !== 'paragraph' || !node.data?.namedReturn) continue;
      return { ...node.data.namedReturn, source: sourceIn(context, node satisfies Paragraph) };
    }
  }
  // prmd's link of a resource (`### Shelf Info`): its answer is the resource, where the samples fit it.
  const heading = sections[0]?.heading;
  if (heading?.data?.namedReturn) return { ...heading.data.namedReturn, source: sourceIn(context, heading) };
  return undefined;
}
