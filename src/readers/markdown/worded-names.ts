/**
 * A name cell that names the route's placeholder in words, as the route writes it (Kong's Admin
 * API): the route's `{service name or id}` is `{service_name_or_id}` (`paths.ts` joins the words),
 * and so is the row's name.
 *
 *     <div class="endpoint delete">/services/{service name or id}</div>
 *
 *     Attributes | Description
 *     ---:| ---
 *     `service name or id`<br>**required** | The unique identifier or the name of the Service.
 *       → `service_name_or_id`, a path parameter (not `service`, the name's first word)
 */
import type { Table } from 'mdast';

/** Rewrites the name cells (column `nameAt`) whose code span joined by `_` is one of `routeNames`. */
export function joinWordedNames(table: Table, nameAt: number, routeNames: ReadonlySet<string>): void {
  for (const row of table.children.slice(1)) {
    const code = row.children[nameAt]?.children.find((child) => child.type === 'inlineCode');
    if (code?.type !== 'inlineCode' || !WORDS.test(code.value)) continue;
    const joined = code.value.trim().split(/\s+/).join('_');
    if (routeNames.has(joined)) code.value = joined;
  }
}

/** Two words or more, each as a placeholder's name may be (`service name or id`). */
const WORDS = /^\s*[A-Za-z_][\w-]*(?:[ \t]+[A-Za-z_][\w-]*)+\s*$/;
