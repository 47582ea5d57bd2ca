/**
 * Names for inferred schemas and the map-or-object decision, both from key and property names.
 *
 * Item names (`itemName`): the property's name in PascalCase, made singular (ir/singular.ts: Categories
 * → Category, Shelves → Shelf, Addresses → Address, People → Person), else with `Item` appended
 * (AttachmentsInfo → AttachmentsInfoItem, Data → DataItem).
 *
 * Map keys (`looksLikeMapKeys`): an object is a dictionary, not a record with fixed fields, when
 *   - it has ≥ 2 keys that are one prefix plus a number (`ExtraFields1`, `ExtraFields2`,
 *     Swagger UI's `additionalProp1…3`), or
 *   - every key is dynamic-looking: all digits, a UUID, or a date, or
 *   - its single key is a generator's placeholder (`fieldName`, `propertyName`, `key`, `string`,
 *     `additionalProp`), or
 *   - every key is written as a placeholder (ir/placeholder-key.ts), `<label_name>`, `{room}` or `:lamp` (a sketch's "any key":
 *     Prometheus' `"<label_name>": "<label_value>"`, Loki's YAML `<namespace1>:` ⏎ … ⏎ `<namespace2>:`).
 */

import { isPlaceholderKey } from '../ir/placeholder-key.js';
import { singulars } from '../ir/singular.js';

const NUMBERED = /^(.*?\D)\d+$/;
const DYNAMIC =
  /^(?:-?\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}(?:[Tt ][\d:.]+(?:[Zz]|[+-]\d{2}:\d{2})?)?)$/i;
const PLACEHOLDERS = new Set(['fieldname', 'propertyname', 'key', 'string', 'additionalprop']);

export function looksLikeMapKeys(keys: readonly string[]): boolean {
  if (keys.length === 0) return false;
  if (keys.every((key) => DYNAMIC.test(key))) return true;
  if (keys.every(isPlaceholderKey)) return true;
  if (keys.length === 1) return PLACEHOLDERS.has(keys[0]!.toLowerCase());
  const prefixes = new Set(keys.map((key) => NUMBERED.exec(key)?.[1] ?? '\u0000'));
  return prefixes.size === 1 && !prefixes.has('\u0000');
}

/** `email_addresses` → `EmailAddresses`; `` → `Item`. Only ASCII letters, digits and `_` survive. */
function pascalCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 0);
  const joined = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  if (joined === '') return 'Item';
  return /^\d/.test(joined) ? `_${joined}` : joined;
}

/** The name of the items of an array (or the values of a map) held by property `property`. */
export function itemName(property: string): string {
  if (!/[A-Za-z0-9]/.test(property)) return 'Item';
  const name = pascalCase(property);
  return singulars(name)[0] ?? `${name}Item`;
}

/** `base`, or `base` + `Item`, `base2`, `base3`, … : the first that `taken` does not hold. */
export function freeName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  if (!base.endsWith('Item') && !taken.has(`${base}Item`)) return `${base}Item`;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}
