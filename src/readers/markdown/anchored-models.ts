/**
 * The models of swagger-markdown's older pages: under `### Models`, each type an empty anchor and
 * its name in bold over its table; as the page puts no blank line after a table, the next type's
 * label is that table's last row (a row of one cell) to a GFM parser.
 *
 *     ### Models
 *     <a name="pet"></a>**Pet**          → #### Pet
 *
 *     | Name | Type | Description | Required |
 *     | id | long |  | Yes |
 *     <a name="tag"></a>**Tag**          → (the row out of the table) #### Tag
 *
 * Each label becomes a heading one level under the types' title, which names the type that
 * heading opens (as `#### Pet` would). The noise pass blanks the anchor: the page as written
 * shows it. A bold paragraph without it, or anywhere else, is left as it is.
 */
import type { Heading, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import type { Position } from 'unist';
import { plainText } from '../../document/plain-text.js';
import { isTypesTitle, TYPE_NAME } from './section-titles.js';

const ANCHOR = /^<a\s+(?:id|name)=["'][^"'\n]*["']\s*>\s*<\/a>/i;

export function convertAnchoredModels(root: Root, page: string): void {
  if (!page.includes('<a')) return;
  let types: number | undefined;
  const out: RootContent[] = [];
  root.children.forEach((node, index) => {
    out.push(node);
    if (node.type === 'heading') {
      if (types !== undefined && node.depth <= types) types = undefined;
      if (types === undefined && isTypesTitle(plainText(node))) types = node.depth;
      return;
    }
    if (types === undefined || root.children[index + 1]?.type !== 'table') return;
    const depth = Math.min(6, types + 1) as Heading['depth'];
    if (node.type === 'paragraph') {
      const label = heading(node.children, depth, node.position, page);
      if (label) out[out.length - 1] = label;
    }
    // The next type's label, the table's last row.
    const last = node.type === 'table' && node.children.length > 2 ? node.children.at(-1) : undefined;
    const next = last && labelRow(last, depth, page);
    if (node.type === 'table' && next) {
      node.children.pop();
      out.push(next);
    }
  });
  root.children = out;
}

/** `**Pet**` where the page wrote `<a name="pet"></a>**Pet**`: the heading `Pet`. */
function heading(
  children: readonly PhrasingContent[],
  depth: Heading['depth'],
  position: Position | undefined,
  page: string,
): Heading | undefined {
  const words = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [name, ...rest] = words;
  const offset = position?.start.offset;
  if (!position || offset === undefined || rest.length > 0 || name?.type !== 'strong' || !ANCHOR.test(page.slice(offset))) return undefined;
  const title = plainText(name).trim();
  if (!TYPE_NAME.test(title)) return undefined;
  return {
    type: 'heading',
    depth,
    children: [{ type: 'text', value: title, ...(name.position ? { position: name.position } : {}) }],
    position,
  };
}

/** A table's row of one written cell that is a model's label. */
function labelRow(row: TableRow, depth: Heading['depth'], page: string): Heading | undefined {
  const written = row.children.filter((cell) => cell.children.length > 0);
  const [cell] = written;
  if (!cell || written.length !== 1 || cell !== row.children[0]) return undefined;
  return heading(cell.children, depth, row.position, page);
}
