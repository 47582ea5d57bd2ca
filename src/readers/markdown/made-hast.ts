/** HTML nodes (hast) a pass makes or looks for, and the text of one: the passes that rewrite a page's HTML share these. */
import type { Element, ElementContent, Text } from 'hast';
import type { Position } from 'unist';

export function element(
  tagName: string,
  children: ElementContent[],
  position: Position | undefined,
  properties: Element['properties'] = {},
): Element {
  return { type: 'element', tagName, properties, children, ...(position ? { position } : {}) };
}

export function text(value: string): Text {
  return { type: 'text', value };
}

/** A `<table>` of a header row of `header`'s words over `rows`, placed at `at`. */
export function madeTable(header: readonly string[], rows: Element[], at: Position | undefined): Element {
  const heading = element(
    'tr',
    header.map((word) => element('th', [text(word)], at)),
    at,
  );
  return element('table', [element('thead', [heading], at), element('tbody', rows, at)], at);
}

/** The text of an element's descendants, as written. */
export function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');
}

/** The first element under `node` (itself excluded) that `test` holds of, depth first. */
export function find(node: Element, test: (node: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}
