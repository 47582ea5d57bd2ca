/**
 * Parameters written as paragraphs of two labelled lines (rspec_api_documentation's older markdown
 * pages), the required ones marked after the name:
 *
 *     Name : name *- required -*               | Name     | Description      | Required |
 *     Description : The shelf's name      →    | name     | The shelf's name | true     |
 *                                              | position | Where it stands  | false    |
 *     Name : position
 *     Description : Where it stands
 *
 * A run of such paragraphs is one table, placed where the run stands.
 */
import type { RootContent, TableRow } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { madeTable, textRow } from './made-tables.js';
import { convertRuns } from './paragraph-runs.js';

/** `Name : shelf_id - required -` ⏎ `Description : …` (the marker's emphasis read as its words). */
const ENTRY = /^Name\s*:\s*(\S+)(\s+-\s*required\s*-)?\s*\nDescription\s*:[ \t]*(.*)$/s;

export function tabulateEntryParagraphs(nodes: readonly RootContent[]): RootContent[] {
  return convertRuns(
    nodes,
    (node) => {
      const entry = node.type === 'paragraph' && node.position ? ENTRY.exec(plainText(node)) : null;
      return entry && node.type === 'paragraph' ? { node, entry } : undefined;
    },
    (run) => {
      const first = run[0]!.node.position!;
      const last = run.at(-1)!.node.position!;
      const rows: TableRow[] = run.map(({ node, entry }) =>
        textRow([entry[1]!, entry[3]!.replace(/\s+/g, ' ').trim(), entry[2] ? 'true' : 'false'], node.position!),
      );
      return [madeTable(['Name', 'Description', 'Required'], rows, { start: first.start, end: last.end })];
    },
  );
}
