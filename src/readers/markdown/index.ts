/**
 * The general reader: any markdown (or HTML) reference no dialect claims. It finds the endpoint
 * signatures a page states wherever it states them (`regions.ts`), gives each operation its
 * stretch of the page, and names the parts of each (`parts.ts`) by heading, label, table columns
 * and content, so that the one extractor reads vendors' own conventions like a dialect's.
 *
 * Tried last: the four dialects keep their pages. A page with no signature still reads (to an
 * empty document), and the extractor reports it `not-an-endpoint`.
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { plainText } from '../../document/plain-text.js';
import type { PageMeta } from '../../document/types.js';
import { joinContinuationRows } from '../shared/continuation-rows.js';
import { markdownProcessor } from '../shared/markdown.js';
import type { PageInput, Reader, ReadOptions } from '../types.js';
import { convertFieldComponents } from './components.js';
import { convertDefinitionLists } from './definition-lists.js';
import { describeFindings } from './findings.js';
import { convertCellHtml, convertHtmlTables, readHtmlPage } from './html.js';
import { blankMdxEsm, blankNoise } from './noise.js';
import { layoutRegion } from './parts.js';
import { findRegions } from './regions.js';
import { normaliseTitle } from './section-titles.js';
import { FRONT_MATTER_SIGNATURE } from './signatures.js';
import { readVocabulary } from './vocabulary.js';

const HTML_PAGE = /\.html?$/i;

function detect(page: PageInput): string {
  return HTML_PAGE.test(page.file) ? 'general reader (an HTML page no dialect claims)' : 'general reader (markdown no dialect claims)';
}

function read(page: PageInput, _diagnostics: DiagnosticBag, options?: ReadOptions): Root {
  const words = readVocabulary(options?.vocabulary);
  const html = HTML_PAGE.test(page.file);
  const text = html ? page.text : blankNoise(/\.mdx$/i.test(page.file) ? blankMdxEsm(page.text) : page.text);
  const root = html ? readHtmlPage(text) : markdownProcessor.parse(text);
  if (!html) {
    joinContinuationRows(root, text);
    convertCellHtml(root, words.columnNames);
    convertHtmlTables(root);
    convertFieldComponents(root, text);
    convertDefinitionLists(root, text);
  }
  // Front matter is no prose; the endpoint an MDX page's front matter names is its signature.
  const nodes = root.children.filter((node) => node.type !== 'yaml' || FRONT_MATTER_SIGNATURE.test(node.value));
  const regions = findRegions(nodes, words);
  const children: RootContent[] = [];
  const baseUrls = new Set<string>();
  let at = 0;
  for (const region of regions) {
    children.push(...asides(nodes.slice(at, region.start)));
    children.push(...layoutRegion(nodes, region, { ...words, page: text, baseUrls }));
    at = region.end;
  }
  children.push(...asides(nodes.slice(at)));
  root.children = markDefinitions(children);
  markNestedHeadings(root);
  const meta = pageMeta(nodes);
  if (baseUrls.size > 0) meta.servers = [...baseUrls].sort();
  const data: NonNullable<Root['data']> = { dialect: 'markdown', page: meta, found: describeFindings(regions, children) };
  if (!html) data.markdown = text;
  if (words.typeWords) data.typeWords = words.typeWords;
  if (words.columnNames) data.columnNames = words.columnNames;
  root.data = data;
  return root;
}

/** Headings outside every operation: prose the extractor does not read. */
function asides(nodes: RootContent[]): RootContent[] {
  for (const node of nodes) if (node.type === 'heading') node.data = { section: 'aside' };
  return nodes;
}

/** A heading over the reference's types: `# Schemas`, `## Models`, `## Data types`, `# Definitions`. */
const TYPES_TITLE = /^(?:schemas?|models?|definitions|data\s+(?:models?|types|structures|objects)|objects|types|entities)$/i;
const TYPE_NAME = /^[A-Za-z_][\w.]*$/;

/**
 * The types a reference defines outside its operations (Widdershins' `# Schemas`): under a heading
 * so titled, each heading one level down that is a type name opens that type's definition, and
 * the headings below it (`### Properties`) are part of it.
 *
 *     # Schemas
 *     ## Pet                         → type-definition `Pet`
 *     ### Properties                 → (in Pet's definition)
 *     | Name | Type | Required | … |  → Pet's properties
 */
function markDefinitions(nodes: readonly RootContent[]): RootContent[] {
  const subheadings = new Set<Heading>();
  let types: number | undefined;
  let inType = false;
  for (const node of nodes) {
    if (node.type !== 'heading' || node.data?.section !== 'aside') {
      if (node.type === 'heading') types = undefined;
      continue;
    }
    const title = plainText(node).trim();
    if (types !== undefined && node.depth <= types) types = undefined;
    if (types === undefined) {
      if (TYPES_TITLE.test(normaliseTitle(title))) types = node.depth;
      inType = false;
      continue;
    }
    if (node.depth === types + 1) {
      inType = TYPE_NAME.test(title);
      if (inType) node.data = { section: 'type-definition', name: title };
    } else if (inType) subheadings.add(node);
  }
  // `### Properties` of a type: a label inside its definition, not a section of its own.
  return nodes.map(
    (node): RootContent =>
      node.type === 'heading' && subheadings.has(node)
        ? { type: 'paragraph', children: node.children, ...(node.position ? { position: node.position } : {}) }
        : node,
  );
}

/** Headings inside lists and quotes are prose too. */
function markNestedHeadings(root: Root): void {
  const visit = (node: Nodes, top: boolean): void => {
    if (node.type === 'heading' && !top && !node.data?.section) node.data = { ...node.data, section: 'aside' };
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child, node.type === 'root');
  };
  visit(root, false);
}

function pageMeta(nodes: readonly RootContent[]): PageMeta {
  const title = nodes.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  return title ? { title: plainText(title).trim() } : {};
}

export const markdownReader: Reader = { id: 'markdown', detect, read };
