/**
 * Parameters written as paragraphs, a bold name each over its notes in parentheses (READMEs and
 * hand-written API.md files), one a paragraph or one a line:
 *
 *     **lamp_id** (path, string, required): The lamp to dim.
 *
 *     **days** (body, integer, required): Number of days.       → the list `- **days** (body, integer, required): …`
 *
 *     **limit** (query, integer, optional) — Max items.         (or consecutive lines of one paragraph)
 *     **cursor** (query, string) — Where to start.
 *
 * A run of such paragraphs is read as the bullet list of them (attribute-lists.ts: placed by the
 * location its notes state, typed, flagged, as `` - `limit` (query, integer, optional) `` items are).
 * The notes must state a location or a flag (`path`, `query`, `body`, `header`, `form`, `cookie`,
 * `required`, `optional`) in one paragraph of the run at least, each paragraph's every line open
 * with a name in bold (`limit`, `page[size]`) right before its parentheses, and the list so made
 * be read as one; else the paragraphs stay as written (`**Note** (beta): …` is words).
 */
import type { List, ListItem, Paragraph, Root } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { readListAhead } from './attribute-lists.js';
import { paragraphLines } from './label-lines.js';
import { convertRuns } from './paragraph-runs.js';

/** A cheap test of the page's text: a bold name right before parentheses. */
export const MAY_NAME_PARAGRAPHS = /\*\*`?[A-Za-z_][\w.[\]-]*`?\*\*[ \t]*\(/;

const NAME = /^[A-Za-z_][\w.[\]-]{0,80}$/;
/** The notes' opening parenthesis right after the name, and what they hold up to the closing one. */
const NOTES = /^[ \t]*\(([^()\n]{1,120})\)/;
const STATED = /\b(?:path|query|body|header|form(?:data)?|cookie|required|optional)\b/i;

export function convertNamedParagraphs(root: Root, page: string): void {
  root.children = convertRuns(
    root.children,
    (node) => {
      const lines = node.type === 'paragraph' && node.position ? namedLines(node) : undefined;
      return lines && node.type === 'paragraph' ? { node, lines } : undefined;
    },
    (run) => {
      const list = listOf(run.flatMap(({ lines }) => lines));
      // Read once: the table is kept for the parts' reading of the list (attribute-lists.ts' readListAhead).
      const read = list && run.some(({ lines }) => lines.some(statesWhere)) && readListAhead(list, page) !== undefined;
      return read && list ? [list] : run.map(({ node }) => node);
    },
  );
}

/** The paragraph's lines where every one opens with a bold name before its notes; undefined elsewhere. */
function namedLines(node: Paragraph): Paragraph[] | undefined {
  if (node.children[0]?.type !== 'strong') return undefined;
  const lines = paragraphLines(node);
  return lines?.every(opensWithName) ? lines : undefined;
}

function opensWithName(line: Paragraph): boolean {
  const [name, after] = line.children;
  return name?.type === 'strong' && NAME.test(plainText(name).trim()) && after?.type === 'text' && NOTES.test(after.value);
}

/** Whether the line's notes state where the value goes or whether it is required. */
function statesWhere(line: Paragraph): boolean {
  const after = line.children[1];
  return after?.type === 'text' && STATED.test(NOTES.exec(after.value)?.[1] ?? '');
}

function listOf(lines: readonly Paragraph[]): List | undefined {
  const first = lines[0]?.position;
  const last = lines.at(-1)?.position;
  if (!first || !last || lines.some((line) => !line.position)) return undefined;
  const items = lines.map((line): ListItem => ({ type: 'listItem', spread: false, children: [line], position: line.position! }));
  return { type: 'list', ordered: false, spread: false, children: items, position: { start: first.start, end: last.end } };
}
