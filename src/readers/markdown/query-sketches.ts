/**
 * JSON right under a GET's parameters title, the parameters it sends, one a member (pages that
 * write every call's parameters as one JSON object, and send a GET's in its URL):
 *
 *     * **Method**: GET
 *     * **Route**: /lamps
 *     * **Parameters**:
 *
 *     {
 *       "room": "attic",   // the room the lamps hang in   → | room | string | attic | the room … |
 *       "limit": 20,       // at most this many lamps       → | limit |       | 20    | at most … |
 *       "lit": true                                         → | lit   |       | true  |           |
 *     }
 *
 * A member's value is its example (a string's value states a string; a number's or a boolean's
 * types it as an example cell does), the comment on its line its words; nothing makes it required.
 * Only an object whose every member is a string, a number, a boolean or null is read so (a member
 * of an object or a list is no one query parameter): any other JSON stays as it is.
 */
import type { Code, Table } from 'mdast';
import { annotatedMembers } from './annotated-samples.js';
import { markOrigin } from './findings.js';
import { madeTable, textRow } from './made-tables.js';
import { tidyJson } from './tidy-json.js';

/** Longer fences are no one call's parameters. */
const MAX_LENGTH = 100_000;

/** The table of the GET's parameters the JSON object shows; undefined for JSON of any other shape. */
export function querySketchTable(node: Code): Table | undefined {
  if (!node.position || node.value.length > MAX_LENGTH) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(tidyJson(node.value));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length === 0 || entries.some(([, member]) => typeof member === 'object' && member !== null)) return undefined;
  const notes = new Map((annotatedMembers(node.value) ?? []).map((member) => [member.name, member.note]));
  const at = node.position;
  const rows = entries.map(([name, member]) =>
    textRow([name, typeof member === 'string' ? 'string' : '', member === null ? '' : String(member), notes.get(name) ?? ''], at),
  );
  return markOrigin(madeTable(['Name', 'Type', 'Example', 'Description'], rows, at, ['Example', 'Description']), 'query sketch');
}
