/**
 * The document as a list of sections: each root-level heading with `data.section` opens one,
 * which runs to the next such heading. Content before the first heading belongs to the
 * operation section (a page without a title heading still has a request line).
 *
 * Sections then form operation groups: each `operation` section opens one, which runs to the next
 * `operation` section (a page documenting several operations has one group per operation heading).
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { SectionKind } from '../document/types.js';

export interface Section {
  kind: SectionKind;
  /** Undefined for the leading section before any heading. */
  heading?: Heading;
  name?: string;
  typeText?: string;
  /** `sample-response`: the status its samples are for; `response-body`: the status of the body. */
  status?: string;
  /** Sample sections: the method of the call they show (`get`), when the page states it. */
  method?: string;
  /** `response-body`, `sample-response`: the media type the title states (`HeadingData.mediaType`). */
  mediaType?: string;
  /** The page says the body is sent as a form, its encoding unstated (`HeadingData.form`). */
  form?: boolean;
  /** `request-body`: the page says the body is optional (`HeadingData.optional`). */
  optional?: boolean;
  /** `responses`: titled as the operation's errors, it lists no success (`HeadingData.errors`). */
  errors?: boolean;
  /** The form a sentence says the call sends (`HeadingData.sends`). */
  sends?: string;
  nodes: RootContent[];
}

export function splitSections(root: Root): Section[] {
  const sections: Section[] = [{ kind: 'operation', nodes: [] }];
  for (const node of root.children) {
    if (node.type === 'yaml') continue;
    const section = node.type === 'heading' ? node.data?.section : undefined;
    if (node.type === 'heading' && section) {
      const next: Section = { kind: section, heading: node, nodes: [] };
      if (node.data?.name !== undefined) next.name = node.data.name;
      if (node.data?.typeText !== undefined) next.typeText = node.data.typeText;
      if (node.data?.status !== undefined) next.status = node.data.status;
      if (node.data?.method !== undefined) next.method = node.data.method;
      if (node.data?.mediaType !== undefined) next.mediaType = node.data.mediaType;
      if (node.data?.form) next.form = true;
      if (node.data?.optional) next.optional = true;
      if (node.data?.errors) next.errors = true;
      if (node.data?.sends) next.sends = node.data.sends;
      sections.push(next);
      continue;
    }
    sections[sections.length - 1]!.nodes.push(node);
  }
  // The leading section and a title heading's section are one operation section.
  const [lead, second] = sections;
  if (lead && second && second.kind === 'operation' && lead.nodes.length === 0) sections.shift();
  return sections;
}

/** Sections split at each `operation` section: the first of every group is its operation section. */
export function groupSections(sections: readonly Section[]): Section[][] {
  const groups: Section[][] = [];
  for (const section of sections) {
    if (section.kind === 'operation' || groups.length === 0) groups.push([section]);
    else groups[groups.length - 1]!.push(section);
  }
  return groups;
}
