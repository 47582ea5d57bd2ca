/**
 * An operation whose attributes live in a section of their own, linked from its prose:
 *
 *     ## Change application settings
 *     Use an API call to modify [application settings](#list-of-settings-that-can-be-accessed-via-api-calls).
 *     ```PUT /application/settings```
 *     …
 *     ## List of settings that can be accessed via API calls
 *     | Attribute | Type | Required | Description |    ← the body of the PUT
 *
 * For an operation that sends a body (POST, PUT, PATCH) and has no attribute table of its own, the
 * first attribute table of the section an in-page link names documents its body. An operation
 * without a body (the GET beside it) links to the same section for the reading, not its parameters.
 * A link in a sentence saying what the call returns ("Returns a [lamp object](#the-lamp-object).")
 * names the answer's type, not the body's fields. Where the call's words say its update is partial
 * ("Updates to lamps are partial."), the table is given marked so: none of its fields is required
 * by this call (partial-updates.ts).
 */
import type { Link, Nodes, RootContent, Table } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { statesPartialUpdate } from './partial-updates.js';
import type { Region } from './regions.js';
import { classifyTable } from './tables.js';

/** The methods whose requests send a body. */
export const BODY_METHODS: ReadonlySet<string> = new Set(['post', 'put', 'patch']);

/** The attribute table a body-sending region links to, if it has none of its own. */
export function linkedTable(
  nodes: readonly RootContent[],
  region: Region,
  columnNames?: Readonly<Record<string, string>>,
): Table | undefined {
  if (!region.signatures.every((signature) => BODY_METHODS.has(signature.method))) return undefined;
  const own = nodes.slice(region.start, region.end);
  if (own.some((node) => node.type === 'table' || node.type === 'list')) return undefined;
  const anchors = new Set(
    own
      // "Returns a [lamp object](#the-lamp-object)." links to what the call answers, never to its body's fields.
      .filter((node) => !(node.type === 'paragraph' && node.data && 'namedReturn' in node.data))
      .flatMap(links)
      .filter((url) => url.startsWith('#'))
      .map((url) => url.slice(1).toLowerCase()),
  );
  if (anchors.size === 0) return undefined;
  for (let index = 0; index < nodes.length; index++) {
    const heading = nodes[index]!;
    if (heading.type !== 'heading' || !anchors.has(slug(plainText(heading)))) continue;
    for (let next = index + 1; next < nodes.length; next++) {
      const node = nodes[next]!;
      if (node.type === 'heading' && node.depth <= heading.depth) break;
      if (node.type !== 'table' || classifyTable(node, columnNames).kind !== 'attributes') continue;
      // A partial update's words: the table's required marks are the other call's (partial-updates.ts).
      return statesPartialUpdate(own) ? { ...node, data: { ...node.data, partial: true } } : node;
    }
  }
  return undefined;
}

/** The URLs of the links in `node`, in order. */
export function links(node: Nodes): string[] {
  if (node.type === 'link') return [(node as Link).url];
  if ('children' in node) return (node.children as Nodes[]).flatMap(links);
  return [];
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
