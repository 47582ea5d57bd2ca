/**
 * Whether a markdown page is made of OpenAPI fragments in ```` ```openapi ```` fences (then read as
 * the document they make together: openapi/page-fragments.ts), found in one pass over its lines.
 */

/** Markdown pages (only these may hold such fences). */
export const MARKDOWN_PAGE = /\.(?:md|markdown|mdx)$/i;

/** An opening fence of up to 3 spaces' indent whose info string's first word is `openapi`. */
const OPENING = /^( {0,3})(`{3,}|~{3,})[ \t]*openapi(?:[ \t][^\n]*)?$/i;

/** A top-level key of an operation's fragment. */
export const FRAGMENT_KEY = /^[ \t]*(?:paths|webhooks)[ \t]*:/m;

export interface Fence {
  /** Offset in the page of the fence's first content line, and its content. */
  start: number;
  text: string;
}

/** The `openapi` fences of `page`, in page order (one pass over its lines). */
export function openapiFences(page: string): Fence[] {
  const fences: Fence[] = [];
  let open: { marker: string; start: number } | undefined;
  let offset = 0;
  while (offset <= page.length) {
    const newline = page.indexOf('\n', offset);
    const end = newline === -1 ? page.length : newline;
    const line = page.slice(offset, end).replace(/\r$/, '');
    if (open) {
      const trimmed = line.trim();
      if (trimmed.length >= open.marker.length && trimmed === open.marker[0]!.repeat(trimmed.length) && /^ {0,3}\S/.test(line)) {
        fences.push({ start: open.start, text: page.slice(open.start, offset) });
        open = undefined;
      }
    } else {
      const opening = OPENING.exec(line);
      if (opening && !(opening[2]![0] === '`' && line.slice(opening[0].indexOf(opening[2]!) + opening[2]!.length).includes('`'))) {
        open = { marker: opening[2]!, start: Math.min(end + 1, page.length) };
      }
    }
    if (newline === -1) break;
    offset = newline + 1;
  }
  return fences;
}

/** Whether `page` (a markdown page) holds an `openapi` fence of paths: then it is read as that document, not as docs. */
export function holdsOpenapiFragments(page: string): boolean {
  if (!/[`~]{3}[ \t]*openapi/i.test(page)) return false;
  return openapiFences(page).some((fence) => FRAGMENT_KEY.test(fence.text));
}
