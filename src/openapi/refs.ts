/**
 * `$ref` resolution: a ref names a document (see `load.ts`) and a JSON pointer in it.
 * Non-schema refs (parameters, responses, …) are followed to their content; schema refs
 * become named schemas (`schema-names.ts`).
 */

import { unescapePointerToken } from '../ir/json-pointer.js';
import { type SpecDocuments, sourceIn } from './documents.js';
import { isMap, own } from './json.js';
import { refDocument, type SpecFile } from './load.js';

export interface RefTarget {
  file: SpecFile;
  /** JSON pointer inside the file: `''` or `/components/schemas/Pet`. */
  pointer: string;
  /** Decoded pointer segments. */
  segments: string[];
  value: unknown;
  /** The object holding the target and its key there (for the target's source). */
  parent?: unknown;
  key?: string;
  /** `file.id#pointer`: the target's identity. */
  id: string;
}

/** The `$ref` string of a Reference Object, if `value` is one. */
export function refOf(value: unknown): string | undefined {
  const ref = own(value, '$ref');
  return typeof ref === 'string' ? ref : undefined;
}

/** Resolves `ref` written in `from` (inside `holder`); unresolvable → `ref-not-found` and undefined. */
export function resolveRef(ctx: SpecDocuments, ref: string, from: SpecFile, holder: unknown): RefTarget | undefined {
  const where = () => sourceIn(ctx, from, holder, '$ref');
  const documentId = refDocument(ref, from.id) ?? from.id;
  const file = ctx.files.get(documentId);
  if (!file) {
    // Refused remote documents and unreadable files were reported where they were first met.
    if (!ctx.attempted.has(documentId))
      ctx.diagnostics.report('ref-not-found', where(), `The $ref "${ref}" names a document that was not loaded.`);
    return undefined;
  }
  const hash = ref.indexOf('#');
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  let decoded: string;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    decoded = fragment;
  }
  if (decoded !== '' && !decoded.startsWith('/')) {
    ctx.diagnostics.report(
      'ref-not-found',
      where(),
      `The $ref "${ref}" uses a fragment that is not a JSON pointer (anchors are not supported).`,
    );
    return undefined;
  }
  const segments = decoded === '' ? [] : decoded.slice(1).split('/').map(unescapePointerToken);
  let value: unknown = file.value;
  let parent: unknown;
  let key: string | undefined;
  for (const segment of segments) {
    parent = value;
    key = segment;
    if (Array.isArray(value) && /^(0|[1-9]\d*)$/.test(segment)) value = value[Number(segment)];
    else if (isMap(value)) value = own(value, segment);
    else value = undefined;
    if (value === undefined) {
      ctx.diagnostics.report('ref-not-found', where(), `The $ref "${ref}" does not resolve: ${file.rel} has nothing at "${decoded}".`);
      return undefined;
    }
  }
  return { file, pointer: decoded, segments, value, parent, key, id: `${file.id}#${decoded}` };
}

export interface Resolved {
  value: unknown;
  file: SpecFile;
}

/** Follows a chain of Reference Objects to the content (a parameter, response, …). */
export function followRefs(ctx: SpecDocuments, value: unknown, file: SpecFile): Resolved | undefined {
  const seen = new Set<string>();
  let current: Resolved = { value, file };
  for (let ref = refOf(current.value); ref !== undefined; ref = refOf(current.value)) {
    const target = resolveRef(ctx, ref, current.file, current.value);
    if (!target) return undefined;
    if (seen.has(target.id)) {
      ctx.diagnostics.report('ref-cycle', sourceIn(ctx, current.file, current.value, '$ref'), `The $ref "${ref}" leads back to itself.`);
      return undefined;
    }
    seen.add(target.id);
    current = { value: target.value, file: target.file };
  }
  return current;
}
