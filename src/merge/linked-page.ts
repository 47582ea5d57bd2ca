/**
 * The page a body's link names (merge/page-links.ts), among the pages read: the file a link to a
 * markdown file names (`../objects/shelf.md`); for a link written as docs sites write them, the
 * page it means:
 *
 *     ../objects/shelf       → objects/shelf.md, .mdx, .markdown, .html, .htm, or
 *                              objects/shelf/index.md (… .html), _index.md, README.md
 *     ../objects/shelf.html  → objects/shelf.html (.htm) where it is read, else objects/shelf.md, .mdx, .markdown
 *     ../objects/shelf/index.html → as ../objects/shelf/ where it is not read
 *     ../objects/shelf/      → objects/shelf/index.md (… .html), _index.md, README.md, or
 *                              objects/shelf.md, .mdx, .markdown (the site's page of the source)
 *     ../objects/            → the same for objects
 *
 * when exactly one of them is a page read; when several are, the link names none of them for sure.
 */

import type { Source } from '../ir/source.js';
import type { LinkableSection, PageFragment } from '../ir/types.js';

const PAGE_FILE = /\.(?:md|mdx|markdown)$/i;
const SITE_PAGE = /\.html?$/i;
const SOURCES = ['.md', '.mdx', '.markdown'];
const EXTENSIONS = [...SOURCES, '.html', '.htm'];
const INDEX_PAGES = [...EXTENSIONS.map((extension) => `index${extension}`), '_index.md', 'readme.md'];

/** The folders of the pages read and all folders above them (`''`, `docs/`, `docs/objects/`), by index. */
const FOLDERS = new WeakMap<PageIndex, string[]>();

/** The pages by their files, lower-case. */
export type PageIndex = ReadonlyMap<string, PageFragment>;

export function pageIndex(pages: readonly PageFragment[]): PageIndex {
  return new Map(pages.map((page) => [page.file.toLowerCase(), page]));
}

/**
 * The pages the link in `from` to `file` may name (input-relative; a folder's ends with `/`), in
 * the order above; for a path from the site's root (`/docs/objects/shelf`), the root being the
 * input's folder or one above or below it: the pages it names from the input's folder, else those
 * the longest of its ends names from any folder (`objects/shelf` → `objects/shelf.md`,
 * `v2/objects/shelf.md`), by file; where that end names the linking page alone, that page (a site's
 * link to a section of its own page: `/docs/resources/shelves#shelf-object` in `shelves.md`).
 */
export function linkedPages(index: PageIndex, file: string, from: string): PageFragment[] {
  if (file.length < 2 || !file.startsWith('/')) return pagesOf(index, file, from);
  const rooted = file.slice(1);
  const fromRoot = pagesOf(index, rooted, from);
  if (fromRoot.length > 0) return fromRoot;
  const trailing = rooted.endsWith('/') ? '/' : '';
  const segments = rooted.replace(/\/$/, '').split('/');
  const folders = foldersOf(index);
  for (let start = 0; start < segments.length; start++) {
    const end = `${segments.slice(start).join('/')}${trailing}`;
    // The linking page counts here: where the longest end names it alone, the link is to its own section.
    const found = new Set(folders.flatMap((folder) => pagesOf(index, `${folder}${end}`, '')));
    const others = [...found].filter((page) => page.file !== from);
    if (others.length > 0) return others.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    if (found.size > 0) return [...found];
  }
  return [];
}

function foldersOf(index: PageIndex): string[] {
  let folders = FOLDERS.get(index);
  if (!folders) {
    const all = new Set(['']);
    for (const file of index.keys())
      for (let at = file.indexOf('/'); at >= 0; at = file.indexOf('/', at + 1)) all.add(file.slice(0, at + 1));
    folders = [...all];
    FOLDERS.set(index, folders);
  }
  return folders;
}

/** The pages a path relative to the input's folder may name. */
function pagesOf(index: PageIndex, file: string, from: string): PageFragment[] {
  const name = file.toLowerCase();
  if (PAGE_FILE.test(name)) return index.has(name) ? [index.get(name)!] : [];
  // A folder's site page (`shelf/index.html`) not read: the folder's.
  const site = SITE_PAGE.test(name) && !index.has(name) ? /^(.*\/)?index\.html?$/.exec(name) : null;
  if (site) return pagesOf(index, site[1] ?? '/', from);
  const folder = name.endsWith('/') ? name.slice(0, -1) : undefined;
  const inFolder = (base: string) => INDEX_PAGES.map((page) => (base ? `${base}/${page}` : page));
  const sources = (base: string) => SOURCES.map((extension) => `${base}${extension}`);
  const candidates = SITE_PAGE.test(name)
    ? index.has(name)
      ? [name]
      : sources(name.replace(SITE_PAGE, ''))
    : folder === undefined
      ? [...EXTENSIONS.map((extension) => `${name}${extension}`), ...inFolder(name)]
      : [...inFolder(folder), ...(folder ? sources(folder) : [])];
  return candidates.flatMap((candidate) => index.get(candidate) ?? []).filter((page) => page.file !== from);
}

/**
 * Why a link to `link.file` (`#link.anchor`) goes to no section that reads as fields, for the
 * warning: the section's table that does not read (why, and where: `related`), the pages it may
 * mean, or none with such a section. The caller says what is lost.
 */
export function linkMiss(
  link: { file: string; anchor: string },
  owners: readonly PageFragment[],
  section: LinkableSection | undefined,
): { words: string; related?: Source[] } {
  const target = link.anchor ? `${link.file}#${link.anchor}` : link.file;
  const pages = owners.map((owner) => owner.file);
  const of = pages[0] && pages[0] !== link.file ? ` (of ${pages[0]})` : '';
  if (section?.unread) {
    const { why, source } = section.unread;
    const at = `${source.file}:${source.start.line}:${source.start.column}`;
    return { words: `the link to ${target}${of} goes to a section whose table could not be read: ${why} (${at})`, related: [source] };
  }
  const why = pages.length > 1 ? `may go to any of ${pages.join(', ')}` : `goes to no section with a field table${of}`;
  return { words: `the link to ${target} ${why}` };
}
