/**
 * Type cells that link to a heading of another page (readers/markdown/page-type-cells.ts), resolved
 * where the pages meet:
 *
 *     | doctor  | [Vet](../objects/types.md#vet-record)              |  → `VetRecord` (`## Vet record` ⏎ its fields)
 *     | home    | [Address](../objects/common.md#address)            |  → `Address`, the section's fields
 *     | owner   | [User](../objects/users.md#user-object)            |  → `User`, as before (a page defines it)
 *
 * A cell names its type by the link's words; where a page defines the type they name (as written,
 * or but for its first letter's case, as ref-case.ts binds it), that stays the type, whatever the
 * link. Where no page does, the words alone would name an undocumented type: the link says which
 * type they mean, the section it goes to (a heading of that page with a field table of its own,
 * found as a body's link finds it: page-links.ts), and the page's refs of that name become that
 * section's type, which joins the linked page's schemas once. A name whose links go to sections of
 * two types is left as written; so is one whose link goes to no such section (no warning: the
 * words still name a type, as they did).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LinkableSection, PageFragment } from '../ir/types.js';

/** Where a page's type-cell name resolves: the page whose section it is, and the section. */
export interface CellTarget {
  owner: PageFragment;
  target: LinkableSection;
}

/** The section a link goes to, when it names one page that has it (page-links.ts). */
type FindTarget = (link: { file: string; anchor: string }, from: string) => { owners: PageFragment[]; target?: LinkableSection };

/**
 * For each page with type-cell links, the names no page defines whose links go to one section
 * (read as fields): name → that section. Read from the pages as read, before the merge adds to them.
 */
export function cellLinkTargets(pages: readonly PageFragment[], find: FindTarget): Map<PageFragment, Map<string, CellTarget>> {
  const found = new Map<PageFragment, Map<string, CellTarget>>();
  if (!pages.some((page) => page.typeLinks?.length)) return found;
  const defined = new Set(pages.flatMap((page) => page.schemas.map((schema) => foldFirst(schema.name))));
  for (const page of pages) {
    const names = new Map<string, CellTarget | null>();
    for (const link of page.typeLinks ?? []) {
      if (defined.has(foldFirst(link.name)) || names.get(link.name) === null) continue;
      const { owners, target } = find(link, page.file);
      if (!target || target.unread) continue;
      const known = names.get(link.name);
      // Two links of one name to sections of two types: which it means is not known.
      names.set(link.name, known && known.target.name !== target.name ? null : { owner: owners[0]!, target });
    }
    const resolved = [...names].filter((entry): entry is [string, CellTarget] => entry[1] !== null);
    if (resolved.length > 0) found.set(page, new Map(resolved));
  }
  return found;
}

/**
 * Renames each page's refs of a resolved name to its section's type, and adds that type to the
 * linked page's schemas where the page does not define it already; `linked` gets the linked pages.
 */
export function applyCellLinks(
  targets: ReadonlyMap<PageFragment, ReadonlyMap<string, CellTarget>>,
  rename: (value: unknown, key: string, name: string) => void,
  linked: Set<PageFragment>,
  problems: (found: Diagnostic[]) => void,
): void {
  for (const [page, names] of targets) {
    for (const [name, { owner, target }] of names) {
      linked.add(owner);
      if (target.name !== name) for (const part of [page.operations, page.schemas, page.linkable]) rename(part, name, target.name);
      if (!target.schema || owner.schemas.some((schema) => schema.name === target.name)) continue;
      if (target.problems) problems(target.problems);
      owner.schemas = [...owner.schemas, { name: target.name, schema: target.schema, origin: 'documented', sources: target.sources ?? [] }];
    }
  }
}

/** The types other pages' type cells link to, by the file of the page whose sections define them, sorted. */
export function cellLinkedTypes(targets: ReadonlyMap<PageFragment, ReadonlyMap<string, CellTarget>>): Map<string, string[]> {
  const found = new Map<string, Set<string>>();
  for (const names of targets.values())
    for (const { owner, target } of names.values()) found.set(owner.file, (found.get(owner.file) ?? new Set()).add(target.name));
  return new Map([...found].map(([file, names]) => [file, [...names].sort()]));
}

/** `Vet` and `vet` → `vet`: names ref-case.ts binds to each other. */
function foldFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
