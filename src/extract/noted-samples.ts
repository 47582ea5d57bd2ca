/**
 * A sample whose comments describe its members (`"name": "Porch", // Required. The lamp's name.`,
 * readers/markdown/annotated-samples.ts): where nothing else documents the body, the table of its
 * members is the body's, the sample's values typing what the table leaves untyped.
 */
import type { Code, Table } from 'mdast';
import type { Source } from '../ir/source.js';
import { type ExtractContext, sourceIn } from './context.js';
import type { Section } from './sections.js';

export interface NotedSample {
  /** The sample's section (its status and media type the body's). */
  section: Section;
  table: Table;
  where: Source;
}

/**
 * The first sample of that kind the comments of which describe its members: a request's of the
 * operation's method (or none stated), a response's of a success or of no stated status.
 */
export function notedSample(
  sections: readonly Section[],
  kind: 'sample-request' | 'sample-response',
  method: string,
  context: ExtractContext,
): NotedSample | undefined {
  for (const section of sections) {
    if (section.kind !== kind || (section.method && section.method !== method)) continue;
    if (section.status !== undefined && !section.status.startsWith('2')) continue;
    const code = section.nodes.find((node): node is Code => node.type === 'code' && node.data?.notes !== undefined);
    if (code?.data?.notes) return { section, table: code.data.notes, where: sourceIn(context, code) };
  }
  return undefined;
}
