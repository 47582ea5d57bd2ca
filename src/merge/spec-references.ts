/**
 * Pages whose front matter names an operation of an OpenAPI spec (Mintlify's `openapi: GET
 * /users/{id}`, `openapi: openapi.json POST /users`): the site fills the page from that spec, so
 * where the input holds the spec, its operation is merged with the page's (one operation, the
 * route shared); where it does not, what the page itself states is all that is read, and the
 * reference is reported `spec-operation-absent` at its line — never an operation made up from it.
 *
 * A reference naming a file is to the input's spec of that name (its path, or the end of it:
 * `api-reference/openapi.json` and `openapi.json` are one file); one naming none is to any spec.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { PageFragment, SpecReference } from '../ir/types.js';

export function reportSpecReferences(pages: readonly PageFragment[], diagnostics: DiagnosticBag): void {
  const referring = pages.filter((page) => page.specReference?.source);
  if (referring.length === 0) return;
  const specs = pages.filter((page) => page.dialect === 'openapi');
  for (const page of referring) {
    const reference = page.specReference!;
    const named = reference.spec === undefined ? specs : specs.filter((spec) => sameFile(spec.file, reference.spec!));
    if (named.some((spec) => holds(spec, reference))) continue;
    const route = `${reference.method.toUpperCase()} ${reference.path}`;
    const where =
      reference.spec === undefined
        ? specs.length === 0
          ? 'no OpenAPI spec is in the input'
          : 'no OpenAPI spec of the input documents it'
        : named.length === 0
          ? `\`${reference.spec}\` is not in the input`
          : `\`${reference.spec}\` documents no such operation`;
    diagnostics.report(
      'spec-operation-absent',
      reference.source!,
      `the front matter names ${route} of an OpenAPI spec, but ${where}: only what this page states of the operation was read (its parameters, bodies and responses are the spec's)`,
    );
  }
}

/** `openapi.json`, `./openapi.json`, `/api/openapi.json` against the input's `api/openapi.json`: one file where either path ends the other. */
function sameFile(file: string, written: string): boolean {
  const name = written.replace(/^(?:\.?\/)+/, '');
  return file === name || file.endsWith(`/${name}`) || name.endsWith(`/${file}`);
}

function holds(spec: PageFragment, reference: SpecReference): boolean {
  const path = trimSlash(reference.path);
  return spec.operations.some((operation) => operation.method === reference.method && trimSlash(operation.path) === path);
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}
