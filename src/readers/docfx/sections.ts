/**
 * DocFX section headings → `data.section` (see `document/types.ts`).
 *
 * The headings the SuperOffice-style DocFX endpoint pages use:
 *
 *     # PUT TicketMessage/{id}                 → operation
 *     ## Query String Parameters               → query-parameters
 *     ## Request Headers                       → request-headers
 *     ## Request Body: entity                  → request-body, name `entity`
 *     ## Request Body: changes string          → request-body, name `changes`, typeText `string`
 *     ## Response:array                        → responses, typeText `array`
 *     ### Response body: TicketMessageEntity   → response-body, typeText `TicketMessageEntity`
 *     ## Sample request / ## Sample response   → sample-request / sample-response
 *     ## Filter Operators: ##                  → notes (prose kept in the operation description)
 *
 * Anything else is `unknown`; the extractor reports it.
 */
import type { Heading, Nodes, Root } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import type { SectionKind } from '../../document/types.js';
import { withoutClosing } from '../shared/trim.js';

export interface SectionInfo {
  section: SectionKind;
  name?: string;
  typeText?: string;
}

interface HeadingRule {
  pattern: RegExp;
  classify: (rest: string) => SectionInfo;
}

const words = (text: string): string[] => text.split(/\s+/).filter((word) => word.length > 0);

/** First matching rule wins; `rest` is the text after the matched label. */
const RULES: readonly HeadingRule[] = [
  { pattern: /^query\s+string\s+parameters?\s*:?/i, classify: () => ({ section: 'query-parameters' }) },
  { pattern: /^query\s+parameters?\s*:?/i, classify: () => ({ section: 'query-parameters' }) },
  { pattern: /^(?:path\s+parts?|path\s+parameters?|uri\s+parameters?)\s*:?/i, classify: () => ({ section: 'path-parameters' }) },
  { pattern: /^request\s+headers?\s*:?/i, classify: () => ({ section: 'request-headers' }) },
  {
    pattern: /^request\s+body\s*:?/i,
    classify: (rest) => {
      const [name, ...type] = words(rest);
      return withOptional({ section: 'request-body' }, name, type.join(' '));
    },
  },
  { pattern: /^response\s+body\s*:?/i, classify: (rest) => withOptional({ section: 'response-body' }, undefined, rest.trim()) },
  { pattern: /^responses?\s*:?/i, classify: (rest) => withOptional({ section: 'responses' }, undefined, rest.trim()) },
  { pattern: /^sample\s+request\s*:?$/i, classify: () => ({ section: 'sample-request' }) },
  { pattern: /^sample\s+response\s*:?$/i, classify: () => ({ section: 'sample-response' }) },
  { pattern: /^filter\s+operators\b/i, classify: () => ({ section: 'notes' }) },
];

function withOptional(info: SectionInfo, name: string | undefined, typeText: string): SectionInfo {
  if (name) info.name = name;
  if (typeText) info.typeText = typeText;
  return info;
}

/** The section a DocFX heading opens. A depth-1 heading is the operation title. */
export function classifyHeading(heading: Heading): SectionInfo {
  const text = withoutClosing(plainText(heading), '#').trim();
  if (heading.depth === 1) return { section: 'operation', name: text };
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) return rule.classify(text.slice(match[0].length));
  }
  return { section: 'unknown', name: text };
}

/** Annotates every heading of `root` (nested ones too, e.g. in a list) with its section. */
export function annotateSections(root: Root): void {
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') node.data = { ...node.data, ...classifyHeading(node) };
    else if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
}
