/**
 * Tabbed samples as docs sites render them (a whole `.html` page): each tab's content under its
 * tab's title, as the markdown's `=== "Response"` tab is read (mkdocs-blocks.ts), so that a
 * `Response` or `201 Created` tab's JSON is that answer's sample, a curl tab the request's, and a
 * `Python` tab's code nothing.
 *
 * - ARIA tabs (Docusaurus' `<ul role="tablist">` of `<li role="tab">`, Starlight's, GitBook's and
 *   Mintlify's `<button role="tab">`, Headless UI's): each `role="tab"` titles the `role="tabpanel"`
 *   it controls (`aria-controls`), or that names it (`aria-labelledby`), else the panel in the same
 *   place among the panels near it; a panel left empty (Headless UI renders only the selected one)
 *   has no title.
 * - Radio tabs (MkDocs Material's `<div class="tabbed-set">`, VitePress' code groups): each
 *   `<label for>` of a radio `<input>` titles the block after it (pymdownx's first form) or, where
 *   the labels stand together, the block in the same place among the set's blocks
 *   (`tabbed-content` ⏎ `tabbed-block`s, VitePress' `blocks`).
 *
 * The tab's title becomes a paragraph of its words at the head of its panel; the tab list, its
 * controls (a copy button's `Copy`) and the radio inputs are no words of the page.
 */
import type { Element, Root } from 'hast';
import { element, text, textOf } from './made-hast.js';

/** Panels are looked for this many elements up from a tab list (the tabs' container and its wrappers). */
const MAX_UP = 4;

export function openHtmlTabs(tree: Root): void {
  const lists: Array<{ list: Element; up: Element[] }> = [];
  const radios = new Map<string, { input: Element; up: Element[] }>();
  const labels: Array<{ label: Element; up: Element[] }> = [];
  const visit = (node: Root | Element, up: Element[]): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.properties.role === 'tablist') lists.push({ list: child, up });
      else if (child.tagName === 'input' && child.properties.type === 'radio' && typeof child.properties.id === 'string')
        radios.set(child.properties.id, { input: child, up });
      // (A form's radio buttons, a console's `JSON`/`XML` choice, are no tabs.)
      else if (child.tagName === 'label' && Array.isArray(child.properties.htmlFor) && !up.some((node) => node.tagName === 'form'))
        labels.push({ label: child, up });
      visit(child, [child, ...up]);
    }
  };
  visit(tree, []);
  for (const { list, up } of lists) openAriaTabs(list, up);
  openRadioTabs(
    labels.filter(({ label }) => radios.has(String((label.properties.htmlFor as unknown[])[0]))),
    radios,
  );
}

function openAriaTabs(list: Element, up: Element[]): void {
  const tabs = findAll(list, (node) => node.properties.role === 'tab');
  // Bootstrap's accordion (`<div class="panel-group" role="tablist">`, drf-docs) holds its panels and
  // headings of documentation: no tab list of titles.
  if (tabs.length === 0 || tabs.some((tab) => !isTitle(tab)) || findAll(list, (node) => node.properties.role === 'tabpanel').length > 0)
    return;
  let panels: Element[] = [];
  for (const ancestor of up.slice(0, MAX_UP)) {
    panels = findAll(ancestor, (node) => node.properties.role === 'tabpanel');
    if (panels.length > 0) break;
  }
  if (panels.length === 0) return;
  const byTab = tabs.map((tab, index) => {
    const id = tab.properties.id;
    const controls = listOf(tab.properties.ariaControls);
    return (
      panels.find((panel) => typeof panel.properties.id === 'string' && controls.includes(panel.properties.id)) ??
      panels.find((panel) => typeof id === 'string' && listOf(panel.properties.ariaLabelledBy).includes(id)) ??
      (panels.length === tabs.length ? panels[index] : undefined)
    );
  });
  if (byTab.some((panel) => !panel)) return;
  for (const [index, tab] of tabs.entries()) title(byTab[index]!, tab);
  const parent = up[0];
  if (parent) parent.children = parent.children.filter((child) => child !== list);
}

/** Labels of radio inputs, grouped by the inputs' name: each group's blocks titled. */
function openRadioTabs(labels: Array<{ label: Element; up: Element[] }>, radios: Map<string, { input: Element; up: Element[] }>): void {
  const groups = new Map<string, Array<{ label: Element; up: Element[]; input: { input: Element; up: Element[] } }>>();
  for (const entry of labels) {
    const input = radios.get(String((entry.label.properties.htmlFor as unknown[])[0]))!;
    const name = String(input.input.properties.name ?? input.input.properties.id);
    groups.set(name, [...(groups.get(name) ?? []), { ...entry, input }]);
  }
  for (const group of groups.values()) {
    const panels = blocksAfter(group) ?? blocksBeside(group);
    if (!panels) continue;
    group.forEach(({ label, up, input }, index) => {
      title(panels[index]!, label);
      // The label and its radio input (which hast-util-to-mdast would write `[ ]`): no words.
      for (const [node, parent] of [
        [label, up[0]],
        [input.input, input.up[0]],
      ] as const)
        if (parent) parent.children = parent.children.filter((child) => child !== node);
    });
  }
}

/** pymdownx's first form: `<input>` `<label>` `<div class="tabbed-content">` … each label's block right after it. */
function blocksAfter(group: Array<{ label: Element; up: Element[] }>): Element[] | undefined {
  const blocks = group.map(({ label, up }) => {
    const siblings = up[0]?.children.filter((child): child is Element => child.type === 'element') ?? [];
    const next = siblings[siblings.indexOf(label) + 1];
    return next && next.tagName !== 'label' && next.tagName !== 'input' ? next : undefined;
  });
  return blocks.every(Boolean) ? (blocks as Element[]) : undefined;
}

/** The labels together (`tabbed-labels`, VitePress' `tabs`): the set's blocks, an element of as many children as labels. */
function blocksBeside(group: Array<{ label: Element; up: Element[] }>): Element[] | undefined {
  const [first] = group;
  if (!first || group.length < 2 || group.some(({ up }) => up[0] !== first.up[0])) return undefined;
  const holder = first.up[0];
  for (const ancestor of first.up.slice(1, MAX_UP)) {
    const found = findAll(ancestor, (node) => node !== holder && !holds(node, holder) && elementsOf(node).length === group.length)[0];
    if (found) return elementsOf(found);
  }
  return undefined;
}

/** The tab's words as a paragraph at the head of its panel (none where the panel is empty). */
function title(panel: Element, tab: Element): void {
  const words = textOf(tab).replace(/\s+/g, ' ').trim();
  if (!words || elementsOf(panel).length === 0) return;
  panel.children = [element('p', [text(words)], tab.position), ...panel.children];
}

/** A tab's words are a title: a short phrase, no block of documentation. */
function isTitle(tab: Element): boolean {
  return textOf(tab).trim().length <= MAX_TITLE && findAll(tab, (node) => BLOCKS.has(node.tagName)).length === 0;
}

const MAX_TITLE = 80;
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'pre', 'table', 'ul', 'ol', 'dl']);

function elementsOf(node: Element): Element[] {
  return node.children.filter((child): child is Element => child.type === 'element');
}

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** Elements under `node` that `test` holds of (not looking inside those found), in document order. */
function findAll(node: Element, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of elementsOf(node)) {
    if (test(child)) found.push(child);
    else found.push(...findAll(child, test));
  }
  return found;
}

function holds(node: Element, inner: Element | undefined): boolean {
  return node.children.some((child) => child === inner || (child.type === 'element' && holds(child, inner)));
}
