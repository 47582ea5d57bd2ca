/**
 * Type words that name a count since the Unix epoch: `unix timestamp`, `Unix time`, `epoch`,
 * `epoch seconds`, `epoch millis`, `unix timestamp (seconds)`, `Unix time in milliseconds`. They
 * are words of several together (no one of them a type alone but `epoch`), which both a reader
 * (a note that opens with them) and the extractor (their schema: an integer) must know.
 */

const EPOCH_WORDS = new Set(['unix timestamp', 'unix time', 'unix epoch', 'epoch', 'epoch time', 'posix time', 'posix timestamp']);

/** The words above with a unit: `epoch seconds`, `unix timestamp (ms)`, `Unix time in milliseconds`. */
const EPOCH_UNIT =
  /^(?:unix|epoch|posix)(?: (?:epoch|time|timestamp))?(?: time)? ?(?:\(\s*(?:in )?(?:seconds|secs?|milliseconds|millis|ms)\s*\)|(?:in )?(?:seconds|secs?|milliseconds|millis|ms))$/i;

/** Whether `text` names a count since the epoch (an integer, whatever its unit). */
export function isEpochWords(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return EPOCH_WORDS.has(trimmed.toLowerCase()) || EPOCH_UNIT.test(trimmed);
}
