/**
 * One name, several different tables: decided per use, not merged blindly (issue 12).
 *
 * Vendors reuse a type name as a placeholder: `Response body: TableRight` over the table of
 * another entity, on some pages. Merging every table under the name gives a schema no page
 * documents (the vendor's 2-property TableRight became one of 79). Instead, per name:
 *
 *  1. The tables that define it fall into families: two tables agree when one's property names
 *     are a subset of the other's (a page may list fewer). A family's schema is the union of its
 *     members, which is its largest table: never more properties than a page gives.
 *  2. The canonical definition is the family most defining pages agree on (ties: the first page
 *     by file name). It alone defines the name (unify-entities.ts merges its members' types).
 *  3. Every other table refers, it does not redefine: when it is another entity's table (its
 *     names lie within that entity's canonical table and cover 2/3 of it), the page's body refers
 *     to that entity; otherwise the page's body keeps its own table, inline. The same holds for a
 *     canonical family that is another name's table when the name has rival families.
 *  4. Each name's conflict is reported once, at a rival table, with the canonical one's place.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { compareText } from '../ir/order.js';
import { formatSource } from '../ir/source.js';
import type { NamedSchema, ObjectSchema, Operation, PageFragment, Schema } from '../ir/types.js';

const MIN_COVERAGE = 2 / 3;

interface Table {
  page: PageFragment;
  definition: NamedSchema & { schema: ObjectSchema };
  names: ReadonlySet<string>;
}

interface Family {
  members: Table[];
  /** The property names of the largest member (every other member's lie within them). */
  names: ReadonlySet<string>;
}

/** Resolves names tabulated differently across `pages` (in file order), editing them in place. */
export function resolveTableConflicts(pages: readonly PageFragment[], diagnostics: DiagnosticBag): void {
  const byName = new Map<string, Table[]>();
  for (const page of pages) {
    for (const definition of page.schemas) {
      if (definition.schema.kind !== 'object' || definition.origin !== 'documented') continue;
      const tables = byName.get(definition.name) ?? [];
      tables.push({ page, definition: definition as Table['definition'], names: new Set(definition.schema.properties.map((p) => p.name)) });
      byName.set(definition.name, tables);
    }
  }
  const families = new Map<string, Family[]>();
  for (const [name, tables] of byName) families.set(name, familiesOf(tables));
  const canonical = new Map<string, Family>();
  for (const [name, list] of families) canonical.set(name, majority(list));
  for (const name of [...families.keys()].sort(compareText)) {
    const list = families.get(name)!;
    if (list.length < 2) continue;
    let kept = canonical.get(name)!;
    const referring = list.map((family) => ({ family, target: entityOf(family, name, canonical) }));
    const defining = referring.filter((r) => r.target === undefined).map((r) => r.family);
    if (!defining.includes(kept)) kept = defining.length > 0 ? majority(defining) : kept;
    const keptRefers = !defining.includes(kept);
    for (const { family, target } of referring) {
      if (family === kept && !keptRefers) continue;
      for (const table of family.members) redirect(table, name, target);
    }
    report(name, kept, keptRefers, referring, diagnostics);
  }
}

function familiesOf(tables: readonly Table[]): Family[] {
  const families: Family[] = [];
  for (const table of tables) {
    const family = families.find((f) => subset(table.names, f.names) || subset(f.names, table.names));
    if (!family) families.push({ members: [table], names: table.names });
    else {
      family.members.push(table);
      if (table.names.size > family.names.size) family.names = table.names;
    }
  }
  return families;
}

function subset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size > b.size) return false;
  for (const name of a) if (!b.has(name)) return false;
  return true;
}

const pagesOf = (family: Family) => new Set(family.members.map((m) => m.page.file)).size;

/** The family most pages agree on (ties: the one whose first page comes first). */
function majority(families: readonly Family[]): Family {
  return families.reduce((best, family) => (pagesOf(family) > pagesOf(best) ? family : best), families[0]!);
}

/** Another entity whose canonical table this family's table is, if any (fewest extra properties wins, then name). */
function entityOf(family: Family, name: string, canonical: ReadonlyMap<string, Family>): string | undefined {
  if (family.names.size === 0) return undefined;
  let best: { name: string; extra: number } | undefined;
  for (const [other, table] of canonical) {
    if (other === name || !subset(family.names, table.names)) continue;
    if (family.names.size < MIN_COVERAGE * table.names.size) continue;
    const extra = table.names.size - family.names.size;
    if (!best || extra < best.extra || (extra === best.extra && compareText(other, best.name) < 0)) best = { name: other, extra };
  }
  return best?.name;
}

/** A rival table no longer defines `name`: its page's bodies of `name` refer to `target`, or keep the table inline. */
function redirect(table: Table, name: string, target: string | undefined): void {
  const { page, definition } = table;
  page.schemas = page.schemas.filter((s) => s !== definition);
  const replace = (schema: Schema): Schema => {
    if (schema.kind === 'ref' && schema.name === name) {
      const source = schema.source ? { source: schema.source } : {};
      return target ? { kind: 'ref', name: target, ...source } : { ...structuredClone(definition.schema), ...source };
    }
    if (schema.kind === 'array' && schema.items.kind === 'ref' && schema.items.name === name)
      return { ...schema, items: replace(schema.items) };
    return schema;
  };
  for (const operation of page.operations) forEachBody(operation, (content) => (content.schema = replace(content.schema!)));
}

function forEachBody(operation: Operation, edit: (content: { schema?: Schema }) => void): void {
  for (const content of operation.requestBody?.content ?? []) if (content.schema) edit(content);
  for (const response of operation.responses) for (const content of response.content) if (content.schema) edit(content);
}

function report(
  name: string,
  kept: Family,
  keptRefers: boolean,
  referring: ReadonlyArray<{ family: Family; target: string | undefined }>,
  diagnostics: DiagnosticBag,
): void {
  const total = referring.reduce((n, r) => n + pagesOf(r.family), 0);
  const rivals = referring.filter((r) => r.family !== kept || keptRefers);
  const first = rivals[0]!.family.members[0]!.definition;
  const keptAt = kept.members[0]!.definition.sources[0];
  const targets = [...new Set(rivals.map((r) => r.target).filter((t): t is string => t !== undefined))].sort(compareText);
  const fate = [
    targets.length > 0 ? `refer to ${targets.join(', ')}` : '',
    rivals.some((r) => r.target === undefined) ? 'keep their own tables' : '',
  ]
    .filter(Boolean)
    .join(' or ');
  const decision = keptRefers
    ? `every table under it is another entity's, so no page defines ${name}`
    : `the table ${pagesOf(kept)} of ${total} defining pages agree on (${keptAt ? formatSource(keptAt) : 'another page'}) defines ${name}`;
  const source = first.sources[0] ?? keptAt;
  if (!source) return;
  diagnostics.report(
    'entity-conflict',
    source,
    `${name} is tabulated ${referring.length} different ways: ${decision}; the bodies of the other pages ${fate}`,
    keptAt && keptAt !== source && !keptRefers ? { related: [keptAt] } : {},
  );
}
