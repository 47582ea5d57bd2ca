/**
 * Widdershins' response schema table of a body that is no object: its first row `*anonymous*` is
 * the body itself, the `»` rows below it its fields (an array's: its items').
 *
 *     Status Code **200**
 *     |Name|Type|Required|Restrictions|Description|      |Name|Type|Required|Restrictions|Description|
 *     |*anonymous*|[[Plant](#schemaplant)]|false|…|  →   |id|integer(int64)|false|none|none|       (an array of them:
 *     |» id|integer(int64)|false|none|none|               |soil|object|false|none|none|            `data.items`)
 *     |» soil|object|false|none|none|                     |» kind|string|false|none|none|
 *     |»» kind|string|false|none|none|
 *
 * Only under `Status Code **200**` (the response's), where the row's type is an array (`[…]`,
 * `array`) or `object` and every other row is a `»` row; the array's items are the objects the
 * rows describe (the type's name, where the cell links one, is not kept: the rows state its fields).
 */
import type { Root, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';

const STATUS_CODE = /^Status Code\s+\d{3}$/;
const ARRAY = /^(?:\[.*\]|array)$/i;
const DEPTH_MARK = /^(\s*)»\s*/;

export function convertAnonymousRows(root: Root): void {
  for (const [index, node] of root.children.entries()) {
    if (node.type !== 'table' || index === 0) continue;
    const before = root.children[index - 1]!;
    if (before.type !== 'paragraph' || !STATUS_CODE.test(plainText(before).trim())) continue;
    convertTable(node);
  }
}

function convertTable(table: Table): void {
  const [header, first, ...rows] = table.children;
  const words = header?.children.map((cell) => plainText(cell).trim().toLowerCase()) ?? [];
  const typeAt = words.indexOf('type');
  const name = first?.children[0];
  if (!first || !name || typeAt < 0 || rows.length === 0) return;
  if (name.children.length !== 1 || name.children[0]?.type !== 'emphasis' || plainText(name).trim() !== 'anonymous') return;
  const type = plainText(first.children[typeAt] ?? first).trim();
  const array = ARRAY.test(type);
  if (!array && type.toLowerCase() !== 'object') return;
  // Each row's name opens with a depth mark, one of which goes: `» id` → `id`, `»» kind` → `» kind`.
  const names = rows.map((row) => row.children[0]?.children[0]);
  if (!names.every((text) => text?.type === 'text' && DEPTH_MARK.test(text.value))) return;
  for (const text of names) if (text?.type === 'text') text.value = text.value.replace(DEPTH_MARK, '$1');
  table.children = [header!, ...rows];
  if (array) table.data = { ...table.data, items: 1 };
}
