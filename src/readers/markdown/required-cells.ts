/**
 * A table cell that an HTML page marks required by its class alone, the word shown by the
 * stylesheet (rspec_api_documentation's `<td class="required"><span class="name">shelf[name]</span></td>`
 * under `td.required .name:after { content: "required" }`): the cell states the flag, as the
 * marker `**Required**` in a markdown cell does.
 */
import type { Element, Root } from 'hast';

export function markRequiredCells(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'td' && isRequired(child))
      child.children.push(
        { type: 'text', value: ' ' },
        { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: 'Required' }] },
      );
    else markRequiredCells(child);
  }
}

function isRequired(cell: Element): boolean {
  const classes = cell.properties.className;
  return Array.isArray(classes) && classes.includes('required');
}
