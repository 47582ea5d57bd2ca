/**
 * Routes a page states as templates in its words, a placeholder in angle brackets where a value
 * goes, while its calls show sample values (ntfy's subscribe page, etcd's):
 *
 *     * JSON stream: `<topic>/json` returns a JSON stream, one message a line
 *     …
 *     GET /disk-alerts/json HTTP/1.1        → GET /{topic}/json   (a sample of the template)
 *     curl -s "ntfy.sh/mytopic/json?poll=1" → GET /{topic}/json   (the same route, its query its own)
 *
 * A sample call's path (a request message, a console call, a curl command) is a sample of a
 * template where it has the template's segments, each literal one the same and a value where each
 * placeholder stands; it is then that route, the placeholder its
 * path parameter (before, an operation per sample value: `GET /disk-alerts/json`, `GET
 * /mytopic/json`). A path two templates fit is left as it is.
 */
import type { Nodes, RootContent } from 'mdast';
import { METHOD_WORDS } from '../../ir/types.js';
import type { Region } from './regions.js';

/** A template's segment standing for a value: `<topic>`, `{topic}`. */
const PLACEHOLDER = /^(?:<([A-Za-z_][\w-]{0,40})>|\{([A-Za-z_][\w-]{0,40})\})$/;
const LITERAL = /^[\w.~-]{1,80}$/;
const METHOD = new RegExp(`^(?:${METHOD_WORDS})[ \\t]+`);
/** The cheap test first: a page of no `<name>/` nor `/<name>` in code states no such template. */
export const MAY_TEMPLATE = /`[^`\n]*(?:<[A-Za-z_][\w-]*>\/|\/<[A-Za-z_][\w-]*>)[^`\n]*`/;

/** A template's segments (`<topic>/json` → [{name: topic}, 'json']), where it has a placeholder and a literal segment. */
function templateOf(code: string): Array<string | { name: string }> | undefined {
  let text = code.trim();
  if (text.length > 300 || !text.includes('<')) return undefined;
  text = text.replace(METHOD, '').replace(/^https?:\/\/[^/\s]+/i, '');
  if (/\s/.test(text)) return undefined;
  const segments = text.split('/').filter((segment) => segment !== '');
  if (segments.length === 0 || segments.length > 20) return undefined;
  const parts: Array<string | { name: string }> = [];
  for (const segment of segments) {
    const placeholder = PLACEHOLDER.exec(segment);
    if (placeholder) parts.push({ name: (placeholder[1] ?? placeholder[2])! });
    else if (LITERAL.test(segment)) parts.push(segment);
    else return undefined;
  }
  const holes = parts.filter((part) => typeof part !== 'string').length;
  return holes > 0 && holes < parts.length ? parts : undefined;
}

/** The templates the page's code spans state. */
function statedTemplates(nodes: readonly RootContent[]): Array<Array<string | { name: string }>> {
  const found = new Map<string, Array<string | { name: string }>>();
  for (const node of nodes) {
    if (node.type === 'code' || node.type === 'heading') continue;
    // Every code span of the block, its lists' and tables' too (a stack: no recursion).
    const stack: Nodes[] = [node];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next.type === 'inlineCode') {
        const parts = templateOf(next.value);
        if (parts) found.set(route(parts), parts);
      } else if ('children' in next) stack.push(...(next.children as Nodes[]));
    }
  }
  return [...found.values()];
}

function route(parts: ReadonlyArray<string | { name: string }>): string {
  return `/${parts.map((part) => (typeof part === 'string' ? part : `{${part.name}}`)).join('/')}`;
}

function fits(path: string, parts: ReadonlyArray<string | { name: string }>): boolean {
  if (path.includes('{') || path.includes('<')) return false;
  const segments = path.split('/').filter((segment) => segment !== '');
  return (
    segments.length === parts.length &&
    parts.every((part, index) => (typeof part === 'string' ? segments[index] === part : LITERAL.test(segments[index]!)))
  );
}

/** Each region's signature whose path is a sample of one template the page states: that template's route. */
export function routeTemplateSamples(nodes: readonly RootContent[], regions: readonly Region[]): void {
  const templates = statedTemplates(nodes);
  if (templates.length === 0) return;
  for (const region of regions)
    for (const signature of region.signatures) {
      // A route the page states as a declaration (`## GET /health/json`) is none of a template's samples.
      if (!(signature.message || signature.console || signature.kind === 'curl' || signature.tool)) continue;
      const fitting = templates.filter((parts) => fits(signature.path, parts));
      if (fitting.length === 1) signature.path = route(fitting[0]!);
    }
}
