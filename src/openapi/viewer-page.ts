/**
 * A saved viewer page (input/viewer-pages.ts) as a spec: the document it embeds, read as if it
 * were a `.json`/`.yaml` file, every place in it given in the page. What cannot be read (a spec
 * loaded from a URL, one given as a JavaScript expression, a second one) is reported at the page.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { findViewerSpecs, REMOTE_URL, remoteLinkMessage, type ViewerFind } from '../input/viewer-pages.js';
import { linesOf, type Point, type Source } from '../ir/source.js';
import { MAX_BYTES } from './load.js';
import { startOf } from './positions.js';

/** Saved pages are HTML; only these may be viewer pages. */
export const VIEWER_PAGE = /\.html?$/i;

/** The document a page embeds: its text, and the page point of each of its offsets. */
export interface ViewerDocument {
  text: string;
  place: (offset: number) => Point;
}

interface ViewerOptions {
  diagnostics: DiagnosticBag;
  /** The input root (a linked spec found under it is read as a spec of its own). */
  rootDir: string;
  maxBytes: number;
  /** Gets the local files the page names as its spec: whether they exist decides what is reported. */
  linked: string[];
}

/** The document of the viewer page `entry` (absolute; its `text` when already read); undefined, reported, when there is none to read. */
export async function readViewerPage(
  entry: string,
  rootDir: string,
  options: { text?: string; maxBytes?: number; linked?: string[] },
  diagnostics: DiagnosticBag,
): Promise<ViewerDocument | undefined> {
  const rel = path.relative(rootDir, entry).split(path.sep).join('/');
  let page = options.text;
  try {
    page ??= (await readFile(entry, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    diagnostics.report('input-unreadable', startOf(rel), `Could not read ${rel}: ${(error as Error).message}`);
    return undefined;
  }
  return await viewerDocument(page, entry, rel, {
    diagnostics,
    rootDir,
    maxBytes: options.maxBytes ?? MAX_BYTES,
    linked: options.linked ?? [],
  });
}

/** The first document `page` (the text of the file `entry`, named `rel`) embeds; undefined (reported) when it holds none to read. */
async function viewerDocument(page: string, entry: string, rel: string, options: ViewerOptions): Promise<ViewerDocument | undefined> {
  const { diagnostics } = options;
  const pointAt = linesOf(page);
  const at = (offset: number): Source => ({ file: rel, start: pointAt(offset), end: pointAt(offset) });
  const finds = await findViewerSpecs(page);
  for (const find of finds) {
    if (find.kind !== 'unreadable') continue;
    diagnostics.report(
      'spec-invalid',
      at(find.start),
      `${find.viewer}'s spec here is ${find.what}, not a JSON literal; it was not read (save the spec as a .json or .yaml file in the input).`,
    );
  }
  const documents = finds.filter((find) => find.kind === 'document');
  const [first, ...more] = documents;
  for (const other of more) {
    diagnostics.report(
      'viewer-spec-unread',
      at(other.start),
      `A second OpenAPI document on this page (${other.viewer}); only the first, at line ${pointAt(first!.start).line}, was read (save this one as a .json or .yaml file in the input to read it too).`,
    );
  }
  if (!first) {
    reportLinks(finds, entry, options, at);
    return undefined;
  }
  const { document } = first;
  if (document.text.length > options.maxBytes) {
    diagnostics.report(
      'input-too-large',
      at(first.start),
      `The OpenAPI document this page embeds (${first.viewer}) is ${document.text.length} characters, over the limit of ${options.maxBytes} for a spec; it was not read (raise the limit: --max-spec-size, or limits.specSize in the config).`,
    );
    return undefined;
  }
  if (first.literal && !isJson(document.text, first.viewer, (offset) => at(document.pageOffset(offset)), diagnostics)) return undefined;
  // Exact when the document is a slice of the page or an attribute's decoded value; a document
  // decoded from a string literal's escapes (`content: "{\"openapi\"…"`) is placed at the string's start.
  return { text: document.text, place: (offset) => pointAt(document.pageOffset(offset)) };
}

/** Whether a document written as a JavaScript value is strict JSON; reported (at the parser's position) when not. */
function isJson(text: string, viewer: string, at: (offset: number) => Source, diagnostics: DiagnosticBag): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    diagnostics.report(
      'spec-invalid',
      at(position ? Number(position[1]) : 0),
      `${viewer}'s spec here is a JavaScript value that is not a JSON literal (${message}); it was not read (save the spec as a .json or .yaml file in the input).`,
    );
    return false;
  }
}

/** A page with no document: each URL it loads its spec from, unless that file is in the input (then read as a spec of its own). */
function reportLinks(finds: readonly ViewerFind[], entry: string, options: ViewerOptions, at: (offset: number) => Source): void {
  let reported = false;
  for (const find of finds) {
    if (find.kind === 'unreadable') reported = true;
    if (find.kind !== 'link') continue;
    reported = true;
    const local = localFile(find.url, entry, options.rootDir);
    if (local !== undefined) {
      options.linked.push(local);
      if (existsSync(local)) continue;
    }
    options.diagnostics.report(
      'viewer-spec-unread',
      at(find.start),
      local === undefined
        ? remoteLinkMessage(find)
        : `This ${find.viewer} page loads its spec from ${find.url}, which is not in the input: put the spec there (beside the page) to read it.`,
    );
  }
  if (!reported) {
    options.diagnostics.report('viewer-spec-unread', at(0), 'This viewer page holds no OpenAPI document that could be read.');
  }
}

/** The file a relative URL names, when it stays inside the input root (`/x` is taken from the root). */
function localFile(url: string, entry: string, rootDir: string): string | undefined {
  if (REMOTE_URL.test(url)) return undefined;
  let name = url.replace(/[?#].*$/s, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    /* kept as written */
  }
  if (name === '') return undefined;
  const file = name.startsWith('/') ? path.join(rootDir, name) : path.resolve(path.dirname(entry), name);
  const relative = path.relative(rootDir, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : file;
}
