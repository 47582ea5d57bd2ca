/**
 * URLs alone in a fence with no method anywhere beside them, as automation pages write the
 * addresses a tool fetches:
 *
 *     Point your tools at the following address to fetch every lamp as CSV:
 *     ~~~~
 *     https://<lamp host>/lamps/csv/download          → no operation (the method is unstated),
 *     ~~~~                                               reported `route-without-method`
 *
 * A method would be a guess (a download is likely a GET, but the page does not say so), so no
 * operation is read; the route is said to have been seen, where before it went without a word.
 * Only a fence outside every operation the page states, each of its lines one URL with a path.
 */
import type { RootContent } from 'mdast';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { sourceOf } from '../../ir/source.js';

/** Info strings of fences that hold data or program text, never an address alone. */
const DATA_LANGS = /^(?:json5?|jsonc|xml|yaml|yml|html|javascript|js|ts|python|py|ruby|php|java|go|bash|sh|shell|console|sql|graphql)$/i;

/**
 * One URL: a scheme and host (or a host's placeholder, `<lamp host>`, `{{host}}`), then a path of
 * at least one segment, no blank in it. The line is trimmed first: no run of blanks is scanned here.
 */
const URL_LINE = /^(?:https?:\/\/(?:<[^<>\n]*>|\{\{[^{}\n]*\}\}|[^\s/<>{}]+)|<[^<>\n]*>|\{\{[^{}\n]*\}\})(\/[^\s/][^\s]*)$/i;

/** The fences of URLs alone outside `regions`, each reported once at its place. */
export function reportMethodlessRoutes(
  nodes: readonly RootContent[],
  regions: ReadonlyArray<{ start: number; end: number }>,
  file: string,
  diagnostics: DiagnosticBag,
): void {
  let region = 0;
  nodes.forEach((node, index) => {
    while (region < regions.length && regions[region]!.end <= index) region++;
    if (region < regions.length && regions[region]!.start <= index) return;
    if (node.type !== 'code' || DATA_LANGS.test(node.lang ?? '')) return;
    const paths: string[] = [];
    for (const line of node.value.split('\n')) {
      const trimmed = line.trim();
      if (trimmed === '') continue;
      const path = URL_LINE.exec(trimmed)?.[1];
      if (!path) return;
      paths.push(path);
    }
    if (paths.length === 0) return;
    const more = paths.length > 1 ? ` (and ${paths.length - 1} more in the block)` : '';
    diagnostics.report(
      'route-without-method',
      sourceOf(file, node),
      `${paths[0]}${more}: a URL alone, and the page states no method for it, so no operation was read; write its request line (\`METHOD ${paths[0]}\`) to document it`,
    );
  });
}
