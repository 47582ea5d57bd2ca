/**
 * Bodies documented by a link to another page's section (`See [Shelf data](../objects/shelves.md#shelf-data)`,
 * `See [Shelf](shelf.md)`), resolved where the pages meet. Pages are read one by one: the linking
 * page's body is a placeholder type (`SpecdownPageLink1`, named with the tool's prefix to stay apart from the docs' type names; `PageFragment.links`), and every page offers its
 * sections outside every operation with a field table of their own (`PageFragment.linkable`).
 *
 * A link goes to the linked page's section of its anchor (as docs sites name headings: its `{#id}`,
 * its words slugged, readers/markdown/heading-anchors.ts; punctuation slugged apart alike, ir/anchor.ts;
 * a link to the page alone: its one such section); a link without the page's extension (`../objects/shelf`) or to a folder (`../objects/`)
 * goes to the one page read it may mean (linked-page.ts), and one that may mean several is reported. The placeholder is renamed to that section's type, which joins the linked page's
 * schemas once (a type the page defines already is there). A link that goes to no such section
 * states no type: its body is left untyped, with a warning at the link (`unresolved-link`), which
 * says why where the section is there but its table does not read as fields (`unread`); what the
 * reading of a linked section's table found wrong (a row without a name) is reported once it is linked.
 *
 * A page of such sections only (no operation, no type of its own; `PageFragment.linkableOnly`) is
 * reported `not-an-endpoint` here, and only when no link goes to it: one that other pages' bodies
 * link to defines their types, which its file's reason says (`linkedTypes`, run/file-reports.ts).
 * Type cells' links to other pages' headings go to their sections alike (type-links.ts).
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { anchoredSection } from '../ir/anchor.js';
import type { Content, LinkableSection, Operation, PageFragment, PageLink, Schema } from '../ir/types.js';
import { linkedPages, linkMiss, type PageIndex, pageIndex } from './linked-page.js';
import { applyParameterLinks, parameterSections } from './parameter-links.js';
import { applyCellLinks, cellLinkedTypes, cellLinkTargets } from './type-links.js';

/** Keys whose values are the docs' own JSON (samples, defaults, extensions): no schema is in them. */
const DATA_KEYS = new Set(['value', 'examples', 'default', 'extensions', 'source', 'sources']);

export function resolvePageLinks(pages: PageFragment[], diagnostics: DiagnosticBag): void {
  const linking = pages.filter((page) => page.links?.length);
  // Indexed only where some page links (most references have no such link).
  const index =
    linking.length > 0 || pages.some((page) => page.typeLinks?.length || page.parameterLinks?.length)
      ? pageIndex(pages)
      : new Map<string, PageFragment>();
  const goesTo = (link: Pick<PageLink, 'file' | 'anchor'>, from: string) => linkTarget(index, link, from);
  // Type cells' links (type-links.ts), read from the pages before the bodies' links add to them.
  const cells = cellLinkTargets(pages, goesTo);
  const added = new Set<LinkableSection>();
  const linked = new Set<PageFragment>();
  for (const page of linking) {
    for (const link of page.links!) {
      const { owners, target } = goesTo(link, page.file);
      const owner = owners[0];
      if (!owner || !target || target.unread) {
        unresolved(page, link, owners, target, diagnostics);
        continue;
      }
      linked.add(owner);
      rename(page.operations, link.key, target.name);
      if (!target.schema || added.has(target)) continue;
      added.add(target);
      // What reading its table found wrong, now that a type is made of it.
      if (target.problems) diagnostics.push(...target.problems);
      owner.schemas = [...owner.schemas, { name: target.name, schema: target.schema, origin: 'documented', sources: target.sources ?? [] }];
    }
  }
  applyCellLinks(cells, rename, linked, (problems) => diagnostics.push(...problems));
  // Operations' parameters a link documents (parameter-links.ts).
  applyParameterLinks(pages, goesTo, linked, diagnostics);
  // A page of such sections only, and no link goes to them: it documents nothing.
  for (const page of pages)
    if (page.linkableOnly && !linked.has(page))
      diagnostics.report('not-an-endpoint', page.linkableOnly, 'the page documents no operation (no request line); skipped');
}

/**
 * The types other pages' bodies link to (`bodies`) and their type cells do (`cells`, type-links.ts),
 * by the file of the page whose sections define them, sorted (`generate --format json` says so in
 * the file's reason).
 */
