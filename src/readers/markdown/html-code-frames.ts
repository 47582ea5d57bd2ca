/**
 * Code blocks as docs-site generators render them (a whole `.html` page): each one code block of
 * its language, with none of the frame's chrome.
 *
 * - Line numbers set in a table beside the code: Pygments' `linenos="table"` (Sphinx, MkDocs),
 *   Rouge's and Hugo/Chroma's (`<table class="lntable">`), one row of a gutter cell and a code cell:
 *
 *       <table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>1
 *       2</pre></div></td><td class="code"><div class="highlight"><pre>{ …</pre></div></td></tr></table>
 *           → the code cell's `<pre>`, no table and no digits
 *
 *   and a row per line (GitHub's `<td class="blob-num" data-line-number="1">`, highlight.js's
 *   line-numbers plugin, `<td class="line-number">1</td>`): the rows' code cells, a line each.
 *   A gutter holds numbers alone, ascending; a row per line is only a table whose every row's
 *   first cell is marked as a line number (a class or `data-line-number`).
 * - Line numbers inside the code (Pygments' `<span class="linenos">1</span>`, Chroma's
 *   `<span class="ln">`): no part of a line.
 * - A copy control's words (`Copy`, `Copied!`) in the code or beside it, and the language label a
 *   frame shows (VitePress' `<span class="lang">json</span>`): no words of the page.
 * - The language: from the `<pre>` or its `<code>` (`language-json`, `data-lang`,
 *   `data-language`, `class="highlight json"`), else from the wrappers around it
 *   (`<div class="highlight-json">`, `<div class="language-json highlight">`).
 */
import type { Element, ElementContent, Root } from 'hast';
import { languageOf } from './html-code.js';
import { element, find, text, textOf } from './made-hast.js';
import { classesOf } from './style-classes.js';

/** Classes that mark a line number (`linenos`, `lineno`, `lnt`, `ln`, `blob-num`, `line-number`, `hljs-ln-numbers`, `gutter`). */
const LINE_NUMBER_CLASS = /^(?:linenos?|linenodiv|lnt|ln|lntd|gutter|blob-num|line-?numbers?|line-num|hljs-ln-numbers|line-numbers-rows)$/i;
/** A copy control's words. */
const COPY_WORDS = /^(?:copy(?: code| to clipboard)?|copied!?)$/i;
/** How many wrappers around a `<pre>` make its frame. */
const FRAME_DEPTH = 3;

export function readCodeFrames(tree: Root): void {
  const visit = (node: Root | Element, wrappers: Element[]): void => {
    node.children = node.children.map((child) => {
      if (child.type !== 'element') return child;
      const code = child.tagName === 'table' ? numberedCode(child) : child.tagName === 'pre' ? child : undefined;
      if (!code) visit(child, [child, ...wrappers]);
      else frame(code, code === child ? wrappers : [child, ...wrappers]);
      return code ?? child;
    }) as typeof node.children;
    // The frame's chrome beside its code: a copy control's words, the language's label.
    const languages = new Set(
      node.children.flatMap((child) => (child.type === 'element' && child.tagName === 'pre' ? (codeLanguage(child) ?? []) : [])),
    );
    if (languages.size > 0)
      node.children = node.children.filter(
        (child) =>
          child.type !== 'element' ||
          !CHROME_TAGS.has(child.tagName) ||
          !(isCopyControl(child) || languages.has(textOf(child).trim().toLowerCase())),
      ) as typeof node.children;
  };
  visit(tree, []);
}

/** The elements a frame's label or control is written as (never a paragraph, a cell or a list). */
const CHROME_TAGS = new Set(['span', 'div', 'small', 'button', 'a']);

/** A code block found: its line numbers and copy words out, its language stated. */
function frame(pre: Element, wrappers: readonly Element[]): void {
  dropInside(pre, isLineNumber);
  pre.children = pre.children.filter((child) => child.type !== 'element' || child.tagName === 'code' || !isCopyControl(child));
  const language = languageOf(pre, wrappers.slice(0, FRAME_DEPTH));
  if (language) stateLanguage(pre, language);
}

/** The code of a table that sets line numbers beside it, as one `<pre>`; undefined for any other table. */
function numberedCode(table: Element): Element | undefined {
  const rows = rowsOf(table);
  const cells = rows.map((row) =>
    row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th')),
  );
  if (rows.length === 0 || cells.some((pair) => pair.length !== 2)) return undefined;
  const [only] = cells;
  if (cells.length === 1 && only && isGutter(only[0]!)) {
    const pre = find(only[1]!, (node) => node.tagName === 'pre');
    if (pre) return pre.position || !table.position ? pre : { ...pre, position: table.position };
  }
  if (!cells.every(([number]) => isNumberCell(number!))) return undefined;
  const lines: ElementContent[] = [];
  cells.forEach(([, code], index) => {
    if (index > 0) lines.push(text('\n'));
    lines.push(...code!.children.filter((child) => !(child.type === 'element' && child.tagName === 'br')));
  });
  const first = find(cells[0]![1]!, (node) => node.tagName === 'code');
  const properties = first ? { className: classesOf(first) } : {};
  return element('pre', [element('code', lines, undefined, properties)], table.position);
}

/** A gutter cell: line numbers alone, one a line, ascending. */
function isGutter(cell: Element): boolean {
  const numbers = textOf(cell).trim().split(/\s+/).map(Number);
  return numbers.length > 0 && numbers.every((number, index) => Number.isInteger(number) && (index === 0 || number > numbers[index - 1]!));
}

/** A row's line number cell: marked so, a number or empty. */
function isNumberCell(cell: Element): boolean {
  const marked =
    cell.properties.dataLineNumber !== undefined || classesOf(cell).some((name) => LINE_NUMBER_CLASS.test(name) || /-numbers$/.test(name));
  return marked && /^\s*\d*\s*$/.test(textOf(cell));
}

function isLineNumber(node: Element): boolean {
  return classesOf(node).some((name) => LINE_NUMBER_CLASS.test(name)) && /^\s*\d*\s*$/.test(textOf(node));
}

function isCopyControl(node: Element): boolean {
  return COPY_WORDS.test(textOf(node).trim());
}

/** The language a block's `<code>` states (`language-json`). */
function codeLanguage(pre: Element): string | undefined {
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  const name = code && classesOf(code).find((name) => name.startsWith('language-'));
  return name?.slice('language-'.length).toLowerCase();
}

/** The `<code>` of the block says its language (`language-x`), as hast-util-to-mdast reads it. */
function stateLanguage(pre: Element, language: string): void {
  let code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  if (!code) {
    code = element('code', pre.children, undefined);
    pre.children = [code];
  }
  const classes = classesOf(code);
  if (!classes.some((name) => name.startsWith('language-')))
    code.properties = { ...code.properties, className: [`language-${language}`, ...classes] };
}

function dropInside(node: Element, drop: (node: Element) => boolean): void {
  node.children = node.children.filter((child) => child.type !== 'element' || !drop(child));
  for (const child of node.children) if (child.type === 'element') dropInside(child, drop);
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') rows.push(...rowsOf(child));
  }
  return rows;
}
