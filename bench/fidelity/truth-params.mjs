/**
 * The path and query parameters of a truth (OpenAPI 3 or Swagger 2, one file, local `$ref`s), per
 * operation, and the docs pages that document each operation (from the corpus manifest): what
 * the evidence listing (evidence.mjs) looks for on the pages.
 *
 * Operations are keyed as the shared scorer keys them: lower-case method, the path with its
 * query dropped, a `--strip-prefix` prefix removed, one leading `/` and no trailing one, and
 * parameters compared by position (`/a/{id}`, `/a/:id` are `/a/{}`). A page path written without
 * its leading `/` (`api/v1/x`) gets it before the prefix is stripped.
 */
import { readFileSync } from 'node:fs';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** `get /users/{}` for a method and path, as the scorer matches them. */
export function opKey(method, rawPath, stripPrefix = []) {
  let p = String(rawPath)
    .replace(/^https?:\/\/[^/]+/, '')
    .split('?')[0];
  if (!p.startsWith('/')) p = `/${p}`;
  for (const prefix of stripPrefix)
    if (prefix && p.startsWith(prefix)) {
      p = p.slice(prefix.length) || '/';
      break;
    }
  if (!p.startsWith('/')) p = `/${p}`;
  if (p.length > 1) p = p.replace(/\/+$/, '');
  return `${String(method).toLowerCase()} ${p.replace(/\{[^}]*\}|:[A-Za-z_]\w*|<[^>]+>/g, '{}')}`;
}

/** A local JSON pointer (`#/components/parameters/X`) of `doc`, or undefined. */
function deref(doc, node, seen = new Set()) {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return node;
  if (seen.has(node.$ref) || !node.$ref.startsWith('#/')) return undefined;
  seen.add(node.$ref);
  let target = doc;
  for (const part of node.$ref.slice(2).split('/')) target = target?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return deref(doc, target, seen);
}

/**
 * `[{ key, label, route, params: [{ in, name }] }]`: every operation of the truth with its path
 * and query parameters (operation-level ones over path-level ones of the same name and place).
 */
export function truthParams(truthFile, stripPrefix = []) {
  const doc = JSON.parse(readFileSync(truthFile, 'utf8').replace(/^\uFEFF/, ''));
  const ops = [];
  for (const [route, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = deref(doc, rawItem) ?? {};
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method) || !op || typeof op !== 'object') continue;
      const merged = new Map();
      for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const p = deref(doc, raw);
        if (p && typeof p.name === 'string' && (p.in === 'path' || p.in === 'query'))
          merged.set(`${p.in}:${p.name}`, { in: p.in, name: p.name });
      }
      ops.push({ key: opKey(method, route, stripPrefix), label: `${method.toUpperCase()} ${route}`, route, params: [...merged.values()] });
    }
  }
  return ops;
}

/** `op key → [file, …]` of a manifest (`[{ file, method, path }]`). */
export function pagesByOp(manifestFile, stripPrefix = []) {
  const pages = new Map();
  for (const entry of JSON.parse(readFileSync(manifestFile, 'utf8').replace(/^\uFEFF/, ''))) {
    const key = opKey(entry.method, entry.path, stripPrefix);
    pages.set(key, [...new Set([...(pages.get(key) ?? []), entry.file])]);
  }
  return pages;
}
