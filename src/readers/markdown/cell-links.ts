/**
 * A type cell's link to a section of the page that tabulates a type's fields:
 *
 *     | photos | Array of [PhotoSize](#photosize) | Yes | The photos |   ← an operation's parameter
 *     …
 *     #### PhotoSize                                                     → type-definition `PhotoSize`
 *     | Field | Type | Description |
 *
 * The cell names the type by the link's words, and the section the link goes to (outside every
 * operation, a field table of its own under its heading: `linked-sections.ts`) is named the same:
 * that section is the type's definition, as a body's link to it makes it. A cell of other words
 * than types ("See [PhotoSize](#photosize)"), a link whose words name another type than the
 * section's, or one to another page, binds nothing.
 */
import type { RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { typeNameOf } from './linked-returns.js';
import { type LinkedSections, linkedType } from './linked-sections.js';
import type { Region } from './regions.js';

/** What a type cell holds besides its types' names: `Array of`, `or`, `objects`. */
const TYPE_WORDS = /^(?:\s|,|\||\b(?:array|list|of|or|and|objects?)\b)*$/i;

/** Makes each section a type cell of an operation's table links to by its type's name that type's definition. */
export function bindCellLinks(nodes: readonly RootContent[], regions: readonly Region[], sections: LinkedSections): void {
  for (const region of regions)
    for (const node of nodes.slice(region.start, region.end)) {
      if (node.type !== 'table') continue;
      for (const cell of node.children.slice(1).flatMap((row) => row.children)) {
        const links = cell.children.filter((child) => child.type === 'link');
        const rest = cell.children
          .filter((child) => child.type !== 'link')
          .map(plainText)
          .join('');
        if (links.length === 0 || !TYPE_WORDS.test(rest)) continue;
        for (const link of links) {
          const words = plainText(link).trim();
          const target = /^[A-Za-z]\w*$/.test(words) ? sections(link.url) : undefined;
          if (target?.heading && target.name === typeNameOf(words)) linkedType(link, false, sections)?.bind();
        }
      }
    }
}
