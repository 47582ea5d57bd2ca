/**
 * What hast-util-to-mdast would flatten to words where its markup says what the words are: an HTML
 * page's (and an HTML table's) elements kept in the form the markdown page writes them, so that
 * the markdown conventions read both.
 *
 * - A badge in a table cell (`<span class="badge">required</span>`, `<i class="label">read-only</i>`)
 *   stays the inline HTML the markdown cell holds (`cell-labels.ts` reads it there); other badges,
 *   and badges outside tables, are their words as before.
 * - A definition list (`<dl>`) is the list the library makes of it (an item a term and its
 *   definitions), marked as the page's definition list (`html-definition-lists.ts` reads it).
 * - A table a convention made of an array's items' fields (`data-specdown-items="1"`) is marked so (`data.items`).
 * - A collapsible section's summary that is a heading alone (`<details open><summary><h1><span
 *   class="http-api-method">GET</span> <span class="endpoint">/rooms/{roomId}</span></h1></summary>`,
 *   as the Matrix specification renders each operation) stays that heading, not a paragraph of its words.
 */
import type { Element } from 'hast';
import { defaultHandlers, type Handle, type State } from 'hast-util-to-mdast';
import type { Nodes } from 'mdast';
import { isBadge } from './cell-labels.js';
import { textOf } from './made-hast.js';

/** The inline elements a badge is written as (`cell-labels.ts`'s `BADGE_OPEN`). */
const BADGE_TAGS = ['i', 'span', 'em', 'small', 'b', 'strong', 'code'];

const HEADING_TAG = /^h[1-6]$/;

/** The handlers, for `toMdast`'s `handlers` option. */
export const HTML_HANDLERS: Record<string, Handle> = {
  // A table a convention made of an array's items' fields (`data-specdown-items="1"`, html2-bodies.ts): the mdast table's `data.items`.
  table: (state, node) => {
    const table = defaultHandlers.table(state, node);
    const items = Number(node.properties.dataSpecdownItems);
    if (table && !Array.isArray(table) && table.type === 'table' && Number.isInteger(items) && items > 0)
      table.data = { ...table.data, items };
    return table;
  },
  summary: (state, node) => {
    const shown = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
    const [only] = shown;
    if (shown.length === 1 && only?.type === 'element' && HEADING_TAG.test(only.tagName)) return state.all(node);
    return defaultHandlers.summary(state, node);
  },
  dl: (state, node) => {
    const list = defaultHandlers.dl(state, node);
    if (list && !Array.isArray(list) && list.type === 'list') list.data = { ...list.data, definitionList: true };
    return list;
  },
  ...Object.fromEntries(BADGE_TAGS.map((tag) => [tag, badgeHandler(tag)])),
};

function badgeHandler(tag: string): Handle {
  const fallback = (defaultHandlers as Record<string, Handle>)[tag]!;
  return (state: State, node: Element, parent) => {
    const classes = node.properties.className;
    const opening = `<${tag} class="${Array.isArray(classes) ? classes.join(' ') : ''}">`;
    const words = textOf(node).trim();
    if (!state.inTable || !isBadge(opening, words)) return fallback(state, node, parent);
    const badge: Nodes[] = [
      { type: 'html', value: opening },
      { type: 'text', value: words },
      { type: 'html', value: `</${tag}>` },
    ];
    return badge;
  };
}
