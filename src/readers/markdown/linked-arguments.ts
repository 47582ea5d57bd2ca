/**
 * Arguments an operation lists only by a link to the section of the page that defines them (a
 * reference's shared parameters, defined once and linked from every call that takes them):
 *
 *     ### **shelf** { id="parameters_shelf" }      (a section outside every operation)
 *     Arguments:
 *     :
 *         *   `shelf_id`: (selective, a numerical shelf id)
 *         *   `shelf_code`: (selective, the shelf's code)
 *
 *     ### **POST `/shelves/empty`**
 *     Arguments (in JSON):
 *     :
 *         *   [shelf](#parameters_shelf)          → `shelf_id`, `shelf_code`, as written there
 *
 * An item whose words are only an in-page link (and a note in parentheses after it) to a heading
 * whose own section, before any other heading, holds one list of arguments (every item's first
 * words a code span, the argument's name) stands for that list's items, each read where the
 * section writes it. A link to anything else (an operation's heading, a section of prose or of two
 * lists, another page) stays as written.
 */
import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { headingAnchors } from './heading-anchors.js';

/** A request line in a heading: an operation's, never a shared definition's. */
const OPERATION_HEADING = /\b(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\b\s*`?\s*\//;
/** What may follow the link in its item: nothing, or a note in parentheses (`(optional)`). */
const NOTE = /^\s*(?:\([^()\n]*\))?\s*\.?\s*$/;

export function resolveLinkedArguments(root: Root): void {
  if (!root.children.some((node) => node.type === 'heading')) return;
  let definitions: Map<string, ListItem[]> | undefined;
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return;
    for (const child of node.children as Nodes[]) visit(child);
    if (node.type !== 'list') return;
    if (!node.children.some((item) => linkedAnchor(item) !== undefined)) return;
    definitions ??= sharedArguments(root.children);
    node.children = node.children.flatMap((item) => {
      const anchor = linkedAnchor(item);
      const items = anchor === undefined ? undefined : definitions!.get(anchor);
      return items ? items.map((defined) => structuredClone(defined)) : [item];
    });
  };
  visit(root);
}

/** The anchor an item links to when its words are only that link (and a note after it). */
function linkedAnchor(item: ListItem): string | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || rest.length > 0) return undefined;
  const [link, ...after] = first.children;
  if (link?.type !== 'link' || !link.url.startsWith('#') || !plainText(link).trim()) return undefined;
  if (!after.every((child) => child.type === 'text' || child.type === 'emphasis') || !NOTE.test(after.map(plainText).join('')))
    return undefined;
  return link.url.slice(1).toLowerCase();
}

/** The argument lists of the page's sections outside operations, by their headings' anchors. */
function sharedArguments(nodes: readonly RootContent[]): Map<string, ListItem[]> {
  const found = new Map<string, ListItem[]>();
  nodes.forEach((node, index) => {
    if (node.type !== 'heading' || OPERATION_HEADING.test(plainText(node))) return;
    const lists = ownLists(nodes, index);
    const [list, ...others] = lists;
    if (!list || others.length > 0 || !list.children.every(namesArgument)) return;
    for (const anchor of headingAnchors(node)) if (!found.has(anchor)) found.set(anchor, list.children);
  });
  return found;
}

/** The lists under the heading at `index` before any other heading. */
function ownLists(nodes: readonly RootContent[], index: number): List[] {
  const lists: List[] = [];
  for (const node of nodes.slice(index + 1)) {
    if (node.type === 'heading') break;
    if (node.type === 'list') lists.push(node);
  }
  return lists;
}

/** An item whose first words are a code span, the argument's name (`` `shelf_id`: (a numerical id) ``). */
function namesArgument(item: ListItem): boolean {
  const first = item.children[0];
  return first?.type === 'paragraph' && first.children[0]?.type === 'inlineCode';
}
