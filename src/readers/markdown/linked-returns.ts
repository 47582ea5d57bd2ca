/**
 * "Returns a list of [emoji](#DOCS_RESOURCES_EMOJI/emoji-object) objects" /
 * "Returns a [guild member](#DOCS_RESOURCES_GUILD/guild-member-object) object" (Discord and the
 * references written like it): the linked words name the object a heading of the reference
 * documents (`### Emoji Object`, `### Guild Member Object`), and the link goes to that heading. The
 * response is that type (a list of it for "a list of" or the plural "objects"), named as the heading names it
 * (`typeNameOf`). A link to anything else (`#pagination`, another page's prose), words between the
 * article and the link ("a partial [guild](…) object") or no `object` after it state no type here;
 * the other sentences that say what the operation returns ("Returns a [guild](#…-object) on
 * success.", "On success, the [guild](#…-object) is returned.") are `returned-links.ts`'s.
 */
import type { Link, Paragraph } from 'mdast';
import { plainText } from '../../document/plain-text.js';

/**
 * `Guild Member` → `GuildMember`, `emoji` → `Emoji`: a heading `### emoji object` and the
 * `###### Emoji Structure` under it, and the links to it (`[emoji](#emoji-object)`), name one type.
 */
export function typeNameOf(words: string): string {
  return words
    .trim()
    .split(/\s+/)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** "Returns a list of ", "Returns the updated " right before the link ("a partial [guild]" is no guild: nothing). */
const BEFORE =
  /(?:^|[.!?]\s+)Returns?\s+(?:an?|the)\s+(?:(?:updated|new|newly\s+created|created|modified)\s+)?(list\s+of\s+|array\s+of\s+)?$/;
const AFTER = /^\s+objects?\b/;
/**
 * The words of a heading's anchor: `emoji-object`, `guild-member-object`, after a `#` and a page's
 * `/`; `poll-media-object-structure` (`###### Poll Media Object Structure`) → `poll-media`.
 */
const ANCHOR = /#(?:[^#/]*\/)?([a-z0-9]+(?:-[a-z0-9]+)*?)(?:-object)?-(?:object|structure)$/i;

/** The type a paragraph's "Returns a [X](#x-object) object" names (`array of X` for a list), or undefined. */
export function linkedReturnType(node: Paragraph): string | undefined {
  const children = node.children;
  for (let index = 1; index + 1 < children.length; index++) {
    const link = children[index]!;
    if (link.type !== 'link') continue;
    const before = children[index - 1]!;
    const after = children[index + 1]!;
    if (before.type !== 'text' || after.type !== 'text' || !AFTER.test(after.value)) continue;
    const returns = BEFORE.exec(before.value);
    const name = returns && objectLinkType(link);
    // "Returns the [lamp](#lamp-object) objects": more than one, a list of it.
    if (name) return objectTypeText(name, returns[1] !== undefined || /^\s+objects\b/.test(after.value));
  }
  return undefined;
}

/** The object a link to its heading names (`[guild member](#guild-member-object)` → `GuildMember`), if it goes to one. */
export function objectLinkType(link: Link): string | undefined {
  const anchor = ANCHOR.exec(link.url)?.[1];
  // `[Poll Media Object](#poll-media-object-structure)`, `[Poll Answer Objects](…)`: the word for an object is no part of its name.
  const words = withoutObjectWord(plainText(link).trim());
  if (!anchor || !/^[A-Za-z][\w]*(?:\s+[A-Za-z][\w]*){0,3}$/.test(words)) return undefined;
  // The link goes to the heading of the object its words name (case and spacing aside; `## The lamp object`'s `#the-lamp-object` too).
  const heading = anchor.toLowerCase().replace(/^the-/, '');
  return words.toLowerCase().split(/\s+/).join('-') === heading ? typeNameOf(words) : undefined;
}

/** Words without the word for an object closing them (`Poll Media Object` → `Poll Media`, `Poll Answer Objects`), where words are left. */
export function withoutObjectWord(words: string): string {
  return words.replace(/(\S)\s+objects?$/i, '$1');
}

/**
 * The type words of the object a link names, written so they read as its name whatever it is
 * (`object (Map)`, `array of objects (File)`, as Redoc writes a named schema): a page's `## The map
 * object` is that object, not the type word `map` (a dictionary) nor `file` (a binary string).
 */
export function objectTypeText(name: string, list: boolean): string {
  if (!/^[A-Za-z_][\w.]*$/.test(name)) return list ? `array of ${name}` : name;
  return list ? `array of objects (${name})` : `object (${name})`;
}
