/**
 * Bodies documented by a link to another page's section (`See [Shelf data](../objects/shelves.md#shelf-data)`,
 * `See [Shelf](shelf.md)`), resolved where the pages meet. Pages are read one by one: the linking
 * page's body is a placeholder type (`SpecdownPageLink1`, named with the tool's prefix to stay apart from the docs' type names; `PageFragment.links`), and every page offers its
 * sections outside every operation with a field table of their own (`PageFragment.linkable`).
 *
 * A link goes to the linked page's section of its anchor (a link to the page alone: its one such
 * section). The placeholder is renamed to that section's type, which joins the linked page's
 * schemas once (a type the page defines already is there). A link that goes to no such section
 * states no type: its body is left untyped, with a warning at the link (`unresolved-link`).
 *
 * A page of such sections only (no operation, no type of its own; `PageFragment.linkableOnly`) is
 * reported `not-an-endpoint` here, and only when no link goes to it: one that other pages' bodies
 * link to defines their types, which its file's reason says (`linkedTypes`, run/file-reports.ts).
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Content, LinkableSection, Operation, PageFragment, PageLink, Schema } from '../ir/types.js';

/** Keys whose values are the docs' own JSON (samples, defaults, extensions): no schema is in them. */
const DATA_KEYS = new Set(['value', 'examples', 'default', 'extensions', 'source', 'sources']);

export function resolvePageLinks(pages: PageFragment[], diagnostics: DiagnosticBag): void {
  const byFile = linkablePages(pages);
  const added = new Set<LinkableSection>();
  const linked = new Set<PageFragment>();
  for (const page of pages) {
    for (const link of page.links ?? []) {
      const found = linkTarget(byFile, link);
      if (!found) {
        unresolved(page, link, diagnostics);
        continue;
      }
      const { owner, target } = found;
      linked.add(owner);
      rename(page.operations, link.key, target.name);
      if (!target.schema || added.has(target)) continue;
      added.add(target);
      owner.schemas = [...owner.schemas, { name: target.name, schema: target.schema, origin: 'documented', sources: target.sources ?? [] }];
    }
  }
  // A page of such sections only, and no link goes to them: it documents nothing.
  for (const page of pages)
    if (page.linkableOnly && !linked.has(page))
      diagnostics.report('not-an-endpoint', page.linkableOnly, 'the page documents no operation (no request line); skipped');
}

/**
 * The types other pages' links go to, by the file of the page whose sections define them, sorted
 * (`generate --format json` says so in the file's reason).
 */
export function linkedTypes(pages: readonly PageFragment[]): Map<string, string[]> {
  const byFile = linkablePages(pages);
  const found = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const link of page.links ?? []) {
      const target = linkTarget(byFile, link);
      if (target) found.set(target.owner.file, (found.get(target.owner.file) ?? new Set()).add(target.target.name));
    }
  }
  return new Map([...found].map(([file, names]) => [file, [...names].sort()]));
}

/** The pages with sections a link may go to, by their files (lower-case). */
function linkablePages(pages: readonly PageFragment[]): Map<string, PageFragment> {
  const byFile = new Map<string, PageFragment>();
  for (const page of pages) if (page.linkable?.length) byFile.set(page.file.toLowerCase(), page);
  return byFile;
}

/** The page a link goes to and its section there, if the link goes to one. */
function linkTarget(
  byFile: ReadonlyMap<string, PageFragment>,
  link: PageLink,
): { owner: PageFragment; target: LinkableSection } | undefined {
  const owner = byFile.get(link.file.toLowerCase());
  const target = owner && sectionOf(owner.linkable!, link);
  return owner && target ? { owner, target } : undefined;
}

/** The section a link goes to: the one of its anchor, or the page's one section for a link to the page. */
function sectionOf(sections: readonly LinkableSection[], link: PageLink): LinkableSection | undefined {
  if (link.anchor) return sections.find((section) => section.anchor === link.anchor);
  return sections.length === 1 ? sections[0] : undefined;
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

/** The link states no type: the bodies of its placeholder go, and the link is reported. */
function unresolved(page: PageFragment, link: PageLink, diagnostics: DiagnosticBag): void {
  const placeholder = (content: Content) => isPlaceholder(content.schema, link.key);
  for (const operation of page.operations as Operation[]) {
    for (const response of operation.responses) response.content = response.content.filter((content) => !placeholder(content));
    if (operation.requestBody?.content.some(placeholder)) {
      operation.requestBody.content = operation.requestBody.content.filter((content) => !placeholder(content));
      if (operation.requestBody.content.length === 0) delete operation.requestBody;
    }
  }
  const target = link.anchor ? `${link.file}#${link.anchor}` : link.file;
  if (link.source)
    diagnostics.report(
      'unresolved-link',
      link.source,
      `the link to ${target} goes to no section with a field table; the body is left untyped`,
    );
}

function isPlaceholder(schema: Schema | undefined, key: string): boolean {
  if (schema?.kind === 'array') return isPlaceholder(schema.items, key);
  return schema?.kind === 'ref' && schema.name === key;
}
