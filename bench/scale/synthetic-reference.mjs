/**
 * A synthetic reference of any size, built from a docs folder (the DocFX slice of
 * ../shared/corpus/superoffice/docs, else docs-input): the folder copied over and over, each copy
 * under its own folder with its operations and entities renamed, so that every copy adds distinct
 * operations (paths prefixed `/c<i>/`, uids suffixed) and distinct named types (`TicketEntity` →
 * `TicketEntityC3`) rather than repeating the same ones. Merge and emit then see a reference as
 * large as the pages, as a vendor's complete reference is. Written to a folder the caller owns
 * (a temporary one in the benches), never into the repository.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PAGE_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.text']);

/** Pages under `dir`, relative, `/`-separated, sorted. */
export function listPages(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => PAGE_EXTENSIONS.has(path.extname(file).toLowerCase()))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Rewrites one page for copy `index`: every named type in `typeNames` gets the copy's suffix
 * (whole words, so tables, samples and headings stay consistent), every route gets the copy's
 * prefix, and the DocFX uid its suffix.
 */
function renamePage(text, index, typePattern) {
  const suffix = `C${index}`;
  let out = typePattern ? text.replace(typePattern, (name) => `${name}${suffix}`) : text;
  out = out
    .replace(/^(uid:\s*)(\S+)/m, `$1$2_c${index}`)
    // Headings and titles (`# GET Ticket/{id}`, `title: GET Ticket/{id}`) and http blocks (`GET /api/v1/…`).
    .replace(/^((?:title:\s*|#{1,6}\s*)?(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\s+\/?)/gim, `$1c${index}/`);
  return out;
}

/**
 * One page of `source` as copy `index` would have it (`buildSyntheticReference`): its routes and the
 * named types in `typeNames` renamed for that copy.
 */
export function copyPage(text, index, typeNames) {
  return renamePage(text, index, typePatternOf(typeNames));
}

function typePatternOf(typeNames) {
  const names = [...new Set(typeNames)].filter((name) => /^[A-Za-z_][\w]*$/.test(name)).sort((a, b) => b.length - a.length);
  return names.length > 0 ? new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b`, 'g') : undefined;
}

/**
 * Writes `pages` pages into `target`: copies of `source` (copy i in `target/c<i>/`), the last one
 * partial. `typeNames` are the named types of the source (from a generate run over it). Returns
 * the number of pages and bytes written.
 */
export function buildSyntheticReference({ source, target, pages, typeNames }) {
  const files = listPages(source);
  if (files.length === 0) throw new Error(`no pages in ${source}`);
  const typePattern = typePatternOf(typeNames);
  const texts = files.map((file) => readFileSync(path.join(source, file), 'utf8'));
  let written = 0;
  let bytes = 0;
  for (let copy = 0; written < pages; copy++) {
    for (let i = 0; i < files.length && written < pages; i++) {
      const dest = path.join(target, `c${copy}`, files[i]);
      mkdirSync(path.dirname(dest), { recursive: true });
      const text = renamePage(texts[i], copy, typePattern);
      writeFileSync(dest, text);
      written++;
      bytes += Buffer.byteLength(text);
    }
  }
  return {
    pages: written,
    bytes,
    sourcePages: files.length,
    renamedTypes: new Set(typeNames.filter((name) => /^[A-Za-z_][\w]*$/.test(name))).size,
  };
}
