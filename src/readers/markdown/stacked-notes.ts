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
 */
import type { Paragraph, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { isBareTypeWord } from './attribute-lists.js';

const IDENTIFIER = /^[A-Za-z_$][\w.[\]$-]*$/;

/** The words of a paragraph that is type words or a flag alone (`string`, `Required`, `nullable integer`); undefined otherwise. */
export function noteParagraph(node: RootContent | undefined): string[] | undefined {
  if (
    node?.type !== 'paragraph' ||
    !node.children.every((child) => child.type === 'text' || child.type === 'emphasis' || child.type === 'inlineCode')
  )
    return undefined;
  const text = plainText(node).trim();
  if (text.length > 40) return undefined;
  const words = text.split(/\s+/);
  return words.length <= 4 && words.every(isBareTypeWord) ? words : undefined;
}

/** The entry a plain paragraph names (`gardenId`), where its notes stand in the paragraph right under it. */
export function stackedName(nodes: readonly RootContent[], index: number): { name: string; notes: string[] } | undefined {
  const node = nodes[index];
  if (node?.type !== 'paragraph' || !isPlainName(node) || !noteParagraph(nodes[index + 1])) return undefined;
  return { name: plainText(node).trim(), notes: [] };
}

function isPlainName(node: Paragraph): boolean {
  const [only, ...rest] = node.children;
  return rest.length === 0 && only?.type === 'text' && IDENTIFIER.test(only.value.trim()) && !isBareTypeWord(only.value.trim());
}
