/**
 * The classes a page's `<style>` gives a declaration (Google Docs' `.c1{…;font-family:"Courier
 * New";…}`, `.c6{font-weight:700}`), for the passes that read a document export's formatting.
 */
import type { Element, Root } from 'hast';

/** A class rule of a `<style>`: the class's name and the declarations between its braces. */
const CLASS_RULE = /\.([A-Za-z_][\w-]*)\s*\{([^{}]*)\}/g;

/** The classes whose rule's declarations `declaration` finds, in every `<style>` of the page. */
export function styledClasses(tree: Root, declaration: RegExp): Set<string> {
  const classes = new Set<string>();
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'style') {
        const css = child.children.map((text) => (text.type === 'text' ? text.value : '')).join('');
        for (const [, name, body] of css.matchAll(CLASS_RULE)) if (declaration.test(body!)) classes.add(name!);
      } else visit(child);
    }
  };
  visit(tree);
  return classes;
}

/** The element's class names. */
export function classesOf(element: Element): string[] {
  const names = element.properties.className;
  return Array.isArray(names) ? names.map(String) : [];
}

export function hasClass(element: Element, name: string): boolean {
  return classesOf(element).includes(name);
}
