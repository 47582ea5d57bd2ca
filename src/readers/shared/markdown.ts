/**
 * The markdown parser the readers build on: remark-parse with GFM and YAML front matter.
 *
 * GFM is added from its parts rather than through remark-gfm: tables, strikethrough, footnotes
 * and task list items, but not autolink literals. Those only wrap bare URLs and e-mail addresses
 * that are already text in `link` nodes (their text unchanged), which nothing downstream reads
 * (descriptions are slices of the page's source, names and types are plain text), yet they cost
 * about a quarter of the parse: every word is tried as a URL and the finished tree walked again.
 * Setext headings are read by `linear-setext.ts` (micromark's are quadratic in the page).
 * Block quotes and list items closed by a blank or lazy line are closed by micromark as patched
 * (`patches/micromark+4.0.3.patch`; unpatched, each copied every event of the page).
 * Emphasis is CJK-friendly (micromark-extension-cjk-friendly): `**请求方式：**POST` is a bold label
 * then its value, where CommonMark leaves the asterisks as text (a closing `**` right after
 * punctuation must be followed by a space or punctuation there, and Chinese and Japanese put none).
 * Only text that holds Chinese, Japanese or Korean characters is parsed with it: elsewhere it
 * changes nothing, and it cost 3–6% of the parse (medians of 12 alternating rounds over the DocFX
 * and GitLab pages, 2026-12-06).
 */

import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { linearSetext } from './linear-setext.js';

/** GFM without autolink literals (see above), as a remark plugin. */
function remarkGfmBlocks(this: Processor): void {
  gfmBlocks(this, false);
}

/** The same, with CJK-friendly emphasis. */
function remarkCjkGfmBlocks(this: Processor): void {
  gfmBlocks(this, true);
}

function gfmBlocks(processor: Processor, cjk: boolean): void {
  const data = processor.data();
  data.micromarkExtensions = [
    ...(data.micromarkExtensions ?? []),
    gfmFootnote(),
    gfmStrikethrough(),
    gfmTable(),
    gfmTaskListItem(),
    linearSetext,
    ...(cjk ? [cjkFriendlyExtension()] : []),
  ];
  data.fromMarkdownExtensions = [
    ...(data.fromMarkdownExtensions ?? []),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  ];
}

const pageProcessor = unified().use(remarkParse).use(remarkGfmBlocks).use(remarkFrontmatter, ['yaml']);
const cjkPageProcessor = unified().use(remarkParse).use(remarkCjkGfmBlocks).use(remarkFrontmatter, ['yaml']);
const bodyProcessor = unified().use(remarkParse).use(remarkGfmBlocks);
const cjkBodyProcessor = unified().use(remarkParse).use(remarkCjkGfmBlocks);

/** Han, kana, Hangul and the full-width forms: text whose emphasis the CJK-friendly rules may change. */
const CJK_TEXT = /[\u3000-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/;

/** A page's parser: `parse(text)` → its mdast root. */
export const markdownProcessor = {
  parse: (text: string): Root => (CJK_TEXT.test(text) ? cjkPageProcessor : pageProcessor).parse(text),
};

/** The same parser for text inside a page (a block's content): no front matter there. */
export const markdownBodyProcessor = {
  parse: (text: string): Root => (CJK_TEXT.test(text) ? cjkBodyProcessor : bodyProcessor).parse(text),
};
