/**
 * A name cell read as the author meant an identifier. Markdown reads `__proto__` as bold "proto"
 * and `_id_` as italic "id"; in a name column they are the wire names `__proto__` and `_id_`:
 *
 * - emphasis written with underscores keeps them (underscores belong to identifiers);
 * - emphasis written with asterisks (`**id**`, `*id*`) is formatting: its text is the name;
 * - code spans give their content as written (`` `__proto__` ``);
 * - backslash escapes give the escaped character (`first\_name` → `first_name`; remark already
 *   unescapes text nodes);
 * - a zero-width character the page does not show is no part of it (`written-slips.ts`).
 *
 * The marker of an emphasis is read from the page source (`markdown`): mdast does not keep it.
 * Without the source, emphasis gives its text, as before.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { isRequiredMarker } from './text.js';
import { withoutZeroWidth } from './written-slips.js';

export function literalName(children: readonly PhrasingContent[], markdown: string | undefined): string {
  return withoutZeroWidth(
    children
      .filter((child) => !isRequiredMarker(child))
      .map((child) => literal(child, markdown))
      .join('')
      .trim(),
  );
}

function literal(node: Nodes, markdown: string | undefined): string {
  if (node.type === 'break') return ' ';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (!('children' in node)) return '';
  const inner = (node.children as Nodes[]).map((child) => literal(child, markdown)).join('');
  if (node.type !== 'emphasis' && node.type !== 'strong') return inner;
  const start = node.position?.start.offset;
  if (markdown === undefined || start === undefined || markdown[start] !== '_') return inner;
  const marker = node.type === 'strong' ? '__' : '_';
  return `${marker}${inner}${marker}`;
}
