/**
 * Routes stated with a method OpenAPI 3.1 has no operation for — HashiCorp Vault's `LIST`,
 * Directus' `SEARCH`, WebDAV's (`PROPFIND`, `MKCOL`, …), the HTTP `QUERY` method:
 *
 *     | Method | Path |                    ```
 *     | :----- | :--- |                    LIST /secret/metadata/:path
 *     | `LIST` | `/secret/metadata/:path` | ```
 *                                          `SEARCH /items/:collection`
 *
 * A Path Item holds `get` … `trace` only (OpenAPI 3.2 adds `query`, and `additionalOperations`
 * for the others), so such an operation cannot be written faithfully: it is reported
 * (`unsupported-method`), never dropped in silence nor read as another method (a GET it is not).
 * A method is one only as a request line states it: in capitals, alone before the path on its
 * line (or in a method/path table's Method cell), so the words "search" or "copy" in prose never
 * are. Pages without such a word are not scanned.
 *
 * A route stated for `ANY` method (NelmioApiDocBundle's ``### `ANY` /shelves/{id}`` for a Symfony
 * route that names none, Laravel's `Route::any`) is reported so too: OpenAPI has an operation per
 * method, and which methods the route answers the docs do not say, so none is emitted (neither one
 * method nor all of them).
 */
import type { RootContent, Table } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { plainText } from '../../document/plain-text.js';
import { sourceOf } from '../../ir/source.js';
import { signatureOf } from './paths.js';
import { cellLines } from './tables.js';

/** Methods references state that OpenAPI 3.1 has no operation for (RFC 4918's WebDAV, RFC 3253's REPORT, Vault's LIST, SEARCH, QUERY). */
const NAMES = 'LIST|SEARCH|QUERY|PROPFIND|PROPPATCH|MKCOL|COPY|MOVE|LOCK|UNLOCK|REPORT|MKCALENDAR|PURGE|LINK|UNLINK|ANY';
const METHODS = new RegExp(`\\b(?:${NAMES})\\b`);
const METHOD_CELL = new RegExp(`^(?:${NAMES})$`);
const LINE = new RegExp(`^\\s*\`?(${NAMES})\`?\\s+\`?((?:https?:\\/\\/[^\\s/\`]+)?\\/[^\\s\`]*)\`?\\s*$`);
const METHOD_HEADER = /^(?:method|http method|http-method|verb)$/i;
const PATH_HEADER = /^(?:path|url|uri|endpoint|route|resource|request)$/i;

export function reportUnsupportedMethods(nodes: readonly RootContent[], text: string, file: string, diagnostics: DiagnosticBag): void {
  if (!METHODS.test(text)) return;
  const seen = new Set<string>();
  const report = (method: string, route: string, node: RootContent) => {
    // The path as the reader writes routes (`:path` → `{path}`), the method aside.
    const path = signatureOf('get', route)?.path;
    if (!path || seen.has(`${method} ${path}`)) return;
    seen.add(`${method} ${path}`);
    const holds = method === 'QUERY' ? 'as query' : 'under additionalOperations';
    diagnostics.report(
      'unsupported-method',
      sourceOf(file, node),
      method === 'ANY'
        ? `ANY ${path}: a route for any method, and OpenAPI has an operation per method, none of which the docs name; not emitted, nor read as one method or all of them`
        : `${method} ${path}: OpenAPI 3.1 has no ${method} operation (3.2 holds it ${holds}); not emitted, nor read as another method`,
    );
  };
  for (const node of nodes) {
    if (node.type === 'table') for (const [method, route] of tableRoutes(node)) report(method, route, node);
    else if (node.type === 'code' || node.type === 'heading' || node.type === 'paragraph') {
      const value = node.type === 'code' ? node.value : plainText(node);
      if (!METHODS.test(value)) continue;
      for (const line of value.split('\n', 200)) {
        const stated = LINE.exec(line);
        if (stated) report(stated[1]!, stated[2]!, node);
      }
    }
  }
}

/** `[method, route]` of a method/path table's rows of such methods (a path cell may hold several, a line each). */
function tableRoutes(table: Table): Array<[string, string]> {
  const header = table.children[0]?.children.map((cell) => plainText(cell).trim()) ?? [];
  const methodAt = header.findIndex((cell) => METHOD_HEADER.test(cell));
  const pathAt = header.findIndex((cell) => PATH_HEADER.test(cell));
  if (methodAt < 0 || pathAt < 0) return [];
  const routes: Array<[string, string]> = [];
  for (const row of table.children.slice(1)) {
    const method = plainText(row.children[methodAt] ?? { type: 'text', value: '' }).trim();
    if (!METHOD_CELL.test(method)) continue;
    const cell = row.children[pathAt];
    // `` `/a` <br /> `/b` ``: a route a line, as the tables of routes other methods have are read.
    if (cell) for (const line of cellLines(cell)) if (line.startsWith('/')) routes.push([method, line]);
  }
  return routes;
}
