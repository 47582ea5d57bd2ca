/**
 * Routes stated with a method OpenAPI 3.1 has no operation for — HashiCorp Vault's `LIST`:
 *
 *     | Method | Path |                    ```
 *     | :----- | :--- |                    LIST /secret/metadata/:path
 *     | `LIST` | `/secret/metadata/:path` | ```
 *
 * A Path Item holds `get` … `trace` only (OpenAPI 3.2 adds `additionalOperations` for the others),
 * so such an operation cannot be written faithfully: it is reported (`unsupported-method`), never
 * dropped in silence nor read as another method (a GET it is not). Pages without the word are not
 * scanned.
 */
import type { RootContent, Table } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { plainText } from '../../document/plain-text.js';
import { sourceOf } from '../../ir/source.js';
import { signatureOf } from './paths.js';
import { cellLines } from './tables.js';

const METHODS = /\bLIST\b/;
const LINE = /^\s*`?LIST`?\s+`?((?:https?:\/\/[^\s/`]+)?\/[^\s`]*)`?\s*$/;
const METHOD_HEADER = /^(?:method|http method|http-method|verb)$/i;
const PATH_HEADER = /^(?:path|url|uri|endpoint|route|resource|request)$/i;

export function reportUnsupportedMethods(nodes: readonly RootContent[], text: string, file: string, diagnostics: DiagnosticBag): void {
  if (!METHODS.test(text)) return;
  const seen = new Set<string>();
  const report = (route: string, node: RootContent) => {
    // The path as the reader writes routes (`:path` → `{path}`), the method aside.
    const path = signatureOf('get', route)?.path;
    if (!path || seen.has(path)) return;
    seen.add(path);
    diagnostics.report(
      'unsupported-method',
      sourceOf(file, node),
      `LIST ${path}: OpenAPI 3.1 has no LIST operation (3.2 holds it under additionalOperations); not emitted, nor read as another method`,
    );
  };
  for (const node of nodes) {
    if (node.type === 'table') for (const route of tableRoutes(node)) report(route, node);
    else if (node.type === 'code' || node.type === 'heading' || node.type === 'paragraph') {
      const value = node.type === 'code' ? node.value : plainText(node);
      if (!METHODS.test(value)) continue;
      for (const line of value.split('\n', 200)) {
        const route = LINE.exec(line)?.[1];
        if (route) report(route, node);
      }
    }
  }
}

/** The routes of a method/path table's `LIST` rows (a path cell may hold several, a line each). */
function tableRoutes(table: Table): string[] {
  const header = table.children[0]?.children.map((cell) => plainText(cell).trim()) ?? [];
  const methodAt = header.findIndex((cell) => METHOD_HEADER.test(cell));
  const pathAt = header.findIndex((cell) => PATH_HEADER.test(cell));
  if (methodAt < 0 || pathAt < 0) return [];
  const routes: string[] = [];
  for (const row of table.children.slice(1)) {
    if (plainText(row.children[methodAt] ?? { type: 'text', value: '' }).trim() !== 'LIST') continue;
    const cell = row.children[pathAt];
    // `` `/a` <br /> `/b` ``: a route a line, as the tables of routes other methods have are read.
    if (cell) routes.push(...cellLines(cell).filter((line) => line.startsWith('/')));
  }
  return routes;
}
