/**
 * A docs site's page around its content: a header with the site's nav, a sidebar of links to the
 * other pages, an "On this page" table of contents, a footer. The content is the page's one
 * `<main>` (or `role="main"`), else its one `<article>`: where that element holds every heading,
 * table, code block and definition list of the page, what lies outside it is the site's layout,
 * never an operation's words (its last operation's description was "On this page … Edit this page
 * © …"), and only the element is read. A page with none, several, or with a heading outside it
 * (a title in the site's header, a model after the operations' articles) is read whole, as before.
 */
import type { Element, Root, RootContent } from 'hast';

/** Elements that are documentation wherever they stand: outside the content, the page is read whole. */
const DOCUMENTATION = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'pre', 'dl']);

export function keepContent(tree: Root): void {
  const body = findElement(tree, (node) => node.tagName === 'body');
  if (!body) return;
  const content = only(body, isMain) ?? only(body, (node) => node.tagName === 'article');
  if (!content || holdsOutside(body, content)) return;
  body.children = [content];
}

function isMain(node: Element): boolean {
  return node.tagName === 'main' || node.properties.role === 'main';
}

/** The one element under `node` that `test` holds for (none inside another), else undefined. */
function only(node: Element, test: (node: Element) => boolean): Element | undefined {
  const found: Element[] = [];
  const visit = (parent: Element): void => {
    for (const child of parent.children)
      if (child.type === 'element') {
        if (test(child)) found.push(child);
        else visit(child);
      }
  };
  visit(node);
  return found.length === 1 ? found[0] : undefined;
}

/** True where documentation stands under `node` outside `content`. */
function holdsOutside(node: Element, content: Element): boolean {
  return node.children.some(
    (child) => child.type === 'element' && child !== content && (DOCUMENTATION.has(child.tagName) || holdsOutside(child, content)),
  );
}

function findElement(node: Root | Element, test: (node: Element) => boolean): Element | undefined {
  for (const child of node.children as RootContent[])
    if (child.type === 'element') {
      if (test(child)) return child;
      const found = findElement(child, test);
      if (found) return found;
    }
  return undefined;
}
