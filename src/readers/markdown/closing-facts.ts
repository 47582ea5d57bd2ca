/**
 * Type phrases, and the sentences of them that close a definition (many references write the type
 * and the flag after the words, not before them):
 *
 *     name
 *     : The new name. String, optional.        → type `String`, optional; the description "The new name."
 *
 *     lid
 *     : Whether it has a lid. Boolean.         → type `Boolean`
 *
 *     colour
 *     : Type: string                           → type `string`, no description
 *
 *     name
 *     : The lamp's name (string, required).    → type `string`, required; the description "The lamp's name"
 *
 * Only a sentence whose every part states the type or the flag (`String, optional.`, `Optional,
 * integer.`, `Required.`, `Type: string`) is read; `Sorted by date.`, `Required if …`, `e.g. string`
 * are the description's words. The last sentence, and the one before it (`Integer. Required.`); a note
 * of them in parentheses closing the last sentence (`(string, required)`, `(optional)`).
 */

/** The words a definition's first sentence may state as its type. */
export const TYPE_WORD =
  /^(?:string|integer|int|long|number|float|double|decimal|boolean|bool|hash|object|map|array|list|date|datetime|date-time|timestamp|file|binary|uuid|url|uri|email|null|enum)$/i;

/** `string`, `Boolean`, `array of strings`, `object of objects`, `integer or string`. */
export function isTypePhrase(words: string): boolean {
  const parts = words.split(/\s+/);
  return (
    words.length > 0 &&
    parts.length <= 4 &&
    parts.every((part, at) => (at % 2 === 1 ? /^(?:of|or)$/i.test(part) : TYPE_WORD.test(part.replace(/(?<=[a-z])s$/i, ''))))
  );
}

/** What the closing sentences state, and where they start in the text (the description before it). */
export interface ClosingFacts {
  type: string;
  required: boolean;
  at: number;
}

/**
 * The text's last sentence: after a sentence's stop that closes a word (`name.`, not `e.g.`) or a
 * line's end, words without a stop of their own, then a stop or none.
 */
function lastSentence(text: string): { index: number; words: string } | undefined {
  // Read from the end, not by one pattern: blanks between the words and the stop made a pattern's
  // tries grow with their cube (4,000 blanks took 50 s).
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (text[end - 1] === '.') end--;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let stop = end - 1;
  while (stop >= 0 && !'.!?\n'.includes(text[stop]!)) stop--;
  let index = 0;
  let from = 0;
  if (stop >= 0 && text[stop] === '\n') {
    index = text[stop - 1] === '\r' ? stop - 1 : stop;
    from = stop + 1;
  } else if (stop >= 0) {
    // A stop that closes a word (`name.`, not `e.g.`), then a blank.
    if (stop < 2 || !/^[\w)`'"]{2}$/.test(text.slice(stop - 2, stop)) || !/[ \t]/.test(text[stop + 1] ?? '')) return undefined;
    index = stop + 1;
    from = stop + 1;
  }
  while (from < end && (text[from] === ' ' || text[from] === '\t')) from++;
  return from < end ? { index, words: text.slice(from, end) } : undefined;
}
const FLAG = /^(required|optional)$/i;

/** A note in parentheses closing the text, after a word: `The lamp's name (string, required).` */
const CLOSING_NOTE = /(?<=\S)[ \t]+\(([^()\n]{1,80})\)\.?$/;

export function closingFacts(text: string): ClosingFacts | undefined {
  let rest = text.trimEnd();
  let type = '';
  let flag: string | undefined;
  // `The lamp's name (string, required).`: the note's type and flag, the words before it the description.
  const note = CLOSING_NOTE.exec(rest);
  const noted = note ? factsOf(note[1]!) : undefined;
  if (note && noted) {
    type = noted.type;
    flag = noted.flag;
    rest = rest.slice(0, note.index).trimEnd();
  }
  for (let sentences = 0; sentences < 2; sentences++) {
    const last = lastSentence(rest);
    const stated = last ? factsOf(last.words) : undefined;
    if (!last || !stated || (stated.type && type) || (stated.flag && flag)) break;
    type ||= stated.type;
    flag ??= stated.flag;
    rest = rest.slice(0, last.index).trimEnd();
  }
  if (!type && !flag) return undefined;
  return { type, required: flag === 'required', at: rest.length };
}

/** `String, optional`, `Optional, integer`, `Required`, `Type: string`: the type and the flag a sentence states, nothing else. */
function factsOf(sentence: string): { type: string; flag?: string } | undefined {
  const labelled = /^type:[ \t]*(.+)$/i.exec(sentence.trim());
  const parts = (labelled ? labelled[1]! : sentence).split(',').map((part) => part.trim());
  if (parts.length > 2) return undefined;
  let type = '';
  let flag: string | undefined;
  for (const part of parts) {
    if (FLAG.test(part) && !flag) flag = part.toLowerCase();
    else if (isTypePhrase(part) && !type) type = part;
    else return undefined;
  }
  if (labelled && !type) return undefined;
  return { type, ...(flag ? { flag } : {}) };
}
