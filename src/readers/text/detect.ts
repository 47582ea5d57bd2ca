/**
 * Is this page the DocFX endpoint template as text copied from the rendered HTML? It must be plain
 * text by the weight of evidence (a markdown heading, fence, pipe table row or front matter rule
 * weighs against it; one stray `## Filter Operators: ##` line in a whole page is content), and it
 * must show the template's own grammar: a request line `METHOD /path` and a known section title or table
 * header. An index page (a bullet list of `METHOD Path` links under the API's base path) also
 * qualifies, so it is read and reported as not an endpoint rather than as an unknown dialect.
 */

import { type Line, splitLines } from '../shared/lines.js';
import type { Evidence, PageInput } from '../types.js';
import { matchSectionTitle } from './sections.js';
import { matchTableHeader } from './table-header.js';

export const REQUEST_LINE = /^(GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS|TRACE) (\/\S*)$/;
const MARKDOWN_LINE = /^(?: {0,3}#{1,6}(?: |$)| {0,3}(?:```|~~~)| {0,3}\|.*\||---$)/;
const INDEX_ENTRY = /^\s*• (?:GET|PUT|POST|PATCH|DEL|DELETE|HEAD|OPTIONS) \S/;
const BASE_PATH = /^\/\S+$/;

/** Pages larger than this are not sniffed past their first lines' worth of text. */
const SNIFF_LIMIT = 2_000_000;

/**
 * A markdown line (heading, fence, pipe table row, front matter rule) is strong evidence against a
 * scraped page, whose scraper leaves none: it weighs this many signature lines.
 */
const MARKDOWN_WEIGHT = 2;

/** The evidence that `page` is a scraped text page, or `undefined`. */
export function detectTextPage(page: PageInput): Evidence | undefined {
  if (page.text.includes('\u0000')) return undefined;
  const { lines } = splitLines(page.text.length > SNIFF_LIMIT ? page.text.slice(0, SNIFF_LIMIT) : page.text);
  let requestLine: Line | undefined;
  let titles = 0;
  let tables = 0;
  let indexEntries = 0;
  let markdown = 0;
  let basePath: Line | undefined;
  for (const line of lines) {
    if (MARKDOWN_LINE.test(line.text)) {
      markdown++;
      continue;
    }
    if (!requestLine && REQUEST_LINE.test(line.text)) requestLine = line;
    if (matchSectionTitle(line)) titles++;
    if (matchTableHeader(line)) tables++;
    if (INDEX_ENTRY.test(line.text)) indexEntries++;
    if (!basePath && BASE_PATH.test(line.text)) basePath = line;
  }
  const against = markdown * MARKDOWN_WEIGHT;
  const stray = markdown > 0 ? `; ${markdown} markdown line(s) read as content` : '';
  if (requestLine && titles + tables > 0 && 1 + titles + tables > against) {
    return {
      reason: `plain text with the request line "${requestLine.text}" (line ${requestLine.index + 1}), ${titles} section title(s) and ${tables} flattened table header(s)${stray}`,
      weight: 1 + titles + tables - against,
    };
  }
  if (!requestLine && basePath && indexEntries > 0 && 1 + indexEntries > against) {
    return {
      reason: `plain text index page: base path "${basePath.text}" (line ${basePath.index + 1}) and ${indexEntries} "• METHOD path" entries${stray}`,
      weight: 1 + indexEntries - against,
    };
  }
  return undefined;
}
