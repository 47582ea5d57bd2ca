/**
 * A collapsible section per endpoint, its signature in the summary (a template many READMEs copy):
 *
 *     <details>
 *       <summary>Get keys: <code>GET</code> <code><b>/api/keys</b></code></summary>
 *     ##### Query Parameters                     → ### Get keys — GET /api/keys
 *     > | name | type | data type | description |     (a heading one level below the one above it;
 *     …                                                 the parts inside are its parts)
 *     </details>
 *
 * The summary's words before the signature are the operation's title.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { parseSignature } from './paths.js';

/** `<details>` ⏎ `<summary>…</summary>` (the details tag may be elsewhere). */
const SUMMARY = /^\s*(?:<details\b[^<>]*>\s*)?<summary\b[^<>]*>([\s\S]{1,400}?)<\/summary>\s*$/i;
/** The summary's text: a title, a separator, the request line. */
const TITLED = /^(.*?)[\s:–—|-]*\b((?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+\S+)$/;

export function convertSummarySignatures(root: Root): void {
  if (!root.children.some((node) => node.type === 'html' && node.value.includes('<summary'))) return;
  // The depth of the last heading outside the sections made so (their parts are headings too).
  let depth = 1;
  let inside: number | undefined;
  root.children = root.children.map((node): RootContent => {
    if (node.type === 'heading' && (inside === undefined || node.depth < inside)) {
      depth = node.depth;
      inside = undefined;
    }
    if (node.type !== 'html' || !node.position) return node;
    if (/<\/details>/i.test(node.value)) inside = undefined;
    const summary = SUMMARY.exec(node.value)?.[1];
    const text = summary
      ?.replace(/<[^<>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const match = text ? TITLED.exec(text) : null;
    if (!match || !parseSignature(match[2]!)) return node;
    const title = match[1]!.trim();
    const heading: Heading = {
      type: 'heading',
      depth: Math.min(depth + 1, 6) as Heading['depth'],
      children: [{ type: 'text', value: title ? `${title} — ${match[2]!}` : match[2]! }],
      position: node.position,
    };
    inside = heading.depth;
    return heading;
  });
}
