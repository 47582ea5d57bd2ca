/**
 * The calls of a schema client beside each operation: Django REST framework's API docs show
 * coreapi's (`$ coreapi action shelves list -p page=...`, Python's and JavaScript's
 * `client.action(schema, action)`). They run the schema's action by its keys, not the HTTP request:
 * no sample of it and no words of its parts (they had ended up in the request body's description).
 */
import type { Root } from 'mdast';

/**
 * coreapi's command line (`coreapi action …`) or a client's call of an action (`client.action(schema, …)`).
 * (One run of blanks before the prompt and one after it: two runs side by side, `\s*\$?\s*`, split a
 * line's long indentation every way, and `\s` ran on over the blank lines after it.)
 */
const CLIENT_CALL = /^[ \t]*(?:\$[ \t]*)?coreapi\s+action\s|\bclient\.action\(\s*schema\b/m;

export function dropSchemaClientCalls(root: Root): void {
  if (!root.children.some((node) => node.type === 'code' && CLIENT_CALL.test(node.value))) return;
  root.children = root.children.filter((node) => node.type !== 'code' || !CLIENT_CALL.test(node.value));
}
