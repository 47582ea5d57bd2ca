/**
 * An entry's notes stacked in paragraphs of their own under its name, before its description (the
 * layout Zoom's and Atlassian's rendered references give a parameter):
 *
 *     gardenId                ← the name: an identifier alone, in a paragraph of its own
 *     string                  ← a type word alone
 *     Required                ← a flag alone
 *     The ID of the garden.   ← the description
 *
 * A paragraph that is a bare identifier names an entry only where a paragraph of notes follows it,
 * so a one-word sentence is never taken for a parameter.
 *
 * Shopify's newer layout stacks short facts there too, each a paragraph alone (`factParagraph`):
 *
 *     `limit`                 ← the name in code
 *     integer                 ← the type
 *     ≤ 250                   ← its maximum (`≥ 1` its minimum)
 *     default 50              ← its default: one value, as written
 *     The maximum number …    ← the description
 */
import type { Paragraph, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { isBareTypeWord } from './attribute-lists.js';

const IDENTIFIER = /^[A-Za-z_$][\w.[\]$-]*$/;

/**
 * The words of a paragraph that is type words or a flag alone (`string`, `Required`, `nullable
 * integer`), or both parted by a dot, bullet, bar or comma (`` `string` · **required** ``, the line
 * hand-written references set under a field's heading), maybe with where the parameter goes
 * (`` `integer` · optional · query ``, `in path`: the location word among them, `in` left out); a
 * type may be a link to its section (`[Address](#the-address-object)`); undefined otherwise.
 */
export function noteParagraph(node: RootContent | undefined): string[] | undefined {
  if (node?.type !== 'paragraph' || !node.children.every(isNoteChild)) return undefined;
  const text = plainText(node).trim();
  if (text.length > 40) return undefined;
  const split = text.split(/[ \t]*[·•|,][ \t]*|\s+/).filter(Boolean);
  // `` `integer` · optional · query ``, `string · in path`: where the parameter goes, beside its type or flag.
  const words = split.filter((word, index) => !(/^in$/i.test(word) && isLocationNote(split[index + 1] ?? '')));
  // `[Address](#the-address-object) · optional`: a type named by a link to where it is documented.
  const linked = new Set(
    node.children.flatMap((child) => (child.type === 'link' && LINKED_TYPE.test(plainText(child)) ? [plainText(child)] : [])),
  );
  const noted = (word: string) => isBareTypeWord(word) || linked.has(word);
  const located = words.filter((word) => !noted(word) && isLocationNote(word));
  return words.length > 0 &&
    words.length <= 4 &&
    located.length <= 1 &&
    words.some(noted) &&
    words.every((word) => noted(word) || located.includes(word))
    ? words
    : undefined;
}

/** A word of a stacked line that says where the parameter goes: `query`, `path`, `header`, `cookie`. */
const LOCATION_NOTE = /^(?:query|path|header|cookie)$/i;

/** Whether a note's word is a parameter's location (`query` in `` `integer` · optional · query ``), no type word. */
export function isLocationNote(word: string): boolean {
  return LOCATION_NOTE.test(word) && !isBareTypeWord(word);
}

/** A type's name as a link's words: `Address`, `Address[]`. */
const LINKED_TYPE = /^[A-Z][A-Za-z0-9_]*(?:\[\])?$/;

/** A note paragraph's words: text, emphasis or code; in bold only a flag (`**required**`). */
function isNoteChild(child: Paragraph['children'][number]): boolean {
  if (child.type === 'strong') return /^(?:required|optional)$/i.test(plainText(child).trim());
  if (child.type === 'link') return LINKED_TYPE.test(plainText(child));
  return child.type === 'text' || child.type === 'emphasis' || child.type === 'inlineCode';
}

/** A fact a stacked paragraph states alone: `≤ 250`, `≥ 1`, `default 50`. */
export interface StackedFact {
  key: 'default' | 'minimum' | 'maximum';
  value: string;
}

const BOUND = /^([≤≥])[ \t]*(-?\d{1,15}(?:\.\d{1,15})?)$/;
const DEFAULT = /^default[ \t]+([^\s`]{1,40})$/i;

/** The fact a paragraph of plain text alone states (`≤ 250` → maximum 250, `default active`); undefined otherwise. */
export function factParagraph(node: RootContent | undefined): StackedFact | undefined {
  if (node?.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'text') return undefined;
  const text = node.children[0]!.value.trim();
  if (text.length > 48) return undefined;
  const bound = BOUND.exec(text);
  if (bound) return { key: bound[1] === '≤' ? 'maximum' : 'minimum', value: bound[2]! };
  const stated = DEFAULT.exec(text)?.[1];
  return stated ? { key: 'default', value: stated } : undefined;
}

/**
 * The entry a plain paragraph names (`gardenId`), where its notes stand in the paragraph right under it.
 * A name that is itself a type word or flag (`email`, `required`, `optional`) names one only where an
 * entry may open (`opening`: the part's first, or after the entry before has its description or its
 * type, as its siblings' names stand) and the notes under it state a type, not a flag alone:
 * `required` ⏎ `boolean` after a description is a field, `string` ⏎ `Required` under a name its notes.
 */
export function stackedName(nodes: readonly RootContent[], index: number, opening = true): { name: string; notes: string[] } | undefined {
  const node = nodes[index];
  const notes = noteParagraph(nodes[index + 1]);
  if (node?.type !== 'paragraph' || !notes || !isPlainName(node)) return undefined;
  const name = plainText(node).trim();
  if (isBareTypeWord(name) && !(opening && notes.some(isTypeWord))) return undefined;
  return { name, notes: [] };
}

/** A note's word that states a type: a bare type word other than a flag. */
export const isTypeWord = (word: string): boolean => !/^(?:required|optional|nullable)$/i.test(word) && isBareTypeWord(word);

function isPlainName(node: Paragraph): boolean {
  const [only, ...rest] = node.children;
  return rest.length === 0 && only?.type === 'text' && IDENTIFIER.test(only.value.trim());
}
