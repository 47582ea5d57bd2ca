/**
 * Operations' parameters documented by a link to the section that tabulates them ("This endpoint
 * supports the [pagination](../README.md#pagination) parameters": readers/markdown/linked-parameters.ts),
 * resolved where the pages meet, as bodies' links are (page-links.ts): the linked section, a
 * heading outside every operation with a field table of its own, of this page or another, gives
 * each of its rows as a parameter of the operation, in the location the sentence states (query
 * for GET, DELETE and HEAD), typed, described and flagged as its row is. A parameter the
 * operation documents itself stays its own (a path parameter the route alone names gives way).
 * A path parameter only where the route names it.
 *
 * A link that goes to no such section on a page read is reported (`unresolved-link`, saying why
 * where the section's table does not read as fields); one to a page not read (a site's shared
 * page the input leaves out) is `parameters-elsewhere` (info): the names are not on the pages read.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { LinkableSection, ObjectSchema, Operation, PageFragment, Parameter, ParameterLink } from '../ir/types.js';
import { linkMiss } from './linked-page.js';

type LinkTarget = (link: Pick<ParameterLink, 'file' | 'anchor'>, from: string) => { owners: PageFragment[]; target?: LinkableSection };

/** Each page's parameter links applied to its operations; the pages the links went to added to `linked`. */
export function applyParameterLinks(
  pages: readonly PageFragment[],
  linkTarget: LinkTarget,
  linked: Set<PageFragment>,
  diagnostics: DiagnosticBag,
): void {
  for (const page of pages) {
    if (!page.parameterLinks) continue;
    for (const link of page.parameterLinks) {
      const operation = page.operations[link.operation];
      if (!operation) continue;
      const { owners, target } = linkTarget(link, page.file);
      const found = fieldSection(owners, target);
      if (found) {
        linked.add(found.owner);
        addParameters(operation, link, found.section);
        continue;
      }
      unresolved(link, owners, target, diagnostics);
    }
    delete page.parameterLinks;
  }
}

/** The pages whose sections other pages' operations take parameters from, with those sections' names, by file. */
export function parameterSections(pages: readonly PageFragment[], linkTarget: LinkTarget): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const page of pages)
    for (const link of page.parameterLinks ?? []) {
      const { owners, target } = linkTarget(link, page.file);
      const section = fieldSection(owners, target);
      // (A link to a section of the page itself: no other page's.)
      if (!section || section.owner.file === page.file) continue;
      const file = section.owner.file;
      found.set(file, (found.get(file) ?? new Set()).add(section.section.name));
    }
  return found;
}

type FieldSection = LinkableSection & { schema: ObjectSchema };

/** The section a link gives parameters from: one page's, read, whose table reads as an object's fields. */
function fieldSection(
  owners: readonly PageFragment[],
  target: LinkableSection | undefined,
): { owner: PageFragment; section: FieldSection } | undefined {
  const owner = owners[0];
  if (owners.length !== 1 || !owner || !target || target.unread || target.schema?.kind !== 'object') return undefined;
  return { owner, section: target as FieldSection };
}

function addParameters(operation: Operation, link: ParameterLink, section: FieldSection): void {
  const parameters = [...operation.parameters];
  for (const property of section.schema.properties) {
    if (link.in === 'path' && !operation.path.includes(`{${property.name}}`)) continue;
    const own = parameters.findIndex((parameter) => parameter.name === property.name);
    // The operation's own row wins; the route's name alone (no row) gives way.
    if (own >= 0 && !(parameters[own]!.undocumented && parameters[own]!.in === link.in)) continue;
    const parameter: Parameter = {
      name: property.name,
      in: link.in,
      required: link.in === 'path' || property.required,
      schema: structuredClone(property.schema),
      ...(property.description !== undefined ? { description: property.description } : {}),
      ...(property.source ? { source: property.source } : {}),
    };
    if (own >= 0) parameters[own] = parameter;
    else parameters.push(parameter);
  }
  operation.parameters = parameters;
}

function unresolved(
  link: ParameterLink,
  owners: readonly PageFragment[],
  section: LinkableSection | undefined,
  diagnostics: DiagnosticBag,
): void {
  if (!link.source) return;
  const target = link.anchor ? `${link.file}#${link.anchor}` : link.file;
  if (owners.length === 0) {
    diagnostics.report(
      'parameters-elsewhere',
      link.source,
      `the parameters "${link.words}" links to (${target}) are on no page read; add that page to the input to document them`,
    );
    return;
  }
  const { words, related } = linkMiss(link, owners, section);
  diagnostics.report('unresolved-link', link.source, `${words}; its parameters are not documented`, related ? { related } : {});
}
