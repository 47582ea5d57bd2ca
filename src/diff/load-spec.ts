/**
 * Read a spec for the differ through the one OpenAPI front door (src/openapi): the file and every
 * document its `$ref`s reach, with positions; Swagger 2.0 converted to the 3.0 shape by the same
 * converter the importer uses; a saved viewer page as the document it embeds. Leniently: what strict validation would reject is read as-is, what
 * cannot be read becomes a diagnostic; only an unreadable or unparseable root throws.
 */
import path from 'node:path';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { SpecDocuments } from '../openapi/documents.js';
import { isMap, type JsonMap } from '../openapi/json.js';
import { loadSpecFiles, type SpecFile } from '../openapi/load.js';
import { SpecPositions } from '../openapi/positions.js';
import { convertSwagger2 } from '../openapi/swagger2.js';
import { readViewerPage, VIEWER_PAGE } from '../openapi/viewer-page.js';
import { DiffInputError, type SpecInput } from './types.js';

export interface LoadedSpec {
  label: string;
  docs: SpecDocuments;
  /** The root document as the differ reads it (Swagger 2.0 converted to the 3.0 shape). */
  view: unknown;
  /** How a document is named in reports: the path as the user gave it, for `$ref`ed files relative to it. */
  displayName(file: SpecFile): string;
  /** For a document generated from docs: the docs folder its `x-specdown-source(s)` are relative to. */
  sourceRoot?: string;
  diagnostics: string[];
}

export async function loadSpec(input: SpecInput): Promise<LoadedSpec> {
  const diagnostics = new DiagnosticBag();
  const positions = new SpecPositions();
  if (input.kind === 'object') {
    const root: SpecFile = { id: input.label, rel: input.label, value: input.document };
    const docs: SpecDocuments = { diagnostics, positions, files: new Map([[root.id, root]]), attempted: new Set([root.id]), root };
    const spec = finish(input.label, docs, () => input.label, input.document);
    if (input.sourceRoot !== undefined) spec.sourceRoot = input.sourceRoot;
    return spec;
  }
  const given = input.kind === 'file' ? input.path : (input.path ?? input.label);
  const label = input.kind === 'file' ? input.path : input.label;
  const entry = path.resolve(given);
  const rootDir = path.dirname(entry);
  // A saved viewer page (Redoc, Scalar, Swagger UI…): the document it embeds, placed in the page.
  const linked: string[] = [];
  const viewerPage = VIEWER_PAGE.test(entry);
  const viewer = viewerPage
    ? await readViewerPage(entry, rootDir, { linked, ...(input.kind === 'text' ? { text: input.text } : {}) }, diagnostics)
    : undefined;
  const loaded =
    viewerPage && !viewer
      ? undefined
      : await loadSpecFiles(entry, {
          diagnostics,
          positions,
          rootDir,
          allowRemoteRefs: false,
          lastKeyWins: true,
          ...(viewer ? { entryText: viewer.text, entryPlace: viewer.place } : input.kind === 'text' ? { entryText: input.text } : {}),
          ...(input.kind === 'text' && input.readFile ? { read: readRelative(input.readFile, rootDir, given) } : {}),
        });
  const root = loaded?.files.get(entry);
  if (!loaded || !root) {
    const local = linked[0];
    if (local !== undefined && diagnostics.items.length === 0)
      throw new DiffInputError(`${label} is a viewer page that loads its spec from ${path.relative(process.cwd(), local)}: diff that file`);
    const why = diagnostics.items[0];
    if (!why) throw new DiffInputError(`cannot read ${label}`);
    if (why.code === 'input-unreadable' || why.code === 'input-too-large') throw new DiffInputError(`cannot read ${label}: ${why.message}`);
    // A parse error (or a document nested too deep) of the root: where it is, as `file:line:column`.
    const at = why.source.start.line > 0 ? `${label}:${why.source.start.line}:${why.source.start.column}` : label;
    throw new DiffInputError(`${at} ${why.message}`);
  }
  if (!isMap(root.value)) throw new DiffInputError(`${label} is not an OpenAPI document: the document is not a mapping`);
  const docs: SpecDocuments = { diagnostics, positions, files: loaded.files, attempted: loaded.attempted, root };
  const givenDir = path.dirname(given);
  const displayName = (file: SpecFile) => (file.id === entry ? given : path.join(givenDir, path.relative(rootDir, file.id)));
  return finish(label, docs, displayName, root.value);
}

/** `readFile` takes paths as the spec names them (relative to the root's folder as given). */
function readRelative(read: (file: string) => Promise<string>, rootDir: string, given: string) {
  return (id: string) =>
    read(path.posix.join(path.posix.dirname(given.replace(/\\/g, '/')), path.relative(rootDir, id).split(path.sep).join('/')));
}

function finish(label: string, docs: SpecDocuments, displayName: (file: SpecFile) => string, document: unknown): LoadedSpec {
  const messages: string[] = [];
  let view = document;
  if (isMap(document) && typeof document.swagger === 'string') {
    view = convertSwagger2(docs, document as JsonMap, docs.root);
    messages.push(`${label}: Swagger 2.0, read as OpenAPI 3.0`);
  }
  checkShape(label, document, messages);
  const spec: LoadedSpec = { label, docs, view, displayName, diagnostics: messages };
  return spec;
}

/** Warnings for what a strict validator would reject but the differ can read around. */
function checkShape(label: string, doc: unknown, out: string[]): void {
  if (!isMap(doc)) {
    out.push(`${label}: the document is not a mapping; read as empty`);
    return;
  }
  if (typeof doc.openapi !== 'string' && typeof doc.swagger !== 'string')
    out.push(`${label}: no \`openapi\` version field; read as OpenAPI 3`);
  if (doc.paths !== undefined && !isMap(doc.paths)) out.push(`${label}: \`paths\` is not a mapping; no operations read`);
}

/** Loading and conversion diagnostics as lines: `label: file:line:column message`. */
export function loadDiagnostics(spec: LoadedSpec): string[] {
  const lines = spec.docs.diagnostics.items.map((d) => {
    const at = d.source.start.line > 0 ? `${d.source.file}:${d.source.start.line}:${d.source.start.column}` : d.source.file;
    return `${spec.label}: ${at} ${d.message}`;
  });
  return [...spec.diagnostics, ...lines];
}
