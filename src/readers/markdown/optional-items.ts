/**
 * Attribute lists that mark only their optional items, the others first (as Umami's and Ollama's
 * references write them): the unmarked items are required.
 *
 *     - `since`: Timestamp of the first reading.     → required
 *     - `until`: Timestamp of the last reading.      → required
 *     - `colour`: (optional) Name of a colour.       → optional
 *     - `brand` (optional): Name of a brand.         → optional
 *
 * Only where the list's own notes flag at least one item optional, every unmarked item stands
 * before the first marked one, and the page says `required` (or `mandatory`) nowhere: a list that
 * marks a few items here and there among unmarked ones says nothing of the unmarked (its writer may
 * have marked as they went), and a page that marks required items elsewhere (GitLab's `(required)`
 * beside `(optional)`) leaves an unmarked item unstated, not required (its `PUT /users/:id` list
 * drops the marks of the create call's required items, all of them optional there). An unmarked
 * item whose words state a default or a condition (`(default: 5m)`, `if not given`), or that is
 * deprecated, is left as it is and orders nothing. Nested items are their own object's and are left
 * as they are.
 */
import type { TableRow } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { OTHERWISE_STATED } from './optional-markers.js';

/** Rows whose item's own notes flag it optional (`(optional)`, `(string | optional)`, `*optional*` before the name). */
const FLAGGED = new WeakSet<TableRow>();

export function flagOptional(row: TableRow): void {
  FLAGGED.add(row);
}

/** The word a page marks required items with, anywhere: then it marks them, and the unmarked are not. */
const REQUIRED_WORD = /\b(?:required|mandatory)\b/i;

/** The last page asked about and its answer: one scan per page, however many lists it holds. */
let asked: { page: string; says: boolean } | undefined;

function saysRequired(page: string): boolean {
  if (asked?.page !== page) asked = { page, says: REQUIRED_WORD.test(page) };
  return asked.says;
}

/**
 * Marks required (`yes` in the Required cell, column 2) the unmarked top-level rows of a list that
 * marks only its optional items, after the unmarked ones. Rows: `Attribute | Type | Required |
 * Description | Default | Deprecated | In`.
 */
export function requireUnmarkedItems(rows: readonly TableRow[], page: string): void {
  const top = rows.filter((row) => !plainText(row.children[0]!).trimStart().startsWith('»'));
  const cell = (row: TableRow, at: number) => (row.children[at] ? plainText(row.children[at]).trim() : '');
  if (!top.some((row) => FLAGGED.has(row)) || saysRequired(page)) return;
  const candidates: TableRow[] = [];
  let marked = false;
  for (const row of top) {
    if (FLAGGED.has(row)) {
      marked = true;
      continue;
    }
    // A flag of its own (a bare name's `no`), words of its own (a default, a condition, `Optional.`) or a
    // deprecation: left to them, no part of the order.
    if (cell(row, 2) !== '' || cell(row, 4) !== '' || cell(row, 5) !== '' || OTHERWISE_STATED.test(cell(row, 3))) continue;
    if (marked) return;
    candidates.push(row);
  }
  for (const row of candidates) {
    const required = row.children[2]!;
    required.children = [{ type: 'text', value: 'yes' }];
  }
}
