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
import { joinContinuationRows } from '../shared/continuation-rows.js';
import { DOCFX_TYPE_WORDS } from '../shared/docfx-type-words.js';
import { markdownProcessor } from '../shared/markdown.js';
import { markPathPartTables } from '../shared/path-part-tables.js';
import type { Evidence, PageInput, Reader } from '../types.js';
import { annotateSections } from './sections.js';

const FRONT_MATTER_UID = /^\uFEFF?---\r?\n(?:[^\n]*\n)*?uid\s*:/;
const FRONT_MATTER_TITLE = /^\uFEFF?---\r?\n(?:[^\n]*\n)*?title\s*:/;
const TITLE_THEN_HTTP = /^#[ \t]+(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)[ \t]+\S.*\r?\n(?:[ \t]*\r?\n)*```http\b/im;
const DOCFX_TABLE = /^\|[ \t]*(?:Path Part|Property Name)[ \t]*\|/m;
/**
 * An index page's ```http block: the entity's base path alone, no method, no query (`/api/v2/Author`).
 * An example URL (`/api/loans/pause?ids=1|2`) is no base path.
 */
const HTTP_BASE_PATH = /^```http[ \t]*\r?\n[ \t]*\/[^\s?#]*[ \t]*\r?\n```/m;

/**
 * Each signature the page carries, with its weight (a front matter or title block is 3 lines of
 * evidence). A `title` in front matter is what every static site generator writes (Jekyll, Hugo,
 * GitBook, Slate, Microsoft Learn): DocFX's only with a signature of its own beside it.
 */
const SIGNATURES: ReadonlyArray<{ test: (page: PageInput) => boolean; reason: string; weight: number }> = [
  { test: (page) => FRONT_MATTER_UID.test(page.text.slice(0, 4096)), reason: 'front matter with a DocFX uid', weight: 3 },
  { test: (page) => TITLE_THEN_HTTP.test(page.text), reason: '`# METHOD path` heading followed by an ```http block', weight: 3 },
  { test: (page) => DOCFX_TABLE.test(page.text), reason: '`| Path Part |` or `| Property Name |` table', weight: 2 },
  // A path alone in an ```http fence is any page's example call: DocFX's index page only under its title.
  {
    test: (page) => HTTP_BASE_PATH.test(page.text) && FRONT_MATTER_TITLE.test(page.text.slice(0, 4096)),
    reason: 'an ```http block holding a base path alone',
    weight: 1,
  },
];
const TITLE = {
  test: (page: PageInput) => FRONT_MATTER_TITLE.test(page.text.slice(0, 4096)),
  reason: 'front matter with a title',
  weight: 1,
};

function detect(page: PageInput): Evidence | undefined {
  const found = SIGNATURES.filter((signature) => signature.test(page));
  if (found.length === 0) return undefined;
  if (TITLE.test(page)) found.push(TITLE);
  return { reason: found.map((s) => s.reason).join('; '), weight: found.reduce((sum, s) => sum + s.weight, 0) };
}

function read(page: PageInput, diagnostics: DiagnosticBag): Root {
  const root = markdownProcessor.parse(page.text);
  const meta = readFrontMatter(root, page.file, diagnostics);
  annotateSections(root);
  joinContinuationRows(root, page.text);
  markPathPartTables(root);
  normaliseSampleFences(root);
  root.data = { ...root.data, dialect: 'docfx', page: meta, markdown: page.text, typeWords: { ...DOCFX_TYPE_WORDS } };
  return root;
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
