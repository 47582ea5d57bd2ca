/**
 * The other sentences a validator's messages write after a parameter's name, under a parameters
 * title, beside the schema sentences attribute-lists.ts types (references generated from a
 * schema library's error messages, as Metabase's pages are):
 *
 *     ### PARAMS:
 *     *  **`include`** nullable must equal events                      ← a nullable enum of that value
 *     *  **`rooms`** nullable sequence of room must be a map with :id and :type keys
 *                                                                      ← a nullable array of objects
 *     *  **`skip_ids`** nullable function                              ← a parameter; no type the words state
 *     *  **`kinds`** value may be nil, or if non-nil, value must satisfy one of the following
 *        requirements: 1) value must be an array. … 2) value must be a non-blank string.
 *                                                                      ← a parameter; no one type
 *
 * Each is the parameter's, its words the description, typed only where the words state one type;
 * never required (the words say what a value must be, not that one is sent). Before, each was an
 * odd item of the list, skipped without a word, and the parameter lost.
 */

/**
 * The openings such a sentence has: `nullable`, a collection's `sequence of`, `must equal`, and a value's
 * that must satisfy one of several requirements (`value must satisfy one of …`, after "value may be nil,
 * or if non-nil," too). A schema sentence of a type the reader does not know (`value must be a room
 * name.`) is none: that item stays odd.
 */
const OPENING =
  /^\s*(?:nullable\s|(?:vector|sequence)\s+of\s|must\s+equal\s|value\s+(?:may\s+be\s+(?:nil|null),?\s+or,?\s+if\s+non-(?:nil|null),?\s+value\s+)?must\s+satisfy\s)/i;
/** `must equal events`: one value, nullable where `nullable` opens it. */
const MUST_EQUAL = /^\s*(nullable\s+)?must\s+equal\s+`?([\w.:-]+)`?\.?\s*$/i;
/** `sequence of room must be a map with …`: a collection of objects, each named by the word after `of`. */
const MAPS = /^\s*(nullable\s+)?(?:vector|sequence)\s+of\s+[\w-]+\s+must\s+be\s+an?\s+map\b/i;

/** The notes such a sentence states (its type, or none), the sentence the description; `undefined` for other words. */
export function validatorSentence(rest: string): { notes: string[]; length: number } | undefined {
  // (Only the opening is tried on the words: each pattern is anchored, and runs once.)
  if (!OPENING.test(rest)) return undefined;
  const equal = MUST_EQUAL.exec(rest);
  if (equal) return { notes: [`${equal[1] ? 'nullable ' : ''}enum (${equal[2]})`], length: 0 };
  const maps = MAPS.exec(rest);
  if (maps) return { notes: [`${maps[1] ? 'nullable ' : ''}array of object`], length: 0 };
  return { notes: [], length: 0 };
}
