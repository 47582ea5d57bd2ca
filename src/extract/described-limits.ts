/**
 * The limits a description states on lines of their own, a label and its value (Plaid's and
 * Trello's references write them under the words):
 *
 *     The garden's display name. ⏎ Min length: `1` ⏎ Max length: `64`   → minLength 1, maxLength 64
 *     The number of planters. <br> Minimum: `1` <br> Maximum: `100`      → minimum 1, maximum 100
 *     Min items: `1`                                                      → minItems 1
 *
 * or in parentheses that hold labelled values alone, commas between (Shopify's REST reference):
 *
 *     The number of results to show. (default: `50`, maximum: `250`)     → maximum 250
 *
 * A line that says more than the label and its number (`Maximum: 100 per page`, a sentence
 * "Maximum 3 days.", "(maximum: 250 per call)") states none; a limit goes where its kind takes it
 * (`constraints.ts`).
 */
/** The limits a labelled line can state (a part of `constraints.ts`' `Limits`). */
type Bound = 'minimum' | 'maximum' | 'minLength' | 'maxLength' | 'minItems' | 'maxItems';

const LABELLED = /^(min|max)(?:imum|\.)?(?:[ \t]+(length|items))?[ \t]*:[ \t]*`?(-?\d+(?:\.\d+)?)`?[ \t]*\.?$/i;
const KEYS: Readonly<Record<string, Bound>> = {
  min: 'minimum',
  max: 'maximum',
  minlength: 'minLength',
  maxlength: 'maxLength',
  minitems: 'minItems',
  maxitems: 'maxItems',
};

/** Parentheses around labelled values alone: `(default: `50`, maximum: `250`)`. */
const PARENTHESISED = /\(((?:[^():,\n]+:[^(),:\n]+,)*[^():,\n]+:[^(),:\n]+)\)/g;

/** The limits the description's labelled lines (or parenthesised labels) state; none where it has none. */
export function describedLimits(description: string): Partial<Record<Bound, number>> {
  const limits: Partial<Record<Bound, number>> = {};
  if (!/\bmin|\bmax/i.test(description)) return limits;
  const labels = [...description.matchAll(PARENTHESISED)].flatMap((found) => found[1]!.split(','));
  for (const line of [...description.split(/\r?\n|<br\s*\/?>/i), ...labels]) {
    const found = LABELLED.exec(line.trim());
    if (!found) continue;
    const key = KEYS[`${found[1]!.toLowerCase()}${found[2]?.toLowerCase() ?? ''}`]!;
    const value = Number(found[3]);
    const count = key !== 'minimum' && key !== 'maximum';
    if (Number.isFinite(value) && (!count || (Number.isSafeInteger(value) && value >= 0))) limits[key] ??= value;
  }
  return limits;
}
