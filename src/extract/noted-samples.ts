/**
 * A sample whose comments describe its members (`"name": "Porch", // Required. The lamp's name.`,
 * readers/markdown/annotated-samples.ts): where nothing else documents the body, the table of its
 * members is the body's, the sample's values typing what the table leaves untyped.
 */
import type { Code, Table } from 'mdast';
import { plainText } from '../document/plain-text.js';
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
 * The first part of that kind holding a sample the comments of which describe its members (a
 * request's of the operation's method or none stated, a response's of a success or of no stated
 * status): the members of its noted samples.
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
    const codes = section.nodes.filter((node): node is Code => node.type === 'code' && node.data?.notes !== undefined);
    const [code] = codes;
    if (code?.data?.notes) return { section, table: unitedNotes(codes), where: sourceIn(context, code) };
  }
  return undefined;
}

/**
 * The members of every noted sample of one part, each once, where it first appears: the part's
 * samples are its alternatives (Binance's `**Response ACK:**` ⏎ `**Response RESULT:**` ⏎ `**Response
 * FULL:**`, each a sample of more members), so their members are the body's, none required.
 */
function unitedNotes(codes: readonly Code[]): Table {
  const first = codes[0]!.data!.notes!;
  if (codes.length === 1) return first;
  const seen = new Set<string>();
  const rows = codes.flatMap((code) =>
    code.data!.notes!.children.slice(1).filter((row) => {
      const name = row.children[0] ? plainText(row.children[0]) : '';
      if (seen.has(name)) return false;
      seen.add(name);
      return true;
    }),
  );
  return { ...first, children: [first.children[0]!, ...rows] };
}
