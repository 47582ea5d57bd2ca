/**
 * An HTML page's interactive parts: its buttons (Django REST framework's `Interact`, a `Try it`)
 * and its dialogs (Bootstrap's `<div class="modal">`, `<dialog>`) that hold controls (a button, a
 * form), such as Django REST framework's "Interact" console and drf-docs' live API one. No
 * documentation: their titles, buttons' words (`×`, `Send Request`) and form fields are never an
 * operation's words. Other dialogs are read as written.
 */
import type { Element, Root } from 'hast';

const CONTROLS = new Set(['button', 'form', 'input', 'select', 'textarea']);

export function dropControls(tree: Root): void {
  const visit = (node: Root | Element): void => {
    node.children = node.children.filter((child) => child.type !== 'element' || !isControl(child)) as typeof node.children;
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  visit(tree);
}

function isControl(node: Element): boolean {
  if (node.tagName === 'button') return true;
  const classes = node.properties?.className;
  const dialog = node.tagName === 'dialog' || (Array.isArray(classes) && classes.includes('modal'));
  return dialog && holdsControl(node);
}

function holdsControl(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && (CONTROLS.has(child.tagName) || holdsControl(child)));
}