export function linkedTypes(pages: readonly PageFragment[]): {
  bodies: Map<string, string[]>;
  cells: Map<string, string[]>;
  parameters: Map<string, string[]>;
} {
  const linking = pages.filter((page) => page.links?.length);
  if (linking.length === 0 && !pages.some((page) => page.typeLinks?.length || page.parameterLinks?.length))
    return { bodies: new Map(), cells: new Map(), parameters: new Map() };
  const index = pageIndex(pages);
  const goesTo = (link: Pick<PageLink, 'file' | 'anchor'>, from: string) => linkTarget(index, link, from);
  const cells = cellLinkedTypes(cellLinkTargets(pages, goesTo));
  const parameters = new Map([...parameterSections(pages, goesTo)].map(([file, names]) => [file, [...names].sort()]));
  return { bodies: bodyLinkedTypes(linking, index), cells, parameters };
}

function bodyLinkedTypes(linking: readonly PageFragment[], index: PageIndex): Map<string, string[]> {
  const found = new Map<string, Set<string>>();
  for (const page of linking) {
    for (const link of page.links!) {
      const { owners, target } = linkTarget(index, link, page.file);
      if (target && !target.unread) found.set(owners[0]!.file, (found.get(owners[0]!.file) ?? new Set()).add(target.name));
    }
  }
  return new Map([...found].map(([file, names]) => [file, [...names].sort()]));
}

/** The pages a link may go to (linked-page.ts), and its section there when it names one page that has it. */
function linkTarget(
  index: PageIndex,
  link: Pick<PageLink, 'file' | 'anchor'>,
  from: string,
): { owners: PageFragment[]; target?: LinkableSection } {
  const owners = linkedPages(index, link.file, from);
  const target = owners.length === 1 && owners[0]!.linkable ? sectionOf(owners[0]!.linkable, link) : undefined;
  return target ? { owners, target } : { owners };
}

/** The section a link goes to: the one of its anchor, or the page's one section for a link to the page. */
function sectionOf(sections: readonly LinkableSection[], link: Pick<PageLink, 'file' | 'anchor'>): LinkableSection | undefined {
  if (link.anchor) return anchoredSection(sections, link.anchor);
  const read = sections.filter((section) => !section.unread);
  // A page whose one such section has a table that does not read: that section, to say why.
  return read.length === 1 ? read[0] : read.length === 0 && sections.length === 1 ? sections[0] : undefined;
}

function rename(value: unknown, key: string, name: string): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) rename(item, key, name);
    return;
  }
  const record = value as Record<string, unknown>;
  if (record.kind === 'ref' && record.name === key) record.name = name;
  for (const [field, child] of Object.entries(record)) if (!DATA_KEYS.has(field)) rename(child, key, name);
}

/**
 * The link states no type: the bodies of its placeholder go, but for those that show a sample (`Returns a
 * [health check](./tutorials/health-check.md) of the lamp.` ⏎ a JSON fence), which stay, typed by their
 * samples alone as a body of no table is; the link is reported.
 */
function unresolved(
  page: PageFragment,
  link: PageLink,
  owners: readonly PageFragment[],
  section: LinkableSection | undefined,
  diagnostics: DiagnosticBag,
): void {
  let sampled = false;
  const untyped = (contents: Content[]): Content[] =>
    contents.filter((content) => {
      if (!isPlaceholder(content.schema, link.key)) return true;
      if (content.examples.length === 0) return false;
      content.schema = { kind: 'unknown' };
      sampled = true;
      return true;
    });
  for (const operation of page.operations as Operation[]) {
    for (const response of operation.responses) response.content = untyped(response.content);
    if (operation.requestBody?.content.some((content) => isPlaceholder(content.schema, link.key))) {
      operation.requestBody.content = untyped(operation.requestBody.content);
      if (operation.requestBody.content.length === 0) delete operation.requestBody;
    }
  }
  if (!link.source) return;
  const { words, related } = linkMiss(link, owners, section);
  const left = sampled ? 'the body is typed by its sample alone' : 'the body is left untyped';
  diagnostics.report('unresolved-link', link.source, `${words}; ${left}`, related ? { related } : {});
}

function isPlaceholder(schema: Schema | undefined, key: string): boolean {
  if (schema?.kind === 'array') return isPlaceholder(schema.items, key);
  return schema?.kind === 'ref' && schema.name === key;
}
