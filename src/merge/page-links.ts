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
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Content, LinkableSection, Operation, PageFragment, PageLink, Schema } from '../ir/types.js';

/** Keys whose values are the docs' own JSON (samples, defaults, extensions): no schema is in them. */
const DATA_KEYS = new Set(['value', 'examples', 'default', 'extensions', 'source', 'sources']);

export function resolvePageLinks(pages: PageFragment[], diagnostics: DiagnosticBag): void {
  if (!pages.some((page) => page.links?.length)) return;
  const byFile = new Map<string, PageFragment>();
  for (const page of pages) if (page.linkable?.length) byFile.set(page.file.toLowerCase(), page);
  const added = new Set<LinkableSection>();
  for (const page of pages) {
    for (const link of page.links ?? []) {
      const owner = byFile.get(link.file.toLowerCase());
      const target = owner && sectionOf(owner.linkable!, link);
      if (!owner || !target) {
        unresolved(page, link, diagnostics);
        continue;
      }
      rename(page.operations, link.key, target.name);
      if (!target.schema || added.has(target)) continue;
      added.add(target);
      owner.schemas = [...owner.schemas, { name: target.name, schema: target.schema, origin: 'documented', sources: target.sources ?? [] }];
    }
  }
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
