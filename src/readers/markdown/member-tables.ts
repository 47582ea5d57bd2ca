/**
 * A table a label titles by a member of the request's JSON (Magento's `**sourceItems parameters:**`
 * over `sku | source_code | quantity`, its payloads `{"sourceItems": [{"sku": …}]}`): the fields of
 * that member, not the operation's parameters. A GET of the region takes none of them as its query;
 * a POST nests them under the member (`sourceItems[][sku]`, a list's items where the sample opens a list).
 *
 * The label is a bold paragraph alone, a name then "parameters" (fields, attributes, properties),
 * its words no title the reader knows; a code block of the region writes the name as a key whose
 * value opens an object or a list, and a row's name as a key too. Scans by `indexOf` (no pattern
 * over the sample).
 */
import type { RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { withoutColon } from '../shared/trim.js';
import { documentedNames } from './example-queries.js';

const LABEL = /^([A-Za-z_][A-Za-z0-9_]*) (?:parameters|params|fields|attributes|properties)$/;

/** The member the label over `table` names, where a sample of `region` sends it holding a row's name; else undefined. */
export function labelledMember(label: RootContent | undefined, table: Table, region: readonly RootContent[]): string | undefined {
  if (label?.type !== 'paragraph' || label.children.length > 2 || label.children[0]?.type !== 'strong') return undefined;
  const text = withoutColon(plainText(label).trim());
  if (text.length > 100) return undefined;
  const member = LABEL.exec(text)?.[1];
  // A word of the language (`Request parameters`, `Body fields`) names no member: a name has a capital or `_` inside it.
  if (!member || !/[a-z][A-Z_]|_[a-z]/.test(member)) return undefined;
  const names = [...documentedNames([table])].filter((name) => name.length > 0);
  if (names.length === 0) return undefined;
  for (const node of region) {
    const opens = node.type === 'code' ? sentMember(node.value, member, names) : undefined;
    // A list of objects: its items' fields (`sourceItems[]`, nested as `sourceItems[][sku]`).
    if (opens) return opens === '[' ? `${member}[]` : member;
  }
  return undefined;
}

/** What `code` opens after `"member":` (`[` or `{`) where it also writes a row's name as a key (`"sku"`); else undefined. */
function sentMember(code: string, member: string, names: readonly string[]): '[' | '{' | undefined {
  const key = `"${member}"`;
  for (let at = code.indexOf(key); at >= 0; at = code.indexOf(key, at + key.length)) {
    let next = at + key.length;
    while (code[next] === ' ' || code[next] === '\t') next++;
    if (code[next] !== ':') continue;
    next++;
    while (code[next] === ' ' || code[next] === '\t' || code[next] === '\n' || code[next] === '\r') next++;
    const opened = code[next];
    if (opened !== '[' && opened !== '{') continue;
    const quoted = quotedWords(code, next);
    return names.some((name) => quoted.has(name)) ? opened : undefined;
  }
  return undefined;
}

/** The words `code` writes in double quotes from `from` on (`"sku"` → `sku`), found by one scan. */
function quotedWords(code: string, from: number): Set<string> {
  const words = new Set<string>();
  for (let open = code.indexOf('"', from); open >= 0; ) {
    const close = code.indexOf('"', open + 1);
    if (close < 0) break;
    words.add(code.slice(open + 1, close));
    open = code.indexOf('"', close + 1);
  }
  return words;
}
