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
import type { LinkableSection, Operation, PageFragment, Parameter, ParameterLink } from '../ir/types.js';
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
      const owner = owners[0];
      if (owners.length === 1 && owner && target?.schema?.kind === 'object' && !target.unread) {
        linked.add(owner);
        addParameters(operation, link, target);
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
      const file = owners[0]?.file;
      // (A link to a section of the page itself: no other page's.)
      if (owners.length !== 1 || !file || file === page.file || target?.schema?.kind !== 'object' || target.unread) continue;
      found.set(file, (found.get(file) ?? new Set()).add(target.name));
    }
  return found;
}

function addParameters(operation: Operation, link: ParameterLink, section: LinkableSection): void {
  if (section.schema?.kind !== 'object') return;
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
