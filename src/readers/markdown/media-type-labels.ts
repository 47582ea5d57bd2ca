/**
 * A label that states the media types a call answers in or accepts, as references written like
 * JFrog's do, between the call's `**Usage**:` line and its samples:
 *
 *     **Produces**: application/json (application/vnd.org.example.StoreList+json)   → answers in both
 *     **Consumes**: application/json, application/yaml                             → accepts both
 *     Produces: text/plain                                                          → answers in text/plain
 *     **Produces**: If successful, returns 200 OK.                                  (no media type: prose)
 *
 * They are the operation's, as a `### Formats` section's are (syntax-sections.ts), each one way: a
 * body its tables document is of them, a body only samples show is of the sample's and lists the
 * others. A type in parentheses is the same answer's other name (a vendor's `+json` type): both
 * are stated. Every word after the label must be a media type, else the line is prose.
 */
import type { Code, Paragraph } from 'mdast';
import { MEDIA_TYPE_ALONE } from '../../document/content-type.js';
import { plainText } from '../../document/plain-text.js';

/** The media types a region's labels state, each way. */
export interface StatedMediaTypes {
  produces?: string[];
  consumes?: string[];
}

const LABEL = /^(produces|consumes)\s*:\s*(.+)$/i;
/** Between the listed types: a comma, `or` / `and`, a parenthesis. */
const BETWEEN = /\s*,\s*|\s+(?:or|and)\s+|\s*[()]\s*/;

/** Reads a `Produces:` / `Consumes:` label into `stated`; false for any other paragraph. */
export function readMediaTypeLabel(node: Paragraph, stated: StatedMediaTypes): boolean {
  const first = node.children[0];
  const head = first?.type === 'strong' ? first.children[0] : first;
  if (head?.type !== 'text' || !/^(?:produces|consumes)\b/i.test(head.value)) return false;
  const text = plainText(node).replace(/\s+/g, ' ').trim();
  const label = text.length <= 1_000 ? LABEL.exec(text) : null;
  if (!label) return false;
  const types = label[2]!
    .replace(/\.$/, '')
    .split(BETWEEN)
    .filter((type) => type.length > 0);
  if (types.length === 0 || !types.every((type) => MEDIA_TYPE_ALONE.test(type))) return false;
  const way = label[1]!.toLowerCase() === 'produces' ? 'produces' : 'consumes';
  stated[way] = [...(stated[way] ?? []), ...types.map((type) => type.toLowerCase())];
  return true;
}

/** Gives the region's request lines the media types its labels state. */
export function giveMediaTypes(lines: readonly Code[], stated: StatedMediaTypes): void {
  if (!stated.produces && !stated.consumes) return;
  for (const line of lines) line.data = { ...line.data, ...stated };
}
