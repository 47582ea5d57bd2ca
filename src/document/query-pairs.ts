/**
 * A name cell written as the pair a URL sends, as query-string tables write their rows
 * (`| db=<database> | Required |`, `| epoch=[ns,ms,s] | Optional |`, `| pretty=true | Optional |`):
 * the name is the word before `=`. A list in brackets of plain values parted by commas states the
 * values the parameter takes; a placeholder that is a type word (`seconds=<integer>`) its type.
 * Any other value (`chunked=[true | <number>]`, `q=<query>`) states neither.
 */
const PAIR = /^([A-Za-z_][\w.-]{0,63})\s?=\s?(\S[^\n]{0,199})$/;
const PLACEHOLDER = /^<([^<>]{1,80})>$/;
const LISTED = /^\[([^[\]<>|]{1,200})\]$/;
const BARE = /^[\w.-]{1,40}$/;
const VALUE = /^[\p{L}\p{N}_.-]{1,40}$/u;
const TYPE_WORD = /^(?:integer|int|number|float|double|boolean|bool|string)$/i;

export interface QueryPair {
  name: string;
  /** `[any,one,all]`: the values listed. */
  values?: string[];
  /** `<integer>`: the type word the placeholder is. */
  typeText?: string;
}

export function queryPair(cell: string): QueryPair | undefined {
  const pair = PAIR.exec(cell);
  if (!pair) return undefined;
  const [, name, value] = pair as unknown as [string, string, string];
  const placeholder = PLACEHOLDER.exec(value)?.[1]?.trim();
  if (placeholder !== undefined) return TYPE_WORD.test(placeholder) ? { name, typeText: placeholder } : { name };
  const listed = LISTED.exec(value)?.[1];
  if (listed !== undefined) {
    const values = listed.split(',').map((item) => item.trim());
    return values.length > 1 && values.every((item) => VALUE.test(item)) ? { name, values } : { name };
  }
  // `chunked=[true | <number_of_points>]`: a list of a value and a placeholder names the parameter alone.
  if (value.startsWith('[') && value.endsWith(']')) return { name };
  return BARE.test(value) ? { name } : undefined;
}
