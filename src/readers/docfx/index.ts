/**
 * The DocFX dialect: markdown endpoint pages as DocFX builds them (front matter with `title`
 * and `uid`, `# METHOD path` title, ```http request line, GFM tables, ```http! / ```http_ samples).
 *
 * Reading is remark-parse + GFM + remark-frontmatter (shared/markdown.ts); the page is already almost the
 * normalised document, so the reader only names the sections, gives the headless path table a
 * heading and normalises the sample fences to `http`.
 */
import type { Code, Nodes, Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import type { PageMeta } from '../../document/types.js';
import { sourceOf } from '../../ir/source.js';
import { markdownProcessor } from '../shared/markdown.js';
import type { PageInput, Reader } from '../types.js';
import { annotateSections } from './sections.js';
import { joinContinuationRows, markPathPartTables } from './tables.js';

const FRONT_MATTER = /^\uFEFF?---\r?\n(?:[^\n]*\r?\n)*?(?:title|uid)\s*:/;
const TITLE_THEN_HTTP = /^#[ \t]+(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)[ \t]+\S.*\r?\n(?:[ \t]*\r?\n)*```http\b/im;
const DOCFX_TABLE = /^\|[ \t]*(?:Path Part|Property Name)[ \t]*\|/m;

function detect(page: PageInput): string | undefined {
  const head = page.text.slice(0, 4096);
  if (FRONT_MATTER.test(head)) return 'front matter with title/uid';
  if (TITLE_THEN_HTTP.test(page.text)) return '`# METHOD path` heading followed by an ```http block';
  if (DOCFX_TABLE.test(page.text)) return '`| Path Part |` or `| Property Name |` table';
  return undefined;
}

/**
 * Deeper container nesting (block quotes, indented lists) than any docs page has. remark's
 * time and memory grow steeply with it (a 4 MB page of nested quotes took minutes and gigabytes),
 * so such a page is refused before parsing.
 */
export const MAX_CONTAINER_DEPTH = 32;

function read(page: PageInput, diagnostics: DiagnosticBag): Root {
  const deep = deepestContainerLine(page.text);
  if (deep) {
    diagnostics.report(
      'nesting-too-deep',
      {
        file: page.file,
        start: { line: deep.line, column: 1, offset: deep.offset },
        end: { line: deep.line, column: 1, offset: deep.offset },
      },
      `block quotes or lists nested more than ${MAX_CONTAINER_DEPTH} levels deep; the page was not read`,
    );
    return { type: 'root', children: [], data: { dialect: 'docfx', page: {} } };
  }
  const root = markdownProcessor.parse(page.text);
  const meta = readFrontMatter(root, page.file, diagnostics);
  annotateSections(root);
  joinContinuationRows(root, page.text);
  markPathPartTables(root);
  normaliseSampleFences(root);
  root.data = { ...root.data, dialect: 'docfx', page: meta, markdown: page.text };
  return root;
}

/** The first line whose `>` markers or indentation pass {@link MAX_CONTAINER_DEPTH} levels, if any. */
function deepestContainerLine(text: string): { line: number; offset: number } | undefined {
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let quotes = 0;
    let indent = 0;
    let i = start;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3e) quotes++;
      else if (c === 0x20) indent++;
      else if (c === 0x09) indent += 4;
      else break;
    }
    if (quotes > MAX_CONTAINER_DEPTH || indent / 2 > MAX_CONTAINER_DEPTH * 2) return { line, offset: start };
    start = end + 1;
  }
  return undefined;
}

/** `title` and `uid` of the YAML front matter; bad YAML is a diagnostic, not a throw. */
function readFrontMatter(root: Root, file: string, diagnostics: DiagnosticBag): PageMeta {
  const node = root.children.find((child) => child.type === 'yaml');
  const meta: PageMeta = {};
  if (!node) return meta;
  let value: unknown;
  try {
    value = parseYaml(node.value);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    diagnostics.report('invalid-front-matter', sourceOf(file, node), `front matter is not valid YAML: ${reason}`);
    return meta;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return meta;
  const record = value as Record<string, unknown>;
  if (typeof record.title === 'string' && record.title.trim()) meta.title = record.title.trim();
  if (typeof record.uid === 'string' && record.uid.trim()) meta.operationId = record.uid.trim();
  return meta;
}

/** ```http! (sample request) and ```http_ (sample response) are HTTP messages: `lang: 'http'`. */
function normaliseSampleFences(root: Root): void {
  const visit = (node: Nodes): void => {
    if (node.type === 'code') fixLang(node);
    else if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
}

function fixLang(node: Code): void {
  if (node.lang && /^http[!_]$/i.test(node.lang)) node.lang = 'http';
}

export const docfxReader: Reader = { id: 'docfx', detect, read };
