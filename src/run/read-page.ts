import { DEFAULT_LIMITS } from '../config/limits.js';
import { type Diagnostic, DiagnosticBag } from '../diagnostics/diagnostic.js';
import { checkDocument } from '../document/check-document.js';
import { reportUnclosedFences } from '../document/unclosed-fences.js';
import { reportUnreadTables } from '../document/unread-tables.js';
import { extractPage } from '../extract/index.js';
import { deepestContainerLine } from '../input/container-depth.js';
import { densestInlineLine, MAX_INLINE_MARKS } from '../input/inline-density.js';
import { reportViewerLinks } from '../input/viewer-links.js';
import { linesOf, sourceOf } from '../ir/source.js';
import type { PageFragment } from '../ir/types.js';
import { detectDialect } from '../readers/detect-dialect.js';
import { readerFor } from '../readers/index.js';
import { HtmlTooDeep } from '../readers/markdown/html-tree.js';
import type { DialectId, PageInput, ReadOptions } from '../readers/types.js';

/** What reading one page gives: its fragment (none for index pages and unreadable ones) and its own diagnostics. */
export interface PageResult {
  file: string;
  /** The reader chosen and why (`generate --format json` reports it per file). */
  reader?: { id: DialectId; reason: string };
  fragment?: PageFragment;
  diagnostics: Diagnostic[];
}

const HTML_PAGE = /\.html?$/i;

/**
 * One page through the nesting guard, dialect detection (unless `dialect` forces one), its reader,
 * the normalised-document checks and extraction. Pure: depends only on the page, the dialect and
 * the read options (nesting limit, vocabulary), which is what makes per-page caching and parallel workers sound.
 */
export function readPage(page: PageInput, dialect?: DialectId, options: ReadOptions = {}): PageResult {
  const diagnostics = new DiagnosticBag();
  const maxNesting = options.maxNesting ?? DEFAULT_LIMITS.nesting;
  // Markdown parsing is what deep nesting makes slow; HTML pages go through the HTML parser.
  const deep = HTML_PAGE.test(page.file) ? undefined : deepestContainerLine(page.text, maxNesting);
  if (deep) {
    const at = { line: deep.line, column: 1, offset: deep.offset };
    diagnostics.report(
      'nesting-too-deep',
      { file: page.file, start: at, end: at },
      `block quotes, lists or emphasis nested more than ${maxNesting} levels deep; the page was not read (raise the limit: --max-nesting, or limits.nesting in the config)`,
    );
    return { file: page.file, diagnostics: diagnostics.items };
  }
  const dense = HTML_PAGE.test(page.file) ? undefined : densestInlineLine(page.text);
  if (dense) {
    const at = { line: dense.line, column: 1, offset: dense.offset };
    diagnostics.report(
      'inline-too-dense',
      { file: page.file, start: at, end: at },
      `a paragraph reaching this line holds more than ${MAX_INLINE_MARKS.toLocaleString('en-US')} runs of \`*\`, \`_\` or \`~\` that can open or close emphasis; the parser's time grows with their square, so the page was not read (no docs paragraph holds so many)`,
    );
    return { file: page.file, diagnostics: diagnostics.items };
  }
  const detection = dialect ? { id: dialect, reason: 'chosen by --dialect or the config' } : detectDialect(page);
  const reader = detection ? readerFor(detection.id) : undefined;
  if (!reader) {
    diagnostics.report('unknown-dialect', sourceOf(page.file, undefined), `${page.file} matches no documentation dialect; skipped`);
    return { file: page.file, diagnostics: diagnostics.items };
  }
  const chosen = { id: reader.id, reason: detection!.reason };
  try {
    const root = reader.read(page, diagnostics, options);
    if (root.data?.found) chosen.reason = `${chosen.reason}: ${root.data.found}`;
    checkDocument(root, page.file, diagnostics);
    reportUnreadTables(root, page.text, page.file, diagnostics);
    reportUnclosedFences(root, page.text, page.file, diagnostics);
    const fragment = extractPage(root, { file: page.file, dialect: reader.id }, diagnostics);
    // A page around a viewer that loads its spec by URL: what it points to, where its own text documents nothing.
    if (HTML_PAGE.test(page.file) && !fragment?.operations.length) reportViewerLinks(page, diagnostics);
    return fragment
      ? { file: page.file, reader: chosen, fragment, diagnostics: diagnostics.items }
      : { file: page.file, reader: chosen, diagnostics: diagnostics.items };
  } catch (error) {
    if (error instanceof HtmlTooDeep) {
      const at = { ...linesOf(page.text)(error.offset), offset: error.offset };
      diagnostics.report(
        'nesting-too-deep',
        { file: page.file, start: at, end: at },
        `${error.message}; the page was not read (no docs page nests its HTML so deep)`,
      );
      return { file: page.file, reader: chosen, diagnostics: diagnostics.items };
    }
    // A reader or the extractor threw: a bug in specdown, but one page must not take the run down.
    diagnostics.report(
      'internal-error',
      sourceOf(page.file, undefined),
      `internal error while reading ${page.file}: ${(error as Error).message}`,
    );
    return { file: page.file, reader: chosen, diagnostics: diagnostics.items };
  }
}
