/**
 * What hast-util-to-mdast would flatten to words where its markup says what the words are: an HTML
 * page's (and an HTML table's) elements kept in the form the markdown page writes them, so that
 * the markdown conventions read both.
 *
 * - A definition list (`<dl>`) is the list the library makes of it (an item a term and its
 *   definitions), marked as the page's definition list (`html-definition-lists.ts` reads it).
 */
import { defaultHandlers, type Handle } from 'hast-util-to-mdast';

/** The handlers, for `toMdast`'s `handlers` option. */
export const HTML_HANDLERS: Record<string, Handle> = {
  dl: (state, node) => {
    const list = defaultHandlers.dl(state, node);
    if (list && !Array.isArray(list) && list.type === 'list') list.data = { ...list.data, definitionList: true };
    return list;
  },
};
