/**
 * Read a spec (file, object or text) and every file its `$ref`s reach, leniently: what strict
 * validation would reject (unknown keywords, missing descriptions) is read as-is; what cannot be
 * read at all becomes a diagnostic, and only an unreadable root throws.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from './locate.js';
import { parseSpecText } from './parse-text.js';
import { convertSwagger2, isSwagger2 } from './swagger2.js';
import { DiffInputError, type SpecInput } from './types.js';

interface SpecFile {
  /** Display name: the path as given (root) or resolved against the referring file. */
  name: string;
  value: unknown;
  locator?: Locator;
}

export interface LoadedSpec {
  label: string;
  /** Name of the root file in `files`. */
  root: string;
  files: Map<string, SpecFile>;
  diagnostics: string[];
}

type Reader = (file: string) => Promise<string>;

export async function loadSpec(input: SpecInput): Promise<LoadedSpec> {
  if (input.kind === 'object') {
    const spec: LoadedSpec = { label: input.label, root: input.label, files: new Map(), diagnostics: [] };
    const document = isSwagger2(input.document) ? convertSwagger2(input.document as Record<string, unknown>) : input.document;
    spec.files.set(input.label, { name: input.label, value: document });
    if (document !== input.document) spec.diagnostics.push(`${input.label}: Swagger 2.0, read as OpenAPI 3.0`);
    checkShape(spec, input.document);
    return spec;
  }
  const label = input.kind === 'file' ? input.path : input.label;
  const rootName = input.kind === 'file' ? input.path : (input.path ?? input.label);
  const read: Reader | undefined = input.kind === 'file' ? (f) => readFile(f, 'utf8') : input.readFile;
  let text: string;
  if (input.kind === 'file') {
    try {
      text = await readFile(input.path, 'utf8');
    } catch (error) {
      throw new DiffInputError(`cannot read ${input.path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  } else text = input.text;
  const spec: LoadedSpec = { label, root: rootName, files: new Map(), diagnostics: [] };
  const parsed = parseSpecText(text);
  // Lenient about OpenAPI, not about syntax: a truncated file would read as "everything removed".
  if (parsed.errors.length > 0) throw new DiffInputError(`${label} is not valid YAML or JSON: ${parsed.errors[0]}`);
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    throw new DiffInputError(`${label} is not an OpenAPI document: the document is not a mapping`);
  }
  const swagger = isSwagger2(parsed.value);
  const value = swagger ? convertSwagger2(parsed.value as Record<string, unknown>) : parsed.value;
  spec.files.set(rootName, { name: rootName, value, locator: swagger ? swaggerLocator(parsed.locator) : parsed.locator });
  if (swagger) spec.diagnostics.push(`${label}: Swagger 2.0, read as OpenAPI 3.0 (converted parts have no line numbers)`);
  checkShape(spec, parsed.value);
  // Only walk the document for external refs when its text can hold one.
  if (read && /\$ref['"]?\s*:\s*['"]?(?!#)[^\s'"]/.test(text)) await loadReferencedFiles(spec, rootName, read);
  return spec;
}

/** Only pointers the conversion left in place (schemas, path items, operations) map to the text. */
function swaggerLocator(locator: Locator): Locator {
  return {
    locate: (pointer) =>
      pointer.startsWith('/definitions/') || /^\/paths\/[^/]+(\/[^/]+)?$/.test(pointer) ? locator.locate(pointer) : undefined,
  };
}

/** Warnings for what a strict validator would reject but the differ can read around. */
function checkShape(spec: LoadedSpec, doc: unknown): void {
  const d = doc as Record<string, unknown> | null;
  if (!d || typeof d !== 'object') {
    spec.diagnostics.push(`${spec.label}: the document is not a mapping; read as empty`);
    return;
  }
  if (typeof d.openapi !== 'string' && typeof d.swagger !== 'string') {
    spec.diagnostics.push(`${spec.label}: no \`openapi\` version field; read as OpenAPI 3`);
  }
  if (d.paths !== undefined && (typeof d.paths !== 'object' || d.paths === null || Array.isArray(d.paths))) {
    spec.diagnostics.push(`${spec.label}: \`paths\` is not a mapping; no operations read`);
  }
}

/** Every external `$ref` target file, loaded breadth-first (each file once, so cycles end). */
async function loadReferencedFiles(spec: LoadedSpec, root: string, read: Reader): Promise<void> {
  const queue = [root];
  while (queue.length > 0) {
    const name = queue.shift()!;
    for (const target of externalRefs(spec.files.get(name)!.value)) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
        spec.diagnostics.push(`${spec.label}: remote $ref ${target} is not fetched; treated as an empty schema`);
        continue;
      }
      const file = resolveRefFile(name, target);
      if (spec.files.has(file)) continue;
      let text: string;
      try {
        text = await read(file);
      } catch {
        spec.diagnostics.push(`${spec.label}: cannot read $ref file ${file}; its references are treated as empty schemas`);
        spec.files.set(file, { name: file, value: undefined });
        continue;
      }
      const parsed = parseSpecText(text);
      for (const e of parsed.errors) spec.diagnostics.push(`${file}: YAML error, read leniently: ${e}`);
      spec.files.set(file, { name: file, value: parsed.value, locator: parsed.locator });
      queue.push(file);
    }
  }
}

/** The file a `$ref` like `common.yaml#/Pet` names, relative to the file holding it. */
export function resolveRefFile(from: string, target: string): string {
  const p = from.includes('\\') && !from.includes('/') ? from.replace(/\\/g, '/') : from;
  return path.posix.normalize(path.posix.join(path.posix.dirname(p), target));
}

function externalRefs(value: unknown): Set<string> {
  const out = new Set<string>();
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    const ref = (v as Record<string, unknown>).$ref;
    if (typeof ref === 'string' && !ref.startsWith('#')) {
      const file = ref.split('#')[0]!;
      if (file) out.add(decodeURI(file));
    }
    for (const x of Object.values(v)) walk(x);
  };
  walk(value);
  return out;
}
