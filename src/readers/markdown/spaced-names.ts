/**
 * Names indented with plain spaces under the row they belong to (Twitch's reference, as markdown:
 * `| data | Object[] | … |` ⏎ `|    id | String | … |`), which a GFM cell trims → Widdershins' depth
 * marks (`» id`), one per level, as `&nbsp;` indentation is read (`tables.ts`). The indentation is
 * read from where the name starts in its cell: a row is nested where it starts two or more columns
 * right of the table's first row, the levels the table's distinct such starts in order. A table
 * whose first row is indented, a row left of it, a name column centred or right-aligned (spaces
 * that align, not nest), or a cell without positions (an HTML page's) is left as it is.
 */
import type { AlignType, TableRow } from 'mdast';

export function markSpacedNames(rows: readonly TableRow[], nameAt: number, align: AlignType | undefined): void {
  if (align === 'center' || align === 'right') return;
  const starts = rows.map((row) => {
    const cell = row.children[nameAt];
    const first = cell?.children[0];
    const from = cell?.position?.start;
    const at = first?.position?.start;
    if (!from || !at || from.offset === undefined || at.offset === undefined) return undefined;
    if (first?.type !== 'text' && first?.type !== 'inlineCode') return undefined;
    // A GFM cell starts at its pipe, its words on that line after it; a cell another pass made (its
    // words placed at the cell, or elsewhere) tells no indentation.
    return at.line === from.line && at.offset > from.offset ? at.offset - from.offset : undefined;
  });
  const base = starts[0];
  if (base === undefined || starts.some((start) => start === undefined || start < base)) return;
  const nested = starts.map((start) => (start! >= base + 2 ? start! : base));
  if (!nested.some((start) => start > base)) return;
  const levels = [...new Set(nested)].sort((a, b) => a - b);
  rows.forEach((row, index) => {
    const level = levels.indexOf(nested[index]!);
    const cell = row.children[nameAt];
    if (level === 0 || !cell) return;
    const first = cell.children[0]!;
    const marks = `${'»'.repeat(level)} `;
    if (first.type === 'text') cell.children[0] = { ...first, value: marks + first.value };
    else cell.children.unshift({ type: 'text', value: marks });
  });
}
