/**
 * Keys of `components.schemas`. OpenAPI 3.1 requires component keys to match
 * `^[a-zA-Z0-9.\-_]+$`; documented names may hold anything (`List<Item>`, `Größe`, `a/b`).
 * Valid names are kept as they are; others get a sanitised key, made unique with `_2`, `_3`, …
 * The mapping depends only on the set of names, so definitions and `$ref`s always agree.
 */

import { escapePointerToken } from '../../ir/json-pointer.js';
import { compareCodeUnits } from './json-object.js';

const VALID_KEY = /^[a-zA-Z0-9.\-_]+$/;

/** Accents dropped, every run of other characters becomes `_`: `List<Item>` → `List_Item_`, `Café` → `Cafe`. */
export function sanitiseComponentKey(name: string): string {
  const folded = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const key = folded.replace(/[^a-zA-Z0-9.\-_]+/g, '_');
  return key === '' ? '_' : key;
}

/** Name → component key for every name (duplicates ignored). */
export function assignComponentKeys(names: Iterable<string>): Map<string, string> {
  const unique = [...new Set(names)].sort(compareCodeUnits);
  const keys = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of unique) {
    if (VALID_KEY.test(name)) {
      keys.set(name, name);
      taken.add(name);
    }
  }
  for (const name of unique) {
    if (keys.has(name)) continue;
    const base = sanitiseComponentKey(name);
    let key = base;
    for (let n = 2; taken.has(key); n += 1) key = `${base}_${n}`;
    keys.set(name, key);
    taken.add(key);
  }
  return keys;
}

/** The `$ref` of a schema component key. */
export function schemaRefOf(key: string): string {
  return `#/components/schemas/${escapePointerToken(key)}`;
}
